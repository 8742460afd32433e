/**
 * Levels for a linear contrast stretch: the grey values below which `lowFraction` and above
 * which `highFraction` of the pixels lie. Measured on a small rendering, then applied to the
 * full page with a cheap linear map, it does what a full-resolution percentile
 * normalisation does at a fraction of the cost (that pass alone took ~0.7 s per A4 page).
 */
export function contrastLevels(
  pixels: Uint8Array,
  lowFraction = 0.01,
  highFraction = 0.01,
): { low: number; high: number } {
  const histogram = new Uint32Array(256);
  for (const value of pixels) histogram[value] = (histogram[value] ?? 0) + 1;
  const total = pixels.length;
  let low = 0;
  for (let seen = 0; low < 255; low++) {
    seen += histogram[low] ?? 0;
    if (seen > total * lowFraction) break;
  }
  let high = 255;
  for (let seen = 0; high > 0; high--) {
    seen += histogram[high] ?? 0;
    if (seen > total * highFraction) break;
  }
  return high - low < 16 ? { low: 0, high: 255 } : { low, high };
}

/** `value * multiply + add` maps [low, high] onto [0, 255]. */
export function stretchCoefficients(levels: { low: number; high: number }): {
  multiply: number;
  add: number;
} {
  const multiply = 255 / (levels.high - levels.low);
  return { multiply, add: -levels.low * multiply };
}
