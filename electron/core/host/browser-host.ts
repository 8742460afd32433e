import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { ApiError, ErrorCode, Result } from '@shared/api/errors';
import type { Core } from '../app/core';
import { badRequest } from '../app/dispatch';
import { createLogger } from '../log/logger';
import { StaticFiles } from './static-files';

const log = createLogger('host');
const TOKEN_COOKIE = 'novaevo_token';
const TOKEN_HEADER = 'x-novaevo-token';
// A 50 MB document (the intake limit) grows by a third in base64, plus the JSON around it.
const MAX_BODY_BYTES = 70 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  DUPLICATE_VIN: 409,
  DUPLICATE_SIREN: 409,
  DOCUMENT_REJECTED: 422,
  CANCELLED: 499,
};

export interface BrowserHostOptions {
  core: Core;
  rendererDir: string | null;
  port?: number;
  host?: string;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function unauthorized(res: ServerResponse): void {
  const error: ApiError = {
    code: 'UNAUTHORIZED',
    message: {
      fr: 'Accès refusé : ouvrez l’adresse complète affichée au lancement (elle contient le jeton).',
      en: 'Access denied: open the full address printed at start-up (it carries the token).',
    },
  };
  sendJson(res, 401, { ok: false, error });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves the renderer and the typed API to a browser: HTTP POST per request, a WebSocket
 * for events. Bound to loopback by default and gated by a per-launch token, because any
 * local web page could otherwise call it.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { core } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const statics = options.rendererDir ? new StaticFiles(options.rendererDir) : null;

  // The address-bar token wins over the cookie: after a restart the browser still holds
  // the previous launch's cookie (cookies ignore ports), and the new URL must work.
  const tokenFrom = (req: IncomingMessage, url: URL): string | undefined => {
    const header = req.headers[TOKEN_HEADER];
    if (typeof header === 'string') return header;
    return (
      url.searchParams.get('token') ?? parseCookies(req.headers.cookie)[TOKEN_COOKIE] ?? undefined
    );
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      const reason =
        error instanceof Error && error.message === 'body too large' ? 'body too large' : 'JSON';
      sendJson(res, reason === 'JSON' ? 400 : 413, {
        ok: false,
        error: badRequest(
          [{ path: '', message: reason }],
          reason === 'JSON' ? 'JSON invalide / invalid JSON' : reason,
        ),
      });
      return;
    }
    const result: Result<unknown> = await core.dispatch(name, input);
    const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 500);
    sendJson(res, status, result);
  };

  const handleStatic = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!statics) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Interface non construite (npm run build). / UI not built (npm run build).\n');
      return;
    }
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    // Unknown paths get the app shell: the renderer routes on the hash, but a reload on a
    // deep link must still land in the app.
    const file = statics.get(path) ?? (path.includes('.') ? null : statics.get('/index.html'));
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip && file.gzipped ? file.gzipped : file.body;
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': body.length,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(body === file.gzipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const given = tokenFrom(req, url);
    if (!sameSecret(given, token)) {
      unauthorized(res);
      return;
    }
    if (url.searchParams.has('token')) {
      // Move the token from the address bar into an HttpOnly cookie, so it is not left in
      // history or shown on screen.
      url.searchParams.delete('token');
      res.writeHead(302, {
        location: url.pathname + url.search + url.hash,
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      res.end();
      return;
    }
    const apiMatch = /^\/api\/([A-Za-z0-9_.-]+)$/.exec(url.pathname);
    const work = apiMatch?.[1]
      ? handleApi(req, res, apiMatch[1])
      : Promise.resolve(handleStatic(req, res, url));
    work.catch((error: unknown) => {
      log.error('request failed', { path: url.pathname, error: String(error) });
      if (!res.headersSent)
        sendJson(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: { fr: 'Erreur interne.', en: 'Internal error.' } },
        });
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/ws' || !sameSecret(tokenFrom(req, url), token)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  const unsubscribe = core.events.subscribe((event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const client of wss.clients) {
      if (client.readyState === client.OPEN) client.send(message);
    }
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
