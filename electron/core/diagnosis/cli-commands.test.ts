import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../app/core';
import { runCliInProcess } from '../test-support/run-cli';
import { useTempDirs } from '../test-support/temp-dir';
import { misfireScan } from './scan-fixtures.test-support';
import { storeScanSession } from './session-store';

const tempDir = useTempDirs();

const run = runCliInProcess;

describe('novaevo dtc', () => {
  it('describes a generic code in French by default', async () => {
    const result = await run(['dtc', 'p0301']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^P0301 — .*cylindre 1/);
    expect(result.stdout).toMatch(/Système : allumage .*code générique/);
    expect(result.stdout).toMatch(/Criticité .*: ORANGE — .*\[orange-misfire\]/);
    expect(result.stdout).toMatch(/Causes, dans l’ordre où les vérifier :\n {2}1\. /);
    expect(result.stdout).not.toMatch(/\d+\s?%/);
    expect(result.stdout).toMatch(/Main-d’œuvre : .*\sh \(indicatif, non sourcé\)/);
  });

  it('gives JSON in English, with the criticality and the rule that decided it', async () => {
    const result = await run(['dtc', 'C0035', '--lang', 'en', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      code: 'C0035',
      system: 'freinage_abs',
      systemName: 'braking/ABS',
      generic: true,
      listed: true,
      criticality: 'orange',
      rule: { id: 'orange-brakes' },
    });
  });

  it('recognises manufacturer-specific codes from their structure', async () => {
    const result = await run(['dtc', 'P1234', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      code: 'P1234',
      generic: false,
      listed: false,
      title: expect.stringMatching(/^Code spécifique constructeur/),
    });
  });

  it('exits 2 on a malformed code or language', async () => {
    const bad = await run(['dtc', 'X0301']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/is not a fault code/);
    expect((await run(['dtc', 'P0301', '--lang', 'de'])).code).toBe(2);
    expect((await run(['dtc'])).code).toBe(2);
  });
});

describe('novaevo report', () => {
  it('diagnoses a stored session if needed and writes its PDF', async () => {
    const dataDir = tempDir();
    const core = await createCore({ dataDir, transport: 'browser-host' });
    const { sessionId } = await storeScanSession(
      core.context,
      misfireScan({ vehicleId: null, mileageKm: 143_880 }),
    );
    await core.close();

    const file = join(tempDir(), 'rapport.pdf');
    const result = await run([
      'report',
      '--session',
      sessionId,
      '--data-dir',
      dataDir,
      '--pdf',
      file,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file, sessionId, overall: 'orange' });
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const english = join(tempDir(), 'report.pdf');
    const again = await run([
      'report',
      '--session',
      sessionId,
      '--data-dir',
      dataDir,
      '--pdf',
      english,
      '--lang',
      'en',
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Report written: .*report\.pdf \(Orange\)/);
  });

  it('exits 1 for an unknown session and 2 without --pdf', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'none.pdf');
    const missing = await run([
      'report',
      '--session',
      '01937b2e-0000-7000-8000-000000000000',
      '--data-dir',
      dataDir,
      '--pdf',
      file,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Élément introuvable/);
    expect(existsSync(file)).toBe(false);
    const asJson = await run([
      'report',
      '--session',
      '01937b2e-0000-7000-8000-000000000000',
      '--data-dir',
      dataDir,
      '--pdf',
      file,
      '--json',
    ]);
    expect(asJson.code).toBe(1);
    expect(JSON.parse(asJson.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await run(['report', '--session', 'x', '--data-dir', dataDir])).code).toBe(2);
  });
});
