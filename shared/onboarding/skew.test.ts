import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSkewDegrees } from './skew';

/** A white page with dark text-like bars whose slope is `degrees` (y grows downwards). */
function page(degrees: number, width = 600, height = 800): Uint8Array {
  const pixels = new Uint8Array(width * height).fill(255);
  const slope = Math.tan((degrees * Math.PI) / 180);
  for (let line = 0; line < 20; line++) {
    const y0 = 60 + line * 34;
    const length = 300 + ((line * 37) % 200);
    for (let x = 40; x < 40 + length; x++) {
      for (let thickness = 0; thickness < 6; thickness++) {
        const y = Math.round(y0 + x * slope) + thickness;
        if (y >= 0 && y < height) pixels[y * width + x] = 20;
      }
    }
  }
  return pixels;
}

describe('estimateSkewDegrees', () => {
  it('finds the slope of text lines within a tenth of a degree', () => {
    fc.assert(
      fc.property(fc.double({ min: -4.5, max: 4.5, noNaN: true }), (degrees) => {
        expect(Math.abs(estimateSkewDegrees(page(degrees), 600, 800) - degrees)).toBeLessThan(0.1);
      }),
      { numRuns: 25 },
    );
  });

  it('says 0 for a blank or nearly blank page', () => {
    expect(estimateSkewDegrees(new Uint8Array(600 * 800).fill(255), 600, 800)).toBe(0);
    const speck = new Uint8Array(600 * 800).fill(255);
    speck[1000] = 0;
    expect(estimateSkewDegrees(speck, 600, 800)).toBe(0);
  });
});
