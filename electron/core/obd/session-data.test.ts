import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimeFormatter } from './session-data';

describe('isoTimeFormatter', () => {
  it('formats exactly as Date.prototype.toISOString (property)', () => {
    const instant = fc.oneof(
      fc.integer({ min: 0, max: 253_402_300_799_999 }),
      fc.integer({ min: -62_198_755_200_000, max: 8_640_000_000_000_000 }),
      fc.double({ min: 0, max: 4e12, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 50 }), (instants) => {
        const format = isoTimeFormatter();
        for (const ms of instants) expect(format(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('reuses the second across consecutive samples', () => {
    const format = isoTimeFormatter();
    const t0 = Date.UTC(2026, 10, 20, 9, 0, 59);
    expect([t0 + 5, t0 + 995, t0 + 1000, t0 + 1007].map(format)).toEqual([
      '2026-11-20T09:00:59.005Z',
      '2026-11-20T09:00:59.995Z',
      '2026-11-20T09:01:00.000Z',
      '2026-11-20T09:01:00.007Z',
    ]);
  });
});
