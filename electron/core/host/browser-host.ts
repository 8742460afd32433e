import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { WebSocketServer } from 'ws';
import type { ErrorCode, Result } from '@shared/api/errors';
import type { Core } from '../app/core';
import { badRequest } from '../app/dispatch';
import { createLogger } from '../log/logger';
import { BodyBudget, reserveBody } from './body-budget';
import { randomToken, sameSecret, weakTokenReason } from './host-token';
import {
  BODY_ERRORS,
  UNAUTHORIZED,
  endSocket,
  malformed,
  refusalError,
  sendError,
  sendJson,
} from './http-replies';
import type { RequestTarget } from './request-guard';
import {
  allowedHostHeaders,
  checkRequestOrigin,
  isJsonContentType,
  isLoopbackAddress,
  isWildcardAddress,
  parseCookies,
  parseRequestTarget,
  tokenCookieName,
} from './request-guard';
import type { StaticFile } from './static-files';
import { StaticFiles } from './static-files';

const log = createLogger('host');
export const TOKEN_HEADER = 'x-novaevo-token';
/** The page reads the token from this meta tag and sends it in TOKEN_HEADER. */
export const TOKEN_META = 'novaevo-token';
// A 50 MB document (the intake limit) grows by a third in base64, plus the JSON around it.
export const DEFAULT_MAX_BODY_BYTES = 70 * 1024 * 1024;
const MAX_SOCKETS = 32;

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
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  DUPLICATE_VIN: 409,
  DUPLICATE_SIREN: 409,
  PAYLOAD_TOO_LARGE: 413,
  DOCUMENT_REJECTED: 422,
  CANCELLED: 499,
  BUSY: 503,
};

export interface BrowserHostOptions {
  core: Core;
  rendererDir: string | null;
  port?: number;
  /** Address to bind; loopback by default. Anything else needs `allowRemote`. */
  host?: string;
  /** Listening beyond loopback is an explicit choice (`novaevo serve --allow-lan`). */
  allowRemote?: boolean;
  /** A fixed token (NOVAEVO_HOST_TOKEN, tests); must be strong. A random one otherwise. */
  token?: string;
  /** Largest request body (default 70 MB). */
  maxBodyBytes?: number;
  /** Bytes of request bodies held at once across requests (default twice the largest body). */
  maxInFlightBodyBytes?: number;
}

export interface BrowserHost {
  /** Loopback address with the token (or the bound address when it is a specific LAN one). */
  url: string;
  /** Addresses other machines use, with the token; empty on loopback. */
  lanUrls: string[];
  port: number;
  token: string;
  /** Request-body bytes currently reserved (diagnostics, tests). */
  inFlightBodyBytes(): number;
  close(): Promise<void>;
}

/** Non-loopback addresses of this machine's interfaces (IPv6 link-local left out). */
function interfaceAddresses(): string[] {
  const addresses: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.internal || entry.address.toLowerCase().startsWith('fe80')) continue;
      addresses.push(entry.address);
    }
  }
  return addresses;
}

