import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useTestHosts } from './host-test-kit';

const start = useTestHosts();

describe('browser host', () => {
  it('binds loopback and prints a URL that carries a random token', async () => {
    const { host } = await start();
    expect(host.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[\\w-]{43}$`),
    );
    const second = await start();
    expect(second.host.token).not.toBe(host.token);
  });

  it('answers 401 to anything without the token', async () => {
    const { base } = await start();
    for (const path of ['/', '/index.html', '/assets/app-abc123.js', '/api/system.info']) {
      const response = await fetch(`${base}${path}`, {
        method: path.startsWith('/api') ? 'POST' : 'GET',
      });
      expect(response.status).toBe(401);
    }
  });

  it('serves the renderer with a strict CSP and gzip, and the API as JSON', async () => {
    const { base, headers } = await start();
    const page = await fetch(`${base}/`, { headers });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const asset = await fetch(`${base}/assets/app-abc123.js`, {
      headers: { ...headers, 'accept-encoding': 'gzip' },
    });
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await asset.text()).length).toBeGreaterThan(5000);
    const traversal = await fetch(`${base}/..%2f..%2fetc%2fpasswd`, { headers });
    expect(traversal.status).toBe(404);
    const info = await fetch(`${base}/api/system.info`, { method: 'POST', headers, body: '{}' });
    expect(await info.json()).toMatchObject({ ok: true, value: { transport: 'browser-host' } });
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>(
      (resolve, reject) => {
        request(
          `${base}/assets/app-abc123.js`,
          { headers: { ...headers, 'accept-encoding': 'gzip' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
            );
          },
        )
          .on('error', reject)
          .end();
      },
    );
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(500);
    expect(gunzipSync(raw.body).toString()).toContain('console.log');
  });

  it('keeps serving after malformed and oversized requests', async () => {
    const { base, headers } = await start();
    const broken = await fetch(`${base}/api/customers.create`, {
      method: 'POST',
      headers,
      body: '{"kind":',
    });
    expect(broken.status).toBe(400);
    const wrongShape = await fetch(`${base}/api/customers.create`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ kind: 'person', lastName: 42 }),
    });
    expect(wrongShape.status).toBe(400);
    const body = (await wrongShape.json()) as { error: { details: { path: string }[] } };
    expect(body.error.details[0]?.path).toBe('lastName');
    const get = await fetch(`${base}/api/customers.create`, { headers });
    expect(get.status).toBe(405);
    const ok = await fetch(`${base}/api/customers.search`, { method: 'POST', headers, body: '{}' });
    expect(ok.status).toBe(200);
  });

  it('pushes core events over the WebSocket, and refuses sockets without the token', async () => {
    const { base, headers, host } = await start();
    const refused = new WebSocket(`ws://127.0.0.1:${host.port}/ws`);
    const refusedOutcome = await new Promise<string>((resolve) => {
      refused.on('open', () => resolve('open'));
      refused.on('error', (error) => resolve(String(error.message)));
    });
    expect(refusedOutcome).toMatch(/401/);

    const socket = new WebSocket(`ws://127.0.0.1:${host.port}/ws`, { headers });
    await new Promise((resolve) => socket.on('open', resolve));
    const message = new Promise<unknown>((resolve) =>
      socket.once('message', (data) => resolve(JSON.parse(String(data)))),
    );
    const created = await fetch(`${base}/api/customers.create`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ kind: 'person', lastName: 'Socket' }),
    });
    const { value } = (await created.json()) as { value: { id: string } };
    expect(await message).toEqual({
      event: 'data.changed',
      payload: { entity: 'customer', id: value.id, op: 'insert' },
    });
    socket.close();
  });
});
