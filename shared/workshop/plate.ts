/**
 * French registration plates. The SIV format (since 2009) is AA-123-AA; the older FNI
 * format (123 ABC 45) is still on the road on cars never re-registered, so both are
 * accepted and stored in their canonical printed form.
 */
export type PlateFormat = 'siv' | 'fni';

export interface PlateCheck {
  valid: boolean;
  format?: PlateFormat;
  /** Canonical printed form: `AB-123-CD` or `123 ABC 45`. */
  plate: string;
}

// SIV letters exclude I, O and U (confusable with 1, 0 and V).
const SIV = /^([A-HJ-NP-TV-Z]{2})-?([0-9]{3})-?([A-HJ-NP-TV-Z]{2})$/;
// FNI: 1–4 digits, 1–3 letters, then the département (01–95, 2A/2B, or 971–976).
const FNI = /^([0-9]{1,4}) ?([A-Z]{1,3}) ?(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/;

export function checkPlate(raw: string): PlateCheck {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const sivCandidate = compact.replace(/[\s-]/g, '');
  const siv = SIV.exec(sivCandidate);
  if (siv && siv[2] !== '000') {
    return { valid: true, format: 'siv', plate: `${siv[1]}-${siv[2]}-${siv[3]}` };
  }
  const fni = FNI.exec(compact.replace(/-/g, ' '));
  if (fni) {
    return { valid: true, format: 'fni', plate: `${fni[1]} ${fni[2]} ${fni[3]}` };
  }
  return { valid: false, plate: compact };
}

/** Plates are searched without separators so "ab123cd" finds "AB-123-CD". */
export function plateSearchKey(plate: string): string {
  return plate.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
