import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDtc, decodeDtcPayload, encodeDtc } from './dtc';

describe('DTC decoding', () => {
  it('decodes all four letters', () => {
    expect(decodeDtc(0x01, 0x33)).toBe('P0133');
    expect(decodeDtc(0x52, 0x34)).toBe('C1234');
    expect(decodeDtc(0x80, 0x01)).toBe('B0001');
    expect(decodeDtc(0xc1, 0x00)).toBe('U0100');
    expect(decodeDtc(0x3f, 0xff)).toBe('P3FFF');
  });

  it('round-trips every code (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        (high, low) => {
          expect(encodeDtc(decodeDtc(high, low))).toEqual([high, low]);
        },
      ),
    );
  });

  it('reads a CAN count byte and ignores padding after it', () => {
    expect(decodeDtcPayload([0x02, 0x03, 0x01, 0x03, 0x00, 0x00, 0x00], true)).toEqual([
      'P0301',
      'P0300',
    ]);
    expect(decodeDtcPayload([0x00], true)).toEqual([]);
  });

  it('reads legacy 3-slot frames without count, skipping empty slots', () => {
    expect(decodeDtcPayload([0x01, 0x33, 0x00, 0x00, 0x04, 0x20], false)).toEqual([
      'P0133',
      'P0420',
    ]);
  });

  it('guesses the count byte from the payload parity when the protocol is unknown', () => {
    expect(decodeDtcPayload([0x01, 0x01, 0x33], null)).toEqual(['P0133']);
    expect(decodeDtcPayload([0x01, 0x33, 0x00, 0x00, 0x00, 0x00], null)).toEqual(['P0133']);
  });

  it('stops at a truncated count', () => {
    expect(decodeDtcPayload([0x03, 0x01, 0x33], true)).toEqual(['P0133']);
  });
});
