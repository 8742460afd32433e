// Repair outcomes rank causes (item 5) and visits feed trends (item 7), with real SQLite
// sessions stored as the simulator's scans are.
import { describe, expect, it } from 'vitest';
import type { StoredRepairOutcome, StoredReport } from '@shared/api/diagnosis';
import type { ApiError } from '@shared/api/errors';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { useTempDirs } from '../test-support/temp-dir';
import { healthyPetrolLive, healthyScan, misfireScan } from './scan-fixtures.test-support';
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

async function vehicle(core: Core, make: string, model: string): Promise<string> {
  const customer = await call<{ id: string }>(core, 'customers.create', {
    kind: 'person',
    lastName: 'Martin',
  });
  const created = await call<{ id: string }>(core, 'vehicles.create', {
    customerId: customer.id,
    make,
    model,
    fuel: 'petrol',
  });
  return created.id;
}

const diagnose = (core: Core, sessionId: string) =>
  call<StoredReport>(core, 'diagnosis.diagnoseSession', { sessionId });

describe('repair outcomes rank the causes of later diagnoses', () => {
  it('"3 cas résolus sur 4 : bobine", measured labour, synced rows, withdrawals', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    // Four earlier misfire cases of the garage, on four cars.
    const earlier: string[] = [];
    for (let i = 0; i < 4; i++) {
      const vehicleId = await vehicle(core, 'Citroën', 'C3');
      const { sessionId } = await storeScanSession(
        core.context,
        misfireScan({ vehicleId, startedAt: `2026-0${i + 1}-10T09:00:00.000Z` }),
      );
      earlier.push(sessionId);
    }
    const first = await diagnose(core, earlier[0] ?? '');
    const p0301 = first.report.findings.find((f) => f.code === 'P0301');
    expect(p0301?.causeRanking).toEqual({ basis: 'expert', cases: 0 });
    expect(p0301?.labour?.source).toBe('indicative');
    const coil = p0301?.causes.find((c) => /bobine/i.test(c.fr));
    const plug = p0301?.causes.find((c) => /bougie/i.test(c.fr));
    expect(coil && plug).toBeTruthy();

    const record = (sessionId: string, causeKey: string, labourHours: number) =>
      call<StoredRepairOutcome>(core, 'diagnosis.recordOutcome', {
        sessionId,
        code: 'p0301',
        knownProblem: p0301?.knownProblem ?? null,
        causeKey,
        parts: ['bobine'],
        outcome: 'fixed',
        labourHours,
        technician: 'Karim B.',
      });
    const recorded = await record(earlier[0] ?? '', coil?.key ?? '', 0.7);
    expect(recorded).toMatchObject({ code: 'P0301', outcome: 'fixed', parts: ['bobine'] });
    await record(earlier[1] ?? '', coil?.key ?? '', 1.1);
    await record(earlier[2] ?? '', coil?.key ?? '', 0.9);
    await record(earlier[3] ?? '', plug?.key ?? '', 0.5);
    // A repair that did not fix it is not a resolved case.
    await call(core, 'diagnosis.recordOutcome', {
      sessionId: earlier[3],
      code: 'P0301',
      causeKey: 'injecteur',
      outcome: 'not_fixed',
    });

    const listed = await call<{ outcomes: StoredRepairOutcome[] }>(core, 'diagnosis.listOutcomes', {
      sessionId: earlier[3],
    });
    expect(listed.outcomes.map((o) => o.outcome)).toEqual(['fixed', 'not_fixed']);

    const todayCar = await vehicle(core, 'Peugeot', '208');
    const { sessionId } = await storeScanSession(
      core.context,
      misfireScan({ vehicleId: todayCar, startedAt: '2026-06-01T09:00:00.000Z' }),
    );
    const report = (await diagnose(core, sessionId)).report;
    const finding = report.findings.find((f) => f.code === 'P0301');
    expect(finding?.causeRanking).toEqual({ basis: 'cases', cases: 4 });
    expect(finding?.causes[0]).toMatchObject({ key: coil?.key, resolvedCases: 3 });
    expect(finding?.causes[1]).toMatchObject({ key: plug?.key, resolvedCases: 1 });
    expect(finding?.labour).toEqual({ min: 0.5, max: 1.1, source: 'garage', cases: 4 });

    // Every outcome is a synced row with its outbox entry.
    const outbox = core.database.raw
      .prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'repairOutcome'")
      .get() as { n: number };
    expect(outbox.n).toBe(5);

    // Withdrawn outcomes no longer count.
    for (const o of (
      await call<{ outcomes: StoredRepairOutcome[] }>(core, 'diagnosis.listOutcomes', {
        sessionId: earlier[0],
      })
    ).outcomes) {
      await call(core, 'diagnosis.deleteOutcome', { id: o.id });
    }
    const again = (await diagnose(core, sessionId)).report.findings.find((f) => f.code === 'P0301');
    expect(again?.causeRanking).toEqual({ basis: 'cases', cases: 3 });
    expect(again?.causes[0]?.resolvedCases).toBe(2);
    await core.close();
  });

  it('refuses an unknown session, a malformed code and an absurd labour time', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const missing = await callError(core, 'diagnosis.recordOutcome', {
      sessionId: '01937b2e-0000-7000-8000-000000000000',
      outcome: 'fixed',
    });
    expect(missing.code).toBe('NOT_FOUND');
    const { sessionId } = await storeScanSession(core.context, healthyScan({ vehicleId: null }));
    const badCode = await callError(core, 'diagnosis.recordOutcome', {
      sessionId,
      code: 'P03',
      outcome: 'fixed',
    });
    expect(badCode.code).toBe('BAD_REQUEST');
    const badHours = await callError(core, 'diagnosis.recordOutcome', {
      sessionId,
      outcome: 'fixed',
      labourHours: 500,
    });
    expect(badHours.code).toBe('BAD_REQUEST');
    const count = core.database.raw.prepare('SELECT count(*) AS n FROM repair_outcome').get();
    expect(count).toEqual({ n: 0 });
    await core.close();
  });
});

