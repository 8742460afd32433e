import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { StoredReport } from '@shared/api/diagnosis';
import { VERDICT_LABELS, monitorLabel, partLabel } from '@shared/api/diagnosis';
import { AppError } from '@shared/api/errors';
import type { Settings } from '@shared/api/settings';
import type { VehicleRecall } from '@shared/api/recalls';
import type { Finding, Lang, LocalizedText, OverallVerdict } from '@shared/diagnosis';
import { systemLabel } from './dtc-lookup';
import {
  causeLine,
  causesHeading,
  formatDate,
  formatDateTime,
  formatKm,
  formatLabour,
  formatNumber,
  formatPercent,
} from './report-format';
import { findResourceDir } from '../app/resource-paths';
import type { DocNode } from './report-pdf-sections';
import { conditionsSection, recallsSection, watchSection } from './report-pdf-sections';

interface PdfMakeServer {
  /** pdfmake's in-memory file system: fonts put there are never looked up on disk. */
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

export interface ReportPdfData {
  stored: StoredReport;
  session: { startedAt: string; technician: string | null; mileageKm: number | null };
  vehicle: {
    plate: string | null;
    vin: string | null;
    make: string | null;
    model: string | null;
    year: number | null;
    engine: string | null;
  } | null;
  garage: Settings['garage'];
  lang: Lang;
  /** Published recalls that may concern the vehicle (shown "à vérifier"). */
  recalls: VehicleRecall[];
  /** Wording of each context note (the `reason` of context-rules.json). */
  contextReasons: ReadonlyMap<string, LocalizedText>;
}

/** Colour of each level; yellow carries dark text, the others white, for contrast. */
const LEVEL_COLOURS: Record<OverallVerdict, { fill: string; text: string }> = {
  rouge: { fill: '#C62828', text: '#FFFFFF' },
  orange: { fill: '#E65100', text: '#FFFFFF' },
  jaune: { fill: '#F9D71C', text: '#222222' },
  ok: { fill: '#2E7D32', text: '#FFFFFF' },
};

const T = {
  title: { fr: 'Rapport de diagnostic', en: 'Diagnostic report' },
  vehicle: { fr: 'Véhicule', en: 'Vehicle' },
  plate: { fr: 'Immatriculation', en: 'Registration' },
  vin: { fr: 'VIN', en: 'VIN' },
  model: { fr: 'Marque / modèle', en: 'Make / model' },
  mileage: { fr: 'Kilométrage', en: 'Mileage' },
  date: { fr: 'Date', en: 'Date' },
  technician: { fr: 'Technicien', en: 'Technician' },
  verdict: { fr: 'Verdict', en: 'Verdict' },
  findings: { fr: 'Constats, du plus urgent au moins urgent', en: 'Findings, most urgent first' },
  noFindings: { fr: 'Aucun défaut relevé.', en: 'No fault found.' },
  system: { fr: 'Système', en: 'System' },
  rule: { fr: 'Règle appliquée', en: 'Rule applied' },
  checks: { fr: 'Contrôles à effectuer', en: 'Checks to perform' },
  parts: { fr: 'Pièces habituellement concernées', en: 'Parts usually involved' },
  labour: { fr: 'Main-d’œuvre', en: 'Labour' },
  evidence: { fr: 'Éléments', en: 'Evidence' },
  confidence: { fr: 'confiance', en: 'confidence' },
  advisories: { fr: 'Moniteurs antipollution', en: 'Emission monitors' },
  incomplete: { fr: 'Moniteurs non terminés', en: 'Incomplete monitors' },
  similar: { fr: 'Cas similaires résolus', en: 'Similar resolved cases' },
  context: { fr: 'Contexte', en: 'Context' },
  sinceLast: { fr: 'Depuis le dernier passage', en: 'Since the last visit' },
  sinceClear: {
    fr: 'Depuis le dernier effacement des codes',
    en: 'Since the codes were last cleared',
  },
  withMil: { fr: 'Avec voyant moteur allumé', en: 'With the engine light on' },
  recurring: { fr: 'Codes déjà relevés', en: 'Codes seen before' },
  returned: { fr: 'Codes revenus après effacement', en: 'Codes back after a clear' },
  page: { fr: 'Page', en: 'Page' },
  on: { fr: 'sur', en: 'of' },
  generated: { fr: 'NovaEvo Workshop · base', en: 'NovaEvo Workshop · knowledge base' },
  disclaimer: {
    fr: 'Diagnostic établi à partir des codes défaut et des données lues par la prise OBD. Les causes sont données dans l’ordre où les vérifier (ou selon les cas résolus de l’atelier quand il y en a), sans probabilité chiffrée ; elles doivent être confirmées par les contrôles indiqués avant tout remplacement de pièce. Les temps de main-d’œuvre marqués « indicatif » ne sont pas sourcés.',
    en: 'Diagnosis made from the fault codes and the data read through the OBD port. Causes are given in the order to check them (or as ranked by the workshop’s resolved cases when there are some), with no numeric probability; they must be confirmed by the checks listed before any part is replaced. Labour times marked “indicative” have no source.',
  },
  ecu: { fr: 'calculateur', en: 'ECU' },
  status: {
    stored: { fr: 'mémorisé', en: 'stored' },
    pending: { fr: 'en attente', en: 'pending' },
    permanent: { fr: 'permanent', en: 'permanent' },
  },
  freezeFrame: { fr: 'données figées', en: 'freeze frame' },
  manufacturer: { fr: 'spécifique constructeur', en: 'manufacturer-specific' },
  live: { fr: 'données en direct, PID', en: 'live data, PID' },
} as const;

function readFont(dir: string | null, file: string): Buffer {
  try {
    if (dir === null) throw new Error('resources/fonts not found');
    return readFileSync(join(dir, file));
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      {
        fr: `Police ${file} introuvable (resources/fonts) : le rapport PDF ne peut pas être produit.`,
        en: `Font ${file} not found (resources/fonts): the PDF report cannot be produced.`,
      },
      { file, dir, cause: String(error) },
    );
  }
}

