import { createDeflate, crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { INTAKE_LIMITS, readDocument } from './document-intake';
import type { IntakeLimits } from './document-format';
import type { WorkerClock } from './document-worker-client';
import { DocumentIntakeError } from './intake-errors';
import { OcrService } from './ocr-service';
import { lzwDecodedLength, measurePdfStreams } from './pdf-budget';
import { renderScale } from './pdf-document';
import { buildPdf } from './test-pdf-builder';

const ocr = new OcrService();
afterAll(() => ocr.terminate());

const KBIS_TEXT =
  "Extrait Kbis 732 829 320 R.C.S. Lyon - Greffe du Tribunal de Commerce de LYON - Numero d'identification";

/** Deflates `megabytes` of zeros chunk by chunk: the bomb is built without holding its payload. */
function zeroBomb(megabytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflate({ level: 9 });
    const out: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => out.push(chunk));
    deflate.on('end', () => resolve(Buffer.concat(out)));
    deflate.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024);
    let written = 0;
    const pump = () => {
      while (written < megabytes) {
        written++;
        if (!deflate.write(chunk)) {
          deflate.once('drain', pump);
          return;
        }
      }
      deflate.end();
    };
    pump();
  });
}

async function refusal(bytes: Uint8Array, ocrService = ocr, limits: IntakeLimits = INTAKE_LIMITS) {
  const error = await readDocument(bytes, { ocr: ocrService, limits }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DocumentIntakeError);
  const intake = error as DocumentIntakeError;
  expect(intake.userMessage.fr.length).toBeGreaterThan(20);
  expect(intake.userMessage.en.length).toBeGreaterThan(20);
  return intake;
}

async function stillReads(ocrService = ocr): Promise<void> {
  const document = await readDocument(buildPdf({ pages: [{ text: KBIS_TEXT }] }), {
    ocr: ocrService,
  });
  expect(document.source).toBe('text_layer');
  expect(document.lines[0]?.text).toContain('732 829 320');
}

