import sharp from 'sharp';
import type { Region, Sharp } from 'sharp';
import type { ImageProvenance } from '@shared/onboarding/checks';
import { contrastLevels, stretchCoefficients } from '@shared/onboarding/contrast';
import { findPageBounds, whitenSurround } from '@shared/onboarding/page-bounds';
import type { PageBounds } from '@shared/onboarding/page-bounds';
import { estimateSkewDegrees } from '@shared/onboarding/skew';
import { DocumentIntakeError } from './intake-errors';

/** An A4 page 8.27 in wide at 300 dpi: tesseract's LSTM models read best near that resolution. */
const TARGET_PAGE_WIDTH = 2480;
/** Beyond ~1.5× the target the extra pixels only slow OCR down. */
const DOWNSCALE_ABOVE = 3700;
/** Default bounds (INTAKE_LIMITS passes its own): more than a phone camera, A4 at 300 dpi. */
const MAX_INPUT_PIXELS = 100_000_000;
const MAX_OUTPUT_PIXELS = 2480 * 3508;

export interface PrepareOptions {
  /** sharp refuses to decode larger images. */
  maxInputPixels?: number;
  /** The prepared page is scaled down to fit: what tesseract is given stays bounded. */
  maxOutputPixels?: number;
}

export interface PreparedImage {
  png: Buffer;
  width: number;
  height: number;
  /** Skew measured and corrected, in degrees. */
  skewDegrees: number;
  /** The page cut out of the upright image (a photo on a desk); null when the whole image is the page. */
  pageRegion: Region | null;
}

/** Width of the rendering the skew and the page are measured on: enough for 2–3 px text lines. */
const SKEW_SAMPLE_WIDTH = 800;
/** Below this the lines are straight enough for tesseract; rotating would only blur. */
const MIN_SKEW_DEGREES = 0.2;

export interface GreySample {
  pixels: Uint8Array;
  width: number;
  height: number;
}

async function greySample(image: Sharp): Promise<GreySample> {
  const { data, info } = await image
    .resize({ width: SKEW_SAMPLE_WIDTH })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height };
}

/** `bounds` on the sample, widened to whole pixels of the full-resolution image. */
function fullResolutionRegion(
  bounds: PageBounds,
  sample: GreySample,
  width: number,
  height: number,
): Region {
  const left = Math.max(0, Math.floor((bounds.left * width) / sample.width));
  const top = Math.max(0, Math.floor((bounds.top * height) / sample.height));
  const right = Math.min(width, Math.ceil((bounds.right * width) / sample.width));
  const bottom = Math.min(height, Math.ceil((bounds.bottom * height) / sample.height));
  return { left, top, width: right - left, height: bottom - top };
}

export interface PageLocation {
  /** The page in the upright image, full resolution; null when the whole image is the page. */
  region: Region | null;
  /** The upright greyscale rendering it was looked for on. */
  sample: GreySample;
  /** The upright image's size. */
  width: number;
  height: number;
}

/**
 * Where the page lies in an image: on the small upright rendering the skew is measured on
 * (no full-resolution pass), mapped back to the full-resolution upright image.
 */
export async function locatePage(
  input: Buffer,
  maxInputPixels = MAX_INPUT_PIXELS,
): Promise<PageLocation> {
  const metadata = await sharp(input, { limitInputPixels: maxInputPixels }).metadata();
  const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
  const height = metadata.autoOrient?.height ?? metadata.height ?? 0;
  const sample = await greySample(
    sharp(input, { limitInputPixels: maxInputPixels }).autoOrient().greyscale(),
  );
  const bounds = findPageBounds(sample.pixels, sample.width, sample.height);
  const region =
    bounds && width > 0 && height > 0 ? fullResolutionRegion(bounds, sample, width, height) : null;
  return { region, sample, width, height };
}

/**
 * Greyscale, upright (EXIF orientation), cropped to the page when it lies on a darker desk,
 * deskewed, resized to about 300 dpi, contrast stretched and despeckled. Deskewing here
 * (projection profile on a small rendering, a few tens of ms) replaces tesseract's
 * `rotateAuto`, which re-ran the layout analysis of the full page and cost more than a
 * second per page.
 */
