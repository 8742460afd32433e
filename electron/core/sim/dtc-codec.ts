/**
 * DTC text ↔ two bytes, SAE J2012 / J1979: the two top bits of the first byte
 * are the letter (P, C, B, U), the next two the first digit (0–3), then three hex digits.
 */
const letters = ['P', 'C', 'B', 'U'] as const;

export const dtcPattern = /^[PCBU][0-3][0-9A-F]{3}$/;

export function encodeDtc(code: string): [number, number] {
  const upper = code.toUpperCase();
  if (!dtcPattern.test(upper)) throw new Error(`Invalid DTC "${code}"`);
  const letterIndex = letters.indexOf(upper[0] as (typeof letters)[number]);
  const firstDigit = Number.parseInt(upper.slice(1, 2), 16);
  const rest = Number.parseInt(upper.slice(2), 16);
  return [(letterIndex << 6) | (firstDigit << 4) | (rest >> 8), rest & 0xff];
}

export function decodeDtc(high: number, low: number): string {
  const letter = letters[(high >> 6) & 0x03] ?? 'P';
  const firstDigit = (high >> 4) & 0x03;
  const rest = ((high & 0x0f) << 8) | low;
  return `${letter}${firstDigit}${rest.toString(16).toUpperCase().padStart(3, '0')}`;
}
