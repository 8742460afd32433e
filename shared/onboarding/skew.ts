/**
 * Page skew from the dark pixels of a small greyscale rendering. Text lines are horizontal
 * when the projection of the ink onto the vertical axis is most peaked, so the angle whose
 * projection has the largest sum of squared bin counts is the slope of the lines. This is
 * the classic projection-profile method: cheap at ~800 px wide, and unlike tesseract's own
 * `rotateAuto` it does not run a second layout analysis of the full page.
 */
export interface SkewOptions {
  /** Largest skew looked for, either way (scans and phone photos stay within a few degrees). */
  maxDegrees?: number;
  /** Pixels darker than this (0–255) count as ink. */
  darkBelow?: number;
}

function profileScore(
  xs: Int32Array,
  ys: Int32Array,
  count: number,
  degrees: number,
  bins: Float64Array,
  offset: number,
): number {
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  bins.fill(0);
  for (let i = 0; i < count; i++) {
    const bin = Math.round((ys[i] ?? 0) * cos - (xs[i] ?? 0) * sin) + offset;
    if (bin >= 0 && bin < bins.length) bins[bin] = (bins[bin] ?? 0) + 1;
  }
  let score = 0;
  for (let i = 0; i < bins.length; i++) {
    const value = bins[i] ?? 0;
    score += value * value;
  }
  return score;
}

/**
 * The slope of the text lines in degrees, positive when lines go down to the right (image
 * coordinates, y downwards); 0 for a blank page. Rotating the image by minus this angle
 * makes the lines horizontal.
 */
export function estimateSkewDegrees(
  pixels: Uint8Array,
  width: number,
  height: number,
  options: SkewOptions = {},
): number {
  const maxDegrees = options.maxDegrees ?? 5;
  const darkBelow = options.darkBelow ?? 128;
  let count = 0;
  for (let i = 0; i < width * height; i++) if ((pixels[i] ?? 255) < darkBelow) count++;
  if (count < 50) return 0;
  // Thousands of points are plenty for a straight line; keep the loop bounded on dark scans.
  const stride = Math.max(1, Math.floor(count / 60_000));
  const xs = new Int32Array(Math.ceil(count / stride));
  const ys = new Int32Array(xs.length);
  let kept = 0;
  let seen = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((pixels[y * width + x] ?? 255) >= darkBelow) continue;
      if (seen++ % stride === 0 && kept < xs.length) {
        xs[kept] = x;
        ys[kept] = y;
        kept++;
      }
    }
  }
  const offset = Math.ceil(width * Math.sin((maxDegrees * Math.PI) / 180)) + 1;
  const bins = new Float64Array(height + 2 * offset + 2);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number) => {
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const score = profileScore(xs, ys, kept, degrees, bins, offset);
      if (score > bestScore) {
        bestScore = score;
        best = degrees;
      }
    }
  };
  search(-maxDegrees, maxDegrees, 0.5);
  const coarse = best;
  search(coarse - 0.5, coarse + 0.5, 0.05);
  return Math.round(best * 100) / 100;
}
