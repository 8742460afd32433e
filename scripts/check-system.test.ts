// scripts/check-system.mjs, the first step of `npm test`, run as a newcomer's machine would see
// it: a PATH and a file system without (or with only some of) the tools, built in a temp dir.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./check-system.mjs', import.meta.url));

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-system-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An empty PATH directory and an empty stand-in for "/", to fill with what a test needs. */
function machine() {
  const bin = path.join(dir, 'bin');
  const root = path.join(dir, 'root');
  mkdirSync(bin);
  mkdirSync(root);
  const file = (relative: string, mode = 0o755): string => {
    const full = path.join(dir, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '#!/bin/sh\nexit 0\n');
    chmodSync(full, mode);
    return full;
  };
  const run = (chromium: string, ...args: string[]) =>
    spawnSync(process.execPath, [SCRIPT, ...args], {
      encoding: 'utf8',
      env: { PATH: bin, NOVAEVO_CHROMIUM: chromium, NOVAEVO_SYSTEM_ROOT: root },
    });
  return { file, run };
}

describe('check-system', () => {
  it('names every missing tool in French and English with the one apt command, exit 1', () => {
    const { run } = machine();
    const result = run(path.join(dir, 'no-chromium'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Il manque des outils système pour les tests.');
    expect(result.stderr).toContain('Some system tools the tests need are missing.');
    for (const line of [
      /^ {2}chromium +\(chromium\)$/m,
      /^ {2}socat +\(socat\)$/m,
      /^ {2}pdftotext, pdffonts +\(poppler-utils\)$/m,
      /^ {2}polices DejaVu \/ DejaVu fonts +\(fonts-dejavu-core\)$/m,
      /^ {2}PostgreSQL: initdb, pg_ctl, postgres +\(postgresql\)$/m,
    ]) {
      expect(result.stderr).toMatch(line);
    }
    const commands = result.stderr.split('\n').filter((l) => l.includes('apt-get'));
    expect(commands).toEqual([
      '  sudo apt-get install -y chromium socat poppler-utils fonts-dejavu-core postgresql',
    ]);
  });

  it('passes when every tool is there: PATH, Debian paths, the Chromium override', () => {
    const { file, run } = machine();
    for (const tool of ['socat', 'pdftotext', 'pdffonts']) file(`bin/${tool}`);
    for (const tool of ['initdb', 'pg_ctl', 'postgres'])
      file(`root/usr/lib/postgresql/16/bin/${tool}`);
    file('root/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 0o644);
    const result = run(file('chrome'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^check-system : présents \/ found: chromium, socat/);
  });

  it('asks only for what is missing; a file that cannot be run does not count', () => {
    const { file, run } = machine();
    file('bin/socat');
    file('bin/pdftotext', 0o644);
    file('root/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 0o644);
    for (const tool of ['initdb', 'pg_ctl', 'postgres']) file(`bin/${tool}`);
    file('root/usr/bin/chromium');
    const result = run('');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  sudo apt-get install -y poppler-utils\n');
    expect(result.stderr).not.toMatch(/\((socat|chromium|postgresql|fonts-dejavu-core)\)/);
  });

  it('wants the three PostgreSQL server programs together', () => {
    const { file, run } = machine();
    for (const tool of ['initdb', 'pg_ctl']) file(`root/usr/lib/postgresql/15/bin/${tool}`);
    file('bin/initdb');
    expect(run('', '--missing-packages').stdout).toContain('postgresql');
  });

  it('prints the packages to install for .ci/run, and nothing when none is missing', () => {
    const { file, run } = machine();
    const result = run(path.join(dir, 'no-chromium'), '--missing-packages');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('chromium socat poppler-utils fonts-dejavu-core postgresql\n');

    for (const tool of ['socat', 'pdftotext', 'pdffonts', 'initdb', 'pg_ctl', 'postgres']) {
      file(`bin/${tool}`);
    }
    file('root/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 0o644);
    const none = run(file('chrome'), '--missing-packages');
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('');
  });
});
