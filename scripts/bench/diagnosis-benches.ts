import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LiveSummaryEntry } from '../../shared/diagnosis';
import { describeDtc, diagnose, learnBaseline } from '../../shared/diagnosis';
import type { Core } from '../../electron/core/app/core';
import { createCore } from '../../electron/core/app/core';
import { lookupDtc } from '../../electron/core/diagnosis/dtc-lookup';
import { createDiagnosisService } from '../../electron/core/diagnosis/handlers';
import { loadKnowledgeBase } from '../../electron/core/diagnosis/knowledge-base-loader';
import {
  healthyPetrolLive,
  healthyScan,
} from '../../electron/core/diagnosis/scan-fixtures.test-support';
import { storeScanSession } from '../../electron/core/diagnosis/session-store';
import { exportCsv, readSeries } from '../../electron/core/obd/session-data';
import { TWENTY_DTC_CODES } from '../../shared/diagnosis/test-support';
import type { Bench } from './bench-kit';
import { ms, percentile, verdict } from './bench-kit';

async function withCore<T>(work: (core: Core) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'novaevo-bench-diag-'));
  process.env['NOVAEVO_LOG'] ??= 'warn';
  const core = await createCore({ dataDir, transport: 'browser-host' });
  try {
    return await work(core);
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function newVehicle(core: Core): Promise<string> {
  const call = async (name: string, input: unknown) => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as { id: string };
  };
  const customer = await call('customers.create', { kind: 'person', lastName: 'Banc' });
  const vehicle = await call('vehicles.create', {
    customerId: customer.id,
    make: 'Renault',
    model: 'Clio IV',
    fuel: 'petrol',
  });
  return vehicle.id;
}

async function timed(runs: number, work: () => Promise<unknown> | unknown): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const diagnosisSession: Bench = {
  id: 'diagnosis-session',
  title:
    'Diagnosing a session: 20 DTCs + one hour of 10 Hz telemetry for 12 PIDs (target < 200 ms)',
  async run() {
    return withCore(async (core) => {
      const vehicleId = await newVehicle(core);
      const live = healthyPetrolLive({}, 60 * 60_000, 100);
      const samples = live.reduce((sum, s) => sum + s.t.length, 0);
      const seedStart = performance.now();
      const { sessionId } = await storeScanSession(core.context, {
        ...healthyScan({ vehicleId, mileageKm: 84_250 }),
        dtcs: TWENTY_DTC_CODES.map((code, i) => ({
          code,
          ecu: i % 4 === 3 ? '7E9' : '7E8',
          status: 'stored' as const,
        })),
        live,
      });
      const seedMs = performance.now() - seedStart;
      const service = createDiagnosisService(core.context);
      const kb = service.knowledgeBase();
      const input = await service.buildInput(sessionId);
      const pure = await timed(10, () => diagnose(input, kb));
      const load = await timed(5, () => service.buildInput(sessionId));
      const telemetry = await timed(5, () => service.loadLive(sessionId));
      const full = await timed(5, () => service.diagnoseSession(sessionId));
      const csv = await timed(3, () => exportCsv(core.context, sessionId, undefined));
      const replay = await timed(3, () => readSeries(core.context, sessionId, undefined));
      const raw = core.database.raw;
      raw.pragma('wal_checkpoint(TRUNCATE)');
      const pageSize = Number(raw.pragma('page_size', { simple: true }));
      const dbBytes = Number(raw.pragma('page_count', { simple: true })) * pageSize;
      const telemetryBytes =
        (
          raw
            .prepare(
              "SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'telemetry_chunk%' OR name LIKE 'telemetry_sample%'",
            )
            .get() as { n: number | null }
        ).n ?? Number.NaN;
      const chunkRows = (
        raw.prepare('SELECT count(*) AS n FROM telemetry_chunk').get() as { n: number }
      ).n;
      const report = diagnose(input, kb);
      const pureMs = percentile(pure, 50);
      const fullMs = percentile(full, 50);
      const ok = pureMs < 200;
      return {
        pass: ok,
        lines: [
          '| Measure | Result | Target | |',
          '| --- | --- | --- | --- |',
          `| \`diagnose(input, kb)\` — the engine alone, input already in memory (median of 10) | ${ms(pureMs)} (worst ${ms(Math.max(...pure))}) | < 200 ms | ${verdict(ok)} |`,
          `| building the input from SQLite (\`buildInput\`: codes, ${samples.toLocaleString('en')} samples, vehicle, history, cases; median of 5) | ${ms(percentile(load, 50))} | — | |`,
          `| … of which reading the telemetry (\`loadLive\`: ${chunkRows} packed chunks decoded into Float64Array columns; median of 5) | ${ms(percentile(telemetry, 50))} | — | |`,
          `| full \`diagnosis.diagnoseSession\` — DB load + engine + storing the report (median of 5) | ${ms(fullMs)} (worst ${ms(Math.max(...full))}) | — | ${fullMs < 200 ? '✅' : 'ℹ️'} |`,
          `| storing the scan (\`storeScanSession\`: session, 20 readings, 60 telemetry batches) | ${ms(seedMs)} | — | |`,
          `| replay (\`obd.liveSeries\`: every series as number arrays; median of 3) | ${ms(percentile(replay, 50))} | — | |`,
          `| CSV export of the whole session (\`obd.exportCsv\`, ${samples.toLocaleString('en')} lines; median of 3) | ${ms(percentile(csv, 50))} | — | |`,
          `| database size after storing (telemetry tables and indexes / whole file) | ${(telemetryBytes / 1e6).toFixed(1)} MB / ${(dbBytes / 1e6).toFixed(1)} MB | — | |`,
          '',
          `Load average when the run started: ${loadavg()[0]?.toFixed(1) ?? '?'} on ${cpus().length} cores (the machine was shared). The 200 ms target applies to the engine; the database load is stated separately. Samples are stored packed since migration 0004 (one \`telemetry_chunk\` row per batch, PID and ECU, little-endian Float64 times and values): with one row per sample (\`telemetry_sample\`, covering index of 0003) \`loadLive\` took 0.6–1.5 s, replay 0.9 s, the CSV export 2.5 s, storing 2.4 s, and the telemetry took 77 MB. ${report.findings.length} findings, verdict ${report.overall}. Telemetry: ${live.length} PIDs × 10 Hz × 3,600 s.`,
        ],
      };
    });
  },
};

