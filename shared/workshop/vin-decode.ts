import { checkVin, isNorthAmericanVin, normalizeVin } from './vin';

/**
 * VIN decoding (ISO 3779 / ISO 3780): manufacturer from the WMI (positions 1–3), region from
 * the first two characters, candidate model years from position 10. Pure: the WMI table is
 * data (`resources/vin/wmi.json`), loaded by the core and passed in.
 */
export interface WmiTable {
  wmi: Record<string, { manufacturer: string; country: string }>;
  /** Inclusive ranges of the first two characters, in ISO 3780 order (A–Z then 1–9, 0). */
  regions: Array<{ from: string; to: string; country: string }>;
}

export interface VinDecoded {
  vin: string;
  valid: boolean;
  wmi: string | null;
  manufacturer: string | null;
  country: string | null;
  /** Candidate model years, most recent first (the year character repeats every 30 years). */
  modelYears: number[];
  checkDigitWarning: boolean;
}

/** ISO 3780 order of the second character of a region range. */
const REGION_ORDER = 'ABCDEFGHJKLMNPRSTUVWXYZ1234567890';
/** Position-10 year codes from 1980 (A) to 2009 (9); then the cycle repeats (A = 2010). */
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
const FIRST_YEAR = 1980;

function regionOf(vin: string, table: WmiTable): string | null {
  const first = vin[0];
  const second = REGION_ORDER.indexOf(vin[1] ?? '');
  if (first === undefined || second === -1) return null;
  for (const region of table.regions) {
    if (region.from[0] !== first || region.to[0] !== first) continue;
    const from = REGION_ORDER.indexOf(region.from[1] ?? '');
    const to = REGION_ORDER.indexOf(region.to[1] ?? '');
    if (second >= from && second <= to) return region.country;
  }
  return null;
}

/**
 * Years the position-10 character can stand for, up to next year (a car sold in autumn is
 * often next year's model). North-American passenger VINs say which cycle: a letter in
 * position 7 means 2010–2039, a digit 1980–2009. European makers need not encode the year at
 * all (position 10 may be a plain serial character), so the candidates are only a hint.
 */
export function candidateModelYears(vin: string, currentYear: number): number[] {
  const index = YEAR_CODES.indexOf(vin[9] ?? '');
  if (index === -1) return [];
  const years: number[] = [];
  for (let year = FIRST_YEAR + index; year <= currentYear + 1; year += 30) years.push(year);
  if (isNorthAmericanVin(vin) && vin.length === 17) {
    const letter = /[A-Z]/.test(vin[6] ?? '');
    const narrowed = years.filter((year) => (letter ? year >= 2010 : year < 2010));
    if (narrowed.length > 0) return narrowed.reverse();
  }
  return years.reverse();
}

export function decodeVin(raw: string, table: WmiTable, currentYear: number): VinDecoded {
  const check = checkVin(raw);
  const vin = normalizeVin(raw);
  const wmi = vin.length >= 3 ? vin.slice(0, 3) : null;
  const entry = wmi !== null ? table.wmi[wmi] : undefined;
  return {
    vin,
    valid: check.valid,
    wmi,
    manufacturer: entry?.manufacturer ?? null,
    country: entry?.country ?? (vin.length >= 2 ? regionOf(vin, table) : null),
    modelYears: check.valid ? candidateModelYears(vin, currentYear) : [],
    checkDigitWarning: check.checkDigitWarning === true,
  };
}
