import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { RunningHost } from './host';
import { freshDataDir, startHost } from './host';

// The Atelier against the ELM327 simulator, as a mechanic uses it: connect, read the codes,
// watch and record live data, export, report, clear; then the adapter is pulled mid-recording.

let host: RunningHost | null = null;
let simulator: ChildProcess | null = null;

test.afterEach(async () => {
  await host?.stop();
  host = null;
  simulator?.kill('SIGKILL');
  simulator = null;
});

interface Series {
  pid: string;
  t: number[];
  v: number[];
}

async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${host?.origin}/api/${name}`, {
    headers: { 'x-novaevo-token': host?.token ?? '' },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

async function storedSamples(page: Page, sessionId: string): Promise<Series[]> {
  return (await api<{ series: Series[] }>(page, 'obd.liveSeries', { sessionId })).series;
}

function count(series: Series[]): number {
  return series.reduce((sum, s) => sum + s.t.length, 0);
}

/** Text of the big number of a gauge, e.g. the engine speed. */
function gauge(page: Page, pid: string) {
  return page.locator(`[data-gauge="${pid}"] [data-stat="value"]`);
}

async function expectGaugeMoving(page: Page, pid: string): Promise<void> {
  await expect(gauge(page, pid)).not.toHaveText('—');
  const first = await gauge(page, pid).textContent();
  await expect(gauge(page, pid)).not.toHaveText(first ?? '');
}

async function openAtelier(page: Page): Promise<void> {
  await page.goto(host?.url ?? '');
  await page.getByRole('link', { name: 'Atelier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible();
}

async function connectAndScan(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.locator('.status-pill')).toContainText('Connecté');
  await expect(page.getByRole('listitem').filter({ hasText: 'Le véhicule répond' })).toContainText(
    'fait',
  );
  await page.getByRole('button', { name: 'Lire le véhicule' }).click();
  await expect(page.getByRole('tab', { name: 'Codes défaut' })).toHaveAttribute(
    'aria-selected',
    'true',
    { timeout: 30_000 },
  );
  // The session the scan stored, for comparing the screen with what the core keeps.
  return (await page.locator('[data-session-id]').getAttribute('data-session-id')) ?? '';
}

test('misfire: codes with criticality, live data recorded and exported, report, clear', async ({
  page,
}) => {
  test.setTimeout(120_000);
  host = await startHost(freshDataDir(), ['--adapter', 'sim:misfire']);
  await openAtelier(page);

  // The adapter the host was started with is preselected.
  await expect(page.getByRole('radio', { name: /misfire/ })).toBeChecked();

  // The car is not on file yet: its VIN (typed here) is decoded, then attached to a customer.
  await api(page, 'customers.create', { kind: 'company', companyName: 'Transports Girard' });
  await page.getByRole('tab', { name: 'Véhicule' }).click();
  await page.getByLabel('VIN (numéro de série)').fill('VF7SC8FP5CW512345');
  await page.getByRole('button', { name: 'Identifier' }).click();
  await expect(page.getByText('Ce véhicule n’est pas encore dans vos fiches.')).toBeVisible();
  await expect(page.locator('.vehicle-decoded')).toContainText('2012');
  await page.getByLabel('Rechercher le client').fill('Girard');
  await page.getByRole('radio', { name: /Transports Girard/i }).check();
  await page.getByLabel('Immatriculation (facultatif)').fill('AB-123-CD');
  await page.getByRole('button', { name: 'Créer le véhicule pour ce client' }).click();
  await expect(page.getByText('Véhicule trouvé dans vos fiches')).toBeVisible();
  await page.getByLabel('Kilométrage au compteur (km)').fill('143880');
  await page.screenshot({ path: test.info().outputPath('atelier-vehicle.png'), fullPage: true });
  await page.getByRole('tab', { name: 'Connexion' }).click();

  const sessionId = await connectAndScan(page);
  expect(sessionId).not.toBe('');
  await page.screenshot({ path: test.info().outputPath('atelier-codes.png'), fullPage: true });

  const p0301 = page.locator('tr[data-dtc="P0301"]');
  await expect(p0301).toContainText('Ratés de combustion détectés sur le cylindre 1');
  await expect(p0301).toContainText('Mémorisé');
  await expect(p0301).toContainText('allumage');
  // A misfire is at least orange, and the badge says so in words, not only in colour.
  const badge = p0301.locator('[data-criticality]');
  await expect(badge).toHaveText(/^(Rouge|Orange)/);
  await expect(page.locator('tr[data-dtc="P0300"]').first()).toBeVisible();
  await p0301.locator('summary', { hasText: 'Image figée' }).click();
  await expect(p0301.getByText('Régime moteur')).toBeVisible();
  await expect(page.getByText('Voyant moteur (MIL) :')).toContainText('allumé');

  // Live data, recorded for 5 s.
  await page.getByRole('tab', { name: 'Données en direct' }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Enregistrement en cours' }),
  ).toBeVisible();
  await expectGaugeMoving(page, '0C');
  await page.waitForTimeout(5000);
  await page.getByRole('button', { name: 'Arrêter', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Démarrer' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('atelier-live.png'), fullPage: true });

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter en CSV' }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('time_iso;t_ms;pid;name;value;unit');
  const rows = csv.slice(1).map((line) => line.split(';'));
  const series = await storedSamples(page, sessionId);
  // 5 s of a dozen PIDs: well over a hundred samples, and the CSV holds each stored one.
  expect(count(series)).toBeGreaterThan(100);
  expect(rows.length).toBe(count(series));
  const stored = new Map<string, number>();
  for (const s of series) s.t.forEach((t, i) => stored.set(`${t}|${s.pid}`, s.v[i] ?? NaN));
  for (const [iso, , pid, , value] of rows) {
    const t = new Date(iso ?? '').getTime();
    expect(stored.get(`${t}|${pid}`), `${iso} ${pid}`).toBe(
      Number((value ?? '').replace(',', '.')),
    );
  }
  const rpm = series.find((s) => s.pid === '0C');
  expect(new Set(rpm?.v).size).toBeGreaterThan(1);

  // The report and its PDF.
  await page.getByRole('tab', { name: 'Diagnostic' }).click();
  await expect(page.locator('.diagnosis-verdict [data-criticality]')).toHaveText(/^(Rouge|Orange)/);
  await expect(page.locator('.diagnosis-findings').getByText('P0301').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('atelier-report.png'), fullPage: true });
  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger le PDF' }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
  expect(
    readFileSync(await pdfDownload.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // Clearing asks for engine off / ignition on, then shows what the re-read found.
  await page.getByRole('tab', { name: 'Codes défaut' }).click();
  await page.getByRole('button', { name: 'Effacer les codes…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Effacer les codes défaut ?' });
  await expect(dialog).toContainText('image figée');
  await expect(dialog).toContainText('moniteurs de disponibilité');
  const confirm = dialog.getByRole('button', { name: 'Effacer les codes' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Moteur arrêté, contact mis').check();
  await confirm.click();
  await expect(page.getByText('Après effacement')).toBeVisible();
  await expect(page.locator('tr[data-dtc="P0301"]')).toHaveCount(0);
  // The simulator keeps P0300 as a permanent code (SAE J1979: mode 04 does not erase it).
  await expect(page.locator('tr[data-dtc="P0300"]')).toHaveCount(1);
  await expect(page.locator('tr[data-dtc="P0300"]')).toContainText('Permanent');
  await page.screenshot({ path: test.info().outputPath('atelier-cleared.png'), fullPage: true });

  // A second reading, then the history: compare the two sessions and replay the first one.
  await page.getByRole('button', { name: 'Relire le véhicule' }).click();
  await expect(page.getByText('Après effacement')).toHaveCount(0, { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Historique' }).click();
  const sessionRows = page.locator('tr[data-session]');
  await expect(sessionRows).toHaveCount(2);
  await sessionRows
    .nth(1)
    .getByRole('radio', { name: /^Avant/ })
    .check();
  await sessionRows
    .nth(0)
    .getByRole('radio', { name: /^Après/ })
    .check();
  await page.getByRole('button', { name: 'Comparer les deux séances' }).click();
  await expect(page.locator('.compare-gone')).toContainText('P0301');
  await expect(page.locator('.compare-recurring')).toContainText('P0300');
  await page.screenshot({ path: test.info().outputPath('atelier-history.png'), fullPage: true });
  await page
    .locator(`tr[data-session="${sessionId}"]`)
    .getByRole('button', { name: 'Rejouer les mesures' })
    .click();
  await expect(page.getByRole('heading', { name: /Relecture de la séance/ })).toBeVisible();
  await expect(gauge(page, '0C')).not.toHaveText('—');
  await expect(page.locator('.atelier-chart canvas').first()).toBeVisible();
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The simulator as a Wi-Fi adapter in its own process: killing it is pulling the adapter. */
async function startSimulator(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['bin/novaevo.js', 'sim', '--scenario', 'misfire', '--tcp', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NOVAEVO_LOG: 'warn' } },
  );
  // Listening once a connection is accepted.
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('simulator did not start');
}

test('pulling the adapter mid-recording: banner, reconnection, samples kept', async ({ page }) => {
  test.setTimeout(120_000);
  const port = await freePort();
  simulator = await startSimulator(port);
  host = await startHost(freshDataDir(), ['--adapter', `tcp:127.0.0.1:${port}`]);

  // Every sample the core pushed to the screen, from the WebSocket frames.
  const pushed: Array<{ t: number; pid: string }> = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', (frame) => {
      const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString();
      const message = JSON.parse(text) as {
        event: string;
        payload: { samples?: Array<{ t: number; pid: string }>; recording?: boolean };
      };
      if (message.event === 'obd.samples' && message.payload.recording)
        pushed.push(...(message.payload.samples ?? []));
    }),
  );

  await openAtelier(page);
  await expect(page.getByRole('radio', { name: /Wi-Fi/ })).toBeChecked();
  const sessionId = await connectAndScan(page);
  // Alt+R from the codes screen opens the live panel for the first time and starts recording:
  // the command must wait for the panel to mount rather than be lost.
  await page.keyboard.press('Alt+R');
  await expect(page.getByRole('tab', { name: 'Données en direct' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Enregistrement en cours' }),
  ).toBeVisible();
  await expectGaugeMoving(page, '0C');
  await page.waitForTimeout(3000);

  const cutAt = Date.now();
  simulator.kill('SIGKILL');
  simulator = null;
  const banner = page.locator('[data-link="reconnecting"]');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Les mesures déjà enregistrées sont conservées');
  await page.screenshot({ path: test.info().outputPath('atelier-unplugged.png'), fullPage: true });

  // Everything shown before the cut is stored.
  const beforeCut = pushed.filter((sample) => sample.t < cutAt);
  expect(beforeCut.length).toBeGreaterThan(50);
  await expect
    .poll(async () => {
      const series = await storedSamples(page, sessionId);
      const keys = new Set(series.flatMap((s) => s.t.map((t) => `${t}|${s.pid}`)));
      return beforeCut.filter((sample) => !keys.has(`${sample.t}|${sample.pid}`)).length;
    })
    .toBe(0);
  const storedAtCut = count(await storedSamples(page, sessionId));

  // The adapter comes back: the banner clears itself and recording resumes on its own.
  simulator = await startSimulator(port);
  await expect(page.locator('[data-link="reconnected"]')).toBeVisible({ timeout: 40_000 });
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.status-pill')).toContainText('Connecté');
  await expectGaugeMoving(page, '0C');
  await expect
    .poll(async () => count(await storedSamples(page, sessionId)), { timeout: 15_000 })
    .toBeGreaterThan(storedAtCut);
  await page.screenshot({
    path: test.info().outputPath('atelier-reconnected.png'),
    fullPage: true,
  });
});