let pdfmake: PdfMakeServer | null = null;

function pdfMake(): PdfMakeServer {
  if (pdfmake) return pdfmake;
  // pdfmake is CommonJS without types; the server build is a configured singleton.
  const require = createRequire(import.meta.url);
  const instance = require('pdfmake') as PdfMakeServer;
  const dir = findResourceDir('fonts');
  // Through the virtual file system, so that pdfmake never reads the disk nor the network
  // (a font given as a Buffer is taken for a URL descriptor by pdfmake 0.3).
  instance.virtualfs.writeFileSync('novaevo/DejaVuSans.ttf', readFont(dir, 'DejaVuSans.ttf'));
  instance.virtualfs.writeFileSync(
    'novaevo/DejaVuSans-Bold.ttf',
    readFont(dir, 'DejaVuSans-Bold.ttf'),
  );
  instance.setFonts({
    DejaVuSans: {
      normal: 'novaevo/DejaVuSans.ttf',
      bold: 'novaevo/DejaVuSans-Bold.ttf',
      italics: 'novaevo/DejaVuSans.ttf',
      bolditalics: 'novaevo/DejaVuSans-Bold.ttf',
    },
  });
  // Reports only contain our own text: no image, font or link may be fetched from anywhere.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  pdfmake = instance;
  return instance;
}

function badge(level: OverallVerdict, lang: Lang, fontSize = 9): DocNode {
  const colour = LEVEL_COLOURS[level];
  return {
    table: {
      widths: [52],
      body: [
        [
          {
            text: VERDICT_LABELS[level][lang].toUpperCase(),
            bold: true,
            color: colour.text,
            fillColor: colour.fill,
            alignment: 'center',
            fontSize,
            margin: [0, 2, 0, 2],
          },
        ],
      ],
    },
    layout: 'noBorders',
  };
}

/** French puts a no-break space before a colon; English none. */
function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

function value(text: string | number | null | undefined): string {
  return text === null || text === undefined || text === '' ? '—' : String(text);
}

function garageBlock(garage: Settings['garage'], lang: Lang): DocNode {
  const town = [garage.postalCode, garage.city].filter(Boolean).join(' ');
  const lines: DocNode[] = [{ text: value(garage.name), style: 'garageName' }];
  if (garage.addressLine) lines.push(garage.addressLine);
  if (town) lines.push(town);
  const contact = [
    garage.phone ? `${lang === 'fr' ? 'Tél.' : 'Tel.'} ${garage.phone}` : null,
    garage.email,
  ].filter(Boolean);
  if (contact.length > 0) lines.push(contact.join(' · '));
  if (garage.siret) lines.push(`SIRET ${garage.siret}`);
  return { stack: lines, fontSize: 9 };
}

