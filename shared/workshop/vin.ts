/**
 * VIN rules (ISO 3779 / ISO 3780). Letters I, O and Q are never used, to avoid confusion
 * with 1 and 0. The check digit in position 9 is only mandatory for North-American
 * vehicles (WMI starting 1–5), so elsewhere a mismatch is not an error.
 */
const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

const TRANSLITERATION: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const POSITION_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export type VinProblem = 'length' | 'forbidden_letters' | 'characters';

export interface VinCheck {
  vin: string;
  valid: boolean;
  problem?: VinProblem;
  /** Only set for North-American VINs whose check digit does not match. */
  checkDigitWarning?: boolean;
}

export function normalizeVin(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const char = vin[i] ?? '0';
    const value = /[0-9]/.test(char) ? Number(char) : (TRANSLITERATION[char] ?? 0);
    sum += value * (POSITION_WEIGHTS[i] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

export function isNorthAmericanVin(vin: string): boolean {
  return /^[1-5]/.test(vin);
}

export function checkVin(raw: string): VinCheck {
  const vin = normalizeVin(raw);
  if (vin.length !== 17) return { vin, valid: false, problem: 'length' };
  if (/[IOQ]/.test(vin)) return { vin, valid: false, problem: 'forbidden_letters' };
  if (!VIN_PATTERN.test(vin)) return { vin, valid: false, problem: 'characters' };
  if (isNorthAmericanVin(vin) && vinCheckDigit(vin) !== vin[8]) {
    return { vin, valid: true, checkDigitWarning: true };
  }
  return { vin, valid: true };
}
