import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAdapterString, parseAdapterString } from './adapter-string';
import { ObdError } from './obd-error';
import { parseObdRequest, formatObdRequest } from './request';
import { parseProtocolNumber } from './protocols';

describe('parseAdapterString', () => {
  it('parses serial with and without baud rate', () => {
    expect(parseAdapterString('serial:/dev/ttyUSB0')).toEqual({
      kind: 'serial',
      path: '/dev/ttyUSB0',
      baudRate: null,
    });
    expect(parseAdapterString('serial:/dev/ttyUSB0@38400')).toEqual({
      kind: 'serial',
      path: '/dev/ttyUSB0',
      baudRate: 38400,
    });
    expect(parseAdapterString('serial:COM3@115200')).toEqual({
      kind: 'serial',
      path: 'COM3',
      baudRate: 115200,
    });
  });

  it('parses tcp with defaults', () => {
    expect(parseAdapterString('tcp:192.168.0.10:35000')).toEqual({
      kind: 'tcp',
      host: '192.168.0.10',
      port: 35000,
    });
    expect(parseAdapterString('tcp:')).toEqual({ kind: 'tcp', host: '192.168.0.10', port: 35000 });
    expect(parseAdapterString('tcp:localhost')).toEqual({
      kind: 'tcp',
      host: 'localhost',
      port: 35000,
    });
    expect(parseAdapterString('tcp:[::1]:4000')).toEqual({ kind: 'tcp', host: '::1', port: 4000 });
  });

  it('parses sim scenarios', () => {
    expect(parseAdapterString('sim:two-ecus')).toEqual({ kind: 'sim', scenario: 'two-ecus' });
  });

  it.each(['', 'usb:x', 'serial:', 'tcp:host:99999', 'sim:', 'sim:../x', 'serial:/dev/x@1'])(
    'rejects %j',
    (text) => {
      expect(() => parseAdapterString(text)).toThrow(ObdError);
    },
  );

  it('round-trips through formatAdapterString (property)', () => {
    const spec = fc.oneof(
      fc.record({
        kind: fc.constant('tcp' as const),
        host: fc.domain(),
        port: fc.integer({ min: 1, max: 65535 }),
      }),
      fc.record({
        kind: fc.constant('sim' as const),
        scenario: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      }),
      fc.record({
        kind: fc.constant('serial' as const),
        path: fc.stringMatching(/^\/dev\/[a-zA-Z0-9]{1,10}$/),
        baudRate: fc.option(fc.constantFrom(9600, 38400, 115200)),
      }),
    );
    fc.assert(
      fc.property(spec, (s) => {
        expect(parseAdapterString(formatAdapterString(s))).toEqual(s);
      }),
    );
  });
});

describe('requests and protocols', () => {
  it('parses requests with PIDs, frame and count hint', () => {
    expect(parseObdRequest('01 0C')).toEqual({
      service: 1,
      pids: [0x0c],
      frame: null,
      responseCount: null,
    });
    expect(parseObdRequest('010C0D051')).toEqual({
      service: 1,
      pids: [0x0c, 0x0d, 0x05],
      frame: null,
      responseCount: 1,
    });
    expect(parseObdRequest('020C00')).toEqual({
      service: 2,
      pids: [0x0c],
      frame: 0,
      responseCount: null,
    });
    expect(parseObdRequest('03')).toEqual({
      service: 3,
      pids: [],
      frame: null,
      responseCount: null,
    });
    expect(formatObdRequest(parseObdRequest('0202'))).toBe('020200');
  });

  it.each(['', 'ZZ', '010C0', '0301', '01010203040506070', '00'])('rejects request %j', (text) => {
    expect(() => parseObdRequest(text)).toThrow(ObdError);
  });

  it('parses ATDPN answers', () => {
    expect(parseProtocolNumber('A6')).toBe(6);
    expect(parseProtocolNumber('7')).toBe(7);
    expect(parseProtocolNumber('A0')).toBeNull();
    expect(parseProtocolNumber('NO DATA')).toBeNull();
  });
});
