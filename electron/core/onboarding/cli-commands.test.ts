import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliArgs, CliCommand, CliIo } from '../cli/command';
import { onboardingCliCommands } from './cli-commands';
import { startRegistryTestServer } from './registry-test-server';
import type { RegistryTestServer } from './registry-test-server';
import { buildPdf } from './test-pdf-builder';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = process.env.NOVAEVO_KBIS_FIXTURES ?? path.resolve(repoRoot, 'test-fixtures/kbis');
const TEXT_PDF = path.join(FIXTURES, '01-kbis-sas-textlayer.pdf');

function command(...words: string[]): CliCommand {
  const found = onboardingCliCommands.find((c) => c.path.join(' ') === words.join(' '));
  if (!found) throw new Error(`no command ${words.join(' ')}`);
  return found;
}

async function run(
  cmd: CliCommand,
  args: CliArgs,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    signal: new AbortController().signal,
  };
  const code = await cmd.run(args, io);
  return { code, out, err };
}

let server: RegistryTestServer;
beforeAll(async () => {
  server = await startRegistryTestServer([
    {
      siren: '855763256',
      nom_complet: 'AUTO SERVICES DE LA GARONNE (ASG)',
      etat_administratif: 'A',
      activite_principale: '45.20A',
      siege: { adresse: '27 AVENUE DE LA SOMME 33700 MERIGNAC', activite_principale: '45.20A' },
    },
  ]);
});
afterAll(() => server.close());

describe('onboarding CLI commands', () => {
  it('siren check prints the verdict and exits 1 on a bad key', async () => {
    const ok = await run(command('siren', 'check'), {
      values: { json: true },
      positionals: ['732 829 320'],
    });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ valid: true, kind: 'siren', value: '732829320' });
    const bad = await run(command('siren', 'check'), { values: {}, positionals: ['732829321'] });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('clé de contrôle');
  });

  it('kbis read --json prints fields with confidences, checks and trust', async () => {
    const { code, out } = await run(command('kbis', 'read'), {
      values: { json: true },
      positionals: [TEXT_PDF],
    });
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json.siren).toMatchObject({ value: '855763256' });
    expect((json.siren as { confidence: number }).confidence).toBeGreaterThan(0.9);
    expect(json.checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'siren_luhn', status: 'ok' })]),
    );
    expect(json.trust).toMatchObject({ level: expect.any(String), score: expect.any(Number) });
  });

  it('kbis verify checks the registry at --registry-url', async () => {
    const { code, out } = await run(command('kbis', 'verify'), {
      values: { json: true, 'registry-url': server.url },
      positionals: [TEXT_PDF],
    });
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      checks: { id: string; status: string }[];
      trust: { level: string };
    };
    // The fixture is dated 2026-11-20: on the real clock it may be stale, so only the registry verdict is pinned.
    expect(json.checks.find((c) => c.id === 'registry')?.status).toBe('ok');
  });

  it('kbis read --json prints a JSON error for every refusal, from the built binary too', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'novaevo-kbis-cli-'));
    try {
      const huge = path.join(folder, 'huge-page.pdf');
      await writeFile(huge, buildPdf({ pages: [{ size: [14_400, 14_400] }] }));
      const inProcess = await run(command('kbis', 'read'), {
        values: { json: true },
        positionals: [huge],
      });
      expect(inProcess.code).toBe(1);
      expect(JSON.parse(inProcess.out)).toMatchObject({ error: { code: 'pdf_page_too_large' } });
      // The bundled CLI starts the document worker from out/ (electron-vite's ?nodeWorker).
      const built = spawnSync(
        process.execPath,
        ['bin/novaevo.js', 'kbis', 'read', huge, '--json'],
        {
          cwd: repoRoot,
          encoding: 'utf8',
        },
      );
      expect(built.status, built.stderr).toBe(1);
      const printed = JSON.parse(built.stdout) as {
        error: { code: string; message: { fr: string } };
      };
      expect(printed.error.code).toBe('pdf_page_too_large');
      expect(printed.error.message.fr).toContain('14400 × 14400 points');
      const read = spawnSync(
        process.execPath,
        ['bin/novaevo.js', 'kbis', 'read', TEXT_PDF, '--json'],
        {
          cwd: repoRoot,
          encoding: 'utf8',
        },
      );
      expect(read.status, read.stderr).toBe(0);
      expect(JSON.parse(read.stdout).siren.value).toBe('855763256');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('kbis read reports an unreadable file with a bilingual message', async () => {
    const { code, err } = await run(command('kbis', 'read'), {
      values: {},
      positionals: ['/nonexistent/kbis.pdf'],
    });
    expect(code).toBe(1);
    expect(err).toContain('Fichier illisible');
    expect(err).toContain('Unreadable file');
  });
});
