/**
 * Where the page lies in a photo or webcam frame of a document on a desk. A webcam sees an
 * A4 page as a ~760 px wide strip in the middle of a 1920×1080 frame: resized as a whole to
 * 300 dpi the page stays small, and a black desk around it drags the contrast stretch and
 * tesseract's binarisation. Cropping to the page first lets the rest of the preparation
 * treat it like a scan.
 *
 * The page is the bright, roughly rectangular region against a darker or textured surround:
 * pixels are split into bright and dark by Otsu's threshold, then the page's columns are
 * those that are mostly bright over the page's rows, and its rows those that are mostly
 * bright over its columns (two rounds, each axis narrowing the other), keeping the longest
 * run in each axis. Works on the small greyscale rendering the deskew already uses.
 */

/** A rectangle in pixels: `left`/`top` inclusive, `right`/`bottom` exclusive. */
export interface PageBounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Pixels looked at, at most: finding a page needs a few hundred pixels across, not the
 * 800 × 1131 of an A4 sample; every second pixel both ways halves the search's time again
 * (~5 ms for a scan's sample, against ~7 ms for the contrast levels' histogram).
 */
const MAX_GRID_PIXELS = 400_000;
/**
 * A column (row) belongs to the page when at least this share of its pixels, taken over the
 * page's rows (columns), is bright. Paper with text is 75–95 % bright even on the densest
 * lines of a Kbis (ink covers a fifth of a line at most, and the shaded section bands are
 * lighter than any desk); a dark desk is a few per cent bright, a textured one (wood grain,
 * fabric) rarely more than a quarter. Half sits well clear of both.
 */
const PAGE_SHARE = 0.5;
/**
 * Before the page's rows are known, a column is measured over the whole frame height: a page
 * covering a third of the height is then only ~30 % bright per column. So the first round
 * keeps the columns at least half as bright as the brightest one.
 */
const FIRST_ROUND_OF_BRIGHTEST = 0.5;
/**
 * Once the page is found, its edges are extended while columns (rows) stay at least this
 * bright: the edges of a page lying a few degrees askew cross the columns diagonally, and a
 * column through such an edge is only partly paper. Just above a textured desk's ~25 % keeps
 * the extension from wandering over the desk, and keeps most of a tilted page's corners.
 */
const EDGE_SHARE = 0.3;
/**
 * A dark band across the page (a thick rule, a shaded title, a crease's shadow) must not
 * split it in two: gaps up to this share of the axis inside a run are bridged. The desk
 * between the page and some other bright object is far wider.
 */
const MAX_GAP_SHARE = 0.03;
/**
 * Kept around the page, as a share of the frame: the downscaled edge is blurred over a pixel
 * or two, and the corners of a tilted page stick out past the edge found.
 */
const MARGIN_SHARE = 0.015;
/**
 * A page that already covers this much of the frame both ways (margin included) is a scan, a
 * rasterised PDF or a photo framed on the page: nothing worth cropping (at most 1/0.85, +18 %
 * resolution), and leaving those alone keeps their preparation exactly as it was. A
 * scanner's dark edge strips (a few per cent) are left too. The phone photo fixture, its
 * page ~88 % of the frame, read every field before; cropped, tesseract dropped its
 * verification-code line beside the QR code: tight photos are not where the gain is.
 */
const FILLS_FRAME_SHARE = 0.85;
/**
 * Something bright narrower or lower than this share of the frame (a sticker, a phone screen)
 * is not taken for a page; a Kbis that small in a webcam frame would be unreadable anyway.
 */
const MIN_PAGE_SHARE = 0.1;
/**
 * Otsu always splits the pixels in two, even a desk with no page on it or a soft gradient.
 * Paper and a desk differ by ~90 grey levels and more (a mid-grey desk ~128 against paper
 * ~245; a phone photo's shaded page ~140 against its dark surround ~50); under ~50 levels
 * between the two classes' means no page stands out.
 */
const MIN_CLASS_CONTRAST = 50;
/** The region found must be mostly paper (text and all, a Kbis page is ~90 % bright)… */
const MIN_INSIDE_SHARE = 0.6;
/** …and what is cropped away mostly not: otherwise the "page" is a patch of a bright frame. */
const MAX_OUTSIDE_SHARE = 0.25;

