import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../test-support/temp-dir';
import { openDatabase } from '../database';
import { migration0001Initial } from './0001-initial';
import { migration0002Onboarding } from './0002-onboarding';
import { migration0003TelemetryCoveringIndex } from './0003-telemetry-covering-index';
import { migration0004TelemetryChunks } from './0004-telemetry-chunks';
import { migration0005RepairOutcome } from './0005-repair-outcome';

const tempDir = useTempDirs();
const SESSION = '01900000-0000-7000-8000-000000000001';
const V4 = [
  migration0001Initial,
  migration0002Onboarding,
  migration0003TelemetryCoveringIndex,
  migration0004TelemetryChunks,
];

describe('migration 0005 (repair outcomes)', () => {
  it('adds the outcome table to a database with sessions, keeping them and their resolution', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const v4 = await openDatabase({ path, appVersion: 'test', migrations: V4 });
    v4.raw
      .prepare(
        `INSERT INTO diagnostic_session (id, created_at, updated_at, started_at, status, resolution)
         VALUES (?, 'x', 'x', '2026-11-20T09:30:00.000Z', 'closed', 'Bobine cylindre 1 remplacée')`,
      )
      .run(SESSION);
    await v4.close();

    const v5 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [...V4, migration0005RepairOutcome],
    });
    expect(v5.schemaVersion).toBe(5);
    expect(v5.backupPath).not.toBeNull();
    expect(
      v5.raw.prepare('SELECT resolution FROM diagnostic_session WHERE id = ?').get(SESSION),
    ).toEqual({ resolution: 'Bobine cylindre 1 remplacée' });
    // Nothing is copied: outcomes are only ever written through the synced writer.
    expect(v5.raw.prepare('SELECT count(*) AS n FROM repair_outcome').get()).toEqual({ n: 0 });

    const insert = v5.raw.prepare(
      `INSERT INTO repair_outcome (id, created_at, updated_at, session_id, code, known_problem,
         cause_key, parts, outcome, labour_hours, recorded_at)
       VALUES (?, 'x', 'x', ?, ?, ?, ?, ?, ?, ?, 'x')`,
    );
    const id = (n: number) => `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
    insert.run(id(1), SESSION, 'P0301', 'misfire-single', 'bobine', '["bobine"]', 'fixed', 0.8);
    insert.run(id(2), SESSION, null, null, null, '[]', 'not_fixed', null);
    expect(() => insert.run(id(3), SESSION, 'p0301', null, null, '[]', 'fixed', null)).toThrow(
      /CHECK/,
    );
    expect(() => insert.run(id(4), SESSION, 'P0301', null, null, '{"a":1}', 'fixed', null)).toThrow(
      /CHECK/,
    );
    expect(() => insert.run(id(5), SESSION, 'P0301', null, null, '[]', 'maybe', null)).toThrow(
      /CHECK/,
    );
    expect(() => insert.run(id(6), SESSION, 'P0301', null, null, '[]', 'fixed', 0)).toThrow(
      /CHECK/,
    );
    expect(() =>
      insert.run(
        id(7),
        '01900000-0000-7000-8000-00000000ffff',
        null,
        null,
        null,
        '[]',
        'fixed',
        null,
      ),
    ).toThrow(/FOREIGN KEY/);

    const plan = v5.raw
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM repair_outcome WHERE code IN ('P0301', 'P0300')")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/repair_outcome_code/);
    await v5.close();
  });
});
