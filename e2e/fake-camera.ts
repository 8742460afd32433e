import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import sharp from 'sharp';

export interface Y4mOptions {
  /** Frame size: what a webcam gives (landscape), not the page's size. */
  width: number;
  height: number;
  /** Identical frames written; Chromium loops the file. */
  frames?: number;
  fps?: number;
  /** What the camera sees around the page (a desk), as an sRGB colour. */
  background?: { r: number; g: number; b: number };
}

/**
 * Writes `image` (PNG, JPEG…) as a YUV4MPEG2 4:2:0 file that Chromium plays as a camera
 * (`--use-file-for-fake-video-capture`): the page letterboxed into a webcam-sized frame,
 * RGB → YCbCr with BT.601 full-range (JPEG) coefficients, chroma averaged over 2×2 blocks.
 */
export async function writeY4m(image: string, out: string, options: Y4mOptions): Promise<void> {
  const { width, height, frames = 3, fps = 30 } = options;
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error('4:2:0 needs even dimensions');
  const background = { ...(options.background ?? { r: 128, g: 128, b: 128 }), alpha: 1 };
  const { data } = await sharp(image)
    .resize({ width, height, fit: 'contain', background, kernel: 'lanczos3' })
    .flatten({ background })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (data.length !== width * height * 3) throw new Error('expected 8-bit RGB pixels');

  const clamp = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));
  const y = Buffer.alloc(width * height);
  const cb = new Float64Array(width * height);
  const cr = new Float64Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const r = data[i * 3] ?? 0;
    const g = data[i * 3 + 1] ?? 0;
    const b = data[i * 3 + 2] ?? 0;
    y[i] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
    cb[i] = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
    cr[i] = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
  }
  const cw = width / 2;
  const ch = height / 2;
  const u = Buffer.alloc(cw * ch);
  const v = Buffer.alloc(cw * ch);
  for (let row = 0; row < ch; row++) {
    for (let col = 0; col < cw; col++) {
      const tl = 2 * row * width + 2 * col;
      const block = [tl, tl + 1, tl + width, tl + width + 1];
      u[row * cw + col] = clamp(block.reduce((sum, at) => sum + (cb[at] ?? 128), 0) / 4);
      v[row * cw + col] = clamp(block.reduce((sum, at) => sum + (cr[at] ?? 128), 0) / 4);
    }
  }

  const stream = createWriteStream(out);
  const write = async (chunk: Buffer | string): Promise<void> => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  await write(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  for (let frame = 0; frame < frames; frame++) {
    await write('FRAME\n');
    await write(y);
    await write(u);
    await write(v);
  }
  stream.end();
  await once(stream, 'finish');
}
