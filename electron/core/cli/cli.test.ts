import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/registry';
import { runCliInProcess } from '../test-support/run-cli';
import { useTempDirs } from '../test-support/temp-dir';

const tempDir = useTempDirs();

const run = runCliInProcess;

describe('novaevo CLI', () => {
  it('exits 2 on usage errors and prints help', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const badOption = await run(['db', 'info', '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/Usage incorrect \/ bad usage/);
    expect((await run(['serve', '--port', 'abc'])).code).toBe(2);
    expect((await run(['serve', '--port', '70000'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/novaevo db info/);
  });

  it('db migrate creates the database, db info reports it, db backup copies it', async () => {
    const dataDir = tempDir();
    const missing = await run(['db', 'info', '--data-dir', dataDir, '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('NOT_FOUND');

    const migrate = await run(['db', 'migrate', '--data-dir', dataDir, '--json']);
    expect(migrate.code).toBe(0);
    expect(JSON.parse(migrate.stdout).schemaVersion).toBe(LATEST_SCHEMA_VERSION);

    const info = await run(['db', 'info', '--data-dir', dataDir, '--json']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({
      schemaVersion: LATEST_SCHEMA_VERSION,
      upToDate: true,
      journalMode: 'wal',
      integrity: 'ok',
      counts: { customers: 0, vehicles: 0 },
    });

    const out = join(tempDir(), 'copy.sqlite');
    const backup = await run(['db', 'backup', '--data-dir', dataDir, '--out', out, '--json']);
    expect(backup.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const fromCopy = await run(['db', 'info', '--data-dir', dataDir, '--json']);
    expect(JSON.parse(fromCopy.stdout).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('reports a corrupt database in both languages with exit code 1', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'novaevo.sqlite'), 'garbage'.repeat(100));
    const result = await run(['db', 'info', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/endommagé/);
    expect(result.stderr).toMatch(/damaged/);
    const raw = await run(['db', 'backup', '--data-dir', dataDir, '--json']);
    expect(raw.code).toBe(0);
    expect(JSON.parse(raw.stdout).raw).toBe(true);
  });

  it('runs as the installed binary (bin/novaevo.js over the bundled CLI)', () => {
    const dataDir = tempDir();
    const result = spawnSync(
      process.execPath,
      ['bin/novaevo.js', 'db', 'migrate', '--json', '--data-dir', dataDir],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const usage = spawnSync(process.execPath, ['bin/novaevo.js', 'db', 'info', '--nope'], {
      encoding: 'utf8',
    });
    expect(usage.status).toBe(2);
  });
});
