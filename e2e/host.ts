import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'novaevo-e2e-'));
}

/** Starts `novaevo serve` as a user would, on a free port, and waits for its address. */
export async function startHost(
  dataDir: string,
  extraArgs: string[] = [],
  /** Extra environment for the host process (e.g. NOVAEVO_REGISTRY_URL). */
  env: Record<string, string> = {},
): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/novaevo.js', 'serve', '--port', '0', '--data-dir', dataDir, '--json', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NOVAEVO_LOG: 'warn', ...env } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const newline = buffer.indexOf('\n');
      if (newline >= 0) resolve(buffer.slice(0, newline));
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
