import type { VehicleRecall } from '@shared/api/recalls';
import type {
  ContextNote,
  DiagnosisReport,
  Lang,
  LocalizedText,
  WatchItem,
} from '@shared/diagnosis';
import { formatDate, formatNumber } from './report-format';

/** pdfmake's document nodes, as loosely typed as pdfmake itself. */
export type DocNode = string | { [key: string]: unknown } | DocNode[];

const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

const T = {
  context: { fr: 'Contexte', en: 'Context' },
  ambient: { fr: 'Température extérieure', en: 'Ambient temperature' },
  altitude: {
    fr: 'Altitude estimée (pression atmosphérique)',
    en: 'Estimated altitude (barometric pressure)',
  },
  runTime: { fr: 'Moteur tournant depuis', en: 'Engine running for' },
  pattern: { fr: 'Usage pendant la session', en: 'Use during the session' },
  supports: { fr: 'renforce', en: 'supports' },
  weakens: { fr: 'à relativiser', en: 'weakens' },
  watch: {
    fr: 'À surveiller (évolution d’un passage à l’autre)',
    en: 'To watch (trend across visits)',
  },
  watchLine: {
    fr: (name: string, last: string, limit: string, months: string) =>
      `${name} : ${last} au dernier passage, limite ${limit} atteinte dans ${months} mois environ à ce rythme`,
    en: (name: string, last: string, limit: string, months: string) =>
      `${name}: ${last} at the last visit, limit ${limit} reached in about ${months} months at this rate`,
  },
  recalls: { fr: 'Rappels constructeur à vérifier', en: 'Manufacturer recalls to check' },
  recallsNote: {
    fr: 'Rappels publiés (RappelConso) qui peuvent concerner ce véhicule : les périodes publiées sont souvent tronquées, à vérifier auprès du constructeur avec le VIN.',
    en: 'Published recalls (RappelConso) that may concern this vehicle: published periods are often truncated, to be checked with the manufacturer using the VIN.',
  },
  vinListed: { fr: 'VIN cité dans la fiche', en: 'VIN listed in the notice' },
  modelMatch: { fr: 'marque, modèle et période', en: 'make, model and period' },
  makeMatch: { fr: 'marque seulement', en: 'make only' },
  risks: { fr: 'Risques', en: 'Risks' },
  actions: { fr: 'Conduite à tenir', en: 'What to do' },
} as const;

const METRIC_NAMES: Record<string, LocalizedText> = {
  ltftB1: { fr: 'Correction long terme banc 1', en: 'Long-term fuel trim bank 1' },
  ltftB2: { fr: 'Correction long terme banc 2', en: 'Long-term fuel trim bank 2' },
  batteryRestV: { fr: 'Tension batterie au repos', en: 'Battery voltage at rest' },
  crankingMinV: { fr: 'Tension au démarrage', en: 'Cranking voltage' },
  warmupCPerMin: { fr: 'Vitesse de montée en température', en: 'Warm-up rate' },
  mode06: { fr: 'Marge d’un test de moniteur (mode 06)', en: 'Monitor test margin (mode 06)' },
};

export function watchName(item: WatchItem, lang: Lang): string {
  const base = METRIC_NAMES[item.metric]?.[lang] ?? item.metric;
  return item.test ? `${base} MID ${item.test.mid} TID ${item.test.tid}` : base;
}

function withUnit(value: number, unit: string, lang: Lang): string {
  if (unit === '') return formatNumber(value * 100, lang) + '\u00a0%';
  return `${formatNumber(value, lang, 2)}\u00a0${unit}`;
}

function noteText(note: ContextNote, reasons: ReadonlyMap<string, LocalizedText>, lang: Lang) {
  const reason = reasons.get(note.id)?.[lang] ?? note.id;
  const codes =
    note.codes.length > 0 ? `${note.codes.join(', ')} (${T[note.effect][lang]})${colon(lang)}` : '';
  return `${codes}${reason}`;
}

/** Conditions read from the car, and the remarks that weigh the findings. */
export function conditionsSection(
  report: DiagnosisReport,
  reasons: ReadonlyMap<string, LocalizedText>,
  lang: Lang,
): string[] {
  const c = report.conditions;
  const lines: string[] = [];
  if (c.ambientC !== null)
    lines.push(`${T.ambient[lang]}${colon(lang)}${formatNumber(c.ambientC, lang)}\u00a0°C`);
  if (c.altitudeM !== null && c.altitudeM >= 300) {
    lines.push(`${T.altitude[lang]}${colon(lang)}${formatNumber(c.altitudeM, lang)}\u00a0m`);
  }
  if (c.engineRunTimeS !== null) {
    lines.push(
      `${T.runTime[lang]}${colon(lang)}${formatNumber(Math.round(c.engineRunTimeS / 60), lang)}\u00a0min`,
    );
  }
  if (c.pattern) {
    const p = c.pattern;
    const pct = (x: number) => `${formatNumber(Math.round(x * 100), lang)}\u00a0%`;
    lines.push(
      lang === 'fr'
        ? `${T.pattern.fr}${colon('fr')}ralenti ${pct(p.idle)}, ville ${pct(p.urban)}, route ${pct(p.road)}, autoroute ${pct(p.motorway)} (${formatNumber(p.minutes, 'fr', 1)}\u00a0min)`
        : `${T.pattern.en}: idle ${pct(p.idle)}, town ${pct(p.urban)}, road ${pct(p.road)}, motorway ${pct(p.motorway)} (${formatNumber(p.minutes, 'en', 1)} min)`,
    );
  }
  for (const note of report.contextNotes) lines.push(noteText(note, reasons, lang));
  return lines;
}

export function watchSection(report: DiagnosisReport, lang: Lang): DocNode[] {
  if (report.watch.length === 0) return [];
  return [
    { text: T.watch[lang], style: 'section' },
    {
      ul: report.watch.map((item) =>
        T.watchLine[lang](
          watchName(item, lang),
          withUnit(item.last, item.unit, lang),
          withUnit(item.limit, item.unit, lang),
          formatNumber(item.monthsToLimit, lang, 1),
        ),
      ),
    },
  ];
}

export function recallsSection(recalls: readonly VehicleRecall[], lang: Lang): DocNode[] {
  if (recalls.length === 0) return [];
  const level = { vin: T.vinListed, model: T.modelMatch, make: T.makeMatch } as const;
  return [
    { text: T.recalls[lang], style: 'section' },
    { text: T.recallsNote[lang], style: 'muted', margin: [0, 0, 0, 4] },
    {
      ul: recalls.map((r) => ({
        stack: [
          {
            text: [
              {
                text: `${r.reference} — ${[r.make, r.models].filter(Boolean).join(' ')}`,
                bold: true,
              },
              ` (${level[r.match.level][lang]}${r.publishedAt ? `, ${formatDate(r.publishedAt, lang)}` : ''})`,
            ],
          },
          ...(r.marketingPeriod ? [{ text: r.marketingPeriod, style: 'muted' }] : []),
          ...(r.reason ? [r.reason] : []),
          ...(r.risks ? [`${T.risks[lang]}${colon(lang)}${r.risks}`] : []),
          ...(r.actions ? [`${T.actions[lang]}${colon(lang)}${r.actions}`] : []),
          ...(r.url ? [{ text: r.url, style: 'muted' }] : []),
        ],
        margin: [0, 0, 0, 4],
      })),
    },
  ];
}
