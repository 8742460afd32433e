import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { useTempDirs } from '../test-support/temp-dir';
import type { BrowserHost, BrowserHostOptions } from './browser-host';
import { startBrowserHost } from './browser-host';

export interface TestHost {
  core: Core;
  host: BrowserHost;
  base: string;
  /** Headers of a well-behaved API call: the token and the JSON content type. */
  headers: Record<string, string>;
}

/** Starts real hosts on loopback over a real core, closed after each test. */
export function useTestHosts(): (
  options?: Partial<Omit<BrowserHostOptions, 'core'>>,
) => Promise<TestHost> {
  const tempDir = useTempDirs();
  const opened: { core: Core; host: BrowserHost }[] = [];
  afterEach(async () => {
    for (const { core, host } of opened.splice(0)) {
      await host.close();
      await core.close();
    }
  });
  return async (options = {}) => {
    const rendererDir = tempDir();
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<!doctype html><html><head><title>NovaEvo</title></head><body></body></html>',
    );
    writeFileSync(
      join(rendererDir, 'assets', 'app-abc123.js'),
      `console.log(${JSON.stringify('x'.repeat(5000))});`,
    );
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const host = await startBrowserHost({ core, rendererDir, port: 0, ...options });
    opened.push({ core, host });
    return {
      core,
      host,
      base: `http://127.0.0.1:${host.port}`,
      headers: { 'x-novaevo-token': host.token, 'content-type': 'application/json' },
    };
  };
}

/**
 * Sends raw bytes on a fresh TCP connection, half-closes it and returns everything the server
 * wrote before closing: requests no HTTP client library would send.
 */
export function rawExchange(
  port: number,
  bytes: string | Buffer,
  options: { halfClose?: boolean } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('connect', () => {
      socket.write(bytes);
      if (options.halfClose ?? true) socket.end();
    });
  });
}

/** Status code of the first response in a raw exchange, or null when none was written. */
export function statusOf(response: string): number | null {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
  return match ? Number(match[1]) : null;
}
