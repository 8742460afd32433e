import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawExchange, statusOf, useTestHosts } from './host-test-kit';

const start = useTestHosts();

/** Answers the host may give to hostile input; a 500 would mean an exception escaped a handler. */
const EXPECTED_STATUSES = new Set([
  101, 200, 302, 400, 401, 403, 404, 405, 408, 409, 411, 413, 415, 422, 431, 503,
]);

const NASTY_TARGETS = [
  '//[',
  '/[',
  '//[::1',
  'http://[',
  'http://127.0.0.1/',
  '*',
  '',
  '/%',
  '/%zz',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/%E0%A4%A',
  '/%00',
  '/a%00.js',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/..\\..\\secret',
  '/?token=%zz',
  '/?token=%',
  '/api/%ff',
  '/api/customers.create?x=%',
  '/api/' + 'a'.repeat(300),
  '/' + 'a'.repeat(5000),
  '/ws?%',
  '/\u00e9',
  '/\u2028',
  '/#frag%',
];

function arbitraries(port: number, token: string) {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  const target = fc.oneof(
    fc.constantFrom(...NASTY_TARGETS),
    fc
      .array(
        fc.oneof(
          fc.constantFrom('/', '%', '%2', '%zz', '%c0', '[', ']', '..', '?', '#', '\\', '@', ':'),
          fc.string({ unit: 'grapheme', maxLength: 6 }),
          text,
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join('')),
  );
  const method = fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'DELETE', 'G\u00c9T', '');
  const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 x', '', 'HTTP/9');
  const header = fc.oneof(
    fc.constantFrom(
      `Host: 127.0.0.1:${port}`,
      `Host: 127.0.0.1:${port}`,
      `Host: localhost:${port}`,
      'Host: evil.example',
      'Host: [',
      'Host:',
      `x-novaevo-token: ${token}`,
      `x-novaevo-token: ${token}`,
      'x-novaevo-token: nope',
      `Cookie: novaevo_token_${port}=${token}`,
      'Cookie: =;;=; a',
      'Origin: null',
      `Origin: http://127.0.0.1:${port}`,
      'Origin: http://[',
      'Sec-Fetch-Site: cross-site',
      'content-type: application/json',
      'content-type: application/json; charset=latin1',
      'content-type: text/plain',
      'content-length: 5',
      'content-length: -1',
      'content-length: 99999999999999999999',
      'content-length: 1, 2',
      'transfer-encoding: chunked',
      'transfer-encoding: gzip, chunked',
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Key: %%%',
      'Accept-Encoding: gzip',
      'Bad Header: x',
      ': empty name',
      'x-\u0000: nul',
      'X'.repeat(20_000) + ': big',
    ),
    text.map((t) => `x-fuzz: ${t}`),
  );
  const body = fc.oneof(
    fc.constantFrom('', '{}', 'null', '[]', '{"kind":', '{"kind":"person","lastName":"Fuzz"}'),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.json(),
  );
  const broken = fc.record({
    method,
    target,
    version,
    headers: fc.array(header, { maxLength: 8 }),
    body,
    lineEnd: fc.constantFrom('\r\n', '\n', '\r'),
  });
  // Well-formed HTTP carrying hostile paths, headers and bodies: these pass Node's parser
  // and reach the guard, the token check, the static files and the API.
  const parseableHeader = fc.oneof(
    fc.constantFrom(
      `Cookie: novaevo_token_${port}=${token}`,
      'Cookie: =;;=; a',
      'Origin: null',
      `Origin: http://127.0.0.1:${port}`,
      'Origin: http://127.0.0.1:1',
      'Sec-Fetch-Site: same-site',
      'Sec-Fetch-Site: same-origin',
      'content-type: text/plain',
      'Accept-Encoding: gzip',
      'Upgrade: websocket',
    ),
    fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((t) => `x-fuzz: ${t.trim()}`),
  );
  const parseable = fc
    .record({
      method: fc.constantFrom('GET', 'GET', 'POST', 'HEAD', 'OPTIONS'),
      // Printable ASCII only, so Node's parser lets the request through to the host.
      target: target.map((t) => `/${t.replace(/[^\x21-\x7e]/g, '')}`),
      withToken: fc.boolean(),
      headers: fc.array(parseableHeader, { maxLength: 4 }),
      body,
    })
    .map(({ method, target, withToken, headers, body }) => {
      const bytes = Buffer.byteLength(body);
      return {
        method,
        target,
        version: 'HTTP/1.1',
        headers: [
          `Host: 127.0.0.1:${port}`,
          ...(withToken ? [`x-novaevo-token: ${token}`, 'content-type: application/json'] : []),
          ...headers,
          ...(method === 'POST' ? [`content-length: ${bytes}`] : []),
        ],
        body: method === 'POST' ? body : '',
        lineEnd: '\r\n',
      };
    });
  return fc.oneof(broken, parseable);
}

describe('browser host fuzz', () => {
  it('survives thousands of malformed requests and still serves', async () => {
    const { host, base, headers } = await start();
    const cases = fc.sample(arbitraries(host.port, host.token), {
      numRuns: 3000,
      seed: 20_260_115,
    });
    const statuses = new Map<number | null, number>();
    for (let i = 0; i < cases.length; i += 50) {
      const batch = cases.slice(i, i + 50).map((c) => {
        const head = `${c.method} ${c.target} ${c.version}`.trimEnd();
        const request = [head, ...c.headers].join(c.lineEnd) + c.lineEnd + c.lineEnd + c.body;
        return rawExchange(host.port, Buffer.from(request, 'utf8'));
      });
      for (const response of await Promise.all(batch)) {
        const status = statusOf(response);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== null) expect(EXPECTED_STATUSES, response.slice(0, 300)).toContain(status);
      }
    }
    // Enough of the cases went past the parser to reach the guard and the handlers.
    for (const status of [200, 400, 401, 403, 405]) {
      expect(statuses.get(status) ?? 0, `answers ${status}`).toBeGreaterThan(20);
    }

    const after = await fetch(`${base}/api/customers.search`, {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(after.status).toBe(200);
    const page = await fetch(`${base}/`, { headers });
    expect(page.status).toBe(200);
  });

  it('closes an event socket that sends garbage frames, and keeps serving', async () => {
    const { host, base, headers } = await start();
    const frames = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 300 }), {
      numRuns: 200,
      seed: 7,
    });
    // An oversized frame (over maxPayload) and a bad opcode, always in the lot.
    frames.push(
      Uint8Array.from([0x82, 0x7f, 0, 0, 0, 0, 0x10, 0, 0, 0]),
      Uint8Array.from([0x8b, 0x80, 1, 2, 3, 4]),
    );
    const upgrade =
      `GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: Upgrade\r\n` +
      `Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n` +
      `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nx-novaevo-token: ${host.token}\r\n\r\n`;
    let upgraded = 0;
    for (let i = 0; i < frames.length; i += 20) {
      const answers = await Promise.all(
        frames
          .slice(i, i + 20)
          .map((frame) => rawExchange(host.port, Buffer.concat([Buffer.from(upgrade), frame]))),
      );
      upgraded += answers.filter((answer) => statusOf(answer) === 101).length;
    }
    expect(upgraded).toBe(frames.length);
    const after = await fetch(`${base}/api/system.info`, { method: 'POST', headers, body: '{}' });
    expect(after.status).toBe(200);
  });
});