function findingHeading(f: Finding, lang: Lang): string {
  if (f.kind === 'live') return `${T.live[lang]} ${f.pid ?? ''}`;
  const parts = [f.code ?? ''];
  if (f.ecu) parts.push(`${T.ecu[lang]} ${f.ecu}`);
  if (f.status) parts.push(T.status[f.status][lang]);
  if (f.freezeFrame) parts.push(T.freezeFrame[lang]);
  if (f.generic === false) parts.push(T.manufacturer[lang]);
  return parts.join(' · ');
}

function labelled(label: string, content: DocNode): DocNode {
  return { stack: [{ text: label, style: 'label' }, content], margin: [0, 3, 0, 0] };
}

function findingBlock(f: Finding, index: number, lang: Lang): DocNode {
  const details: DocNode[] = [
    { text: `${index + 1}. ${f.title[lang]}`, style: 'findingTitle' },
    {
      text: `${findingHeading(f, lang)} — ${T.system[lang]}${colon(lang)}${systemLabel(f.system, lang)} — ${T.confidence[lang]} ${formatPercent(f.confidence, lang)}`,
      style: 'muted',
    },
    labelled(T.rule[lang], { text: f.rule.label[lang] }),
  ];
  if (f.causes.length > 0) {
    details.push(
      labelled(causesHeading(f.causeRanking, lang), {
        ol: f.causes.map((c) => causeLine(c, f.causeRanking, lang)),
      }),
    );
  }
  if (f.actions.length > 0) {
    details.push(labelled(T.checks[lang], { ul: f.actions.map((a) => a[lang]) }));
  }
  if (f.parts.length > 0) {
    details.push(
      labelled(T.parts[lang], { text: f.parts.map((p) => partLabel(p, lang)).join(', ') }),
    );
  }
  if (f.labour) {
    details.push(labelled(T.labour[lang], { text: formatLabour(f.labour, lang) }));
  }
  if (f.evidence.length > 0) {
    details.push(labelled(T.evidence[lang], { text: f.evidence.map((e) => e[lang]).join(' ; ') }));
  }
  return {
    table: {
      widths: [58, '*'],
      dontBreakRows: true,
      body: [[badge(f.criticality, lang), { stack: details }]],
    },
    layout: {
      hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => '#BBBBBB',
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
  };
}

/** The pdfmake document of a report: pure, so its structure can be tested without rendering. */
export function reportDocDefinition(data: ReportPdfData): Record<string, unknown> {
  const { stored, session, vehicle, garage, lang, recalls, contextReasons } = data;
  const report = stored.report;
  const colour = LEVEL_COLOURS[report.overall];
  const mileage = session.mileageKm;
  const model = vehicle
    ? [vehicle.make, vehicle.model, vehicle.year, vehicle.engine].filter(Boolean).join(' ')
    : '';
  const content: DocNode[] = [
    {
      columns: [
        garageBlock(garage, lang),
        {
          stack: [
            { text: T.title[lang], style: 'title' },
            `${T.date[lang]}${colon(lang)}${formatDateTime(session.startedAt, lang)}`,
            `${T.technician[lang]}${colon(lang)}${value(session.technician)}`,
          ],
          alignment: 'right',
          width: 'auto',
        },
      ],
    },
    { text: T.vehicle[lang], style: 'section' },
    {
      table: {
        widths: ['auto', '*', 'auto', '*'],
        body: [
          [
            { text: T.plate[lang], style: 'label' },
            { text: value(vehicle?.plate), bold: true },
            { text: T.vin[lang], style: 'label' },
            value(vehicle?.vin),
          ],
          [
            { text: T.model[lang], style: 'label' },
            value(model),
            { text: T.mileage[lang], style: 'label' },
            mileage === null ? '—' : formatKm(mileage, lang),
          ],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: T.verdict[lang], style: 'section' },
    {
      table: {
        widths: [90, '*'],
        body: [
          [
            {
              text: VERDICT_LABELS[report.overall][lang].toUpperCase(),
              bold: true,
              fontSize: 16,
              color: colour.text,
              fillColor: colour.fill,
              alignment: 'center',
              margin: [0, 6, 0, 6],
            },
            { text: report.verdict[lang], margin: [6, 6, 6, 6] },
          ],
        ],
      },
      layout: 'noBorders',
    },
    { text: T.findings[lang], style: 'section' },
    report.findings.length === 0
      ? { text: T.noFindings[lang] }
      : { stack: report.findings.map((f, i) => findingBlock(f, i, lang)) },
  ];
  if (report.advisories.length > 0) {
    content.push({ text: T.advisories[lang], style: 'section' });
    for (const a of report.advisories) {
      content.push({
        columns: [
          { ...(badge(a.criticality, lang) as Record<string, unknown>), width: 58 },
          {
            stack: [
              `${T.incomplete[lang]}${colon(lang)}${a.incompleteMonitors.map((m) => monitorLabel(m, lang)).join(', ')}`,
              { text: a.rule.label[lang], style: 'muted' },
            ],
          },
        ],
        columnGap: 6,
        margin: [0, 2, 0, 2],
      });
    }
  }
  const ctx = report.context;
  const contextLines: string[] = [];
  if (ctx.kmSinceLastSession !== null) {
    contextLines.push(
      `${T.sinceLast[lang]}${colon(lang)}${formatKm(ctx.kmSinceLastSession, lang)}`,
    );
  }
  if (ctx.distanceSinceClearKm !== null) {
    const minutes = ctx.minutesSinceClear;
    contextLines.push(
      `${T.sinceClear[lang]}${colon(lang)}${formatKm(ctx.distanceSinceClearKm, lang)}` +
        (minutes !== null ? `, ${formatNumber(Math.round(minutes / 60), lang)} h` : ''),
    );
  }
  if (ctx.distanceWithMilKm !== null && ctx.distanceWithMilKm > 0) {
    contextLines.push(`${T.withMil[lang]}${colon(lang)}${formatKm(ctx.distanceWithMilKm, lang)}`);
  }
  if (ctx.recurringCodes.length > 0) {
    contextLines.push(`${T.recurring[lang]}${colon(lang)}${ctx.recurringCodes.join(', ')}`);
  }
  if (ctx.returnedAfterClear.length > 0) {
    contextLines.push(`${T.returned[lang]}${colon(lang)}${ctx.returnedAfterClear.join(', ')}`);
  }
  contextLines.push(...conditionsSection(report, contextReasons, lang));
  if (contextLines.length > 0) {
    content.push({ text: T.context[lang], style: 'section' }, { ul: contextLines });
  }
  content.push(...watchSection(report, lang), ...recallsSection(recalls, lang));
  if (report.similarCases.length > 0) {
    content.push({ text: T.similar[lang], style: 'section' });
    content.push({
      ul: report.similarCases.map((c) => {
        const who = [c.vehicle.make, c.vehicle.model, c.vehicle.engine].filter(Boolean).join(' ');
        const text =
          typeof c.resolution.text === 'string' ? c.resolution.text : c.resolution.text[lang];
        return {
          text: [
            {
              text: `${c.sharedCodes.join(', ')}${who ? ` — ${who}` : ''}${colon(lang)}`,
              bold: true,
            },
            text,
          ],
        };
      }),
    });
  }
  content.push({ text: T.disclaimer[lang], style: 'muted', margin: [0, 14, 0, 0] });

  const footerLeft = [garage.name, formatDate(stored.diagnosedAt, lang)]
    .filter(Boolean)
    .join(' · ');
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: {
      title: `${T.title[lang]} ${value(vehicle?.plate ?? vehicle?.vin)}`,
      author: garage.name ?? 'NovaEvo Workshop',
      creator: 'NovaEvo Workshop',
    },
    defaultStyle: { font: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 4] },
      garageName: { fontSize: 13, bold: true },
      section: { fontSize: 12, bold: true, margin: [0, 14, 0, 5], color: '#1A3A5C' },
      findingTitle: { fontSize: 10.5, bold: true },
      label: { fontSize: 8, color: '#555555', bold: true },
      muted: { fontSize: 8, color: '#555555' },
    },
    content,
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: footerLeft, alignment: 'left', width: '*' },
        {
          text: `${T.generated[lang]} ${report.knowledgeBaseVersion}`,
          alignment: 'center',
          width: 'auto',
        },
        {
          text: `${T.page[lang]} ${currentPage} ${T.on[lang]} ${pageCount}`,
          alignment: 'right',
          width: '*',
        },
      ],
      fontSize: 7.5,
      color: '#555555',
      margin: [40, 20, 40, 0],
    }),
  };
}

export async function renderReportPdf(data: ReportPdfData): Promise<Buffer> {
  const buffer = await pdfMake().createPdf(reportDocDefinition(data)).getBuffer();
  return Buffer.from(buffer);
}