describe('trends across a vehicle’s visits', () => {
  it('flags a fuel trim drifting and a mode 06 result closing on its limit, before any code', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const vehicleId = await vehicle(core, 'Renault', 'Clio IV');
    const visits = [
      { date: '2026-01-15', ltft: 1, misfireCount: 0.5 },
      { date: '2026-03-15', ltft: 3, misfireCount: 0.62 },
      { date: '2026-05-15', ltft: 5, misfireCount: 0.74 },
      { date: '2026-07-15', ltft: 7, misfireCount: 0.86 },
    ];
    let last: StoredReport | null = null;
    for (const visit of visits) {
      const scan = healthyScan({ vehicleId, startedAt: `${visit.date}T09:00:00.000Z` });
      const { sessionId } = await storeScanSession(core.context, {
        ...scan,
        live: healthyPetrolLive({ '07': () => visit.ltft }),
        monitorTests: [
          { mid: 'A2', tid: '0B', value: visit.misfireCount, min: 0, max: 1, unit: 'count' },
        ],
      });
      last = await diagnose(core, sessionId);
    }
    expect(last?.report.findings).toEqual([]);
    expect(last?.report.overall).toBe('ok');
    expect(last?.report.metrics).toMatchObject({ ltftB1: 7 });
    expect(last?.report.metrics.mode06).toHaveLength(1);
    const ids = last?.report.watch.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['ltft-b1-drift', 'mode06-margin']));
    const ltft = last?.report.watch.find((w) => w.id === 'ltft-b1-drift');
    expect(ltft?.points.map((p) => p.value)).toEqual([1, 3, 5, 7]);
    expect(ltft?.monthsToLimit).toBeGreaterThan(0);
    expect(ltft?.monthsToLimit).toBeLessThanOrEqual(6);
    expect(last?.report.watch.find((w) => w.id === 'mode06-margin')?.test).toEqual({
      mid: 'A2',
      tid: '0B',
    });
    await core.close();
  });
});
