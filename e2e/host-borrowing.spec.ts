import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, expect, test } from '@playwright/test';
import type { RunningHost } from './host';
import { freshDataDir, startHost } from './host';

/**
 * Another local server (any dev server, a printer's page, a malicious local app) serves a
 * page in the same browser that already holds the host's cookie. It tries everything a page
 * can: a plain HTML form, fetches with and without CORS, a WebSocket. Nothing gets through.
 */
let host: RunningHost;
let attacker: Server;
let attackerOrigin: string;

function attackerPage(target: string): string {
  const api = `${target}/api/customers.create`;
  const ws = target.replace('http:', 'ws:') + '/ws';
  // The form's one field name and value join into a JSON body with enctype text/plain.
  return `<!doctype html><html><body>
<form id="form" method="post" enctype="text/plain" action="${api}" target="sink">
  <input name='{"kind":"person","lastName":"Formulaire","padding":"' value='"}'>
</form>
<iframe name="sink" id="sink"></iframe>
<script>
  window.results = {};
  const body = JSON.stringify({ kind: 'person', lastName: 'Pirate' });
  document.getElementById('sink').addEventListener('load', () => { results.form = 'loaded'; }, { once: true });
  document.getElementById('form').submit();
  fetch(${JSON.stringify(api)}, { method: 'POST', mode: 'no-cors', credentials: 'include',
    headers: { 'content-type': 'text/plain' }, body })
    .then(() => { results.noCors = 'sent'; }, () => { results.noCors = 'failed'; });
  fetch(${JSON.stringify(api)}, { method: 'POST', credentials: 'include',
    headers: { 'content-type': 'application/json' }, body })
    .then((r) => { results.cors = 'status ' + r.status; }, () => { results.cors = 'blocked'; });
  const socket = new WebSocket(${JSON.stringify(ws)});
  socket.onopen = () => { results.socket = 'open'; };
  socket.onmessage = (m) => { results.event = String(m.data); };
  socket.onclose = () => { results.socket ??= 'refused'; };
</script></body></html>`;
}

async function customerNames(): Promise<string[]> {
  const response = await fetch(`${host.origin}/api/customers.search`, {
    method: 'POST',
    headers: { 'x-novaevo-token': host.token, 'content-type': 'application/json' },
    body: '{}',
  });
  const body = (await response.json()) as { value: { items: { displayName: string }[] } };
  return body.value.items.map((item) => item.displayName);
}

test.beforeAll(async () => {
  host = await startHost(freshDataDir());
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(attackerPage(host.origin));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await host.stop();
  await new Promise<void>((resolve) => attacker.close(() => resolve()));
});

test('a page on another local port cannot use the session: form, fetch and WebSocket refused', async ({
  page,
}) => {
  // The user has the app open: the browser holds the host's cookie.
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  const cookies = await page.context().cookies();
  const cookie = cookies.find((c) => c.name === `novaevo_token_${new URL(host.origin).port}`);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

  const other = await page.context().newPage();
  await other.goto(attackerOrigin);
  await other.waitForFunction(() => {
    const results = (globalThis as unknown as { results: Record<string, string> }).results;
    return ['form', 'noCors', 'cors', 'socket'].every((key) => key in results);
  });
  const results = await other.evaluate(
    () => (globalThis as unknown as { results: Record<string, string> }).results,
  );
  expect(results.cors).toBe('blocked');
  expect(results.socket).toBe('refused');
  expect(results.event).toBeUndefined();
  expect(await customerNames()).toEqual([]);

  // The app's own page still works with the same cookie.
  await page.reload();
  await page.getByRole('button', { name: /Nouveau client/ }).click();
  await page.getByLabel('Nom', { exact: false }).first().fill('Légitime');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: /LÉGITIME/ })).toBeVisible();
  expect(await customerNames()).toHaveLength(1);
});

test('a forged Host header is refused, from a client and from a DNS-rebound page', async ({
  request,
}) => {
  const forged = await request.post(`${host.origin}/api/customers.create`, {
    headers: { host: `rebind.example:${new URL(host.origin).port}`, 'x-novaevo-token': host.token },
    data: { kind: 'person', lastName: 'Rebind' },
  });
  expect(forged.status()).toBe(403);

  // DNS rebinding: a name the attacker controls now resolves to 127.0.0.1, so the browser
  // treats the host as that name's own origin. The Host header still gives it away.
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--headless', '--no-sandbox', '--host-resolver-rules=MAP rebind.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const rebound = `http://rebind.test:${new URL(host.origin).port}`;
    const response = await page.goto(`${rebound}/?token=${host.token}`);
    expect(response?.status()).toBe(403);
    const status = await page.evaluate(
      (api) =>
        fetch(api, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'person', lastName: 'Rebind' }),
        }).then((r) => r.status),
      `${rebound}/api/customers.create`,
    );
    expect(status).toBe(403);
  } finally {
    await browser.close();
  }
  expect((await customerNames()).join()).not.toMatch(/rebind/i);
});