function urlFor(host: string, port: number, token: string): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/?token=${token}`;
}

function shellWithToken(file: StaticFile, token: string): StaticFile {
  const html = file.body.toString('utf8');
  const meta = `<meta name="${TOKEN_META}" content="${token}" />`;
  const at = html.indexOf('<head>');
  const body = Buffer.from(
    at >= 0 ? `${html.slice(0, at + 6)}\n    ${meta}${html.slice(at + 6)}` : meta + html,
  );
  return { ...file, body, gzipped: gzipSync(body, { level: 6 }), immutable: false };
}

/**
 * Serves the renderer and the typed API to a browser: HTTP POST per request, a WebSocket
 * for events. Bound to loopback by default and gated by a per-launch token; every request
 * is parsed defensively and checked for Host, Origin and site before anything else, because
 * any web page the user visits can send requests to it (docs/security.md).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { core } = options;
  const listenHost = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(listenHost) && !options.allowRemote) {
    throw new Error(`refusing to listen on ${listenHost} without allowRemote`);
  }
  if (options.token !== undefined) {
    const weakness = weakTokenReason(options.token);
    if (weakness) throw new Error(`host token refused: ${weakness}`);
  }
  const token = options.token ?? randomToken();
  const statics = options.rendererDir ? new StaticFiles(options.rendererDir) : null;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const budget = new BodyBudget(options.maxInFlightBodyBytes ?? 2 * maxBodyBytes);
  let shell: StaticFile | null = null;
  // Filled once listening: the port is part of every allowed Host and of the cookie name.
  let allowedHosts: ReadonlySet<string> = new Set();
  let cookieName = '';

  const cookieToken = (req: IncomingMessage) => parseCookies(req.headers.cookie).get(cookieName);
  const headerToken = (req: IncomingMessage) => {
    const value = req.headers[TOKEN_HEADER];
    return typeof value === 'string' ? value : undefined;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-length': 0 }).end();
      return;
    }
    // The cookie alone never reaches the API: the page sends the token in a header, which
    // another origin can neither read nor set without a CORS preflight (refused).
    if (!sameSecret(headerToken(req), token)) {
      sendError(res, 401, UNAUTHORIZED);
      return;
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      sendError(res, 415, malformed('Content-Type: application/json'));
      return;
    }
    const reader = reserveBody(req, budget, maxBodyBytes);
    if ('ok' in reader) {
      sendError(res, reader.status, BODY_ERRORS[reader.status], {
        connection: 'close',
        ...(reader.status === 503 ? { 'retry-after': '2' } : {}),
      });
      return;
    }
    res.once('close', reader.release);
    const outcome = await reader.read();
    if (!outcome.ok) {
      sendError(res, outcome.status, BODY_ERRORS[outcome.status], { connection: 'close' });
      return;
    }
    let input: unknown;
    try {
      input = outcome.body.length === 0 ? {} : JSON.parse(outcome.body.toString('utf8'));
    } catch {
      sendError(
        res,
        400,
        badRequest([{ path: '', message: 'JSON' }], 'JSON invalide / invalid JSON'),
      );
      return;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      sendError(
        res,
        400,
        badRequest(
          [{ path: '', message: 'object expected' }],
          'objet JSON attendu / JSON object expected',
        ),
      );
      return;
    }
    const result: Result<unknown> = await core.dispatch(name, input);
    const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 500);
    sendJson(res, status, result);
  };

  const handleStatic = (req: IncomingMessage, res: ServerResponse, target: RequestTarget) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 }).end();
      return;
    }
    if (!sameSecret(cookieToken(req) ?? headerToken(req), token)) {
      sendError(res, 401, UNAUTHORIZED);
      return;
    }
    if (!statics) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Interface non construite (npm run build). / UI not built (npm run build).\n');
      return;
    }
    const path = target.path === '/' ? '/index.html' : target.path;
    // Unknown paths get the app shell: the renderer routes on the hash, but a reload on a
    // deep link must still land in the app.
    const found = statics.get(path);
    const isShell = path === '/index.html' || (!found && !path.includes('.'));
    let file = isShell ? null : found;
    if (isShell) {
      const index = statics.get('/index.html');
      if (index) file = shell ??= shellWithToken(index, token);
    }
    if (!file) {
      res.writeHead(404, { 'content-length': 0 }).end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip && file.gzipped ? file.gzipped : file.body;
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': body.length,
      // The shell carries the token: never stored by the browser or a proxy.
      'cache-control': isShell
        ? 'no-store'
        : file.immutable
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(body === file.gzipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handleRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = parseRequestTarget(req.url);
    if (!target) {
      sendError(res, 400, malformed('URL'), { connection: 'close' });
      return;
    }
    const refusal = checkRequestOrigin(req.headers, allowedHosts);
    if (refusal) {
      sendError(res, refusal.status, refusalError(refusal), { connection: 'close' });
      return;
    }
    const apiMatch = /^\/api\/([A-Za-z0-9_.-]{1,100})$/.exec(target.rawPath);
    if (apiMatch?.[1]) {
      await handleApi(req, res, apiMatch[1]);
      return;
    }
    const given = target.query.get('token');
    if (given !== null) {
      if (req.method !== 'GET' || !sameSecret(given, token)) {
        sendError(res, 401, UNAUTHORIZED);
        return;
      }
      // Move the token from the address bar into an HttpOnly cookie, so it is not left in
      // history or shown on screen. The cookie is named after the port: other local servers
      // get it too (cookies ignore ports), which is why it never opens the API alone.
      target.query.delete('token');
      const search = target.query.toString();
      res.writeHead(302, {
        // One leading slash: `//evil.example/?token=…` must not redirect off the host.
        location: `/${target.rawPath.replace(/^\/+/, '')}${search ? `?${search}` : ''}`,
        'set-cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
        'content-length': 0,
      });
      res.end();
      return;
    }
    handleStatic(req, res, target);
  };

  const server = createServer((req, res) => {
    const failed = (error: unknown) => {
      log.error('request failed', { error: String(error), stack: (error as Error)?.stack });
      sendError(res, 500, {
        code: 'INTERNAL',
        message: { fr: 'Erreur interne.', en: 'Internal error.' },
      });
    };
    try {
      handleRequest(req, res).catch(failed);
    } catch (error) {
      failed(error);
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const code = error.code ?? '';
    if (code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    endSocket(
      socket,
      code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400,
    );
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  wss.on('connection', (ws) => {
    // A socket error without a listener would be thrown: a bad frame must only close it.
    ws.on('error', (error) => {
      log.debug('websocket error', { error: String(error) });
      ws.terminate();
    });
    // The page never sends anything: incoming messages are ignored.
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      const target = parseRequestTarget(req.url);
      if (!target) return endSocket(socket, 400);
      const refusal = checkRequestOrigin(req.headers, allowedHosts);
      if (refusal) return endSocket(socket, refusal.status);
      if (target.path !== '/ws') return endSocket(socket, 404);
      if (!sameSecret(headerToken(req) ?? cookieToken(req), token)) return endSocket(socket, 401);
      if (wss.clients.size >= MAX_SOCKETS) return endSocket(socket, 503);
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    } catch (error) {
      log.error('upgrade failed', { error: String(error) });
      socket.destroy();
    }
  });
  const unsubscribe = core.events.subscribe((event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const client of wss.clients) {
      if (client.readyState === client.OPEN) client.send(message);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log.error('server error', { error: String(error) }));
  const port = (server.address() as AddressInfo).port;
  const lanAddresses = isLoopbackAddress(listenHost)
    ? []
    : isWildcardAddress(listenHost)
      ? interfaceAddresses()
      : [listenHost];
  allowedHosts = allowedHostHeaders(listenHost, port, lanAddresses);
  cookieName = tokenCookieName(port);
  const localHost = isWildcardAddress(listenHost) ? '127.0.0.1' : listenHost;
  return {
    url: urlFor(localHost.replace(/^\[|\]$/g, ''), port, token),
    lanUrls: lanAddresses.map((address) => urlFor(address, port, token)),
    port,
    token,
    inFlightBodyBytes: () => budget.inFlight,
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
