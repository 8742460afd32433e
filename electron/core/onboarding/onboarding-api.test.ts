import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { OnboardingDraft } from '@shared/api/onboarding';
import { MAX_UPLOAD_BASE64_CHARS } from '@shared/api/onboarding';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { useTempDirs } from '../test-support/temp-dir';
import type { RegistryTestServer, ScriptedBehaviour } from './registry-test-server';
import { startRegistryTestServer } from './registry-test-server';
import { buildPdf, buildTestPdf } from './test-pdf-builder';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = process.env.NOVAEVO_KBIS_FIXTURES ?? path.resolve(repoRoot, 'test-fixtures/kbis');
const TEXT_PDF = path.join(FIXTURES, '01-kbis-sas-textlayer.pdf');
const SCAN_PNG = path.join(FIXTURES, '02-kbis-sarl-clean-300dpi.png');
const SIREN = '855763256';

const tempDir = useTempDirs();
let server: RegistryTestServer;
// The script is read per request, so each test can rewrite what the fake registry does.
const script: Record<string, ScriptedBehaviour[]> = {};
const savedEnv = { ...process.env };
const cores: Core[] = [];

beforeAll(async () => {
  server = await startRegistryTestServer(
    [
      {
        siren: SIREN,
        nom_complet: 'AUTO SERVICES DE LA GARONNE (ASG)',
        etat_administratif: 'A',
        activite_principale: '45.20A',
        siege: { adresse: '27 AVENUE DE LA SOMME 33700 MERIGNAC', activite_principale: '45.20A' },
      },
    ],
    script,
  );
  process.env.NOVAEVO_REGISTRY_URL = server.url;
  process.env.NOVAEVO_REGISTRY_TIMEOUT_MS = '2000';
  process.env.NOVAEVO_REGISTRY_FIRST_RETRY_MS = '150';
  process.env.NOVAEVO_REGISTRY_RETRY_TICK_MS = '100';
});
afterAll(async () => {
  process.env = savedEnv;
  await server.close();
});
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  for (const key of Object.keys(script)) delete script[key];
  server.requestCounts.clear();
});

async function newCore(dataDir = tempDir()): Promise<Core> {
  const core = await createCore({ dataDir, transport: 'browser-host' });
  cores.push(core);
  return core;
}

