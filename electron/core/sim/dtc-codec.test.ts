import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDtc, encodeDtc } from './dtc-codec';

describe('DTC codec', () => {
  it('encodes the letter in the top two bits and the first digit in the next two', () => {
    expect(encodeDtc('P0301')).toEqual([0x03, 0x01]);
    expect(encodeDtc('C1234')).toEqual([0x52, 0x34]);
    expect(encodeDtc('B0001')).toEqual([0x80, 0x01]);
    expect(encodeDtc('U0100')).toEqual([0xc1, 0x00]);
    expect(encodeDtc('P2A0F')).toEqual([0x2a, 0x0f]);
  });

  it('rejects malformed codes', () => {
    expect(() => encodeDtc('P4301')).toThrow(/Invalid DTC/);
    expect(() => encodeDtc('X0301')).toThrow(/Invalid DTC/);
  });

  it('round-trips every two-byte value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (a, b) => {
        expect(encodeDtc(decodeDtc(a, b))).toEqual([a, b]);
      }),
    );
  });
});