/** Otsu's threshold (pixels above it are the bright class) and the two classes' mean grey levels. */
export function otsuThreshold(histogram: ArrayLike<number>): {
  threshold: number;
  darkMean: number;
  brightMean: number;
} {
  let total = 0;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) {
    total += histogram[v] ?? 0;
    sumAll += v * (histogram[v] ?? 0);
  }
  let weightDark = 0;
  let sumDark = 0;
  let best = -1;
  const result = { threshold: 0, darkMean: 0, brightMean: 0 };
  for (let t = 0; t < 255; t++) {
    weightDark += histogram[t] ?? 0;
    sumDark += t * (histogram[t] ?? 0);
    const weightBright = total - weightDark;
    if (weightDark === 0 || weightBright === 0) continue;
    const darkMean = sumDark / weightDark;
    const brightMean = (sumAll - sumDark) / weightBright;
    const between = weightDark * weightBright * (brightMean - darkMean) ** 2;
    if (between > best) {
      best = between;
      Object.assign(result, { threshold: t, darkMean, brightMean });
    }
  }
  return result;
}

type Run = [from: number, to: number];

/** The longest run of `share[i] >= min`, bridging gaps up to `maxGap`; null if none. */
function longestRun(share: Float64Array, min: number, maxGap: number): Run | null {
  let best: Run | null = null;
  let start = -1;
  let lastIn = -1;
  const close = () => {
    if (start >= 0 && (!best || lastIn + 1 - start > best[1] - best[0])) best = [start, lastIn + 1];
  };
  for (let i = 0; i < share.length; i++) {
    if (share[i]! < min) continue;
    if (start < 0 || i - lastIn - 1 > maxGap) {
      close();
      start = i;
    }
    lastIn = i;
  }
  close();
  return best;
}

/** `run` extended outwards while the share stays at or above `min`. */
function extend(share: Float64Array, [from, to]: Run, min: number): Run {
  while (from > 0 && share[from - 1]! >= min) from--;
  while (to < share.length && share[to]! >= min) to++;
  return [from, to];
}

/**
 * The page's bounding box in `grey` (one byte per pixel, row by row), with a small margin;
 * null when the page already fills the frame (scans, rasterised PDFs) or when nothing
 * page-like stands out from the surround.
 */