async function call<T>(core: Core, name: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function callError(core: Core, name: string, input: unknown = {}): Promise<ApiError> {
  const result = await core.dispatch(name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

type Saved = { draft: OnboardingDraft; errors: { path: string; message: string }[] };

const ACCOUNT = {
  garageName: 'Garage de la Garonne',
  contactName: 'Thomas Lacroix',
  email: 'contact@garage-garonne.fr',
  phone: '05 56 12 34 56',
  password: 'correct horse battery',
};
const PROFILE = {
  services: ['entretien', 'mecanique', 'diagnostic'],
  brands: 'Renault, Peugeot',
  certifications: 'Qualiréparateur',
  openingHours: [
    { day: 'mon', closed: false, open: '08:00', close: '18:00' },
    { day: 'sun', closed: true, open: '', close: '' },
  ],
  technicians: [{ name: 'Karim B.', skills: ['mecanique', 'diagnostic'] }],
  workshopAddress: { line: '27 avenue de la Somme', postalCode: '33700', city: 'Mérignac' },
};

async function upload(core: Core, file: string | Buffer, fileName = 'kbis.pdf') {
  const bytes = typeof file === 'string' ? await readFile(file) : file;
  return core.dispatch('onboarding.uploadDocument', {
    fileName,
    mime: 'application/pdf',
    dataBase64: bytes.toString('base64'),
  });
}

/** Account, text-layer Kbis read and reviewed: the draft stands at the checks step. */
/** From the checks to a filled profile and a plain (non-partner) affiliation. */
async function throughProfileAndAffiliation(core: Core): Promise<void> {
  await call(core, 'onboarding.goToStep', { step: 'profile' });
  await call(core, 'onboarding.saveStep', { step: 'profile', values: PROFILE, advance: true });
  await call(core, 'onboarding.saveStep', {
    step: 'affiliation',
    values: { partnerId: '', disclosure: '' },
    advance: true,
  });
}

async function throughReview(core: Core): Promise<OnboardingDraft> {
  await call(core, 'onboarding.saveStep', { step: 'account', values: ACCOUNT, advance: true });
  expect((await upload(core, TEXT_PDF)).ok).toBe(true);
  await call(core, 'onboarding.readDocument', {});
  const saved = await call<Saved>(core, 'onboarding.saveStep', {
    step: 'review',
    values: {},
    advance: true,
  });
  expect(saved.errors).toEqual([]);
  return saved.draft;
}

describe('onboarding API on a real core', () => {
  it('saves each step as typed, reports field errors, and resumes after a restart', async () => {
    const dataDir = tempDir();
    let core = await newCore(dataDir);
    const fresh = await call<OnboardingDraft>(core, 'onboarding.getDraft');
    expect(fresh).toMatchObject({ currentStep: 'account', status: 'in_progress', account: null });

    const bad = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'account',
      values: { ...ACCOUNT, email: 'contact@', phone: '12', password: 'short' },
      advance: true,
    });
    expect(bad.errors).toEqual([
      { path: 'email', message: 'invalid_email' },
      { path: 'phone', message: 'invalid_phone' },
      { path: 'password', message: 'password_too_short' },
    ]);
    // Invalid input is kept anyway: closing the app loses nothing.
    expect(bad.draft.account?.email).toBe('contact@');
    expect(bad.draft.currentStep).toBe('account');

    const good = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'account',
      values: ACCOUNT,
      advance: true,
    });
    expect(good.errors).toEqual([]);
    expect(good.draft).toMatchObject({ currentStep: 'document', completedSteps: ['account'] });
    expect(good.draft.account).toMatchObject({ hasPassword: true, email: ACCOUNT.email });
    const stored = core.database.raw.prepare('SELECT * FROM onboarding_draft').get();
    expect(JSON.stringify(stored)).not.toContain(ACCOUNT.password);
    expect((stored as { password_hash: string }).password_hash).toMatch(/^scrypt\$/);

    await core.close();
    core = await newCore(dataDir);
    const resumed = await call<OnboardingDraft>(core, 'onboarding.getDraft');
    expect(resumed.id).toBe(fresh.id);
    expect(resumed.currentStep).toBe('document');
    expect(resumed.account).toMatchObject({ garageName: ACCOUNT.garageName, hasPassword: true });

    // Going forward past an unfinished step is refused; going back is fine.
    expect((await callError(core, 'onboarding.goToStep', { step: 'profile' })).code).toBe(
      'VALIDATION',
    );
    const back = await call<OnboardingDraft>(core, 'onboarding.goToStep', { step: 'account' });
    expect(back.currentStep).toBe('account');
  });

  it('refuses bad documents with bilingual messages and keeps the draft', async () => {
    const core = await newCore();
    await call(core, 'onboarding.saveStep', { step: 'account', values: ACCOUNT, advance: true });

    const huge = await core.dispatch('onboarding.uploadDocument', {
      fileName: 'photo.jpg',
      mime: 'image/jpeg',
      dataBase64: 'A'.repeat(MAX_UPLOAD_BASE64_CHARS + 4),
    });
    expect(huge).toMatchObject({
      ok: false,
      error: { code: 'DOCUMENT_REJECTED', details: { reason: 'image_too_large' } },
    });
    if (!huge.ok) expect(huge.error.message.fr).toContain('50 Mo');

    const text = await upload(core, Buffer.from('just some notes'), 'notes.txt');
    expect(text).toMatchObject({ ok: false, error: { details: { reason: 'unsupported_format' } } });

    for (const [pdf, reason] of [
      [buildTestPdf({ pages: 41 }), 'pdf_too_many_pages'],
      [buildTestPdf({ pages: 1, encrypted: true }), 'pdf_password_protected'],
      // Once answered 500 after the process ballooned: now refused from the page size.
      [buildPdf({ pages: [{ size: [14_400, 14_400] }] }), 'pdf_page_too_large'],
      [
        buildTestPdf({ pages: 1, text: 'Facture 2026-118 vidange et filtre 89 EUR '.repeat(4) }),
        'document_not_recognised',
      ],
    ] as const) {
      expect((await upload(core, pdf)).ok).toBe(true);
      const error = await callError(core, 'onboarding.readDocument', {});
      expect(error.code).toBe('DOCUMENT_REJECTED');
      expect(error.details).toEqual({ reason });
      expect(error.message.fr.length).toBeGreaterThan(10);
      expect(error.message.en.length).toBeGreaterThan(10);
    }
    const draft = await call<OnboardingDraft>(core, 'onboarding.getDraft');
    expect(draft.currentStep).toBe('document');
    expect(draft.account?.garageName).toBe(ACCOUNT.garageName);
    expect(draft.completedSteps).toEqual(['account']);
  });

  it('reads a text-layer PDF as a task with progress events, cached by hash', async () => {
    const core = await newCore();
    const events: { taskId: string; state: string; done: number; label: string }[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'task.progress') events.push(payload as (typeof events)[number]);
    });
    const uploaded = await upload(core, TEXT_PDF);
    expect(uploaded.ok).toBe(true);
    const draft = await call<OnboardingDraft>(core, 'onboarding.readDocument', {
      taskId: 'read-1',
    });
    expect(draft.currentStep).toBe('review');
    expect(draft.document).toMatchObject({ format: 'pdf', read: { source: 'text_layer' } });
    expect(draft.document?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(draft.review?.fields.siren).toMatchObject({ value: SIREN });
    expect(draft.review?.fields.siren.confidence).toBeGreaterThan(0.9);
    expect(draft.review?.values.siren).toBe(SIREN);
    const mine = events.filter((e) => e.taskId === 'read-1');
    expect(mine.map((e) => e.state)).toContain('running');
    expect(mine.at(-1)).toMatchObject({ state: 'done', done: 100 });

    // The same bytes again: no second read, the stored result answers.
    expect((await upload(core, TEXT_PDF, 'copie.pdf')).ok).toBe(true);
    await call(core, 'onboarding.readDocument', { taskId: 'read-2' });
    expect(events.filter((e) => e.taskId === 'read-2').map((e) => e.label)).toContain('cached');
    expect(
      core.database.raw.prepare('SELECT count(*) FROM onboarding_document').pluck().get(),
    ).toBe(1);

    // A correction takes confidence 1 and is listed.
    const corrected = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'review',
      values: { code_ape: '45.20a', siren: '855 763 256' },
      advance: false,
    });
    expect(corrected.draft.review?.fields.code_ape).toEqual({ value: '4520A', confidence: 1 });
    expect(corrected.draft.review?.corrected).toEqual(['code_ape']);
  });

  it(
    'cancels an OCR read through tasks.cancel and keeps the draft',
    { timeout: 120_000 },
    async () => {
      const core = await newCore();
      await call(core, 'onboarding.saveStep', { step: 'account', values: ACCOUNT, advance: true });
      expect((await upload(core, SCAN_PNG, 'scan.png')).ok).toBe(true);
      let cancelled = false;
      core.events.subscribe((name, payload) => {
        const progress = payload as { taskId: string; label: string };
        if (
          name === 'task.progress' &&
          progress.taskId === 'ocr-1' &&
          /recogni/.test(progress.label)
        ) {
          if (!cancelled) void core.dispatch('tasks.cancel', { taskId: 'ocr-1' });
          cancelled = true;
        }
      });
      const error = await callError(core, 'onboarding.readDocument', { taskId: 'ocr-1' });
      expect(error.code).toBe('CANCELLED');
      const draft = await call<OnboardingDraft>(core, 'onboarding.getDraft');
      expect(draft).toMatchObject({ currentStep: 'document', review: null });
      expect(draft.document?.fileName).toBe('scan.png');
    },
  );

  it('checks against the registry, appends the history and scores trust', async () => {
    const core = await newCore();
    await throughReview(core);
    const draft = await call<OnboardingDraft>(core, 'onboarding.runChecks');
    const byId = Object.fromEntries(draft.checks?.checks.map((c) => [c.id, c.status]) ?? []);
    expect(byId).toMatchObject({
      siren_luhn: 'ok',
      rcs_siren_match: 'ok',
      activity_automotive: 'ok',
      duplicate_siren: 'ok',
      pdf_edited: 'ok',
      registry: 'ok',
    });
    expect(draft.checks?.registryPending).toBe(false);
    expect(draft.checks?.trust.level).toBe(
      byId.recency === 'ok' ? 'registre_verifie' : 'declaratif',
    );
    expect(draft.completedSteps).toContain('checks');
    const outbox = core.database.raw
      .prepare("SELECT op FROM outbox WHERE entity = 'onboardingCheckRun'")
      .pluck()
      .all();
    expect(outbox).toEqual(['insert']);
  });

  it('queues the registry check when offline, then the core retries it until ok', async () => {
    script[SIREN] = [503, 503, 503, 'ok'];
    const core = await newCore();
    await throughReview(core);
    const offline = await call<OnboardingDraft>(core, 'onboarding.runChecks');
    const registry = offline.checks?.checks.find((c) => c.id === 'registry');
    expect(registry?.status).toBe('pending');
    expect(registry?.message.fr).toContain('injoignable');
    expect(offline.checks?.registryPending).toBe(true);
    expect(offline.checks?.trust.level).not.toBe('registre_verifie');
    expect(
      core.database.raw.prepare('SELECT attempts FROM registry_check_queue').pluck().all(),
    ).toEqual([1]);

    // No call from the test: the core's back-off timer retries on its own (503 once more, then ok).
    const resolved = await new Promise<OnboardingDraft>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error('registry never retried')), 10_000);
      const poll = async () => {
        const draft = await call<OnboardingDraft>(core, 'onboarding.getDraft');
        if (draft.checks?.registryPending === false) {
          clearTimeout(timeout);
          resolve(draft);
        } else setTimeout(() => void poll(), 100);
      };
      void poll();
    });
    expect(resolved.checks?.checks.find((c) => c.id === 'registry')?.status).toBe('ok');
    expect(server.requestCounts.get(SIREN)).toBe(4);
    expect(
      core.database.raw.prepare('SELECT count(*) FROM registry_check_queue').pluck().get(),
    ).toBe(0);
    const triggers = core.database.raw
      .prepare('SELECT trigger FROM onboarding_check_run ORDER BY run_at, id')
      .pluck()
      .all();
    expect(triggers).toEqual(['wizard', 'registry_retry']);
  });

  it('activates only a complete draft, then refuses the same SIREN twice', async () => {
    const core = await newCore();
    await throughReview(core);
    const incomplete = await callError(core, 'onboarding.activate');
    expect(incomplete.code).toBe('VALIDATION');
    expect(incomplete.details).toEqual({ missingSteps: ['checks', 'profile', 'affiliation'] });

    await call(core, 'onboarding.runChecks');
    await call(core, 'onboarding.goToStep', { step: 'profile' });
    const badProfile = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'profile',
      values: {
        ...PROFILE,
        services: [],
        workshopAddress: { line: '', postalCode: '3370', city: 'x' },
      },
      advance: true,
    });
    expect(badProfile.errors.map((e) => e.path)).toEqual([
      'services',
      'workshopAddress.line',
      'workshopAddress.postalCode',
    ]);
    await call(core, 'onboarding.saveStep', { step: 'profile', values: PROFILE, advance: true });
    const badAffiliation = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'affiliation',
      values: { partnerId: 'NOVA-PARTNER-42', disclosure: '' },
      advance: true,
    });
    expect(badAffiliation.errors).toEqual([{ path: 'disclosure', message: 'disclosure_required' }]);
    const affiliation = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'affiliation',
      values: {
        partnerId: 'NOVA-PARTNER-42',
        disclosure: 'Ce garage est partenaire de NovaEvo et peut percevoir une commission.',
      },
      advance: true,
    });
    expect(affiliation.draft.currentStep).toBe('activation');

    const { profile, draft } = await call<{
      profile: {
        id: string;
        siren: string;
        trust: { level: string; score: number };
        services: string[];
      };
      draft: OnboardingDraft;
    }>(core, 'onboarding.activate');
    expect(draft.status).toBe('activated');
    expect(profile).toMatchObject({ siren: SIREN, services: PROFILE.services });
    expect(profile.trust.score).toBeGreaterThan(50);
    const shown = await call<{ profile: { id: string }; history: { trigger: string }[] }>(
      core,
      'onboarding.getProfile',
      {},
    );
    expect(shown.profile.id).toBe(profile.id);
    expect(shown.history.map((h) => h.trigger)).toEqual(['wizard']);
    expect(core.database.raw.prepare('SELECT count(*) FROM account_credential').pluck().get()).toBe(
      1,
    );

    // A second sign-up with the same Kbis: the check says so, activation refuses.
    const second = await call<OnboardingDraft>(core, 'onboarding.startNew');
    expect(second.id).not.toBe(draft.id);
    await throughReview(core);
    const checked = await call<OnboardingDraft>(core, 'onboarding.runChecks');
    expect(checked.checks?.checks.find((c) => c.id === 'duplicate_siren')?.status).toBe('failed');
    expect(checked.checks?.trust.level).toBe('non_verifie');
    await throughProfileAndAffiliation(core);
    const duplicate = await callError(core, 'onboarding.activate');
    expect(duplicate.code).toBe('DUPLICATE_SIREN');
    expect(duplicate.message.fr).toContain(SIREN);
  });
});

