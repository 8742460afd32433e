// Recalls end to end: the shipped sample in both export formats, a local HTTP server speaking the
// Explore API v2.1 (paginated) and the exports, bounded input, failed refreshes that change
// nothing, matching a garage's vehicles, and the CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecallImportRun, VehicleRecall } from '@shared/api/recalls';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { findResourceDir } from '../app/resource-paths';
import { runCliInProcess } from '../test-support/run-cli';
import { useTempDirs } from '../test-support/temp-dir';
import { RecallService } from './recall-service';

const tempDir = useTempDirs();
const recallsDir = findResourceDir('recalls') ?? '';
const SAMPLE_JSON = join(recallsDir, 'rappelconso-vehicules-exemple.json');
const SAMPLE_CSV = join(recallsDir, 'rappelconso-vehicules-exemple.csv');
const sample = JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')) as Record<string, unknown>[];

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

interface Served {
  url: string;
  requests: string[];
}

/** A local Opendatasoft-like portal: API pages of `pageSize`, JSON and CSV exports. */
async function portal(records: unknown[], options: { failAt?: number } = {}): Promise<Served> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    if (url.pathname.endsWith('/records')) {
      const limit = Number(url.searchParams.get('limit') ?? '10');
      const offset = Number(url.searchParams.get('offset') ?? '0');
      if (limit > 100 || offset + limit > 10_000) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"error_code":"InvalidRESTParameterError"}');
        return;
      }
      if (options.failAt !== undefined && offset >= options.failAt) {
        res.writeHead(503).end('Service Unavailable');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          total_count: records.length,
          results: records.slice(offset, offset + limit),
        }),
      );
      return;
    }
    if (url.pathname.endsWith('/exports/csv')) {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(readFileSync(SAMPLE_CSV));
      return;
    }
    if (url.pathname.endsWith('/exports/huge')) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '999999999' });
      res.end('[]');
      return;
    }
    res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/explore/v2.1/catalog/datasets/rappelconso0`,
    requests,
  };
}

/** 250 generated vehicle recalls (three API pages) plus the sample. */
function manyRecords(): Record<string, unknown>[] {
  const generated = Array.from({ length: 250 }, (_, i) => ({
    ...sample[0],
    reference_fiche: `EXEMPLE-GEN-${String(i).padStart(4, '0')}`,
    nom_de_la_marque_du_produit: 'Dacia',
    noms_des_modeles_ou_references: `Sandero ${i}`,
  }));
  return [...generated, ...sample];
}

describe('recall import', () => {
  it('imports the shipped sample from its JSON and CSV exports alike', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const service = new RecallService(core.context);
    const json = await service.importFile(SAMPLE_JSON);
    expect(json).toMatchObject({ kind: 'import', status: 'ok', fetched: 8, stored: 7, skipped: 1 });
    const fromJson = core.database.raw
      .prepare('SELECT * FROM recall ORDER BY reference')
      .all() as Record<string, unknown>[];
    const csvCore = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const csv = await new RecallService(csvCore.context).importFile(SAMPLE_CSV);
    expect(csv).toMatchObject({ status: 'ok', fetched: 8, stored: 7, skipped: 1 });
    const fromCsv = csvCore.database.raw
      .prepare('SELECT * FROM recall ORDER BY reference')
      .all() as Record<string, unknown>[];
    const comparable = (rows: Record<string, unknown>[]) =>
      rows.map(({ source: _s, imported_at: _i, actions: _a, ...rest }) => rest);
    expect(comparable(fromCsv)).toEqual(comparable(fromJson));
    // The CSV's multi-line quoted field is read whole.
    expect(fromCsv.find((r) => r['reference'] === 'EXEMPLE-2024-09-0404')?.['actions']).toMatch(
      /Renault ;\nun resserrage/,
    );
    await core.close();
    await csvCore.close();
  });

  it('refuses a file that is not a recall export, and keeps what was stored', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const service = new RecallService(core.context);
    await service.importFile(SAMPLE_JSON);
    const bad = join(tempDir(), 'bad.csv');
    writeFileSync(bad, 'nom;prix\npomme;2\n');
    await expect(service.importFile(bad)).rejects.toMatchObject({ code: 'RECALLS_SOURCE_INVALID' });
    const broken = join(tempDir(), 'broken.json');
    writeFileSync(broken, '[{"reference_fiche": ');
    await expect(service.importFile(broken)).rejects.toMatchObject({
      code: 'RECALLS_SOURCE_INVALID',
    });
    await expect(service.importFile(join(tempDir(), 'missing.json'))).rejects.toMatchObject({
      code: 'RECALLS_SOURCE_INVALID',
    });
    expect(await service.repository.count()).toBe(7);
    const status = await service.status();
    expect(status.lastRun?.status).toBe('failed');
    expect(status.lastRun?.error).toMatch(/RECALLS_SOURCE_INVALID/);
    expect(status.lastSuccessAt).not.toBeNull();
    await core.close();
  });

  it('keeps a newer published version over an older one', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const service = new RecallService(core.context);
    await service.importFile(SAMPLE_JSON);
    const older = join(tempDir(), 'older.json');
    writeFileSync(
      older,
      JSON.stringify([{ ...sample[1], ndeg_de_version: 1, motif_du_rappel: 'Ancien texte' }]),
    );
    await service.importFile(older);
    const row = core.database.raw
      .prepare("SELECT version, reason FROM recall WHERE reference = 'EXEMPLE-2023-11-0202'")
      .get();
    expect(row).toMatchObject({ version: 2 });
    await core.close();
  });
});

describe('recall refresh over HTTP', () => {
  it('walks the Explore API pages (limit 100, offset) and stores every vehicle recall', async () => {
    const server = await portal(manyRecords());
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const service = new RecallService(core.context);
    // The API refreshes from the configured source (NOVAEVO_RECALLS_URL, read at each refresh).
    process.env['NOVAEVO_RECALLS_URL'] = `${server.url}/records`;
    const run = await call<RecallImportRun>(core, 'recalls.refresh', {}).finally(() => {
      delete process.env['NOVAEVO_RECALLS_URL'];
    });
    expect(run).toMatchObject({ kind: 'refresh', status: 'ok', fetched: 258 });
    expect(server.requests.filter((r) => r.includes('/records'))).toEqual([
      expect.stringContaining('limit=100&offset=0'),
      expect.stringContaining('limit=100&offset=100'),
      expect.stringContaining('limit=100&offset=200'),
    ]);
    expect(await service.repository.count()).toBe(257);
    await core.close();
  });

  it('reads a CSV export URL, and refuses an oversized or failing answer without losing data', async () => {
    const server = await portal(manyRecords(), { failAt: 100 });
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const service = new RecallService(core.context);
    expect(await service.refresh(`${server.url}/exports/csv`)).toMatchObject({ stored: 7 });
    await expect(service.refresh(`${server.url}/exports/huge`)).rejects.toMatchObject({
      code: 'RECALLS_SOURCE_INVALID',
    });
    // Page 2 fails: nothing from page 1 is stored either.
    await expect(service.refresh(`${server.url}/records`)).rejects.toMatchObject({
      code: 'RECALLS_UNREACHABLE',
    });
    await expect(service.refresh('http://127.0.0.1:1/records')).rejects.toMatchObject({
      code: 'RECALLS_UNREACHABLE',
    });
    await expect(service.refresh('file:///etc/passwd')).rejects.toMatchObject({
      code: 'RECALLS_SOURCE_INVALID',
    });
    expect(await service.repository.count()).toBe(7);
    expect((await service.status()).lastSuccessAt).not.toBeNull();
    await core.close();
  });
});

describe('recalls for a vehicle', () => {
  it('lists the recalls that may concern each vehicle of the garage, strongest first', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    await new RecallService(core.context).importFile(SAMPLE_JSON);
    const customer = await call<{ id: string }>(core, 'customers.create', {
      kind: 'person',
      lastName: 'Martin',
    });
    const add = (values: Record<string, unknown>) =>
      call<{ id: string }>(core, 'vehicles.create', { customerId: customer.id, ...values });
    const peugeot = await add({
      make: 'Peugeot',
      model: '308 II 1.6 BlueHDi',
      year: 2015,
      vin: 'VF3LCBHZ1FS123456',
    });
    const clio = await add({ make: 'RENAULT', model: 'Clio IV 0.9 TCe', year: 2016 });
    const oldClio = await add({ make: 'Renault', model: 'Clio II', year: 2004 });
    const forVehicle = (id: string) =>
      call<{ recalls: VehicleRecall[]; total: number; lastSuccessAt: string | null }>(
        core,
        'recalls.forVehicle',
        { vehicleId: id },
      );
    const p = await forVehicle(peugeot.id);
    expect(p.total).toBe(7);
    expect(p.lastSuccessAt).not.toBeNull();
    expect(p.recalls.map((r) => [r.reference, r.match.level])).toEqual([
      ['EXEMPLE-2023-11-0202', 'vin'],
      ['EXEMPLE-2024-03-0101', 'model'],
    ]);
    expect(p.recalls[1]).toMatchObject({
      periodStart: '2014-03-02',
      periodEnd: '2015-11-27',
      url: 'https://exemple.invalid/fiche-rappel/EXEMPLE-2024-03-0101',
    });
    expect((await forVehicle(clio.id)).recalls.map((r) => r.reference)).toEqual([
      'EXEMPLE-2024-09-0404',
    ]);
    expect((await forVehicle(oldClio.id)).recalls).toEqual([]);
    await core.close();
  });
});

describe('novaevo recalls', () => {
  it('imports a file and refreshes from a URL, with JSON output and clear failures', async () => {
    const dataDir = tempDir();
    const imported = await runCliInProcess([
      'recalls',
      'import',
      SAMPLE_CSV,
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ status: 'ok', stored: 7, total: 7 });
    const server = await portal(manyRecords());
    const refreshed = await runCliInProcess([
      'recalls',
      'refresh',
      '--url',
      `${server.url}/records`,
      '--data-dir',
      dataDir,
    ]);
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toMatch(/Refresh ok: 257 recall\(s\) stored.*257 vehicle recall/);
    const failed = await runCliInProcess([
      'recalls',
      'refresh',
      '--url',
      'http://127.0.0.1:1/records',
      '--data-dir',
      dataDir,
    ]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/injoignable/);
    expect((await runCliInProcess(['recalls', 'import'])).code).toBe(2);
  });
});
