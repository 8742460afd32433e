import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient, RegistryError } from './registry-client';
import type { RechercheEntreprisesResult } from './registry-client';
import {
  enqueueRegistryCheck,
  InMemoryRegistryCheckStore,
  processPendingRegistryChecks,
  retryDelayMs,
} from './registry-queue';
import { startRegistryTestServer } from './registry-test-server';
import type { RegistryTestServer } from './registry-test-server';

const garage: RechercheEntreprisesResult = {
  siren: '732829320',
  nom_complet: 'GARAGE DU RHONE (GDR)',
  nom_raison_sociale: 'GARAGE DU RHONE',
  etat_administratif: 'A',
  activite_principale: '45.20A',
  siege: {
    siret: '73282932000074',
    adresse: '8 QUAI PERRACHE 69002 LYON',
    activite_principale: '45.20A',
  },
};
const closed: RechercheEntreprisesResult = {
  ...garage,
  siren: '855763256',
  nom_complet: 'ANCIEN GARAGE',
  etat_administratif: 'C',
};

let server: RegistryTestServer;
beforeAll(async () => {
  server = await startRegistryTestServer([garage, closed], {
    '535105670': [429, 'ok'],
    '904464757': [503],
    '836295782': ['hang'],
    '394069892': [500, 'ok'],
  });
});
afterAll(() => server.close());

const client = (): RegistryClient =>
  new RegistryClient({ baseUrl: server.url, timeoutMs: 300, maxRetries: 2, baseDelayMs: 10 });

describe('RegistryClient against the local registry', () => {
  it('maps a found company (200)', async () => {
    const outcome = await client().lookup('732829320');
    expect(outcome).toEqual({
      kind: 'found',
      company: {
        siren: '732829320',
        name: 'GARAGE DU RHONE (GDR)',
        active: true,
        headOfficeAddress: '8 QUAI PERRACHE 69002 LYON',
        nafCode: '4520A',
      },
    });
  });

  it('reports not found and closed companies', async () => {
    expect(await client().lookup('808590178')).toEqual({ kind: 'not_found' });
    const outcome = await client().lookup('855763256');
    expect(outcome.kind === 'found' && outcome.company.active).toBe(false);
  });

  it('retries after 429 and 500, then succeeds', async () => {
    const server429 = await startRegistryTestServer([{ ...garage, siren: '535105670' }], {
      '535105670': [429, 'ok'],
    });
    try {
      const outcome = await new RegistryClient({ baseUrl: server429.url, baseDelayMs: 10 }).lookup(
        '535105670',
      );
      expect(outcome.kind).toBe('found');
      expect(server429.requestCounts.get('535105670')).toBe(2);
    } finally {
      await server429.close();
    }
    expect((await client().lookup('394069892')).kind).toBe('not_found');
    expect(server.requestCounts.get('394069892')).toBe(2);
  });

  it('gives up on persistent 5xx with a typed error, and lookup turns it into unreachable', async () => {
    await expect(client().findBySiren('904464757')).rejects.toMatchObject({
      name: 'RegistryError',
      kind: 'server',
      status: 503,
    });
    expect(server.requestCounts.get('904464757')).toBe(3);
    expect(await client().lookup('904464757')).toMatchObject({ kind: 'unreachable' });
  });

  it('times out on a hanging server', async () => {
    const started = performance.now();
    const error = await client()
      .findBySiren('836295782')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('treats a refused connection as a network error', async () => {
    const outcome = await new RegistryClient({
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
    }).lookup('732829320');
    expect(outcome.kind).toBe('unreachable');
  });
});

describe('offline registry queue', () => {
  it('keeps a check pending while the registry is unreachable, then resolves it', async () => {
    const store = new InMemoryRegistryCheckStore();
    const t0 = new Date('2026-11-27T10:00:00Z');
    await enqueueRegistryCheck(store, '732829320', t0, 'offline');
    expect(await store.listDue(t0.toISOString())).toEqual([]);
    const later = new Date(t0.getTime() + retryDelayMs(1));
    const down = await processPendingRegistryChecks(
      store,
      async () => ({ kind: 'unreachable', reason: 'down' }),
      later,
      async () => undefined,
    );
    expect(down.stillPending[0]?.attempts).toBe(2);
    const resolved: string[] = [];
    const up = await processPendingRegistryChecks(
      store,
      (siren) => client().lookup(siren),
      new Date(later.getTime() + retryDelayMs(2)),
      async (siren) => void resolved.push(siren),
    );
    expect(up.resolved[0]?.outcome.kind).toBe('found');
    expect(resolved).toEqual(['732829320']);
    expect(await store.get('732829320')).toBeNull();
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
  });
});
