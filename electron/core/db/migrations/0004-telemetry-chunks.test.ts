import { join } from 'node:path';
import { pidDefinition } from '@shared/obd/pids';
import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../obd/session-data';
import { CSV_HEADER, exportCsv, readSeries } from '../../obd/session-data';
import { useTempDirs } from '../../test-support/temp-dir';
import type { AppDatabase } from '../database';
import { openDatabase } from '../database';
import { unpackFloat64 } from '../telemetry-chunks';
import { migration0001Initial } from './0001-initial';
import { migration0002Onboarding } from './0002-onboarding';
import { migration0003TelemetryCoveringIndex } from './0003-telemetry-covering-index';
import { migration0004TelemetryChunks } from './0004-telemetry-chunks';

const tempDir = useTempDirs();
const SESSION = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const BATCH_1 = '01900000-0000-7000-8000-000000000011';
const BATCH_2 = '01900000-0000-7000-8000-000000000012';
const BATCH_3 = '01900000-0000-7000-8000-000000000013';
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);

type SampleRow = [batch: string, session: string, ecu: string | null, pid: string, ts: number];

/**
 * Samples as a recorder polling 0C, 0D, 05 in turn stored them (rowid order): same-millisecond
 * samples of different PIDs, a late sample stored after a later one, two ECUs for 05, a sample
 * without a value, a second batch, and another session.
 */
const ROWS: Array<[...SampleRow, value: number | null]> = [
  [BATCH_1, SESSION, '7E8', '0C', T0, 800],
  [BATCH_1, SESSION, '7E8', '0D', T0, 0],
  [BATCH_1, SESSION, '7E8', '05', T0 + 3, 85.5],
  [BATCH_1, SESSION, '7E9', '05', T0 + 3, 70],
  [BATCH_1, SESSION, '7E8', '0C', T0 + 100, 812.25],
  [BATCH_1, SESSION, '7E8', '0D', T0 + 90, 1],
  [BATCH_1, SESSION, '7E8', '05', T0 + 100, null],
  [BATCH_1, SESSION, '7E8', '0C', T0 + 200, 830],
  [BATCH_1, SESSION, '7E8', '05', T0 + 200, 86],
  [BATCH_2, SESSION, '7E8', '0C', T0 + 200, 831],
  [BATCH_2, SESSION, '7E8', '0D', T0 + 300, 2],
  [BATCH_2, SESSION, '7E8', '05', T0 + 300, 86.5],
  [BATCH_2, SESSION, null, '11', T0 + 300, 14.9],
  [BATCH_3, OTHER, '7E8', '0C', T0 + 5, 900],
];