/** A PNG whose header announces `width` × `height` pixels, with almost no data behind it. */
function hugePngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(1, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('hostile documents', () => {
  it('refuses a deflate bomb: a small PDF whose page stream inflates to 300 MB', async () => {
    const bomb = await zeroBomb(300);
    const pdf = buildPdf({ pages: [{ content: { data: bomb, filters: ['FlateDecode'] } }] });
    expect(pdf.length).toBeLessThan(400_000);
    const error = await refusal(pdf);
    expect(error.code).toBe('pdf_too_complex');
    expect(error.userMessage.fr).toContain('se décompresse au-delà de 128 Mo');
    expect(error.userMessage.en).toContain('decompresses beyond 128 MB');
    await stillReads();
  });

  it('refuses a bomb folded twice (two Flate filters), a few kilobytes on disk', async () => {
    const twice = deflateSync(await zeroBomb(300), { level: 9 });
    const pdf = buildPdf({
      pages: [{ content: { data: twice, filters: ['FlateDecode', 'FlateDecode'] } }],
    });
    expect(pdf.length).toBeLessThan(20_000);
    expect((await refusal(pdf)).code).toBe('pdf_too_complex');
  });

  it('refuses streams that are each under the limit but too much together', async () => {
    const part = await zeroBomb(100);
    const pdf = buildPdf({
      pages: [1, 2, 3].map(() => ({ content: { data: part, filters: ['FlateDecode'] } })),
    });
    const error = await refusal(pdf);
    expect(error.code).toBe('pdf_too_complex');
    expect(error.userMessage.en).toContain('its streams decompress beyond 256 MB');
  });

  it('refuses a 5000-point and a 14400-point page before rendering them', async () => {
    for (const side of [5000, 14_400]) {
      const pdf = buildPdf({ pages: [{ size: [side, side] }] });
      const error = await refusal(pdf);
      expect(error.code).toBe('pdf_page_too_large');
      expect(error.userMessage.fr).toContain(`${side} × ${side} points`);
    }
    await stillReads();
  });

  it('refuses an image whose header announces 400 megapixels, before decoding it', async () => {
    const png = hugePngHeader(20_000, 20_000);
    expect(png.length).toBeLessThan(2_000);
    const error = await refusal(png);
    expect(error.code).toBe('image_too_large');
    expect(error.userMessage.fr).toContain('400 mégapixels');
    expect(ocr.isRunning).toBe(false);
  });

  it('ends a page that takes too long, and the next document gets a fresh worker', async () => {
    const timers: (() => void)[] = [];
    const clock: WorkerClock = {
      setTimeout: (callback) => timers.push(callback) - 1,
      clearTimeout: (handle) => {
        timers[handle as number] = () => undefined;
      },
    };
    const slow = new OcrService({ clock });
    try {
      const outcome = readDocument(buildPdf({ pages: [{ text: KBIS_TEXT }] }), {
        ocr: slow,
        // The page clock runs out as soon as the worker starts on the first page.
        onProgress: () => timers.at(-1)?.(),
      }).catch((e: unknown) => e);
      const error = (await outcome) as DocumentIntakeError;
      expect(error).toBeInstanceOf(DocumentIntakeError);
      expect(error.code).toBe('pdf_too_complex');
      expect(error.userMessage.en).toContain('a page takes more than 20 s to process');
      expect(slow.documents.isRunning).toBe(false);
      await stillReads(slow);
    } finally {
      await slow.terminate();
    }
  });

  it('refuses a document that exhausts the worker heap, and keeps reading the next', async () => {
    const tight = new OcrService();
    try {
      // 12 MB of text-drawing operators: under the decoded-size limits, over a 32 MB heap.
      const operators = Buffer.from('BT /F1 1 Tf 1 1 Td (x) Tj ET\n'.repeat(400_000), 'latin1');
      const pdf = buildPdf({
        pages: [{ content: { data: deflateSync(operators), filters: ['FlateDecode'] } }],
      });
      const error = await refusal(pdf, tight, { ...INTAKE_LIMITS, workerHeapMb: 32 });
      expect(error.code).toBe('pdf_too_complex');
      expect(error.userMessage.en).toContain('exceeds 32 MB of memory');
      await stillReads(tight);
    } finally {
      await tight.terminate();
    }
  });
});

describe('limits as numbers', () => {
  it('renders A4 at 300 dpi and caps larger pages to the same pixel count', () => {
    const cap = INTAKE_LIMITS.maxRenderPixels;
    expect(renderScale({ width: 595, height: 842 }, 300, cap)).toBeCloseTo(300 / 72);
    for (const side of [1190, 2384, 4800]) {
      const scale = renderScale({ width: side, height: side * 1.414 }, 300, cap);
      expect(side * scale * side * 1.414 * scale).toBeLessThanOrEqual(cap * 1.0001);
    }
  });

  it('measures LZW and RunLength streams without decoding them', async () => {
    // PDF 32000-1 §7.4.4.2's example: 45 45 45 45 45 65 45 45 45 66 (ten bytes).
    expect(lzwDecodedLength(Buffer.from('800b6050220c0c8501', 'hex'), 100)).toBe(10);
    // RunLength: 128 copies of one byte from two bytes, ×100 000: 12.8 MB from 200 kB.
    const runs = Buffer.concat([
      Buffer.from(Array.from({ length: 100_000 }, () => [129, 0]).flat()),
      Buffer.from([128]),
    ]);
    const pdf = buildPdf({ pages: [{ content: { data: runs, filters: ['RunLengthDecode'] } }] });
    const measured = await measurePdfStreams(pdf, { maxStreamBytes: 64e6, maxTotalBytes: 64e6 });
    expect(measured.decodedBytes).toBeGreaterThanOrEqual(12_800_000);
    await expect(
      measurePdfStreams(pdf, { maxStreamBytes: 1e6, maxTotalBytes: 64e6 }),
    ).rejects.toMatchObject({ code: 'pdf_too_complex' });
  });
});
