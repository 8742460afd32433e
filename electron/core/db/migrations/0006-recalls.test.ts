import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../test-support/temp-dir';
import { openDatabase } from '../database';
import { MIGRATIONS } from './registry';

const tempDir = useTempDirs();

describe('migration 0006 (recalls)', () => {
  it('creates the recall tables on an existing database and checks their shape', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const v5 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: MIGRATIONS.filter((m) => m.version <= 5),
    });
    v5.raw.exec(
      `INSERT INTO customer (id, created_at, updated_at, kind, last_name)
       VALUES ('01900000-0000-7000-8000-000000000001', 'x', 'x', 'person', 'Martin')`,
    );
    await v5.close();

    const v6 = await openDatabase({ path, appVersion: 'test' });
    expect(v6.schemaVersion).toBe(6);
    expect(v6.raw.prepare('SELECT count(*) AS n FROM customer').get()).toEqual({ n: 1 });
    const insert = v6.raw.prepare(
      `INSERT INTO recall (reference, category, make_key, model_tokens, period_start, period_end,
         source, imported_at)
       VALUES (?, 'Automobiles et moyens de déplacement', 'peugeot', ?, ?, ?, 'sample', 'x')`,
    );
    insert.run('2024-03-0001', '["308"]', '2019-06-01', '2021-02-28');
    expect(() => insert.run('2024-03-0001', '[]', null, null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('2024-03-0002', 'not json', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('2024-03-0003', '[]', 'juin 2019', null)).toThrow(/CHECK/);
    expect(() => insert.run('', '[]', null, null)).toThrow(/CHECK/);

    const run = v6.raw.prepare(
      `INSERT INTO recall_import_run (kind, source, started_at, status) VALUES (?, 'x', 'x', ?)`,
    );
    run.run('refresh', 'running');
    expect(() => run.run('download', 'ok')).toThrow(/CHECK/);
    expect(() => run.run('import', 'done')).toThrow(/CHECK/);
    await v6.close();
  });
});
