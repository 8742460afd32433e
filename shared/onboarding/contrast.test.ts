import { describe, expect, it } from 'vitest';
import { contrastLevels, stretchCoefficients } from './contrast';

describe('contrast levels', () => {
  it('ignores the extreme percent of pixels and maps the rest onto 0–255', () => {
    const pixels = new Uint8Array(1000);
    for (let i = 0; i < 1000; i++) pixels[i] = 60 + Math.floor((i / 1000) * 140);
    pixels[0] = 0;
    pixels[999] = 255;
    const levels = contrastLevels(pixels);
    expect(levels.low).toBeGreaterThanOrEqual(60);
    expect(levels.low).toBeLessThanOrEqual(62);
    expect(levels.high).toBeGreaterThanOrEqual(197);
    expect(levels.high).toBeLessThanOrEqual(199);
    const { multiply, add } = stretchCoefficients(levels);
    expect(levels.low * multiply + add).toBeCloseTo(0);
    expect(levels.high * multiply + add).toBeCloseTo(255);
  });

  it('leaves a flat page alone instead of amplifying its noise', () => {
    expect(contrastLevels(new Uint8Array(500).fill(240))).toEqual({ low: 0, high: 255 });
  });
});
