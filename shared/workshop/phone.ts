/**
 * French phone numbers are stored in E.164 (+33…) so search and SMS reminders agree,
 * and printed in the familiar grouped national form.
 */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[^\d+]/g, '');
  if (/^0[1-9]\d{8}$/.test(digits)) return `+33${digits.slice(1)}`;
  if (/^\+33[1-9]\d{8}$/.test(digits)) return digits;
  if (/^0033[1-9]\d{8}$/.test(digits)) return `+${digits.slice(2)}`;
  if (/^\+\d{8,15}$/.test(digits)) return digits;
  return null;
}

export function formatPhone(e164: string): string {
  if (/^\+33\d{9}$/.test(e164)) {
    const national = `0${e164.slice(3)}`;
    return national.replace(/(\d{2})(?=\d)/g, '$1 ');
  }
  return e164;
}
