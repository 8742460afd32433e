import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rawExchange, statusOf, useTestHosts } from './host-test-kit';

const start = useTestHosts();

function socketOutcome(url: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('error', (error) => resolve(error.message));
  });
}

async function customerCount(base: string, token: string): Promise<number> {
  const response = await fetch(`${base}/api/customers.search`, {
    method: 'POST',
    headers: { 'x-novaevo-token': token, 'content-type': 'application/json' },
    body: '{}',
  });
  const body = (await response.json()) as { value: { items: unknown[] } };
  return body.value.items.length;
}

describe('browser host: who may call it', () => {
  it('refuses a Host header other than the address it listens on (DNS rebinding)', async () => {
    const { host, headers } = await start();
    const body = '{"kind":"person","lastName":"Rebind"}';
    const forged = await rawExchange(
      host.port,
      `POST /api/customers.create HTTP/1.1\r\nHost: attacker.example:${host.port}\r\n` +
        `x-novaevo-token: ${host.token}\r\ncontent-type: application/json\r\n` +
        `content-length: ${body.length}\r\n\r\n${body}`,
    );
    expect(statusOf(forged)).toBe(403);
    expect(forged).toContain('"FORBIDDEN"');
    const otherPort = await rawExchange(
      host.port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nx-novaevo-token: ${host.token}\r\n\r\n`,
    );
    expect(statusOf(otherPort)).toBe(403);
    const localhost = await rawExchange(
      host.port,
      `GET / HTTP/1.1\r\nHost: localhost:${host.port}\r\nx-novaevo-token: ${host.token}\r\n\r\n`,
    );
    expect(statusOf(localhost)).toBe(200);
    expect(
      await customerCount(`http://127.0.0.1:${host.port}`, headers['x-novaevo-token'] ?? ''),
    ).toBe(0);
  });

  it('refuses another origin or another site, with or without the token', async () => {
    const { base, headers, host } = await start();
    const attempts: Record<string, string>[] = [
      { origin: 'http://127.0.0.1:9' },
      { origin: 'null' },
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const extra of attempts) {
      const response = await fetch(`${base}/api/customers.create`, {
        method: 'POST',
        headers: { ...headers, ...extra },
        body: JSON.stringify({ kind: 'person', lastName: 'Cross' }),
      });
      expect(response.status, JSON.stringify(extra)).toBe(403);
    }
    const own = await fetch(`${base}/api/customers.create`, {
      method: 'POST',
      headers: { ...headers, origin: base, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ kind: 'person', lastName: 'Own' }),
    });
    expect(own.status).toBe(200);
    expect(await customerCount(base, host.token)).toBe(1);
  });

  it('refuses a form-encodable body: the API takes application/json only', async () => {
    const { base, host } = await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await fetch(`${base}/api/customers.create`, {
        method: 'POST',
        headers: { 'x-novaevo-token': host.token, 'content-type': type },
        body: JSON.stringify({ kind: 'person', lastName: 'Form' }),
      });
      expect(response.status, type).toBe(415);
    }
    expect(await customerCount(base, host.token)).toBe(0);
  });

  it('opens the API to the token header only, never to the cookie alone', async () => {
    const { base, host } = await start();
    const login = await fetch(`${base}/?token=${host.token}`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^novaevo_token_${host.port}=`));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const cookie = setCookie.split(';')[0] ?? '';
    const withCookie = await fetch(`${base}/api/customers.create`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'person', lastName: 'Cookie' }),
    });
    expect(withCookie.status).toBe(401);
    // The cookie opens the page, which carries the token for the page's own script.
    const page = await fetch(`${base}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain(`<meta name="novaevo-token" content="${host.token}" />`);
    const deepLink = await fetch(`${base}/clients/42`, { headers: { cookie } });
    expect(await deepLink.text()).toContain('novaevo-token');
    const noCookie = await fetch(`${base}/`);
    expect(noCookie.status).toBe(401);
    expect(await noCookie.text()).not.toContain(host.token);
  });

  it('never redirects off the host when moving the token into the cookie', async () => {
    const { host } = await start();
    const response = await rawExchange(
      host.port,
      `GET //evil.example/?token=${host.token} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`,
    );
    expect(statusOf(response)).toBe(302);
    expect(response).toMatch(/\r\nLocation: \/evil\.example\/\r\n/i);
  });

  it('refuses a null or non-object body instead of reading it as {}', async () => {
    const { base, headers } = await start();
    for (const body of ['null', '[]', '"x"', '42']) {
      const response = await fetch(`${base}/api/settings.update`, {
        method: 'POST',
        headers,
        body,
      });
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'BAD_REQUEST',
      );
    }
  });

  it('accepts event sockets from its own page only', async () => {
    const { base, host } = await start();
    const url = `ws://127.0.0.1:${host.port}/ws`;
    const login = await fetch(`${base}/?token=${host.token}`, { redirect: 'manual' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(await socketOutcome(url, { cookie, origin: 'http://127.0.0.1:9' })).toMatch(/403/);
    expect(await socketOutcome(url, { cookie, origin: 'null' })).toMatch(/403/);
    expect(await socketOutcome(url, { cookie, host: `rebind.example:${host.port}` })).toMatch(
      /403/,
    );
    expect(await socketOutcome(url, { origin: base })).toMatch(/401/);
    expect(await socketOutcome(url, { cookie, origin: base })).toBe('open');
  });
});
