import { describe, expect, it } from 'vitest';
import { pdfEditedCheck, recencyCheck, registryCheck, runOfflineChecks } from './checks';
import type { PdfProvenance, RegistryCompany } from './checks';
import { extractKbisFields } from './kbis-extract';
import { assessTrust } from './trust';

const TEXT = `Extrait Kbis
Greffe du Tribunal de Commerce de LYON
à jour au 20 novembre 2026
Numéro d'identification : 732 829 320 R.C.S. Lyon
Dénomination     GARAGE DU RHONE
Adresse du siège     8 quai Perrache 69002 Lyon
Activités principales     Réparation de véhicules automobiles`;
const { fields } = extractKbisFields(TEXT);
const TODAY = '2026-11-27';
const official: PdfProvenance = {
  producer: 'Editique RCS 4.2',
  creator: 'Kbis - edition electronique',
  creationDate: '2026-11-20T08:14:32.000Z',
  modificationDate: '2026-11-20T08:14:32.000Z',
  fontNames: ['f1:sans-serif', 'f2:sans-serif'],
  hasTextLayer: true,
};
const company: RegistryCompany = {
  siren: '732829320',
  name: 'GARAGE DU RHONE (GDR)',
  active: true,
  headOfficeAddress: '8 QUAI PERRACHE 69002 LYON',
  nafCode: '4520A',
};
const statusOf = (checks: { id: string; status: string }[], id: string): string | undefined =>
  checks.find((c) => c.id === id)?.status;

describe('offline checks', () => {
  it('passes a consistent, recent, automotive extract', () => {
    const checks = runOfflineChecks(fields, { today: TODAY, pdf: official });
    expect(checks.every((c) => c.status === 'ok')).toBe(true);
    expect(checks.map((c) => c.id)).toEqual([
      'siren_luhn',
      'rcs_siren_match',
      'recency',
      'activity_automotive',
      'duplicate_siren',
      'pdf_edited',
      'text_layer_consistency',
    ]);
    expect(assessTrust(checks).level).toBe('document_verifie');
  });

  it('applies the 3-month recency policy and says there is no legal expiry', () => {
    expect(recencyCheck('2026-08-27', TODAY).status).toBe('ok');
    const old = recencyCheck('2026-08-26', TODAY);
    expect(old.status).toBe('warning');
    expect(old.message.fr).toContain('pas de durée de validité légale');
    expect(old.message.en).toContain('no legal expiry');
    expect(recencyCheck('2026-08-26', TODAY, 6).status).toBe('ok');
    expect(recencyCheck('2026-12-25', TODAY).status).toBe('warning');
    expect(recencyCheck(null, TODAY).status).toBe('warning');
  });

  it('refuses a SIREN already onboarded and flags a non-automotive activity', () => {
    const bakery = extractKbisFields(
      TEXT.replace('Réparation de véhicules automobiles', 'Boulangerie, pâtisserie'),
    ).fields;
    const checks = runOfflineChecks(bakery, { today: TODAY, onboardedSirens: ['732829320'] });
    expect(statusOf(checks, 'duplicate_siren')).toBe('failed');
    expect(statusOf(checks, 'activity_automotive')).toBe('warning');
    expect(assessTrust(checks).level).toBe('non_verifie');
  });

  it('flags a PDF modified later by a generic editor, and an image retouched', () => {
    expect(
      pdfEditedCheck({
        ...official,
        producer: 'PDF Editor Pro 11.2',
        modificationDate: '2026-11-23T15:05:51.000Z',
      }).status,
    ).toBe('warning');
    // An editing tool named anywhere is a sign on its own, dates or not.
    const saved = pdfEditedCheck({ ...official, producer: 'PDF Editor Pro 11.2' });
    expect(saved.status).toBe('warning');
    expect(saved.message.fr).toContain('éditeur générique (« PDF Editor Pro 11.2 »)');
    expect(pdfEditedCheck({ ...official, tools: ['Editique RCS 4.2', 'iLovePDF'] }).status).toBe(
      'warning',
    );
    const checks = runOfflineChecks(fields, {
      today: TODAY,
      image: { software: 'Adobe Photoshop 25.0' },
    });
    expect(statusOf(checks, 'image_edited')).toBe('warning');
    // Anti-fraud signals lower the level, they do not block.
    expect(assessTrust(checks).level).toBe('declaratif');
  });

  it('flags a modification days after creation, and saves appended later', () => {
    const later = pdfEditedCheck({ ...official, modificationDate: '2026-11-26T10:00:00.000Z' });
    expect(later.status).toBe('warning');
    expect(later.message.fr).toContain(
      'modifié le 2026-11-26, 6 jours après sa création le 2026-11-20',
    );
    expect(later.message.en).toContain('6 days after its creation on 2026-11-20');
    // Hours apart without an editing tool: a producer mixing local time and UTC, not an edit.
    expect(
      pdfEditedCheck({ ...official, modificationDate: '2026-11-20T10:14:32.000Z' }).status,
    ).toBe('ok');
    const updated = pdfEditedCheck({ ...official, incrementalUpdates: 2 });
    expect(updated.status).toBe('warning');
    expect(updated.message.en).toContain('saved again 2 times after its original version');
    expect(pdfEditedCheck({ ...official, incrementalUpdates: 0, tools: [] }).status).toBe('ok');
  });

  it('flags a failed Luhn key', () => {
    const bad = extractKbisFields(TEXT.replace('732 829 320', '732 829 321')).fields;
    const checks = runOfflineChecks(bad, { today: TODAY });
    expect(statusOf(checks, 'siren_luhn')).toBe('failed');
    expect(statusOf(checks, 'rcs_siren_match')).toBe('ok');
  });
});

describe('registry check and trust', () => {
  const offline = runOfflineChecks(fields, { today: TODAY, pdf: official });

  it('is pending offline, ok when the registry agrees, failed when closed or unknown', () => {
    expect(registryCheck(fields, { kind: 'unreachable', reason: 'timeout' }).status).toBe(
      'pending',
    );
    const ok = registryCheck(fields, { kind: 'found', company });
    expect(ok.status).toBe('ok');
    expect(assessTrust([...offline, ok])).toMatchObject({ level: 'registre_verifie', score: 100 });
    expect(
      registryCheck(fields, { kind: 'found', company: { ...company, active: false } }).status,
    ).toBe('failed');
    expect(registryCheck(fields, { kind: 'not_found' }).status).toBe('failed');
  });

  it('warns on document/registry mismatches and lowers trust', () => {
    const moved = registryCheck(fields, {
      kind: 'found',
      company: {
        ...company,
        headOfficeAddress: '1 rue de la République 69001 Lyon',
        name: 'AUTRE SOCIETE',
      },
    });
    expect(moved.status).toBe('warning');
    expect(moved.message.fr).toContain('adresse du siège');
    const trust = assessTrust([...offline, moved]);
    expect(trust.level).toBe('declaratif');
    expect(trust.reasons.length).toBeGreaterThan(1);
  });
});
