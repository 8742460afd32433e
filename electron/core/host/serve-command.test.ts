import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli/command';
import { serveCommand } from '../cli/core-commands';
import { useTempDirs } from '../test-support/temp-dir';

const tempDir = useTempDirs();
const savedToken = process.env.NOVAEVO_HOST_TOKEN;
afterEach(() => {
  if (savedToken === undefined) delete process.env.NOVAEVO_HOST_TOKEN;
  else process.env.NOVAEVO_HOST_TOKEN = savedToken;
});

/** Runs `novaevo serve` in-process until its first line of output, then stops it. */
async function serve(values: Record<string, string | boolean>) {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  let printed: () => void = () => undefined;
  const firstLine = new Promise<void>((resolve) => (printed = resolve));
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
      printed();
    },
    stderr: (text) => void (stderr += text),
    signal: controller.signal,
  };
  const running = serveCommand
    .run({ values: { 'data-dir': tempDir(), json: true, ...values }, positionals: [] }, io)
    .catch((error: unknown) => error);
  const outcome = await Promise.race([firstLine.then(() => 'printed'), running]);
  return {
    outcome,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: async () => {
      controller.abort();
      return running;
    },
  };
}

function lanAddress(): string | null {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (!entry.internal && entry.family === 'IPv4') return entry.address;
    }
  }
  return null;
}

describe('novaevo serve', () => {
  it('listens beyond loopback only when asked twice, with a warning and the LAN address', async () => {
    const refused = await serve({ host: '0.0.0.0' });
    expect(String(refused.outcome)).toMatch(/--allow-lan/);

    const lan = await serve({ host: '0.0.0.0', 'allow-lan': true });
    expect(lan.outcome).toBe('printed');
    const printed = JSON.parse(lan.stdout()) as { url: string; lanUrls: string[]; port: number };
    expect(lan.stderr()).toMatch(/ATTENTION : le poste écoute sur le réseau local/);
    expect(lan.stderr()).toMatch(/WARNING: listening on the local network/);
    expect(printed.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${printed.port}/\\?token=`));
    const address = lanAddress();
    if (address) {
      expect(printed.lanUrls).toContain(
        `http://${address}:${printed.port}/?token=${new URL(printed.url).searchParams.get('token')}`,
      );
      const viaLan = await fetch(`http://${address}:${printed.port}/api/system.info`, {
        method: 'POST',
        headers: {
          'x-novaevo-token': new URL(printed.url).searchParams.get('token') ?? '',
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect(viaLan.status).toBe(200);
    }
    expect(await lan.stop()).toBe(0);
  });

  it('prints no LAN address on loopback', async () => {
    const local = await serve({});
    expect(JSON.parse(local.stdout())).toMatchObject({ lanUrls: [] });
    expect(local.stderr()).not.toMatch(/WARNING/);
    expect(await local.stop()).toBe(0);
  });

  it('refuses a weak NOVAEVO_HOST_TOKEN and takes a strong one', async () => {
    for (const weak of ['garage', 'a'.repeat(40), 'garage-dupont-garage-dupont-2026!']) {
      process.env.NOVAEVO_HOST_TOKEN = weak;
      const run = await serve({});
      expect(run.outcome, weak).toBe(1);
      expect(run.stderr()).toMatch(/NOVAEVO_HOST_TOKEN refusé/);
      expect(run.stdout()).toBe('');
    }
    process.env.NOVAEVO_HOST_TOKEN = 'Qm7vK2xR9pL4wT8nZ3cF6hJ1dS5gY0bE';
    const strong = await serve({});
    expect(JSON.parse(strong.stdout()).url).toContain('token=Qm7vK2xR9pL4wT8nZ3cF6hJ1dS5gY0bE');
    expect(await strong.stop()).toBe(0);
  });
});
