import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPageBounds, otsuThreshold, whitenSurround } from './page-bounds';
import type { PageBounds } from './page-bounds';
import { estimateSkewDegrees } from './skew';

interface Scene {
  width: number;
  height: number;
  /** The page's axis-aligned rectangle before rotation. */
  page: PageBounds;
  /** The page turned by this angle about its centre (y downwards). */
  degrees?: number;
  /** Grey level of the desk at (x, y). */
  desk?: (x: number, y: number) => number;
}

const PAPER = 245;
const INK = 25;

/** Seeded pseudo-random numbers in [0, 1): the same picture on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/** Dark wood: grain waves plus per-pixel noise, ~40–90 grey, a few bright knots. */
function woodDesk(seed = 3): (x: number, y: number) => number {
  const next = random(seed);
  return (x, y) => {
    const grain =
      18 * Math.sin(x * 0.07 + 3 * Math.sin(y * 0.02)) + 6 * Math.sin(x * 0.9 + y * 0.05);
    const noise = (next() - 0.5) * 50;
    const knot = next() < 0.02 ? 120 : 0;
    return Math.max(0, Math.min(255, 62 + grain + noise + knot));
  };
}

/**
 * A frame with a page on a desk: paper with text-like lines (margins, 70 % of the width,
 * every 12 px) and a thick dark rule across it, as on a Kbis's section titles.
 */
function render({ width, height, page, degrees = 0, desk = () => 0 }: Scene): Uint8Array {
  const pixels = new Uint8Array(width * height);
  const cx = (page.left + page.right) / 2;
  const cy = (page.top + page.bottom) / 2;
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const pageWidth = page.right - page.left;
  const pageHeight = page.bottom - page.top;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Back into the page's own frame.
      const u = cos * (x - cx) + sin * (y - cy) + pageWidth / 2;
      const v = -sin * (x - cx) + cos * (y - cy) + pageHeight / 2;
      let value: number;
      if (u < 0 || v < 0 || u >= pageWidth || v >= pageHeight) value = desk(x, y);
      else if (
        v >= pageHeight * 0.3 &&
        v < pageHeight * 0.3 + 3 &&
        u > pageWidth * 0.05 &&
        u < pageWidth * 0.95
      ) {
        value = INK;
      } else {
        const inMargins = u > pageWidth * 0.1 && u < pageWidth * 0.8;
        const onLine = v > pageHeight * 0.08 && v < pageHeight * 0.92 && v % 12 < 3;
        value = inMargins && onLine ? INK : PAPER;
      }
      pixels[y * width + x] = Math.round(value);
    }
  }
  return pixels;
}

/** The rotated page's axis-aligned bounding box. */
function rotatedBox({ page, degrees = 0 }: Scene): PageBounds {
  const radians = (Math.abs(degrees) * Math.PI) / 180;
  const w = page.right - page.left;
  const h = page.bottom - page.top;
  const halfW = (w * Math.cos(radians) + h * Math.sin(radians)) / 2;
  const halfH = (w * Math.sin(radians) + h * Math.cos(radians)) / 2;
  const cx = (page.left + page.right) / 2;
  const cy = (page.top + page.bottom) / 2;
  return { left: cx - halfW, top: cy - halfH, right: cx + halfW, bottom: cy + halfH };
}

/**
 * `bounds` holds `inner` less `slack` px each side, and reaches past it by the margin
 * (`marginX` across, `marginY` down) plus `slack` at most.
 */
function expectAround(
  bounds: PageBounds | null,
  inner: PageBounds,
  [marginX, marginY]: [number, number],
  slack: number,
) {
  expect(bounds).not.toBeNull();
  const b = bounds as PageBounds;
  expect(b.left).toBeLessThanOrEqual(inner.left + slack);
  expect(b.left).toBeGreaterThanOrEqual(inner.left - marginX - slack);
  expect(b.top).toBeLessThanOrEqual(inner.top + slack);
  expect(b.top).toBeGreaterThanOrEqual(inner.top - marginY - slack);
  expect(b.right).toBeGreaterThanOrEqual(inner.right - slack);
  expect(b.right).toBeLessThanOrEqual(inner.right + marginX + slack);
  expect(b.bottom).toBeGreaterThanOrEqual(inner.bottom - slack);
  expect(b.bottom).toBeLessThanOrEqual(inner.bottom + marginY + slack);
}

