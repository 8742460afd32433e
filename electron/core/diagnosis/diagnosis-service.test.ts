import { describe, expect, it } from 'vitest';
import type { SessionListItem, StoredReport } from '@shared/api/diagnosis';
import type { ApiError } from '@shared/api/errors';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { useTempDirs } from '../test-support/temp-dir';
import { diagnosisJson } from './diagnosis-json';
import { createDiagnosisService } from './handlers';
import {
  dieselOverheatScan,
  healthyScan,
  misfireScan,
  twoEcusScan,
} from './scan-fixtures.test-support';
import { recordClear } from '../obd/session-data';
import { storeScanSession } from './session-store';

const tempDir = useTempDirs();

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function callError(core: Core, name: string, input: unknown): Promise<ApiError> {
  const result = await core.dispatch(name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

async function vehicle(
  core: Core,
  values: { make: string; model: string; fuel: string; engine?: string; plate?: string },
): Promise<string> {
  const customer = await call<{ id: string }>(core, 'customers.create', {
    kind: 'person',
    lastName: 'Martin',
  });
  const created = await call<{ id: string }>(core, 'vehicles.create', {
    customerId: customer.id,
    ...values,
  });
  return created.id;
}

const diagnoseSession = (core: Core, sessionId: string) =>
  call<StoredReport>(core, 'diagnosis.diagnoseSession', { sessionId });

describe('storeScanSession', () => {
  it('stores the session, its codes, the odometer and the telemetry in batches', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, {
      make: 'Volkswagen',
      model: 'Golf VII',
      fuel: 'petrol',
    });
    const stored = await storeScanSession(
      core.context,
      twoEcusScan({ vehicleId, mileageKm: 98_120 }),
    );
    expect(stored.dtcCount).toBe(8);
    expect(stored.sampleCount).toBe(12 * 1800 + 180);
    expect(stored.batchCount).toBe(3);
    const raw = core.database.raw;
    const count = (sql: string) => (raw.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM dtc_reading')).toBe(8);
    expect(count('SELECT sum(sample_count) AS n FROM telemetry_chunk')).toBe(stored.sampleCount);
    // One chunk per (batch, PID, ECU): 3 batches × (12 engine PIDs + the gearbox's coolant).
    expect(count('SELECT count(*) AS n FROM telemetry_chunk')).toBe(3 * 13);
    expect(count('SELECT sum(sample_count) AS n FROM telemetry_batch')).toBe(stored.sampleCount);
    expect(
      raw
        .prepare("SELECT km, source, session_id AS s FROM mileage_reading WHERE source = 'obd'")
        .get(),
    ).toEqual({ km: 98_120, source: 'obd', s: stored.sessionId });
    // Every synced row went through the writer: one outbox entry each, same transaction.
    const entities = raw
      .prepare('SELECT entity, count(*) AS n FROM outbox GROUP BY entity ORDER BY entity')
      .all();
    expect(entities).toEqual(
      expect.arrayContaining([
        { entity: 'diagnosticSession', n: 1 },
        { entity: 'dtcReading', n: 8 },
        { entity: 'telemetryBatch', n: 3 },
      ]),
    );
    await core.close();
  });

  it('refuses a malformed summary and an unknown vehicle without writing anything', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    await expect(
      storeScanSession(core.context, {
        ...healthyScan({ vehicleId: null }),
        dtcs: [{ code: 'P03', ecu: '7E8', status: 'stored' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      storeScanSession(
        core.context,
        healthyScan({ vehicleId: '01937b2e-0000-7000-8000-000000000000' }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const sessions = core.database.raw
      .prepare('SELECT count(*) AS n FROM diagnostic_session')
      .get() as { n: number };
    expect(sessions.n).toBe(0);
    await core.close();
  });
});

describe('diagnoseSession on simulator-shaped scans', () => {
  it('overheating diesel (P0217 + coolant 118 °C) → rouge, overheating first', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, {
      make: 'Peugeot',
      model: '308 II',
      fuel: 'diesel',
      engine: 'DV6FC',
    });
    const { sessionId } = await storeScanSession(
      core.context,
      dieselOverheatScan({ vehicleId, mileageKm: 84_250 }),
    );
    const stored = await diagnoseSession(core, sessionId);
    expect(stored.report.overall).toBe('rouge');
    expect(stored.report.findings[0]).toMatchObject({
      kind: 'dtc',
      code: 'P0217',
      criticality: 'rouge',
      freezeFrame: true,
    });
    expect(stored.report.findings.some((f) => f.kind === 'live' && f.pid === '05')).toBe(true);
    expect(stored.report.verdict.fr).toMatch(/^Intervention immédiate/);
    // Stored with the session, and readable back.
    expect(await call(core, 'diagnosis.getReport', { sessionId })).toEqual(stored);
    await core.close();
  });

  it('misfire (P0301 + P0300) → at least orange, misfire findings first', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, { make: 'Citroën', model: 'C3 II', fuel: 'petrol' });
    const { sessionId } = await storeScanSession(core.context, misfireScan({ vehicleId }));
    const { report } = await diagnoseSession(core, sessionId);
    expect(['orange', 'rouge']).toContain(report.overall);
    expect(
      report.findings
        .slice(0, 2)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['P0300', 'P0301']);
    expect(report.findings[0]?.rule.id).toMatch(/misfire/);
    // The readiness read with the scan reaches the report.
    expect(report.advisories[0]?.incompleteMonitors).toEqual(['catalyst']);
    await core.close();
  });

  it('healthy car → ok, no findings', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, { make: 'Renault', model: 'Clio IV', fuel: 'petrol' });
    const { sessionId } = await storeScanSession(core.context, healthyScan({ vehicleId }));
    const { report } = await diagnoseSession(core, sessionId);
    expect(report.overall).toBe('ok');
    expect(report.findings).toEqual([]);
    expect(report.liveSummary.length).toBeGreaterThan(5);
    await core.close();
  });

  it('two ECUs (7E8 + 7E9) → findings from both; the engine’s coolant stream is used', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, {
      make: 'Volkswagen',
      model: 'Golf VII',
      fuel: 'petrol',
    });
    const { sessionId } = await storeScanSession(core.context, twoEcusScan({ vehicleId }));
    const { report } = await diagnoseSession(core, sessionId);
    expect(new Set(report.findings.map((f) => f.ecu))).toEqual(new Set(['7E8', '7E9']));
    expect(report.findings.find((f) => f.code === 'P0730')?.ecu).toBe('7E9');
    expect(report.overall).toBe('orange');
    const coolant = createDiagnosisService(core.context).loadLive(sessionId)['05'];
    expect(coolant?.v.length).toBe(1800);
    expect(coolant?.v[0]).toBeGreaterThan(85);
    await core.close();
  });

  it('reports an unknown session as NOT_FOUND', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const error = await callError(core, 'diagnosis.diagnoseSession', {
      sessionId: '01937b2e-0000-7000-8000-000000000000',
    });
    expect(error.code).toBe('NOT_FOUND');
    await core.close();
  });
});

