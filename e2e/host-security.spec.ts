import { expect, test } from '@playwright/test';
import type { RunningHost } from './host';
import { freshDataDir, startHost } from './host';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startHost(freshDataDir());
});
test.afterAll(async () => {
  await host.stop();
});

test('requests without the token get 401, pages and API alike', async ({ request }) => {
  const page = await request.get(`${host.origin}/`);
  expect(page.status()).toBe(401);
  const api = await request.post(`${host.origin}/api/customers.search`, { data: {} });
  expect(api.status()).toBe(401);
  const wrong = await request.post(`${host.origin}/api/customers.search`, {
    headers: { 'x-novaevo-token': 'not-the-token' },
    data: {},
  });
  expect(wrong.status()).toBe(401);
  expect((await wrong.json()).error.code).toBe('UNAUTHORIZED');
});

test('a malformed payload gets 400 with the schema error, and the host keeps serving', async ({
  request,
}) => {
  const headers = { 'x-novaevo-token': host.token };
  const bad = await request.post(`${host.origin}/api/customers.create`, {
    headers,
    data: { kind: 'person', lastName: 'Durand', email: 'pas-un-email', postalCode: 12 },
  });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.code).toBe('BAD_REQUEST');
  const paths = (body.error.details as { path: string }[]).map((detail) => detail.path).sort();
  expect(paths).toEqual(['email', 'postalCode']);

  const garbage = await request.post(`${host.origin}/api/customers.create`, {
    headers: { ...headers, 'content-type': 'application/json' },
    data: Buffer.from('{"kind": "person", "lastName": '),
  });
  expect(garbage.status()).toBe(400);

  const unknown = await request.post(`${host.origin}/api/customers.explode`, { headers, data: {} });
  expect(unknown.status()).toBe(404);

  const good = await request.post(`${host.origin}/api/customers.create`, {
    headers,
    data: { kind: 'person', lastName: 'Durand' },
  });
  expect(good.status()).toBe(200);
  expect((await good.json()).value.lastName).toBe('Durand');
});

test('the token in the printed URL becomes an HttpOnly cookie and leaves the address bar', async ({
  page,
}) => {
  await page.goto(host.url);
  expect(page.url()).not.toContain('token=');
  const cookies = await page.context().cookies();
  const cookie = cookies.find(
    (candidate) => candidate.name === `novaevo_token_${new URL(host.origin).port}`,
  );
  expect(cookie?.httpOnly).toBe(true);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
});
