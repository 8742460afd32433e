import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../test-support/temp-dir';
import { openDatabase } from '../database';
import { migration0001Initial } from './0001-initial';
import { migration0002Onboarding } from './0002-onboarding';
import { MIGRATIONS } from './registry';

const tempDir = useTempDirs();
const CUSTOMER_ID = '01900000-0000-7000-8000-000000000001';
const PROFILE_ID = '01900000-0000-7000-8000-0000000000aa';

function profileValues(id: string, siren: string): unknown[] {
  return [
    id,
    'x',
    'x',
    'Garage',
    'Anne',
    'a@b.fr',
    '+33612345678',
    siren,
    'GARAGE SAS',
    'kbis',
    'a'.repeat(64),
    '{}',
    '[]',
    '[]',
    '[]',
    '[]',
    '[]',
    '[]',
    '1 rue A',
    '69001',
    'Lyon',
    'active',
    'x',
    'document_verifie',
    70,
    '[]',
    'x',
  ];
}
const INSERT_PROFILE = `INSERT INTO garage_profile (id, created_at, updated_at, garage_name, contact_name,
  email, phone, siren, denomination, document_type, document_sha256, extracted_fields,
  corrected_fields, services, brands, certifications, opening_hours, technicians,
  workshop_address_line, workshop_postal_code, workshop_city, status, activated_at, trust_level,
  trust_score, trust_reasons, trust_assessed_at)
  VALUES (${Array.from({ length: 27 }, () => '?').join(', ')})`;

describe('migration 0002 (onboarding)', () => {
  it('is registered right after the initial schema', () => {
    expect(MIGRATIONS[1]).toBe(migration0002Onboarding);
  });

  it('migrates a v1 database with data, after a backup, keeping every row', async () => {
    const dir = tempDir();
    const path = join(dir, 'novaevo.sqlite');
    const v1 = await openDatabase({ path, appVersion: 'test', migrations: [migration0001Initial] });
    expect(v1.schemaVersion).toBe(1);
    v1.raw
      .prepare(
        `INSERT INTO customer (id, created_at, updated_at, kind, last_name) VALUES (?, 'x', 'x', 'person', 'Durand')`,
      )
      .run(CUSTOMER_ID);
    await v1.close();

    const v2 = await openDatabase({
      path,
      appVersion: 'test',
      migrations: [migration0001Initial, migration0002Onboarding],
    });
    expect(v2.schemaVersion).toBe(2);
    expect(v2.backupPath).not.toBeNull();
    expect(readdirSync(dir).some((name) => name.startsWith('novaevo.sqlite.backup-v1-'))).toBe(
      true,
    );
    expect(
      v2.raw.prepare('SELECT last_name FROM customer WHERE id = ?').pluck().get(CUSTOMER_ID),
    ).toBe('Durand');
    const tables = v2.raw
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
      .all() as { name: string; sql: string }[];
    for (const name of [
      'garage_profile',
      'onboarding_check_run',
      'onboarding_document',
      'onboarding_draft',
      'account_credential',
      'registry_check_queue',
    ]) {
      const table = tables.find((t) => t.name === name);
      expect(table?.sql, name).toMatch(/\)\s*STRICT$/);
    }
    const applied = v2.raw
      .prepare('SELECT version, name FROM schema_migration ORDER BY version')
      .all();
    expect(applied).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'onboarding' },
    ]);
    await v2.close();
  });

  it('enforces one live profile per SIREN, the SIREN shape and the enums', async () => {
    const database = await openDatabase({ path: join(tempDir(), 'a.sqlite'), appVersion: 'test' });
    const insert = database.raw.prepare(INSERT_PROFILE);
    insert.run(...profileValues(PROFILE_ID, '855763256'));
    expect(() =>
      insert.run(...profileValues('01900000-0000-7000-8000-0000000000ab', '855763256')),
    ).toThrow(/UNIQUE/);
    expect(() =>
      insert.run(...profileValues('01900000-0000-7000-8000-0000000000ac', '85576325X')),
    ).toThrow(/CHECK/);
    // A tombstoned profile frees its SIREN (the company may sign up again).
    database.raw.prepare(`UPDATE garage_profile SET deleted_at = 'x' WHERE id = ?`).run(PROFILE_ID);
    insert.run(...profileValues('01900000-0000-7000-8000-0000000000ad', '855763256'));
    expect(() =>
      database.raw
        .prepare(
          `INSERT INTO onboarding_draft (id, status, current_step, created_at, updated_at) VALUES (?, 'in_progress', 'nowhere', 'x', 'x')`,
        )
        .run('01900000-0000-7000-8000-0000000000d1'),
    ).toThrow(/CHECK/);
    await database.close();
  });

  it('keeps one open draft and an append-only check history', async () => {
    const database = await openDatabase({ path: join(tempDir(), 'a.sqlite'), appVersion: 'test' });
    const draft = database.raw.prepare(
      `INSERT INTO onboarding_draft (id, status, current_step, created_at, updated_at) VALUES (?, ?, 'account', 'x', 'x')`,
    );
    draft.run('01900000-0000-7000-8000-0000000000d1', 'in_progress');
    expect(() => draft.run('01900000-0000-7000-8000-0000000000d2', 'in_progress')).toThrow(
      /UNIQUE/,
    );
    draft.run('01900000-0000-7000-8000-0000000000d3', 'activated');

    const runId = '01900000-0000-7000-8000-0000000000e1';
    database.raw
      .prepare(
        `INSERT INTO onboarding_check_run (id, created_at, updated_at, siren, draft_id, run_at, trigger,
         fields, checks, trust_level, trust_score, trust_reasons)
         VALUES (?, 'x', 'x', '855763256', 'd', 'x', 'wizard', '{}', '[]', 'declaratif', 40, '[]')`,
      )
      .run(runId);
    expect(() =>
      database.raw
        .prepare(`UPDATE onboarding_check_run SET checks = '[1]' WHERE id = ?`)
        .run(runId),
    ).toThrow(/append-only/);
    // Sync bookkeeping (tombstone, revision) stays possible.
    database.raw
      .prepare(`UPDATE onboarding_check_run SET deleted_at = 'y', revision = 2 WHERE id = ?`)
      .run(runId);
    expect(() =>
      database.raw
        .prepare(
          `INSERT INTO onboarding_document (sha256, file_name, mime, format, size_bytes, stored_path, uploaded_at)
           VALUES (?, 'a.gif', 'image/gif', 'gif', 10, 'x', 'x')`,
        )
        .run('b'.repeat(64)),
    ).toThrow(/CHECK/);
    await database.close();
  });
});
