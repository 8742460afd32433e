import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RechercheEntreprisesResponse, RechercheEntreprisesResult } from './registry-client';

/** What the fake registry does for one request: answer, fail, or never answer. */
export type ScriptedBehaviour = 'ok' | 429 | 500 | 502 | 503 | 'hang';

export interface RegistryTestServer {
  url: string;
  /** Requests received, by SIREN asked. */
  requestCounts: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A local stand-in for recherche-entreprises.api.gouv.fr on 127.0.0.1 (random port) answering
 * `GET /search?q=` with the real JSON shape. `script` lists, per SIREN, the behaviour of
 * successive requests (the last one repeats).
 */
export async function startRegistryTestServer(
  companies: RechercheEntreprisesResult[],
  script: Record<string, ScriptedBehaviour[]> = {},
): Promise<RegistryTestServer> {
  const requestCounts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/search') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ erreur: 'Not found' }));
      return;
    }
    const query = (url.searchParams.get('q') ?? '').replace(/\s/g, '');
    if (query.length < 3) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ erreur: 'Veuillez indiquer au moins 3 caractères.' }));
      return;
    }
    const count = (requestCounts.get(query) ?? 0) + 1;
    requestCounts.set(query, count);
    const steps = script[query] ?? ['ok'];
    const behaviour = steps[Math.min(count, steps.length) - 1] ?? 'ok';
    if (behaviour === 'hang') {
      hanging.add(response);
      return;
    }
    if (behaviour === 429) {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
      response.end(JSON.stringify({ erreur: 'Trop de requêtes' }));
      return;
    }
    if (typeof behaviour === 'number') {
      response.writeHead(behaviour, { 'content-type': 'text/html' });
      response.end('<html><body>Bad Gateway</body></html>');
      return;
    }
    const results = companies.filter(
      (c) => c.siren === query || c.nom_complet.toLowerCase().includes(query.toLowerCase()),
    );
    const body: RechercheEntreprisesResponse = {
      results,
      total_results: results.length,
      page: 1,
      per_page: 10,
      total_pages: results.length > 0 ? 1 : 0,
    };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requestCounts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