describe('correcting the officers (dirigeants) in the review step', () => {
  const READ = [
    { nom: 'LACROIX', prenoms: 'Thomas Henri', role: 'Président' },
    { nom: 'FERREIRA', prenoms: 'Ana Sofia', role: 'Directeur général' },
  ];
  // The first officer's name corrected, the second removed, a third added.
  const TYPED = [
    { nom: '  LACROIX-MARTIN ', prenoms: 'Thomas  Henri', role: 'Président' },
    { nom: 'DUBOIS', prenoms: 'Claire', role: 'Directrice générale déléguée' },
  ];
  const KEPT = [
    { nom: 'LACROIX-MARTIN', prenoms: 'Thomas Henri', role: 'Président' },
    { nom: 'DUBOIS', prenoms: 'Claire', role: 'Directrice générale déléguée' },
  ];

  /** Account saved and the text-layer Kbis read: the draft stands at the review step. */
  async function atReview(core: Core): Promise<OnboardingDraft> {
    await call(core, 'onboarding.saveStep', { step: 'account', values: ACCOUNT, advance: true });
    expect((await upload(core, TEXT_PDF)).ok).toBe(true);
    return call<OnboardingDraft>(core, 'onboarding.readDocument', {});
  }

  function storedRuns(core: Core): { trigger: string; dirigeants: unknown }[] {
    const rows = core.database.raw
      .prepare('SELECT trigger, fields FROM onboarding_check_run ORDER BY run_at, id')
      .all() as { trigger: string; fields: string }[];
    return rows.map((row) => ({
      trigger: row.trigger,
      dirigeants: (JSON.parse(row.fields) as { dirigeants: { value: unknown } }).dirigeants.value,
    }));
  }

  it('saves the corrected list, keeps it across a restart and uses it for checks and the profile', async () => {
    const dataDir = tempDir();
    let core = await newCore(dataDir);
    const read = await atReview(core);
    expect(read.review?.values.dirigeants).toEqual(READ);
    expect(read.review?.corrected).toEqual([]);

    // Saved as typed (the wizard's autosave), without moving on.
    const saved = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'review',
      values: { dirigeants: TYPED },
      advance: false,
    });
    expect(saved.draft.currentStep).toBe('review');
    expect(saved.draft.review?.values.dirigeants).toEqual(TYPED);
    expect(saved.draft.review?.fields.dirigeants).toEqual({ value: KEPT, confidence: 1 });
    expect(saved.draft.review?.corrected).toEqual(['dirigeants']);

    // Another field saved later leaves the officers alone.
    await call(core, 'onboarding.saveStep', {
      step: 'review',
      values: { code_ape: '45.20A' },
      advance: false,
    });

    // The draft is in the SQLite file: a new core on the same folder resumes it.
    await core.close();
    core = await newCore(dataDir);
    const resumed = await call<OnboardingDraft>(core, 'onboarding.getDraft');
    expect(resumed.currentStep).toBe('review');
    expect(resumed.review?.values.dirigeants).toEqual(TYPED);
    expect(resumed.review?.fields.dirigeants).toEqual({ value: KEPT, confidence: 1 });
    expect(resumed.review?.corrected).toEqual(['code_ape', 'dirigeants']);

    const advanced = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'review',
      values: { dirigeants: TYPED },
      advance: true,
    });
    expect(advanced.errors).toEqual([]);
    expect(advanced.draft.currentStep).toBe('checks');
    expect(advanced.draft.completedSteps).toContain('review');

    // The checks run on the reviewed fields, and their history keeps the corrected officers.
    const checked = await call<OnboardingDraft>(core, 'onboarding.runChecks');
    expect(checked.checks?.checks.find((c) => c.id === 'registry')?.status).toBe('ok');
    expect(storedRuns(core)).toEqual([{ trigger: 'wizard', dirigeants: KEPT }]);

    // A later correction makes those verdicts stale: the checks must run again on the new list.
    await call(core, 'onboarding.goToStep', { step: 'review' });
    const recorrected = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'review',
      values: { dirigeants: [...TYPED, { nom: 'ROUX', prenoms: '', role: 'Gérant' }] },
      advance: true,
    });
    expect(recorrected.errors).toEqual([]);
    expect(recorrected.draft.checks).toBeNull();
    expect(recorrected.draft.completedSteps).not.toContain('checks');
    await call(core, 'onboarding.runChecks');
    const final = [...KEPT, { nom: 'ROUX', prenoms: '', role: 'Gérant' }];
    expect(storedRuns(core).map((run) => run.dirigeants)).toEqual([KEPT, final]);

    await throughProfileAndAffiliation(core);
    const activated = await call<{
      profile: {
        id: string;
        fields: { dirigeants: { value: unknown; confidence: number } };
        corrected: string[];
      };
    }>(core, 'onboarding.activate');
    expect(activated.profile.fields.dirigeants).toEqual({ value: final, confidence: 1 });
    expect(activated.profile.corrected).toEqual(['code_ape', 'dirigeants']);

    await core.close();
    core = await newCore(dataDir);
    const shown = await call<{
      profile: { fields: { dirigeants: { value: unknown } } };
    }>(core, 'onboarding.getProfile', { id: activated.profile.id });
    expect(shown.profile.fields.dirigeants.value).toEqual(final);
  });

  it('reports incomplete or oversized officers row by row and keeps the draft', async () => {
    const core = await newCore();
    await atReview(core);
    const bad = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'review',
      values: {
        dirigeants: [
          { nom: 'LACROIX', prenoms: 'Thomas Henri', role: 'Président' },
          { nom: '', prenoms: '', role: '' },
          { nom: 'X'.repeat(101), prenoms: 'Ana', role: 'Gérante' },
        ],
      },
      advance: true,
    });
    expect(bad.errors).toEqual([
      { path: 'dirigeants.1.nom', message: 'dirigeant_nom_required' },
      { path: 'dirigeants.1.role', message: 'dirigeant_role_required' },
      { path: 'dirigeants.2.nom', message: 'dirigeant_nom_too_long' },
    ]);
    // Not advanced, not complete, but nothing typed is lost.
    expect(bad.draft.currentStep).toBe('review');
    expect(bad.draft.completedSteps).not.toContain('review');
    expect(bad.draft.review?.values.dirigeants).toHaveLength(3);
    const reread = await call<OnboardingDraft>(core, 'onboarding.getDraft');
    expect(reread.review?.values.dirigeants?.[2]?.nom).toBe('X'.repeat(101));
    expect((await callError(core, 'onboarding.goToStep', { step: 'checks' })).code).toBe(
      'VALIDATION',
    );

    // Requests of the wrong shape never reach the draft.
    for (const values of [
      { dirigeants: [{ nom: 'LACROIX', role: 'Président' }] },
      { dirigeants: [{ nom: 42, prenoms: '', role: 'Président' }] },
      { dirigeants: Array.from({ length: 101 }, () => ({ nom: 'A', prenoms: '', role: 'B' })) },
      { dirigeant: [] },
    ]) {
      const refused = await callError(core, 'onboarding.saveStep', {
        step: 'review',
        values,
        advance: false,
      });
      expect(refused.code).toBe('BAD_REQUEST');
    }

    const fixed = await call<Saved>(core, 'onboarding.saveStep', {
      step: 'review',
      values: { dirigeants: [{ nom: 'LACROIX', prenoms: 'Thomas Henri', role: 'Président' }] },
      advance: true,
    });
    expect(fixed.errors).toEqual([]);
    expect(fixed.draft.currentStep).toBe('checks');
    expect(fixed.draft.review?.fields.dirigeants.value).toEqual([READ[0]]);
  });
});