export const dtcLookupBench: Bench = {
  id: 'dtc-lookup',
  title: 'Fault-code look-up (target < 1 ms)',
  async run() {
    const loadStart = performance.now();
    const kb = loadKnowledgeBase();
    const loadMs = performance.now() - loadStart;
    const codes = [...kb.codes.keys()];
    const picks = Array.from(
      { length: 2000 },
      (_, i) => codes[(i * 7919) % codes.length] ?? 'P0301',
    );
    picks.push('P1234', 'C1145', 'U1000', 'B1200');
    const describe = await timed(3, () => {
      for (const code of picks) describeDtc(code, kb, 'fr');
    });
    const full = await timed(3, () => {
      for (const code of picks) lookupDtc(code, 'fr', kb);
    });
    const perDescribe = percentile(describe, 50) / picks.length;
    const perLookup = percentile(full, 50) / picks.length;
    const ok = perDescribe < 1 && perLookup < 1;
    return {
      pass: ok,
      lines: [
        '| Measure | Result | Target | |',
        '| --- | --- | --- | --- |',
        `| \`describeDtc\` (title, system, subsystem, generic/manufacturer), mean over ${picks.length} codes | ${(perDescribe * 1000).toFixed(1)} µs | < 1 ms | ${verdict(perDescribe < 1)} |`,
        `| \`diagnosis.lookupDtc\` / \`novaevo dtc\` (plus criticality, rule, causes, checks) | ${(perLookup * 1000).toFixed(1)} µs | < 1 ms | ${verdict(perLookup < 1)} |`,
        `| loading and validating the knowledge base (once per core, ${kb.codes.size} codes, ${kb.knownProblems.length} known problems) | ${ms(loadMs)} | — | |`,
      ],
    };
  },
};

export const baselineBench: Bench = {
  id: 'diagnosis-baseline',
  title: 'Learning a vehicle baseline from 50 past sessions (target < 1 s)',
  async run() {
    return withCore(async (core) => {
      const vehicleId = await newVehicle(core);
      const service = createDiagnosisService(core.context);
      const summaries: LiveSummaryEntry[][] = [];
      const seedStart = performance.now();
      for (let k = 0; k < 50; k++) {
        const day = new Date(Date.UTC(2025, 0, 1 + k * 7, 9)).toISOString();
        const scan = healthyScan({ vehicleId, startedAt: day }, 100 + k);
        // Five minutes at 1 Hz per past session: enough samples per operating bucket.
        scan.live = healthyPetrolLive({}, 5 * 60_000, 1000, 100 + k);
        const { sessionId } = await storeScanSession(core.context, scan);
        summaries.push((await service.diagnoseSession(sessionId)).report.liveSummary);
      }
      const seedMs = performance.now() - seedStart;
      const pure = await timed(10, () => learnBaseline(summaries));
      const current = await storeScanSession(
        core.context,
        healthyScan({ vehicleId, startedAt: '2026-11-20T09:00:00Z' }, 999),
      );
      const withDb = await timed(5, () => service.buildInput(current.sessionId));
      const input = await service.buildInput(current.sessionId);
      const pureMs = percentile(pure, 50);
      const dbMs = percentile(withDb, 50);
      const ok = pureMs < 1000 && dbMs < 1000;
      return {
        pass: ok,
        lines: [
          '| Measure | Result | Target | |',
          '| --- | --- | --- | --- |',
          `| \`learnBaseline\` over 50 stored session summaries (median of 10) | ${ms(pureMs)} | < 1 s | ${verdict(pureMs < 1000)} |`,
          `| \`buildInput\` of a new session: reading 50 past sessions (codes, reports) + learning + this session's 3 min of 10 Hz data (median of 5) | ${ms(dbMs)} | < 1 s | ${verdict(dbMs < 1000)} |`,
          `| seeding: 50 sessions stored and diagnosed | ${ms(seedMs)} | — | |`,
          '',
          `Baseline: ${input.baseline?.entries.length ?? 0} entries (PID × operating bucket), scope ${input.baseline?.scope ?? 'none'}. Each diagnosed session stores a small median/MAD summary, so learning never re-reads old telemetry.`,
        ],
      };
    });
  },
};

export const diagnosisBenches: Bench[] = [diagnosisSession, dtcLookupBench, baselineBench];
