import type { Cause, CauseRanking, Labour, Lang } from '@shared/diagnosis';

// Numbers and dates the way a French garage writes them: "84 250 km" with the narrow no-break
// space (U+202F) that Intl produces for fr-FR, "1,5 h", "27 novembre 2026 à 16:31". Dates are
// shown in Paris time whatever the workstation's zone, since the report is a French document.

const TIME_ZONE = 'Europe/Paris';
const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

export function formatKm(value: number, lang: Lang): string {
  return `${formatNumber(value, lang)}\u00a0km`;
}

export function formatHours(range: { min: number; max: number }, lang: Lang): string {
  const min = formatNumber(range.min, lang, 1);
  const max = formatNumber(range.max, lang, 1);
  return range.min === range.max ? `${min}\u00a0h` : `${min} – ${max}\u00a0h`;
}

export function formatPercent(ratio: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}

export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeZone: TIME_ZONE }).format(
    date,
  );
}

/** Labour as a range with where it comes from: never a bare number presented as a fact. */
export function formatLabour(labour: Labour, lang: Lang): string {
  const hours = formatHours(labour, lang);
  if (labour.source === 'garage') {
    return lang === 'fr'
      ? `${hours} (relevé sur ${labour.cases} interventions de l’atelier)`
      : `${hours} (measured on ${labour.cases} of the workshop’s jobs)`;
  }
  return lang === 'fr' ? `${hours} (indicatif, non sourcé)` : `${hours} (indicative, unsourced)`;
}

/** Heading of the cause list: an order to check, or a ranking by the garage's resolved cases. */
export function causesHeading(ranking: CauseRanking, lang: Lang): string {
  if (ranking.basis === 'cases') {
    return lang === 'fr'
      ? `Causes classées selon les cas résolus de l’atelier (${ranking.cases})`
      : `Causes ranked by the workshop’s resolved cases (${ranking.cases})`;
  }
  return lang === 'fr'
    ? 'Causes, dans l’ordre où les vérifier'
    : 'Causes, in the order to check them';
}

/** One cause, with "3 cas résolus sur 4" when the ranking comes from the garage's cases. */
export function causeLine(cause: Cause, ranking: CauseRanking, lang: Lang): string {
  const text = cause[lang];
  if (ranking.basis !== 'cases' || cause.resolvedCases === 0) return text;
  return lang === 'fr'
    ? `${text} — ${cause.resolvedCases} cas résolu${cause.resolvedCases > 1 ? 's' : ''} sur ${ranking.cases}`
    : `${text} — ${cause.resolvedCases} of ${ranking.cases} resolved case${ranking.cases > 1 ? 's' : ''}`;
}
