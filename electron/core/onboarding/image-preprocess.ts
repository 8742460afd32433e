import sharp from 'sharp';
import type { ImageProvenance } from '@shared/onboarding/checks';
import { contrastLevels, stretchCoefficients } from '@shared/onboarding/contrast';
import { estimateSkewDegrees } from '@shared/onboarding/skew';
import { DocumentIntakeError } from './intake-errors';

/** An A4 page 8.27 in wide at 300 dpi: tesseract's LSTM models read best near that resolution. */
const TARGET_PAGE_WIDTH = 2480;
/** Beyond ~1.5× the target the extra pixels only slow OCR down. */
const DOWNSCALE_ABOVE = 3700;
/** 50 MB of pixels is more than any phone camera; it also bounds sharp's memory. */
const MAX_INPUT_PIXELS = 200_000_000;

export interface PreparedImage {
  png: Buffer;
  width: number;
  height: number;
  /** Skew measured and corrected, in degrees. */
  skewDegrees: number;
}

/** Width of the rendering the skew is measured on: enough for 2–3 px text lines. */
const SKEW_SAMPLE_WIDTH = 800;
/** Below this the lines are straight enough for tesseract; rotating would only blur. */
const MIN_SKEW_DEGREES = 0.2;

/**
 * Greyscale, upright (EXIF orientation), deskewed, resized to about 300 dpi, contrast
 * stretched and despeckled. Deskewing here (projection profile on a small rendering, a few
 * tens of ms) replaces tesseract's `rotateAuto`, which re-ran the layout analysis of the
 * full page and cost more than a second per page.
 */
export async function prepareImageForOcr(input: Buffer): Promise<PreparedImage> {
  try {
    const metadata = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
    const sample = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .autoOrient()
      .greyscale()
      .resize({ width: SKEW_SAMPLE_WIDTH })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const samplePixels = new Uint8Array(sample.data);
    const skew = estimateSkewDegrees(samplePixels, sample.info.width, sample.info.height);
    // Levels measured on the sample: a full-resolution normalise() cost ~0.7 s per page.
    const { multiply, add } = stretchCoefficients(contrastLevels(samplePixels, 0.005, 0.005));
    let pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient().greyscale();
    if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
      pipeline = pipeline.rotate(-skew, { background: '#ffffff' });
    }
    if (width > 0 && (width < TARGET_PAGE_WIDTH * 0.9 || width > DOWNSCALE_ABOVE)) {
      pipeline = pipeline.resize({ width: TARGET_PAGE_WIDTH, kernel: 'lanczos3' });
    }
    // median(3) removes specks and grain that tesseract reads as punctuation, at no cost to 9 pt text at 300 dpi.
    const { data, info } = await pipeline
      .linear(multiply, add)
      .median(3)
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height, skewDegrees: skew };
  } catch (error) {
    if (error instanceof DocumentIntakeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentIntakeError('image_corrupt', detail, { cause: error });
  }
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
  const metadata = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  const fromExif = exifSoftware(metadata.exif);
  const xmp = metadata.xmp?.toString('utf8') ?? '';
  const fromXmp =
    /CreatorTool(?:>|=")([^<"]+)/.exec(xmp)?.[1] ??
    /softwareAgent(?:>|=")([^<"]+)/.exec(xmp)?.[1] ??
    null;
  const fromPng = metadata.comments?.find((c) => /^software$/i.test(c.keyword))?.text ?? null;
  return { software: fromExif ?? fromXmp ?? fromPng };
}
