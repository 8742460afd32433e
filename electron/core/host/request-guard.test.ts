import { describe, expect, it } from 'vitest';
import {
  allowedHostHeaders,
  checkRequestOrigin,
  isJsonContentType,
  isLoopbackAddress,
  parseRequestTarget,
} from './request-guard';

describe('parseRequestTarget', () => {
  it('decodes origin-form paths and keeps the query', () => {
    expect(parseRequestTarget('/assets/a%20b.js?x=1&token=abc')).toMatchObject({
      path: '/assets/a b.js',
      rawPath: '/assets/a%20b.js',
    });
    expect(parseRequestTarget('/?token=abc')?.query.get('token')).toBe('abc');
  });

  it('returns null, never throws, on what the old host choked on', () => {
    // Parsed as a plain path (served as the app shell or 404), no longer thrown on.
    expect(parseRequestTarget('//[')?.path).toBe('//[');
    for (const raw of [
      'http://[',
      'http://127.0.0.1/',
      '*',
      '',
      undefined,
      '/%',
      '/%zz',
      '/%c0%ae%c0%ae/etc/passwd',
      '/%E0%A4%A',
      '/%00',
      '/a\\b',
      '/%5c..%5c',
      '/?token=%zz',
      '/é',
      '/' + 'a'.repeat(5000),
    ]) {
      expect(parseRequestTarget(raw), String(raw)).toBeNull();
    }
  });
});

describe('Host and Origin', () => {
  const allowed = allowedHostHeaders('127.0.0.1', 4321, []);

  it('allows the listening address and localhost on loopback, nothing else', () => {
    expect([...allowed].sort()).toEqual(['127.0.0.1:4321', 'localhost:4321']);
    expect([...allowedHostHeaders('0.0.0.0', 80, ['192.168.1.20'])].sort()).toEqual([
      '127.0.0.1:80',
      '192.168.1.20:80',
      '[::1]:80',
      'localhost:80',
    ]);
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('[::1]')).toBe(true);
    expect(isLoopbackAddress('0.0.0.0')).toBe(false);
    expect(isLoopbackAddress('192.168.1.20')).toBe(false);
  });

  it('refuses foreign hosts, origins and sites', () => {
    const ok = { host: '127.0.0.1:4321' };
    expect(checkRequestOrigin(ok, allowed)).toBeNull();
    expect(checkRequestOrigin({ ...ok, origin: 'http://127.0.0.1:4321' }, allowed)).toBeNull();
    expect(checkRequestOrigin({ ...ok, 'sec-fetch-site': 'none' }, allowed)).toBeNull();
    expect(checkRequestOrigin({}, allowed)?.status).toBe(400);
    expect(checkRequestOrigin({ host: 'rebind.example:4321' }, allowed)?.reason).toBe(
      'host_not_allowed',
    );
    expect(checkRequestOrigin({ ...ok, origin: 'http://localhost:4321' }, allowed)?.reason).toBe(
      'origin_not_allowed',
    );
    expect(checkRequestOrigin({ ...ok, origin: 'null' }, allowed)?.reason).toBe(
      'origin_not_allowed',
    );
    expect(checkRequestOrigin({ ...ok, 'sec-fetch-site': 'same-site' }, allowed)?.reason).toBe(
      'cross_site',
    );
  });

  it('takes application/json only', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=UTF-8')).toBe(true);
    expect(isJsonContentType('application/json; charset=latin1')).toBe(false);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/jsonp')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});
