import type { IncomingHttpHeaders } from 'node:http';

/**
 * The checks every request and upgrade passes before it reaches the token, the API or the
 * static files. Pure functions over the request line and headers, so each rule is tested on
 * its own and the host stays a thin wiring of them (docs/security.md explains the why).
 */

/** Longest request target accepted; Node bounds the whole header block at 16 KiB already. */
export const MAX_TARGET_LENGTH = 4096;

export interface RequestTarget {
  /** Decoded path, always starting with a single `/`; never contains NUL or `\`. */
  path: string;
  /** The raw (still percent-encoded) path, for routing the API. */
  rawPath: string;
  query: URLSearchParams;
}

/**
 * Parses an origin-form request target (`/path?query`) without ever throwing: anything else
 * (absolute form, `*`, a malformed percent-escape, a NUL byte, over-long) is `null`, which
 * the host answers with 400.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (raw === undefined || raw.length === 0 || raw.length > MAX_TARGET_LENGTH) return null;
  if (raw[0] !== '/') return null;
  // Only printable ASCII: Node's parser lets some bytes through that URL parsing rewrites.
  if (!/^[\x21-\x7e]+$/.test(raw)) return null;
  const hash = raw.indexOf('#');
  const withoutHash = hash >= 0 ? raw.slice(0, hash) : raw;
  const question = withoutHash.indexOf('?');
  const rawPath = question >= 0 ? withoutHash.slice(0, question) : withoutHash;
  const rawQuery = question >= 0 ? withoutHash.slice(question + 1) : '';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || !path.startsWith('/')) return null;
  let query: URLSearchParams;
  try {
    // URLSearchParams replaces bad escapes instead of throwing; the check above is for paths.
    decodeURIComponent(rawQuery.replace(/\+/g, ' '));
    query = new URLSearchParams(rawQuery);
  } catch {
    return null;
  }
  return { path, rawPath, query };
}

/** Addresses that only this machine can reach. */
export function isLoopbackAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' ||
    bare === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare) ||
    bare === '::ffff:127.0.0.1'
  );
}

export function isWildcardAddress(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

function hostPort(host: string, port: number): string {
  const bare = host.replace(/^\[|\]$/g, '');
  return `${bare.includes(':') ? `[${bare}]` : bare}:${port}`.toLowerCase();
}

/**
 * The `Host` header values the host answers to: the address it listens on, `localhost` for
 * loopback, every interface address when bound to the wildcard. Any other name (a DNS
 * rebinding domain resolving to 127.0.0.1) is refused.
 */
export function allowedHostHeaders(
  listenHost: string,
  port: number,
  interfaceAddresses: readonly string[],
): Set<string> {
  const allowed = new Set<string>();
  const add = (host: string) => allowed.add(hostPort(host, port));
  if (isWildcardAddress(listenHost)) {
    for (const address of ['127.0.0.1', 'localhost', '::1', ...interfaceAddresses]) add(address);
  } else {
    add(listenHost);
    if (isLoopbackAddress(listenHost)) add('localhost');
  }
  return allowed;
}

export type GuardRefusal =
  | { status: 400; reason: 'bad_host_header' }
  | { status: 403; reason: 'host_not_allowed' | 'origin_not_allowed' | 'cross_site' };

function single(headers: IncomingHttpHeaders, name: string): string | undefined | null {
  const value = headers[name];
  if (Array.isArray(value)) return null;
  return value;
}

/**
 * `Host` must name this server; `Origin`, when the browser sends one, must be this server's
 * own origin; `Sec-Fetch-Site`, when sent, must say the request comes from this origin or
 * from the user (address bar). Other ports of 127.0.0.1 are the same *site* for a browser,
 * so `same-site` is refused too.
 */
export function checkRequestOrigin(
  headers: IncomingHttpHeaders,
  allowedHosts: ReadonlySet<string>,
): GuardRefusal | null {
  const host = single(headers, 'host');
  if (host === undefined || host === null || host.length === 0) {
    return { status: 400, reason: 'bad_host_header' };
  }
  if (!allowedHosts.has(host.toLowerCase())) return { status: 403, reason: 'host_not_allowed' };
  const origin = single(headers, 'origin');
  if (origin === null) return { status: 403, reason: 'origin_not_allowed' };
  if (origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) {
    return { status: 403, reason: 'origin_not_allowed' };
  }
  const site = single(headers, 'sec-fetch-site');
  if (site === null || site === 'cross-site' || site === 'same-site') {
    return { status: 403, reason: 'cross_site' };
  }
  return null;
}

/** `application/json`, with an optional charset: a plain HTML form cannot send it. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => parameter === '' || /^charset="?utf-8"?$/.test(parameter));
}

/** The cookie is named after the port: two hosts on one machine never overwrite each other's. */
export function tokenCookieName(port: number): string {
  return `novaevo_token_${port}`;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) {
      const name = part.slice(0, index).trim();
      if (!cookies.has(name)) cookies.set(name, part.slice(index + 1).trim());
    }
  }
  return cookies;
}
