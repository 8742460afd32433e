import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { RunningHost } from './host';
import { freshDataDir, startHost } from './host';

let host: RunningHost | null = null;

test.afterEach(async () => {
  await host?.stop();
  host = null;
});

async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${host?.origin}/api/${name}`, {
    headers: { 'x-novaevo-token': host?.token ?? '' },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

test('recalls imported with the CLI show on the vehicle, to check with the manufacturer', async ({
  page,
}) => {
  const dataDir = freshDataDir();
  const imported = spawnSync(
    process.execPath,
    [
      'bin/novaevo.js',
      'recalls',
      'import',
      'resources/recalls/rappelconso-vehicules-exemple.json',
      '--data-dir',
      dataDir,
      '--json',
    ],
    { encoding: 'utf8' },
  );
  expect(imported.status, imported.stderr).toBe(0);
  expect(JSON.parse(imported.stdout)).toMatchObject({ status: 'ok', stored: 7 });

  // The published service is out of reach in tests: the refresh goes to a closed local port.
  host = await startHost(dataDir, [], { NOVAEVO_RECALLS_URL: 'http://127.0.0.1:1/records' });
  await page.goto(host.url);
  const customer = await api<{ id: string }>(page, 'customers.create', {
    kind: 'person',
    lastName: 'Martin',
  });
  await api(page, 'vehicles.create', {
    customerId: customer.id,
    make: 'Peugeot',
    model: '308 II 1.6 BlueHDi',
    year: 2015,
    vin: 'VF3LCBHZ1FS123456',
    plate: 'AB-123-CD',
  });
  await page.goto(`${host.url.split('#')[0]}#/clients/${customer.id}`);
  const recalls = page.getByTestId('vehicle-recalls');
  await expect(
    recalls.getByRole('heading', { name: 'Rappels constructeur à vérifier' }),
  ).toBeVisible();
  await expect(recalls).toContainText('à vérifier auprès du constructeur');
  const items = recalls.getByTestId('recall');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toHaveAttribute('data-reference', 'EXEMPLE-2023-11-0202');
  await expect(items.first()).toContainText('VIN cité dans la fiche');
  await expect(items.nth(1)).toContainText('marque, modèle et période');
  await page.screenshot({ path: test.info().outputPath('vehicle-recalls.png'), fullPage: true });

  // The refresh fails in words, and the recalls already stored stay.
  await recalls.getByRole('button', { name: 'Mettre à jour' }).click();
  await expect(page.getByText(/Service des rappels injoignable/)).toBeVisible();
  await expect(items).toHaveCount(2);
});
