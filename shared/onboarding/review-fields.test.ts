import { describe, expect, it } from 'vitest';
import { extractKbisFields } from './kbis-extract';
import { applyReview, reviewValuesFrom } from './review-fields';

const { fields } = extractKbisFields(
  [
    'Extrait Kbis',
    'Immatriculation au RCS, numéro    855 763 256 R.C.S. Bordeaux',
    'Dénomination ou raison sociale    AUTO SERVICES DE LA GARONNE',
    'Capital social    20 000,00 Euros',
  ].join('\n'),
);

describe('review corrections', () => {
  it('shows extracted values as text and keeps unchanged ones as read', () => {
    const values = reviewValuesFrom(fields);
    expect(values.denomination).toBe(fields.denomination.value ?? '');
    expect(values.capital_amount).toBe(String(fields.capital.value?.amount ?? ''));
    const result = applyReview(fields, {
      ...values,
      siren: values.siren.replace(/(\d{3})/g, '$1 '),
    });
    expect(result.corrected).toEqual([]);
    expect(result.fields).toEqual(fields);
  });

  it('gives a corrected field confidence 1 and lists it; an emptied field becomes null', () => {
    const result = applyReview(fields, {
      denomination: 'AUTO SERVICES GARONNE',
      sigle: '',
      code_ape: '45.20 a',
      capital_amount: '25 000,50',
    });
    expect(result.fields.denomination).toEqual({ value: 'AUTO SERVICES GARONNE', confidence: 1 });
    expect(result.fields.code_ape).toEqual({ value: '4520A', confidence: 1 });
    expect(result.fields.capital).toEqual({
      value: { amount: 25000.5, currency: fields.capital.value?.currency ?? 'EUR' },
      confidence: 1,
    });
    expect(result.corrected).toEqual(['denomination', 'code_ape', 'capital']);
    // sigle was already absent: emptying it is not a correction.
    expect(result.fields.sigle).toEqual(fields.sigle);
  });
});
