import type { Dirigeant, KbisFields } from './types';

/** The text fields of the review step (capital split in amount and currency). */
export const REVIEW_FIELDS = [
  'denomination',
  'sigle',
  'forme_juridique',
  'siren',
  'siret_siege',
  'rcs',
  'greffe',
  'numero_gestion',
  'capital_amount',
  'capital_currency',
  'adresse_siege',
  'activite',
  'code_ape',
  'date_immatriculation',
  'date_debut_activite',
  'date_extrait',
  'code_verification',
] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];
/** What the review form holds: the text fields, and the officers as one list (replaced whole). */
export type ReviewValues = Partial<Record<ReviewField, string>> & { dirigeants?: Dirigeant[] };
/** The review form filled with what was read. */
export type ReviewFormValues = Record<ReviewField, string> & { dirigeants: Dirigeant[] };

type TextKey = Exclude<ReviewField, 'capital_amount' | 'capital_currency'>;

function isTextKey(field: ReviewField): field is TextKey {
  return field !== 'capital_amount' && field !== 'capital_currency';
}

/** How the extracted value reads in the review form. */
export function reviewValuesFrom(fields: KbisFields): ReviewFormValues {
  const values = {} as Record<ReviewField, string>;
  for (const field of REVIEW_FIELDS) {
    if (field === 'capital_amount') values[field] = fields.capital.value?.amount.toString() ?? '';
    else if (field === 'capital_currency') values[field] = fields.capital.value?.currency ?? '';
    else values[field] = fields[field].value ?? '';
  }
  return { ...values, dirigeants: fields.dirigeants.value.map((d) => ({ ...d })) };
}

function cleaned(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Officers as they compare and are kept: spacing tidied, rows left entirely blank dropped. */
export function normaliseDirigeants(list: readonly Dirigeant[]): Dirigeant[] {
  return list
    .map((d) => ({ nom: cleaned(d.nom), prenoms: cleaned(d.prenoms), role: cleaned(d.role) }))
    .filter((d) => d.nom !== '' || d.prenoms !== '' || d.role !== '');
}

function sameDirigeants(a: readonly Dirigeant[], b: readonly Dirigeant[]): boolean {
  return (
    a.length === b.length &&
    a.every((d, i) => d.nom === b[i]?.nom && d.prenoms === b[i]?.prenoms && d.role === b[i]?.role)
  );
}

// Identifiers compare without their print spacing: "855 763 256" is what was read, not a correction.
function normalised(field: ReviewField, text: string): string {
  const trimmed = cleaned(text);
  if (field === 'siren' || field === 'siret_siege') return trimmed.replace(/\D/g, '');
  if (field === 'code_ape') return trimmed.replace(/[.\s]/g, '').toUpperCase();
  if (field === 'capital_amount') return trimmed.replace(/\s/g, '').replace(',', '.');
  if (field === 'capital_currency') return trimmed.toUpperCase();
  return trimmed;
}

/**
 * Applies the user's corrections to the extracted fields. A corrected field takes confidence 1
 * (a person read it on the document) and is listed, so the profile shows what was typed.
 */
export function applyReview(
  extracted: KbisFields,
  values: ReviewValues,
): { fields: KbisFields; corrected: string[] } {
  const original = reviewValuesFrom(extracted);
  const fields: KbisFields = { ...extracted };
  const corrected: string[] = [];
  let capitalChanged = false;
  for (const field of REVIEW_FIELDS) {
    const given = values[field];
    if (given === undefined) continue;
    const next = normalised(field, given);
    if (next === normalised(field, original[field])) continue;
    if (isTextKey(field)) {
      fields[field] = { value: next === '' ? null : next, confidence: 1 };
      corrected.push(field);
    } else {
      capitalChanged = true;
    }
  }
  if (capitalChanged) {
    const amount = normalised('capital_amount', values.capital_amount ?? original.capital_amount);
    const currency = normalised(
      'capital_currency',
      values.capital_currency ?? original.capital_currency,
    );
    const parsed = Number(amount);
    fields.capital = {
      value:
        amount === '' || !Number.isFinite(parsed)
          ? null
          : { amount: parsed, currency: currency || 'EUR' },
      confidence: 1,
    };
    corrected.push('capital');
  }
  if (values.dirigeants !== undefined) {
    const given = normaliseDirigeants(values.dirigeants);
    if (!sameDirigeants(given, normaliseDirigeants(extracted.dirigeants.value))) {
      fields.dirigeants = { value: given, confidence: 1 };
      corrected.push('dirigeants');
    }
  }
  return { fields, corrected };
}