async function seededV3(path: string): Promise<AppDatabase> {
  const v3 = await openDatabase({
    path,
    appVersion: 'test',
    migrations: [
      migration0001Initial,
      migration0002Onboarding,
      migration0003TelemetryCoveringIndex,
    ],
  });
  const raw = v3.raw;
  const session = raw.prepare(
    `INSERT INTO diagnostic_session (id, created_at, updated_at, started_at, status)
     VALUES (?, 'x', 'x', 'x', 'closed')`,
  );
  session.run(SESSION);
  session.run(OTHER);
  const batch = raw.prepare(
    `INSERT INTO telemetry_batch (id, created_at, updated_at, session_id, started_at, ended_at, sample_count)
     VALUES (?, 'x', 'x', ?, 0, 0, ?)`,
  );
  for (const [id, sessionId] of [
    [BATCH_1, SESSION],
    [BATCH_2, SESSION],
    [BATCH_3, OTHER],
  ] as const) {
    batch.run(id, sessionId, ROWS.filter((r) => r[0] === id).length);
  }
  const insert = raw.prepare(
    'INSERT INTO telemetry_sample (batch_id, session_id, ecu, pid, ts, value) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const row of ROWS) insert.run(...row);
  return v3;
}

/**
 * The readers as they were before this migration (from `session-data.ts`), kept to check that
 * replay and CSV give the same output from the chunks.
 */
const legacy = {
  readSeries(raw: AppDatabase['raw'], sessionId: string) {
    const groups = raw
      .prepare(
        `SELECT pid, ecu, count(*) AS n FROM telemetry_sample
         WHERE session_id = ? AND value IS NOT NULL GROUP BY pid, ecu ORDER BY pid, n DESC, ecu`,
      )
      .all(sessionId) as Array<{ pid: string; ecu: string | null }>;
    const chosen = new Map<string, string | null>();
    for (const group of groups) if (!chosen.has(group.pid)) chosen.set(group.pid, group.ecu);
    const select = raw
      .prepare(
        `SELECT ts, value FROM telemetry_sample
         WHERE session_id = ? AND pid = ? AND ecu IS ? AND value IS NOT NULL ORDER BY ts, rowid`,
      )
      .raw(true);
    return [...chosen].map(([pid, ecu]) => {
      const rows = select.all(sessionId, pid, ecu) as Array<[number, number]>;
      const definition = pidDefinition(parseInt(pid, 16));
      return {
        pid,
        name: definition?.name ?? `PID ${pid}`,
        unit: definition?.unit ?? null,
        ecu,
        t: rows.map((r) => r[0]),
        v: rows.map((r) => r[1]),
      };
    });
  },
  exportCsv(raw: AppDatabase['raw'], sessionId: string, pids: readonly string[] | undefined) {
    const csvNumber = (value: number) => String(value).replace('.', ',');
    const csvText = (text: string) =>
      /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    const rows = raw
      .prepare(
        `SELECT ts, pid, value FROM telemetry_sample
         WHERE session_id = ? AND value IS NOT NULL ORDER BY ts, rowid`,
      )
      .raw(true)
      .all(sessionId) as Array<[number, string, number]>;
    const wanted = pids ? new Set(pids) : null;
    const lines = [CSV_HEADER];
    const first = rows[0]?.[0] ?? 0;
    let count = 0;
    for (const [ts, pid, value] of rows) {
      if (wanted && !wanted.has(pid)) continue;
      const definition = pidDefinition(parseInt(pid, 16));
      lines.push(
        `${new Date(ts).toISOString()};${ts - first};${pid};${csvText(definition?.name ?? `PID ${pid}`)};${csvNumber(value)};${csvText(definition?.unit ?? '')}`,
      );
      count++;
    }
    return { csv: lines.join('\r\n') + '\r\n', rows: count };
  },
};

const context = (database: AppDatabase) => ({ database }) as unknown as DataContext;

describe('migration 0004 (telemetry chunks)', () => {
  it('packs every sample into one chunk per batch, PID and ECU and drops telemetry_sample', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const v3 = await seededV3(path);
    // What the readers gave before the migration.
    const csvBefore = legacy.exportCsv(v3.raw, SESSION, undefined);
    const seriesBefore = legacy.readSeries(v3.raw, SESSION);
    const csvRpmBefore = legacy.exportCsv(v3.raw, SESSION, ['0C']);
    await v3.close();

    const v4 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [
        migration0001Initial,
        migration0002Onboarding,
        migration0003TelemetryCoveringIndex,
        migration0004TelemetryChunks,
      ],
    });
    expect(v4.schemaVersion).toBe(4);
    expect(v4.backupPath).not.toBeNull();
    const raw = v4.raw;
    expect(
      raw.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'telemetry_sample%'").all(),
    ).toEqual([]);

    const chunks = raw
      .prepare(
        `SELECT batch_id AS batchId, session_id AS sessionId, pid, ecu, first_ts AS firstTs,
                last_ts AS lastTs, sample_count AS sampleCount, ts, value
         FROM telemetry_chunk ORDER BY rowid`,
      )
      .all() as Array<{
      batchId: string;
      sessionId: string;
      pid: string;
      ecu: string | null;
      firstTs: number;
      lastTs: number;
      sampleCount: number;
      ts: Buffer;
      value: Buffer;
    }>;
    const decoded = chunks.map(({ ts, value, ...rest }) => ({
      ...rest,
      ts: Array.from(unpackFloat64(ts)),
      value: Array.from(unpackFloat64(value)),
    }));
    expect(decoded).toEqual([
      {
        batchId: BATCH_1,
        sessionId: SESSION,
        pid: '0C',
        ecu: '7E8',
        firstTs: T0,
        lastTs: T0 + 200,
        sampleCount: 3,
        ts: [T0, T0 + 100, T0 + 200],
        value: [800, 812.25, 830],
      },
      {
        batchId: BATCH_1,
        sessionId: SESSION,
        pid: '0D',
        ecu: '7E8',
        firstTs: T0,
        lastTs: T0 + 90,
        sampleCount: 2,
        ts: [T0, T0 + 90],
        value: [0, 1],
      },
      {
        batchId: BATCH_1,
        sessionId: SESSION,
        pid: '05',
        ecu: '7E8',
        firstTs: T0 + 3,
        lastTs: T0 + 200,
        sampleCount: 3,
        ts: [T0 + 3, T0 + 100, T0 + 200],
        value: [85.5, Number.NaN, 86],
      },
      {
        batchId: BATCH_1,
        sessionId: SESSION,
        pid: '05',
        ecu: '7E9',
        firstTs: T0 + 3,
        lastTs: T0 + 3,
        sampleCount: 1,
        ts: [T0 + 3],
        value: [70],
      },
      ...(
        [
          ['0C', '7E8', T0 + 200, 831],
          ['0D', '7E8', T0 + 300, 2],
          ['05', '7E8', T0 + 300, 86.5],
          ['11', null, T0 + 300, 14.9],
        ] as const
      ).map(([pid, ecu, ts, value]) => ({
        batchId: BATCH_2,
        sessionId: SESSION,
        pid,
        ecu,
        firstTs: ts,
        lastTs: ts,
        sampleCount: 1,
        ts: [ts],
        value: [value],
      })),
      {
        batchId: BATCH_3,
        sessionId: OTHER,
        pid: '0C',
        ecu: '7E8',
        firstTs: T0 + 5,
        lastTs: T0 + 5,
        sampleCount: 1,
        ts: [T0 + 5],
        value: [900],
      },
    ]);

    // Replay and CSV read the same as before the migration, byte for byte.
    expect(exportCsv(context(v4), SESSION, undefined)).toEqual(csvBefore);
    expect(exportCsv(context(v4), SESSION, ['0C'])).toEqual(csvRpmBefore);
    expect(readSeries(context(v4), SESSION, undefined)).toEqual(seriesBefore);
    expect(csvBefore.rows).toBe(12);
    expect(seriesBefore.find((s) => s.pid === '05')).toMatchObject({
      ecu: '7E8',
      t: [T0 + 3, T0 + 200, T0 + 300],
    });

    // Series reads go through the (session_id, pid, first_ts) index.
    const plan = raw
      .prepare(
        'EXPLAIN QUERY PLAN SELECT ts, value FROM telemetry_chunk WHERE session_id = ? AND pid = ? ORDER BY first_ts',
      )
      .all(SESSION, '0C') as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/telemetry_chunk_series/);
    await v4.close();
  });

  it('refuses a second chunk for the same batch, PID and ECU, and inconsistent blobs', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    await (await seededV3(path)).close();
    const v4 = await openDatabase({ path, appVersion: 'test' });
    const insert = v4.raw.prepare(
      `INSERT INTO telemetry_chunk (batch_id, session_id, pid, ecu, first_ts, last_ts, sample_count, ts, value)
       VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?)`,
    );
    const one = Buffer.alloc(8);
    expect(() => insert.run(BATCH_2, SESSION, '11', null, 1, one, one)).toThrow(/UNIQUE/);
    expect(() => insert.run(BATCH_2, SESSION, '0C', '7E8', 1, one, one)).toThrow(/UNIQUE/);
    expect(() => insert.run(BATCH_2, SESSION, '0C', '7E9', 2, one, one)).toThrow(/CHECK/);
    expect(() => insert.run('missing', SESSION, '0C', '7EA', 1, one, one)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(BATCH_2, SESSION, '0C', '7E9', 1, one, one)).not.toThrow();
    await v4.close();
  });

  it('migrates an empty telemetry table', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const v3 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [
        migration0001Initial,
        migration0002Onboarding,
        migration0003TelemetryCoveringIndex,
      ],
    });
    await v3.close();
    const v4 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [
        migration0001Initial,
        migration0002Onboarding,
        migration0003TelemetryCoveringIndex,
        migration0004TelemetryChunks,
      ],
    });
    expect(v4.schemaVersion).toBe(4);
    expect(v4.raw.prepare('SELECT count(*) AS n FROM telemetry_chunk').get()).toEqual({ n: 0 });
    await v4.close();
  });
});
