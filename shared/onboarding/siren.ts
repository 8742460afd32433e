import type { BilingualMessage } from './types';

/** La Poste's SIREN: its establishments' SIRETs follow a mod-5 rule instead of Luhn (INSEE). */
export const LA_POSTE_SIREN = '356000000';

export type IdentifierKind = 'siren' | 'siret';

export type IdentifierRejection = 'empty' | 'not_digits' | 'wrong_length' | 'checksum';

export type IdentifierCheckResult =
  | { valid: true; kind: IdentifierKind; value: string; rule: 'luhn' | 'la_poste' }
  | {
      valid: false;
      kind: IdentifierKind | null;
      value: string;
      reason: IdentifierRejection;
      message: BilingualMessage;
    };

// Letters OCR engines commonly return for digits in a number printed with a sans-serif font.
const OCR_DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  l: '1',
  I: '1',
  i: '1',
  '|': '1',
  '!': '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
  z: '2',
  G: '6',
};

const SEPARATORS = /[\s.\-_\u00a0\u202f]/g;

/**
 * Removes separators and maps look-alike letters to digits, but only when the run is
 * mostly digits already: "855 763 2S6" becomes "855763256", a word stays a word.
 */
export function normaliseDigitRun(raw: string): string {
  const compact = raw.replace(SEPARATORS, '');
  if (compact.length === 0) return compact;
  const digitCount = [...compact].filter((c) => c >= '0' && c <= '9').length;
  const fixable = [...compact].every((c) => (c >= '0' && c <= '9') || c in OCR_DIGIT_LOOKALIKES);
  if (!fixable || digitCount * 2 < compact.length) return compact;
  return [...compact].map((c) => OCR_DIGIT_LOOKALIKES[c] ?? c).join('');
}

/** Luhn over a digit string: every second digit from the right doubled, digits summed. */
export function luhnIsValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((total, c) => total + Number(c), 0);
}

/** The Luhn check digit that completes `body` (used by tests and fixture generators). */
export function luhnCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnIsValid(body + String(d))) return String(d);
  throw new Error('unreachable: one digit always completes a Luhn sum');
}

function rejection(
  kind: IdentifierKind | null,
  value: string,
  reason: IdentifierRejection,
): IdentifierCheckResult {
  const label = kind === 'siret' ? 'SIRET' : kind === 'siren' ? 'SIREN' : 'SIREN/SIRET';
  const messages: Record<IdentifierRejection, BilingualMessage> = {
    empty: { fr: `Aucun numéro ${label} saisi.`, en: `No ${label} number given.` },
    not_digits: {
      fr: `Le numéro ${label} ne doit contenir que des chiffres.`,
      en: `The ${label} number must contain digits only.`,
    },
    wrong_length: {
      fr: `Un SIREN compte 9 chiffres et un SIRET 14 (reçu : ${value.length}).`,
      en: `A SIREN has 9 digits and a SIRET 14 (got ${value.length}).`,
    },
    checksum: {
      fr: `Le numéro ${label} ${value} a une clé de contrôle invalide (algorithme de Luhn) : il est mal saisi ou faux.`,
      en: `The ${label} number ${value} has an invalid check digit (Luhn algorithm): it is mistyped or false.`,
    },
  };
  return { valid: false, kind, value, reason, message: messages[reason] };
}

export function checkSiren(raw: string): IdentifierCheckResult {
  const value = normaliseDigitRun(raw);
  if (value.length === 0) return rejection('siren', value, 'empty');
  if (!/^\d+$/.test(value)) return rejection('siren', value, 'not_digits');
  if (value.length !== 9) return rejection('siren', value, 'wrong_length');
  if (!luhnIsValid(value)) return rejection('siren', value, 'checksum');
  return { valid: true, kind: 'siren', value, rule: 'luhn' };
}

export function checkSiret(raw: string): IdentifierCheckResult {
  const value = normaliseDigitRun(raw);
  if (value.length === 0) return rejection('siret', value, 'empty');
  if (!/^\d+$/.test(value)) return rejection('siret', value, 'not_digits');
  if (value.length !== 14) return rejection('siret', value, 'wrong_length');
  if (luhnIsValid(value)) return { valid: true, kind: 'siret', value, rule: 'luhn' };
  // La Poste numbers its many establishments past what Luhn allows; INSEE accepts a digit sum divisible by 5.
  if (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 === 0) {
    return { valid: true, kind: 'siret', value, rule: 'la_poste' };
  }
  return rejection('siret', value, 'checksum');
}

/** Checks a SIREN or a SIRET, chosen by the number of digits. */
export function checkCompanyIdentifier(raw: string): IdentifierCheckResult {
  const value = normaliseDigitRun(raw);
  if (value.length === 14) return checkSiret(value);
  if (value.length === 9) return checkSiren(value);
  if (value.length === 0) return rejection(null, value, 'empty');
  if (!/^\d+$/.test(value)) return rejection(null, value, 'not_digits');
  return rejection(null, value, 'wrong_length');
}

/** "855763256" → "855 763 256", the way registries print it. */
export function formatSiren(siren: string): string {
  return siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}