// A webcam frame's sample: 800 × 450, the A4 page full height in the middle (~320 px wide).
const WEBCAM = { width: 800, height: 450, page: { left: 240, top: 0, right: 560, bottom: 450 } };
// The margin kept is 1.5 % of the frame: 12 px across, 7 px down on an 800 × 450 sample.
const MARGIN_X = 12;
const MARGIN_Y = 7;

describe('otsuThreshold', () => {
  it('splits two populations between them, with their means', () => {
    const histogram = new Uint32Array(256);
    histogram[20] = 300;
    histogram[230] = 700;
    const { threshold, darkMean, brightMean } = otsuThreshold(histogram);
    expect(threshold).toBeGreaterThanOrEqual(20);
    expect(threshold).toBeLessThan(230);
    expect(darkMean).toBe(20);
    expect(brightMean).toBe(230);
  });
});

describe('findPageBounds', () => {
  it('finds a white page on a black desk, to the pixel, with the margin', () => {
    const scene = {
      width: 400,
      height: 300,
      page: { left: 150, top: 30, right: 250, bottom: 270 },
    };
    // 1.5 % of 400 is 6 px across, of 300 is 5 px (4.5 rounded) down.
    expect(findPageBounds(render(scene), 400, 300)).toEqual({
      left: 144,
      top: 25,
      right: 256,
      bottom: 275,
    });
  });

  it('finds the page of a webcam frame: full height, a strip in the middle', () => {
    expect(findPageBounds(render(WEBCAM), 800, 450)).toEqual({
      left: 240 - MARGIN_X,
      top: 0,
      right: 560 + MARGIN_X,
      bottom: 450,
    });
  });

  it('finds a page on a mid-grey desk', () => {
    const pixels = render({ ...WEBCAM, desk: () => 128 });
    expect(findPageBounds(pixels, 800, 450)).toEqual({
      left: 240 - MARGIN_X,
      top: 0,
      right: 560 + MARGIN_X,
      bottom: 450,
    });
  });

  it('finds a page on a noisy, grained dark desk', () => {
    const scene = {
      ...WEBCAM,
      page: { left: 260, top: 40, right: 540, bottom: 430 },
      desk: woodDesk(),
    };
    expectAround(findPageBounds(render(scene), 800, 450), scene.page, [MARGIN_X, MARGIN_Y], 2);
  });

  it('keeps the corners of a page lying a few degrees askew', () => {
    for (const degrees of [-4, -2, 3]) {
      const scene = { ...WEBCAM, page: { left: 270, top: 60, right: 530, bottom: 410 }, degrees };
      const bounds = findPageBounds(render(scene), 800, 450);
      // The tilted edges cross columns diagonally: a few pixels of corner may fall outside
      // the run, never more than the margin gives back.
      expectAround(bounds, rotatedBox(scene), [MARGIN_X, MARGIN_Y], 5);
    }
  });

  it('keeps the page whole across a thick dark rule', () => {
    const scene = {
      width: 400,
      height: 300,
      page: { left: 100, top: 20, right: 300, bottom: 280 },
    };
    const pixels = render(scene);
    for (let y = 140; y < 146; y++) pixels.fill(10, y * 400 + 100, y * 400 + 300);
    expectAround(findPageBounds(pixels, 400, 300), scene.page, [6, 5], 0);
  });

  it('works the same on a large sample, searched on a coarser grid', () => {
    const scene = {
      width: 1600,
      height: 1000,
      page: { left: 500, top: 100, right: 1100, bottom: 950 },
    };
    expectAround(findPageBounds(render(scene), 1600, 1000), scene.page, [24, 15], 2);
  });

  it('finds pages of any size and place on a dark desk', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 320 }),
        fc.integer({ min: 60, max: 220 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (pageWidth, pageHeight, xSeed, ySeed) => {
          const left = Math.floor(((400 - pageWidth) * xSeed) / 1000);
          const top = Math.floor(((300 - pageHeight) * ySeed) / 1000);
          const page = { left, top, right: left + pageWidth, bottom: top + pageHeight };
          const pixels = render({ width: 400, height: 300, page, desk: () => 30 });
          expectAround(findPageBounds(pixels, 400, 300), page, [6, 5], 0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves a scan alone: the page fills the frame', () => {
    const scan = render({
      width: 800,
      height: 1131,
      page: { left: 0, top: 0, right: 800, bottom: 1131 },
    });
    expect(findPageBounds(scan, 800, 1131)).toBeNull();
    // A scanner's dark edge strips (3 % each side) do not make it a photo.
    const strips = scan.slice();
    for (let y = 0; y < 1131; y++) {
      strips.fill(15, y * 800, y * 800 + 24);
      strips.fill(15, y * 800 + 776, y * 800 + 800);
    }
    expect(findPageBounds(strips, 800, 1131)).toBeNull();
  });

  it('leaves a tight photo alone, crops a looser one', () => {
    // The page ~88 % of the frame both ways, as a phone photo framed on the page: the crop
    // would gain little, and such photos keep their preparation as it was.
    const tight = {
      width: 800,
      height: 1091,
      page: { left: 66, top: 79, right: 734, bottom: 1012 },
    };
    expect(findPageBounds(render({ ...tight, desk: () => 40 }), 800, 1091)).toBeNull();
    const loose = { ...tight, page: { left: 130, top: 120, right: 670, bottom: 970 } };
    expectAround(
      findPageBounds(render({ ...loose, desk: () => 40 }), 800, 1091),
      loose.page,
      [12, 16],
      2,
    );
  });

  it('finds nothing in a black, white, noisy or shaded frame', () => {
    expect(findPageBounds(new Uint8Array(800 * 450), 800, 450)).toBeNull();
    expect(findPageBounds(new Uint8Array(800 * 450).fill(255), 800, 450)).toBeNull();
    const desk = woodDesk(9);
    const wood = new Uint8Array(800 * 450);
    for (let i = 0; i < wood.length; i++) wood[i] = desk(i % 800, Math.floor(i / 800));
    expect(findPageBounds(wood, 800, 450)).toBeNull();
    const gradient = new Uint8Array(800 * 450);
    for (let i = 0; i < gradient.length; i++) gradient[i] = 60 + Math.floor(((i % 800) / 800) * 40);
    expect(findPageBounds(gradient, 800, 450)).toBeNull();
  });

  it('does not take a small bright object for a page', () => {
    const sticker = render({
      width: 800,
      height: 450,
      page: { left: 400, top: 200, right: 460, bottom: 240 },
    });
    expect(findPageBounds(sticker, 800, 450)).toBeNull();
  });

  it('refuses a frame too small or shorter than its size says', () => {
    expect(findPageBounds(new Uint8Array(8 * 8).fill(255), 8, 8)).toBeNull();
    expect(findPageBounds(new Uint8Array(10), 800, 450)).toBeNull();
  });
});

describe('whitenSurround', () => {
  const scene = { ...WEBCAM, page: { left: 270, top: 60, right: 530, bottom: 410 }, degrees: 3 };
  const frame = render(scene);
  const box = findPageBounds(frame, 800, 450) as PageBounds;
  const cropWidth = box.right - box.left;
  const cropHeight = box.bottom - box.top;
  const crop = new Uint8Array(cropWidth * cropHeight);
  for (let y = 0; y < cropHeight; y++) {
    crop.set(
      frame.subarray((box.top + y) * 800 + box.left, (box.top + y) * 800 + box.right),
      y * cropWidth,
    );
  }

  it('turns the desk wedges around a tilted page white and keeps the text', () => {
    const clean = whitenSurround(crop, cropWidth, cropHeight);
    const dark = (pixels: Uint8Array) => pixels.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
    const inkOnly = render({ ...scene, desk: () => PAPER });
    let ink = 0;
    for (let y = box.top; y < box.bottom; y++) {
      for (let x = box.left; x < box.right; x++) if ((inkOnly[y * 800 + x] ?? 0) < 128) ink++;
    }
    expect(dark(crop)).toBeGreaterThan(ink);
    expect(dark(clean)).toBe(ink);
  });

  it('leaves the text lines for the skew to be measured on', () => {
    const clean = whitenSurround(crop, cropWidth, cropHeight);
    expect(estimateSkewDegrees(clean, cropWidth, cropHeight)).toBeCloseTo(3, 0);
  });

  it('changes nothing on a page without a surround', () => {
    const scan = render({
      width: 200,
      height: 280,
      page: { left: 0, top: 0, right: 200, bottom: 280 },
    });
    const clean = whitenSurround(scan, 200, 280);
    expect(clean.every((value, i) => value === scan[i])).toBe(true);
  });
});
