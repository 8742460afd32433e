import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/errors';
import { useTempDirs } from '../test-support/temp-dir';
import { openDatabase } from './database';
import type { Migration } from './migrations/migration';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/registry';

const tempDir = useTempDirs();

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('openDatabase', () => {
  it('creates the schema from empty with WAL and foreign keys on', async () => {
    const path = join(tempDir(), 'app.sqlite');
    const database = await openDatabase({ path, appVersion: 'test' });
    expect(database.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
    expect(database.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = database.raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'customer',
        'vehicle',
        'mileage_reading',
        'diagnostic_session',
        'dtc_reading',
        'telemetry_batch',
        'telemetry_chunk',
        'outbox',
        'garage_setting',
        'schema_migration',
      ]),
    );
    const applied = database.raw.prepare('SELECT version, name FROM schema_migration').all();
    expect(applied).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(database.backupPath).toBeNull();
    await database.close();
  });

  it('enforces foreign keys and the enum checks', async () => {
    const database = await openDatabase({ path: join(tempDir(), 'a.sqlite'), appVersion: 'test' });
    const insertVehicle = () =>
      database.raw
        .prepare(
          `INSERT INTO vehicle (id, created_at, updated_at, customer_id) VALUES (?, 'x', 'x', ?)`,
        )
        .run('00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-00000000dead');
    expect(insertVehicle).toThrow(/FOREIGN KEY/);
    expect(() =>
      database.raw
        .prepare(
          `INSERT INTO customer (id, created_at, updated_at, kind) VALUES (?, 'x', 'x', 'robot')`,
        )
        .run('00000000-0000-7000-8000-000000000002'),
    ).toThrow(/CHECK/);
    await database.close();
  });

  it('refuses a file that is not SQLite, names it, and leaves it untouched', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const content = 'this is a spreadsheet export, not a database\n'.repeat(50);
    writeFileSync(path, content);
    const error = await expectAppError(openDatabase({ path, appVersion: 'test' }), 'DB_CORRUPT');
    expect(error.localized.fr).toContain(path);
    expect(error.localized.en).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses an SQLite file whose pages are damaged', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const first = await openDatabase({ path, appVersion: 'test' });
    first.raw.pragma('wal_checkpoint(TRUNCATE)');
    await first.close();
    const bytes = readFileSync(path);
    bytes.fill(0xa5, 100, 4096 * 2);
    writeFileSync(path, bytes);
    await expectAppError(openDatabase({ path, appVersion: 'test' }), 'DB_CORRUPT');
  });

  it('refuses a database written by a newer version of the app', async () => {
    const path = join(tempDir(), 'novaevo.sqlite');
    const raw = new BetterSqlite3(path);
    raw.pragma('user_version = 999');
    raw.close();
    const error = await expectAppError(
      openDatabase({ path, appVersion: 'test' }),
      'DB_FROM_FUTURE',
    );
    expect(error.localized.fr).toMatch(/plus récente/);
    const check = new BetterSqlite3(path);
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    check.close();
  });

  it('rolls a failed migration back and leaves the database as it was, with a backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'novaevo.sqlite');
    const v1 = await openDatabase({ path, appVersion: 'test' });
    v1.raw
      .prepare(
        `INSERT INTO customer (id, created_at, updated_at, kind, last_name) VALUES (?, 'x', 'x', 'person', 'Avant')`,
      )
      .run('00000000-0000-7000-8000-000000000003');
    await v1.close();

    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        db.exec("UPDATE customer SET last_name = 'Pendant'");
        db.exec('INSERT INTO table_that_does_not_exist VALUES (1)');
      },
    };
    const error = await expectAppError(
      openDatabase({ path, appVersion: 'test', migrations: [...MIGRATIONS, broken] }),
      'DB_MIGRATION_FAILED',
    );
    expect(error.localized.en).toMatch(/broken/);

    const after = await openDatabase({ path, appVersion: 'test' });
    expect(after.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(after.raw.prepare('SELECT last_name FROM customer').pluck().get()).toBe('Avant');
    const halfDone = after.raw
      .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")
      .pluck()
      .get();
    expect(halfDone).toBe(0);
    await after.close();
    const backupPrefix = `novaevo.sqlite.backup-v${LATEST_SCHEMA_VERSION}-`;
    expect(readdirSync(dir).some((name) => name.startsWith(backupPrefix))).toBe(true);
  });

  it('applies a pending migration after backing the file up', async () => {
    const dir = tempDir();
    const path = join(dir, 'novaevo.sqlite');
    await (await openDatabase({ path, appVersion: 'test' })).close();
    const addColumn: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'customer_loyalty',
      up: (db) =>
        db.exec('ALTER TABLE customer ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0'),
    };
    const v2 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [...MIGRATIONS, addColumn],
    });
    expect(v2.schemaVersion).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(v2.backupPath).not.toBeNull();
    const backup = new BetterSqlite3(v2.backupPath ?? '', { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    backup.close();
    await v2.close();
  });
});
