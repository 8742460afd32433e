import { createHash } from 'node:crypto';
import {
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
  chmodSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/errors';
import { runCliInProcess } from '../test-support/run-cli';
import { useTempDirs } from '../test-support/temp-dir';
import { openDatabase } from './database';

const tempDir = useTempDirs();
const NOW = () => new Date('2026-03-02T08:15:00.000Z');

const leafPages = new Map<string, { pages: number[]; pageSize: number }>();

/** A real database with 3000 customers over many pages, checkpointed into the main file. */
async function populatedDatabase(dir = tempDir()): Promise<string> {
  const path = join(dir, 'novaevo.sqlite');
  const database = await openDatabase({ path, appVersion: 'test' });
  const insert = database.raw.prepare(
    `INSERT INTO customer (id, created_at, updated_at, kind, last_name, city, notes)
     VALUES (?, 'x', 'x', 'person', ?, 'Lyon', ?)`,
  );
  database.raw.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      insert.run(
        `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        `Client ${i}`,
        'n'.repeat(200),
      );
    }
  })();
  database.raw.pragma('wal_checkpoint(TRUNCATE)');
  leafPages.set(path, {
    pages: database.raw
      .prepare(
        "SELECT pageno FROM dbstat WHERE name = 'customer' AND pagetype = 'leaf' ORDER BY pageno",
      )
      .pluck()
      .all() as number[],
    pageSize: Number(database.raw.pragma('page_size', { simple: true })),
  });
  await database.close();
  return path;
}

/** Overwrites the middle leaf pages of the customer table with garbage, as a bad sector would. */
function damageMiddlePages(path: string, pages = 2): void {
  const { pages: leaves, pageSize } = leafPages.get(path) ?? { pages: [], pageSize: 0 };
  expect(leaves.length).toBeGreaterThan(20);
  const fd = openSync(path, 'r+');
  const middle = Math.floor(leaves.length / 2);
  for (const page of leaves.slice(middle, middle + pages)) {
    const garbage = Buffer.alloc(pageSize, 0);
    for (let i = 0; i < pageSize; i++) garbage[i] = (i * 131 + page * 7) % 251;
    writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  }
  closeSync(fd);
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('DB_CORRUPT');
  return error as AppError;
}

function damagedCopies(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.includes('.damaged-'))
    .sort();
}

describe('a damaged database', () => {
  it('is refused when pages in the middle are damaged, and a copy is kept first', async () => {
    const path = await populatedDatabase();
    damageMiddlePages(path);
    const before = sha(path);
    const error = await refusal(openDatabase({ path, appVersion: 'test', now: NOW }));
    expect(error.localized.fr).toContain(path);
    expect(error.localized.en).toContain(path);
    const copy = `${path}.damaged-2026-03-02T08-15-00-000Z`;
    expect(error.localized.fr).toContain(copy);
    expect((error.details as { copy: string }).copy).toBe(copy);
    expect(sha(copy)).toBe(before);
    // The damaged file itself was never written to, nor given a WAL.
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('copies the WAL and shared-memory files aside with it', async () => {
    const path = await populatedDatabase();
    damageMiddlePages(path);
    writeFileSync(`${path}-wal`, Buffer.alloc(32));
    writeFileSync(`${path}-shm`, Buffer.alloc(32_768));
    await refusal(openDatabase({ path, appVersion: 'test', now: NOW }));
    const dir = join(path, '..');
    expect(damagedCopies(dir)).toEqual([
      'novaevo.sqlite.damaged-2026-03-02T08-15-00-000Z',
      'novaevo.sqlite.damaged-2026-03-02T08-15-00-000Z-shm',
      'novaevo.sqlite.damaged-2026-03-02T08-15-00-000Z-wal',
    ]);
  });

  it('is refused when truncated or when its header is bad, with a copy kept', async () => {
    const truncated = await populatedDatabase();
    truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
    const cut = await refusal(openDatabase({ path: truncated, appVersion: 'test', now: NOW }));
    expect(cut.localized.en).toMatch(/truncated/);
    expect(damagedCopies(join(truncated, '..'))).toHaveLength(1);

    const badHeader = join(tempDir(), 'novaevo.sqlite');
    writeFileSync(badHeader, 'PK\x03\x04 not a database'.repeat(100));
    await refusal(openDatabase({ path: badHeader, appVersion: 'test', now: NOW }));
    expect(damagedCopies(join(badHeader, '..'))).toHaveLength(1);
  });

  it('never overwrites a copy, and does not copy the same damage twice', async () => {
    const path = await populatedDatabase();
    damageMiddlePages(path, 1);
    await refusal(openDatabase({ path, appVersion: 'test', now: NOW }));
    await refusal(openDatabase({ path, appVersion: 'test', now: NOW }));
    const dir = join(path, '..');
    expect(damagedCopies(dir)).toHaveLength(1);
    const first = sha(join(dir, damagedCopies(dir)[0] ?? ''));
    damageMiddlePages(path, 3);
    await refusal(openDatabase({ path, appVersion: 'test', now: NOW }));
    expect(damagedCopies(dir)).toEqual([
      'novaevo.sqlite.damaged-2026-03-02T08-15-00-000Z',
      'novaevo.sqlite.damaged-2026-03-02T08-15-00-000Z-2',
    ]);
    expect(sha(join(dir, 'novaevo.sqlite.damaged-2026-03-02T08-15-00-000Z'))).toBe(first);
  });

  it('db info exits 1 with DB_CORRUPT, and db recover salvages the rest into a new file', async () => {
    const dataDir = tempDir();
    const path = await populatedDatabase(dataDir);
    const healthy = await runCliInProcess(['db', 'info', '--data-dir', dataDir, '--json']);
    expect(JSON.parse(healthy.stdout)).toMatchObject({ integrity: 'ok', walSizeBytes: 0 });
    damageMiddlePages(path);
    const before = sha(path);

    const info = await runCliInProcess(['db', 'info', '--data-dir', dataDir, '--json']);
    expect(info.code).toBe(1);
    expect(JSON.parse(info.stdout).error).toMatchObject({ code: 'DB_CORRUPT', details: { path } });

    for (const method of ['copy', 'auto']) {
      const out = join(tempDir(), `recovered-${method}.sqlite`);
      const recover = await runCliInProcess([
        'db',
        'recover',
        '--data-dir',
        dataDir,
        '--out',
        out,
        '--method',
        method,
        '--json',
      ]);
      expect(recover.code, recover.stderr).toBe(0);
      const result = JSON.parse(recover.stdout) as {
        path: string;
        method: string;
        tables: Record<string, number>;
        integrity: string;
        schemaVersion: number;
      };
      expect(result.path).toBe(out);
      expect(result.integrity).toBe('ok');
      // Most customers survive two damaged leaves (a few dozen rows each).
      expect(result.tables.customer).toBeGreaterThan(2700);
      expect(result.tables.customer).toBeLessThan(3000);
      expect(result.schemaVersion).toBeGreaterThan(0);
      const recovered = await openDatabase({ path: out, appVersion: 'test' });
      expect(recovered.raw.prepare('SELECT count(*) FROM customer').pluck().get()).toBe(
        result.tables.customer,
      );
      await recovered.close();
    }
    expect(sha(path)).toBe(before);
    const refused = await runCliInProcess([
      'db',
      'recover',
      '--data-dir',
      dataDir,
      '--out',
      path,
      '--json',
    ]);
    expect(refused.code).toBe(1);
    expect(sha(path)).toBe(before);
  });
});

describe('file modes', () => {
  it('keeps the data folder 0700 and every database file 0600', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const path = join(dataDir, 'novaevo.sqlite');
    const database = await openDatabase({ path, appVersion: 'test' });
    database.raw
      .prepare(
        `INSERT INTO customer (id, created_at, updated_at, kind) VALUES (?, 'x', 'x', 'person')`,
      )
      .run('00000000-0000-7000-8000-000000000001');
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
    await database.close();

    const backup = await runCliInProcess(['db', 'backup', '--data-dir', dataDir, '--json']);
    const backupPath = JSON.parse(backup.stdout).path as string;
    expect(mode(backupPath)).toBe(0o600);
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);

    chmodSync(path, 0o644);
    await (await openDatabase({ path, appVersion: 'test' })).close();
    expect(mode(path)).toBe(0o600);

    damageMiddlePages(await populatedDatabase(dataDir.replace(/data$/, '')));
    const damagedDir = dataDir.replace(/data$/, '');
    await refusal(openDatabase({ path: join(damagedDir, 'novaevo.sqlite'), appVersion: 'test' }));
    for (const copy of damagedCopies(damagedDir)) expect(mode(join(damagedDir, copy))).toBe(0o600);
  });
});
