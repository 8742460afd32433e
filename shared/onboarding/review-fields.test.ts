import { describe, expect, it } from 'vitest';
import { validateReview } from '../api/onboarding';
import { extractKbisFields } from './kbis-extract';
import { applyReview, reviewValuesFrom } from './review-fields';
import type { KbisFields } from './types';

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

// As OCR reads a scan: a surname misread ("LACR0IX"), a role it could not place.
const withOfficers: KbisFields = {
  ...fields,
  dirigeants: {
    value: [
      { nom: 'LACR0IX', prenoms: 'Thomas Henri', role: 'Président' },
      { nom: 'FERREIRA', prenoms: 'Ana Sofia', role: '' },
    ],
    confidence: 0.6,
  },
};

describe('officers (dirigeants) in the review', () => {
  it('puts the officers read in the form, and an untouched or re-spaced list is no correction', () => {
    const values = reviewValuesFrom(withOfficers);
    expect(values.dirigeants).toEqual(withOfficers.dirigeants.value);
    // A copy: editing the form never alters what was extracted.
    values.dirigeants[0]!.nom = 'X';
    expect(withOfficers.dirigeants.value[0]?.nom).toBe('LACR0IX');

    const respaced = applyReview(withOfficers, {
      dirigeants: [
        { nom: ' LACR0IX ', prenoms: 'Thomas   Henri', role: 'Président' },
        { nom: 'FERREIRA', prenoms: 'Ana Sofia', role: '' },
        { nom: ' ', prenoms: '', role: '' },
      ],
    });
    expect(respaced.corrected).toEqual([]);
    expect(respaced.fields.dirigeants).toEqual(withOfficers.dirigeants);
  });

  it('replaces the whole list when one is edited, added or removed, with confidence 1', () => {
    const result = applyReview(withOfficers, {
      denomination: 'AUTO SERVICES GARONNE',
      dirigeants: [
        { nom: '  LACROIX ', prenoms: 'Thomas Henri', role: 'Président' },
        { nom: 'MARTIN', prenoms: 'Claire', role: 'Directrice générale' },
      ],
    });
    expect(result.fields.dirigeants).toEqual({
      value: [
        { nom: 'LACROIX', prenoms: 'Thomas Henri', role: 'Président' },
        { nom: 'MARTIN', prenoms: 'Claire', role: 'Directrice générale' },
      ],
      confidence: 1,
    });
    expect(result.corrected).toEqual(['denomination', 'dirigeants']);

    const emptied = applyReview(withOfficers, { dirigeants: [] });
    expect(emptied.fields.dirigeants).toEqual({ value: [], confidence: 1 });
    expect(emptied.corrected).toEqual(['dirigeants']);
  });

  it('reports each incomplete or oversized officer on its own row', () => {
    const base = {
      ...reviewValuesFrom(withOfficers),
      adresse_siege: '27 avenue de la Somme 33700 Mérignac',
      date_extrait: '2026-11-20',
    };
    // As read: the officer whose role OCR missed must be completed before going on.
    expect(validateReview(base)).toEqual([
      { path: 'dirigeants.1.role', message: 'dirigeant_role_required' },
    ]);
    expect(
      validateReview({
        ...base,
        dirigeants: [
          { nom: 'LACROIX', prenoms: 'Thomas Henri', role: 'Président' },
          { nom: '   ', prenoms: '', role: 'Gérant' },
          { nom: 'N'.repeat(101), prenoms: 'P'.repeat(151), role: 'R'.repeat(101) },
          { nom: 'N'.repeat(100), prenoms: 'P'.repeat(150), role: 'R'.repeat(100) },
        ],
      }),
    ).toEqual([
      { path: 'dirigeants.1.nom', message: 'dirigeant_nom_required' },
      { path: 'dirigeants.2.nom', message: 'dirigeant_nom_too_long' },
      { path: 'dirigeants.2.prenoms', message: 'dirigeant_prenoms_too_long' },
      { path: 'dirigeants.2.role', message: 'dirigeant_role_too_long' },
    ]);
    expect(validateReview({ ...base, dirigeants: [] })).toEqual([]);
  });
});
