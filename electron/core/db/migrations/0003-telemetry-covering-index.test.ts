import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../test-support/temp-dir';
import { openDatabase } from '../database';
import { migration0001Initial } from './0001-initial';
import { migration0002Onboarding } from './0002-onboarding';
import { migration0003TelemetryCoveringIndex } from './0003-telemetry-covering-index';

const tempDir = useTempDirs();
const SESSION = '01900000-0000-7000-8000-000000000001';
const BATCH = '01900000-0000-7000-8000-000000000002';

describe('migration 0003 (telemetry covering index)', () => {
  it('keeps every sample and reads series from the index alone', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const v2 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [migration0001Initial, migration0002Onboarding],
    });
    v2.raw.exec(`
      INSERT INTO diagnostic_session (id, created_at, updated_at, started_at, status)
        VALUES ('${SESSION}', 'x', 'x', 'x', 'closed');
      INSERT INTO telemetry_batch (id, created_at, updated_at, session_id, started_at, ended_at, sample_count)
        VALUES ('${BATCH}', 'x', 'x', '${SESSION}', 0, 2, 3);
      INSERT INTO telemetry_sample (batch_id, session_id, ecu, pid, ts, value) VALUES
        ('${BATCH}', '${SESSION}', '7E8', '0C', 0, 800),
        ('${BATCH}', '${SESSION}', '7E8', '0C', 1, 810.5),
        ('${BATCH}', '${SESSION}', NULL, '05', 2, 90);
    `);
    await v2.close();

    const v3 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [
        migration0001Initial,
        migration0002Onboarding,
        migration0003TelemetryCoveringIndex,
      ],
    });
    expect(v3.schemaVersion).toBe(3);
    const query = `SELECT ts, value, ecu FROM telemetry_sample WHERE session_id = ? AND pid = ? ORDER BY ts`;
    expect(v3.raw.prepare(query).all(SESSION, '0C')).toEqual([
      { ts: 0, value: 800, ecu: '7E8' },
      { ts: 1, value: 810.5, ecu: '7E8' },
    ]);
    const plan = v3.raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all(SESSION, '0C') as {
      detail: string;
    }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(
      /USING COVERING INDEX telemetry_sample_series/,
    );
    await v3.close();
  });
});