export function findPageBounds(grey: Uint8Array, width: number, height: number): PageBounds | null {
  if (width < 16 || height < 16 || grey.length < width * height) return null;
  // The search runs on a grid of every `step`-th pixel both ways.
  const step = Math.max(1, Math.ceil(Math.sqrt((width * height) / MAX_GRID_PIXELS)));
  const gridWidth = Math.ceil(width / step);
  const gridHeight = Math.ceil(height / step);
  const histogram = new Uint32Array(256);
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) histogram[grey[y * width + x]!]!++;
  }
  const { threshold, darkMean, brightMean } = otsuThreshold(histogram);
  if (brightMean - darkMean < MIN_CLASS_CONTRAST) return null;

  // Running counts of bright pixels down each column and along each row: any column's
  // (row's) share over a span of rows (columns) is then one subtraction, and each round
  // below costs O(width + height) instead of a pass over the pixels.
  const stride = gridWidth + 1;
  const down = new Int32Array((gridHeight + 1) * gridWidth); // column x, rows above y
  const along = new Int32Array(gridHeight * stride); // row y, columns left of x
  for (let gy = 0; gy < gridHeight; gy++) {
    const source = gy * step * width;
    const row = gy * gridWidth;
    let count = 0;
    for (let gx = 0; gx < gridWidth; gx++) {
      const bright = grey[source + gx * step]! > threshold ? 1 : 0;
      down[row + gridWidth + gx] = down[row + gx]! + bright;
      count += bright;
      along[gy * stride + gx + 1] = count;
    }
  }
  const columnShares = ([top, bottom]: Run): Float64Array => {
    const share = new Float64Array(gridWidth);
    for (let x = 0; x < gridWidth; x++) {
      share[x] = (down[bottom * gridWidth + x]! - down[top * gridWidth + x]!) / (bottom - top);
    }
    return share;
  };
  const rowShares = ([left, right]: Run): Float64Array => {
    const share = new Float64Array(gridHeight);
    for (let y = 0; y < gridHeight; y++) {
      share[y] = (along[y * stride + right]! - along[y * stride + left]!) / (right - left);
    }
    return share;
  };
  const columnGap = Math.max(1, Math.round(gridWidth * MAX_GAP_SHARE));
  const rowGap = Math.max(1, Math.round(gridHeight * MAX_GAP_SHARE));

  const overAllRows = columnShares([0, gridHeight]);
  const brightest = overAllRows.reduce((a, b) => Math.max(a, b), 0);
  if (brightest === 0) return null;
  let columns = longestRun(overAllRows, brightest * FIRST_ROUND_OF_BRIGHTEST, columnGap);
  let rows: Run | null = null;
  // The second round sees each axis through the other's narrowed span.
  for (let round = 0; round < 2; round++) {
    if (!columns) return null;
    rows = longestRun(rowShares(columns), PAGE_SHARE, rowGap);
    if (!rows) return null;
    columns = longestRun(columnShares(rows), PAGE_SHARE, columnGap);
  }
  if (!columns || !rows) return null;
  columns = extend(columnShares(rows), columns, EDGE_SHARE);
  rows = extend(rowShares(columns), rows, EDGE_SHARE);

  let inside = 0;
  let total = 0;
  for (let y = 0; y < gridHeight; y++) {
    total += along[y * stride + gridWidth]!;
    if (y >= rows[0] && y < rows[1]) {
      inside += along[y * stride + columns[1]]! - along[y * stride + columns[0]]!;
    }
  }
  if (columns[1] - columns[0] < gridWidth * MIN_PAGE_SHARE) return null;
  if (rows[1] - rows[0] < gridHeight * MIN_PAGE_SHARE) return null;
  const insideArea = (columns[1] - columns[0]) * (rows[1] - rows[0]);
  const outsideArea = gridWidth * gridHeight - insideArea;
  if (inside / insideArea < MIN_INSIDE_SHARE) return null;
  if (outsideArea > 0 && (total - inside) / outsideArea > MAX_OUTSIDE_SHARE) return null;

  const marginX = Math.max(1, Math.round(width * MARGIN_SHARE));
  const marginY = Math.max(1, Math.round(height * MARGIN_SHARE));
  const bounds: PageBounds = {
    left: Math.max(0, columns[0] * step - marginX),
    top: Math.max(0, rows[0] * step - marginY),
    right: Math.min(width, columns[1] * step + marginX),
    bottom: Math.min(height, rows[1] * step + marginY),
  };
  // Judged on what would be kept, margin included: what the crop would take away.
  const boxWidth = bounds.right - bounds.left;
  const boxHeight = bounds.bottom - bounds.top;
  if (boxWidth >= width * FILLS_FRAME_SHARE && boxHeight >= height * FILLS_FRAME_SHARE) return null;
  return bounds;
}

/**
 * A copy of `grey` with the dark surround turned white: the pixels at or below Otsu's
 * threshold that are connected (4-neighbours) to the image's border. Meant for the rendering
 * of a cropped page that the skew and the contrast levels are measured on: a page lying
 * askew leaves wedges of desk in the corners of its bounding box, and a black wedge is a
 * solid block of "ink" whose horizontal edges outweigh the text lines in the projection
 * profile (the skew then reads 0°). Text never reaches the border (a page has white
 * margins), so it is kept. Not for the image given to OCR: a shadow reaching the page's
 * edge would be flooded with whatever text it covers.
 */
export function whitenSurround(grey: Uint8Array, width: number, height: number): Uint8Array {
  const out = grey.slice(0, width * height);
  const histogram = new Uint32Array(256);
  for (const value of out) histogram[value]!++;
  const { threshold, darkMean, brightMean } = otsuThreshold(histogram);
  if (brightMean - darkMean < MIN_CLASS_CONTRAST) return out;
  const stack = new Int32Array(width * height);
  let size = 0;
  const push = (i: number) => {
    if (out[i]! <= threshold) {
      out[i] = 255;
      stack[size++] = i;
    }
  };
  for (let x = 0; x < width; x++) {
    push(x);
    push((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    push(y * width);
    push(y * width + width - 1);
  }
  while (size > 0) {
    const i = stack[--size]!;
    const x = i % width;
    if (x > 0) push(i - 1);
    if (x < width - 1) push(i + 1);
    if (i >= width) push(i - width);
    if (i < (height - 1) * width) push(i + width);
  }
  return out;
}