describe('history, similar cases, sessions and resolutions', () => {
  it('raises a code that came back after a clear in an earlier session', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const fresh = await vehicle(core, { make: 'Volkswagen', model: 'Golf VII', fuel: 'petrol' });
    const repeat = await vehicle(core, { make: 'Volkswagen', model: 'Golf VII', fuel: 'petrol' });
    const scan = (vehicleId: string, startedAt: string, mileageKm: number) => ({
      ...healthyScan({ vehicleId, startedAt, mileageKm }),
      dtcs: [{ code: 'P0420', ecu: '7E8', status: 'stored' as const }],
    });
    const first = await storeScanSession(
      core.context,
      scan(repeat, '2026-03-02T08:00:00Z', 90_000),
    );
    await recordClear(core.context, first.sessionId, {
      at: '2026-03-02T08:30:00Z',
      results: [{ ecu: '7E8', outcome: 'cleared', reason: null }],
      remaining: [],
    });
    const second = await storeScanSession(
      core.context,
      scan(repeat, '2026-11-20T08:00:00Z', 98_400),
    );
    const baseline = await storeScanSession(
      core.context,
      scan(fresh, '2026-11-20T08:00:00Z', 50_000),
    );

    const { report } = await diagnoseSession(core, second.sessionId);
    expect(report.context).toMatchObject({
      recurringCodes: ['P0420'],
      returnedAfterClear: ['P0420'],
      kmSinceLastSession: 8_400,
    });
    const finding = report.findings.find((f) => f.code === 'P0420');
    expect(finding?.evidence.map((e) => e.en)).toContain('Code came back after being cleared');
    const other = (await diagnoseSession(core, baseline.sessionId)).report.findings.find(
      (f) => f.code === 'P0420',
    );
    expect(finding?.confidence).toBeGreaterThan(other?.confidence ?? 1);
    await core.close();
  });

  it('suggests what fixed a resolved session of another vehicle', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const other = await vehicle(core, {
      make: 'Renault',
      model: 'Mégane III',
      fuel: 'diesel',
      engine: 'K9K',
    });
    const mine = await vehicle(core, {
      make: 'Renault',
      model: 'Clio IV',
      fuel: 'diesel',
      engine: 'K9K',
    });
    const turbo = (vehicleId: string, startedAt: string) => ({
      ...healthyScan({ vehicleId, startedAt }),
      dtcs: [{ code: 'P0299', ecu: '7E8', status: 'stored' as const }],
    });
    const past = await storeScanSession(core.context, turbo(other, '2026-05-10T10:00:00Z'));
    const resolved = await call<SessionListItem>(core, 'diagnosis.recordResolution', {
      sessionId: past.sessionId,
      text: '  Durite de turbo percée remplacée  ',
    });
    expect(resolved).toMatchObject({ resolution: 'Durite de turbo percée remplacée', revision: 2 });

    const now = await storeScanSession(core.context, turbo(mine, '2026-11-20T10:00:00Z'));
    const { report } = await diagnoseSession(core, now.sessionId);
    expect(report.similarCases[0]).toMatchObject({
      sessionId: past.sessionId,
      sharedCodes: ['P0299'],
      vehicle: { make: 'Renault', engine: 'K9K' },
      resolution: { text: 'Durite de turbo percée remplacée' },
    });
    await core.close();
  });

  it('lists a vehicle’s sessions, most recent first, with their verdict once diagnosed', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, { make: 'Citroën', model: 'C3 II', fuel: 'petrol' });
    const older = await storeScanSession(
      core.context,
      healthyScan({ vehicleId, startedAt: '2026-01-05T09:00:00Z', mileageKm: 120_000 }),
    );
    const newer = await storeScanSession(
      core.context,
      misfireScan({ vehicleId, startedAt: '2026-11-20T09:00:00Z', mileageKm: 143_880 }),
    );
    await diagnoseSession(core, newer.sessionId);
    const { sessions } = await call<{ sessions: SessionListItem[] }>(
      core,
      'diagnosis.listSessions',
      { vehicleId },
    );
    expect(sessions.map((s) => [s.id, s.overall, s.codes, s.mileageKm])).toEqual([
      [newer.sessionId, 'orange', ['P0300', 'P0301'], 143_880],
      [older.sessionId, null, [], 120_000],
    ]);
    expect(await call(core, 'diagnosis.getReport', { sessionId: older.sessionId })).toBeNull();
    await core.close();
  });

  it('learns a baseline from the vehicle’s past sessions and flags a drift within range', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, { make: 'Renault', model: 'Clio IV', fuel: 'petrol' });
    for (let k = 0; k < 4; k++) {
      const past = await storeScanSession(
        core.context,
        healthyScan({ vehicleId, startedAt: `2026-0${k + 1}-10T09:00:00Z` }, 10 + k),
      );
      await diagnoseSession(core, past.sessionId);
    }
    const drifting = healthyScan({ vehicleId, startedAt: '2026-11-20T09:00:00Z' }, 99);
    // Coolant creeping from 90 °C to 102 °C: "normal" for the generic range, not for this car.
    drifting.live = drifting.live?.map((s) =>
      s.pid === '05' ? { ...s, v: s.t.map((t) => 90 + (12 * t) / 180_000) } : s,
    );
    const now = await storeScanSession(core.context, drifting);
    const { report } = await diagnoseSession(core, now.sessionId);
    expect(report.findings.find((f) => f.pid === '05')).toMatchObject({
      kind: 'live',
      rule: { id: 'jaune-live-deviation' },
    });
    await core.close();
  });
});

describe('diagnosisJson (the diagnosis object of novaevo scan --json)', () => {
  it('flattens the report to one language in the documented shape', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const { sessionId } = await storeScanSession(
      core.context,
      dieselOverheatScan({ vehicleId: null }),
    );
    const { report } = await diagnoseSession(core, sessionId);
    const json = diagnosisJson(report, 'en');
    expect(json.overall).toBe('rouge');
    expect(json.findings[0]).toEqual({
      kind: 'dtc',
      code: 'P0217',
      ecu: '7E8',
      system: 'refroidissement',
      criticality: 'rouge',
      title: report.findings[0]?.title.en,
      causes: report.findings[0]?.causes.map((c) => c.en),
      actions: report.findings[0]?.actions.map((a) => a.en),
      rule: { id: report.findings[0]?.rule.id, label: report.findings[0]?.rule.label.en },
    });
    const live = json.findings.find((f) => f.kind === 'live');
    expect(live).toMatchObject({ pid: '05', criticality: 'rouge' });
    expect(live).not.toHaveProperty('code');
    await core.close();
  });
});