export async function prepareImageForOcr(
  input: Buffer,
  options: PrepareOptions = {},
): Promise<PreparedImage> {
  const maxInputPixels = options.maxInputPixels ?? MAX_INPUT_PIXELS;
  const maxOutputPixels = options.maxOutputPixels ?? MAX_OUTPUT_PIXELS;
  try {
    const open = (): Sharp =>
      sharp(input, { limitInputPixels: maxInputPixels }).autoOrient().greyscale();
    const { region, sample, width } = await locatePage(input, maxInputPixels);
    if (!region) {
      return { ...(await preparePage(open, sample, width, maxOutputPixels)), pageRegion: null };
    }

    // A page photographed on a desk: cut it out of the upright frame first (EXIF orientation
    // is applied before the extract, as on the sample the bounds come from), then treat it
    // like a scan of that page: measured again at the sample width, deskewed, resized so that
    // the page, not the frame, is ~2480 px wide. Cropping before deskewing keeps the desk out
    // of the skew (a black desk is all "ink" to the projection profile) and of the contrast
    // levels, and spares working out rotated bounds. The crop is held as raw grey pixels, so
    // sharp's own ordering of extract, rotate and resize within one pipeline cannot matter;
    // it costs one more decode of the frame, only for photos that are cropped.
    const page = await open().extract(region).raw().toBuffer({ resolveWithObject: true });
    const openPage = (): Sharp =>
      sharp(page.data, {
        raw: { width: page.info.width, height: page.info.height, channels: page.info.channels },
      }).greyscale();
    const pageSample = await greySample(openPage());
    // A page lying askew leaves wedges of desk in its bounding box's corners: out of the
    // measurements too (they stay in the image; the deskew's white fill meets them).
    pageSample.pixels = whitenSurround(pageSample.pixels, pageSample.width, pageSample.height);
    return {
      ...(await preparePage(openPage, pageSample, page.info.width, maxOutputPixels)),
      pageRegion: region,
    };
  } catch (error) {
    if (error instanceof DocumentIntakeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentIntakeError('image_corrupt', detail, { cause: error });
  }
}

/** Deskew, resize, contrast and despeckle of an upright greyscale page, `width` pixels wide. */
async function preparePage(
  open: () => Sharp,
  sample: GreySample,
  width: number,
  maxOutputPixels: number,
): Promise<Omit<PreparedImage, 'pageRegion'>> {
  const skew = estimateSkewDegrees(sample.pixels, sample.width, sample.height);
  // Levels measured on the sample: a full-resolution normalise() cost ~0.7 s per page.
  const { multiply, add } = stretchCoefficients(contrastLevels(sample.pixels, 0.005, 0.005));
  let pipeline = open();
  if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
    pipeline = pipeline.rotate(-skew, { background: '#ffffff' });
  }
  let targetWidth =
    width > 0 && (width < TARGET_PAGE_WIDTH * 0.9 || width > DOWNSCALE_ABOVE)
      ? TARGET_PAGE_WIDTH
      : width;
  // A long strip (a till receipt, a panorama) at the target width would be hundreds of
  // megapixels: the width is lowered until the page fits the pixel budget.
  const ratio = sample.width > 0 ? sample.height / sample.width : 1;
  if (targetWidth * targetWidth * ratio > maxOutputPixels) {
    targetWidth = Math.max(1, Math.floor(Math.sqrt(maxOutputPixels / ratio)));
  }
  if (width > 0 && targetWidth !== width) {
    pipeline = pipeline.resize({ width: targetWidth, kernel: 'lanczos3' });
  }
  // median(3) removes specks and grain that tesseract reads as punctuation, at no cost to 9 pt text at 300 dpi.
  const { data, info } = await pipeline
    .linear(multiply, add)
    .median(3)
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height, skewDegrees: skew };
}

/** Reads the EXIF IFD0 `Software` tag (0x0131) from sharp's raw EXIF block. */
export function exifSoftware(exif: Buffer | undefined): string | null {
  if (!exif || exif.length < 14) return null;
  const tiffStart = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0;
  const order = exif.subarray(tiffStart, tiffStart + 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return null;
  const little = order === 'II';
  const u16 = (at: number): number => (little ? exif.readUInt16LE(at) : exif.readUInt16BE(at));
  const u32 = (at: number): number => (little ? exif.readUInt32LE(at) : exif.readUInt32BE(at));
  try {
    const ifd = tiffStart + u32(tiffStart + 4);
    const entries = u16(ifd);
    for (let i = 0; i < entries; i++) {
      const entry = ifd + 2 + i * 12;
      if (u16(entry) !== 0x0131) continue;
      const count = u32(entry + 4);
      const at = count <= 4 ? entry + 8 : tiffStart + u32(entry + 8);
      return (
        exif
          .subarray(at, at + count)
          .toString('latin1')
          .replace(/\0+$/, '')
          .trim() || null
      );
    }
  } catch {
    return null; // A truncated EXIF block says nothing reliable.
  }
  return null;
}

/** The software an image's metadata names (EXIF Software, XMP CreatorTool, PNG text chunks). */
export async function imageProvenance(input: Buffer): Promise<ImageProvenance> {
  // Metadata only: the header is read, no pixel is decoded.
  const metadata = await sharp(input, { limitInputPixels: false }).metadata();
  const fromExif = exifSoftware(metadata.exif);
  const xmp = metadata.xmp?.toString('utf8') ?? '';
  const fromXmp =
    /CreatorTool(?:>|=")([^<"]+)/.exec(xmp)?.[1] ??
    /softwareAgent(?:>|=")([^<"]+)/.exec(xmp)?.[1] ??
    null;
  const fromPng = metadata.comments?.find((c) => /^software$/i.test(c.keyword))?.text ?? null;
  return { software: fromExif ?? fromXmp ?? fromPng };
}
