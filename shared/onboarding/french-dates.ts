import { normaliseDigitRun } from './siren';
import { foldToAlphanumeric, levenshtein } from './text-folding';

const FRENCH_MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
] as const;

export interface ParsedDate {
  /** ISO 8601 calendar date, yyyy-mm-dd. */
  iso: string;
  /** Lower when the text needed OCR repairs (look-alike digits, a misspelt month). */
  confidence: number;
}

function isoIfReal(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Matches an OCR'd month word ("novembré", "fevner") to a French month number, or null. */
export function frenchMonthNumber(word: string): number | null {
  const folded = foldToAlphanumeric(word);
  if (folded.length < 3) return null;
  let best: { month: number; distance: number } | null = null;
  FRENCH_MONTHS.forEach((name, index) => {
    const distance = levenshtein(folded, name);
    if (best === null || distance < best.distance) best = { month: index + 1, distance };
  });
  const found = best as { month: number; distance: number } | null;
  if (found === null) return null;
  // Short months ("mai", "juin") tolerate no error: "main" must not become May.
  const allowed = folded.length <= 4 ? 0 : folded.length <= 6 ? 1 : 2;
  return found.distance <= allowed ? found.month : null;
}

const NUMERIC_DATE = /([0-9OoIlSB]{1,2})\s?[/.-]\s?([0-9OoIlSB]{1,2})\s?[/.-]\s?([0-9OoIlSB]{4})/;
const WORD_DATE = /(\d{1,2}|1er)\s*[.,]?\s+([A-Za-zÀ-ÿ]{3,12})\.?\s+([0-9OoIl]{4})/;

/** Finds the first date in a line: `dd/mm/yyyy` or `20 novembre 2026` (also `1er`). */
export function parseFrenchDate(text: string): ParsedDate | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, rawDay = '', rawMonth = '', rawYear = ''] = numeric;
    const day = normaliseDigitRun(rawDay);
    const month = normaliseDigitRun(rawMonth);
    const year = normaliseDigitRun(rawYear);
    const iso = isoIfReal(Number(year), Number(month), Number(day));
    if (iso) {
      const repaired = day !== rawDay || month !== rawMonth || year !== rawYear;
      return { iso, confidence: repaired ? 0.75 : 0.97 };
    }
  }
  const worded = WORD_DATE.exec(text);
  if (worded) {
    const [, rawDay = '', monthWord = '', rawYear = ''] = worded;
    const month = frenchMonthNumber(monthWord);
    const year = normaliseDigitRun(rawYear);
    const day = rawDay === '1er' ? 1 : Number(rawDay);
    if (month !== null) {
      const iso = isoIfReal(Number(year), month, day);
      if (iso) {
        const exactMonth = FRENCH_MONTHS.includes(
          foldToAlphanumeric(monthWord) as (typeof FRENCH_MONTHS)[number],
        );
        return { iso, confidence: exactMonth && year === rawYear ? 0.97 : 0.8 };
      }
    }
  }
  return null;
}

/** Whole days from `earlier` to `later` (ISO dates), ignoring time zones. */
export function daysBetween(earlierIso: string, laterIso: string): number {
  const earlier = Date.parse(`${earlierIso}T00:00:00Z`);
  const later = Date.parse(`${laterIso}T00:00:00Z`);
  return Math.round((later - earlier) / 86_400_000);
}

/** Adds calendar months, clamping to the month's last day (31 Aug + 1 month → 30 Sep). */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** `2026-11-20` → `20/11/2026`, the way French documents and users write dates. */
export function formatFrenchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
