import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { INTAKE_LIMITS } from './document-format';
import { locatePage, prepareImageForOcr } from './image-preprocess';
import { DocumentIntakeError } from './intake-errors';
import { readKbis } from './kbis-reader';
import type { KbisReadResult } from './kbis-reader';
import { OcrService } from './ocr-service';
import {
  openPdf,
  pageSizePoints,
  readPdfPageText,
  renderPdfPage,
  renderScale,
} from './pdf-document';

// The team's Kbis fixtures (test-fixtures/kbis); NOVAEVO_KBIS_FIXTURES points elsewhere.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = process.env.NOVAEVO_KBIS_FIXTURES ?? path.resolve(repoRoot, 'test-fixtures/kbis');
const TODAY = '2026-11-27';
const KEY_FIELDS = [
  'siren',
  'rcs',
  'denomination',
  'forme_juridique',
  'adresse_siege',
  'date_immatriculation',
  'date_extrait',
] as const;
const ALL_FIELDS = [
  ...KEY_FIELDS,
  'document_type',
  'siret_siege',
  'greffe',
  'numero_gestion',
  'sigle',
  'capital',
  'activite',
  'code_ape',
  'date_debut_activite',
  'dirigeants',
] as const;

interface Expected {
  [field: string]: unknown;
  expect_checks: Record<string, string | null>;
}

const fixtureNames = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((f) => /\.(pdf|png|jpe?g|tiff?|webp)$/i.test(f))
      .sort()
  : [];

// One worker for the whole file: starting tesseract costs about a second.
const ocr = new OcrService();
afterAll(() => ocr.terminate());

const timings: string[] = [];
afterAll(() => {
  console.info(`OCR warm-up ${ocr.lastWarmUpMs?.toFixed(0)} ms\n${timings.join('\n')}`);
});

async function read(bytes: Uint8Array): Promise<KbisReadResult> {
  return readKbis(bytes, { ocr, today: TODAY });
}

describe('every Kbis fixture', () => {
  it('finds the fixtures folder', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of fixtureNames) {
    it(`${name}: fields and checks`, { timeout: 120_000 }, async () => {
      const expected = JSON.parse(
        readFileSync(path.join(FIXTURES, name.replace(/\.\w+$/, '.expected.json')), 'utf8'),
      ) as Expected;
      const result = await read(await readFile(path.join(FIXTURES, name)));
      timings.push(
        `${name}: ${result.document.source}, total ${result.document.timings.totalMs.toFixed(0)} ms, OCR/page ${result.document.timings.ocrMsPerPage.map((t) => t.toFixed(0)).join(',') || '—'} ms`,
      );
      for (const field of KEY_FIELDS)
        expect(result.fields[field].value, field).toEqual(expected[field]);
      for (const field of ALL_FIELDS) {
        if (field === 'dirigeants') {
          // Officers' names and roles: surnames exactly; first names may carry an OCR slip on blurred scans.
          const dirigeants = result.fields.dirigeants.value;
          const wanted = expected.dirigeants as { nom: string; role: string }[];
          expect(dirigeants.map((d) => [d.nom, d.role])).toEqual(
            wanted.map((d) => [d.nom, d.role]),
          );
        } else if (field !== 'sigle' || expected.degradation !== 'lowres') {
          expect(result.fields[field].value, field).toEqual(expected[field]);
        }
      }
      for (const [id, status] of Object.entries(expected.expect_checks)) {
        const check = result.checks.find((c) => c.id === id);
        if (status === null) expect(check, id).toBeUndefined();
        else expect(check?.status, id).toBe(status);
      }
      for (const field of Object.values(result.fields)) {
        expect(field.confidence).toBeGreaterThanOrEqual(0);
        expect(field.confidence).toBeLessThanOrEqual(1);
      }
    });
  }
});

describe('degraded variants of a clean scan', () => {
  const source =
    fixtureNames.find((n) => n.endsWith('.png') && n.includes('clean')) ??
    fixtureNames.find((n) => n.endsWith('.png'));
  const variants: [string, (image: Sharp) => Sharp][] = [
    ['rotated 3°', (i) => i.rotate(3, { background: '#ffffff' })],
    ['blurred', (i) => i.blur(1.2)],
    ['low resolution (~120 dpi)', (i) => i.resize({ width: 1000 })],
  ];
  for (const [label, degrade] of variants) {
    it(`keeps the key fields when ${label}`, { timeout: 120_000 }, async () => {
      if (!source) throw new Error('no PNG fixture to degrade');
      const expected = JSON.parse(
        readFileSync(path.join(FIXTURES, source.replace(/\.\w+$/, '.expected.json')), 'utf8'),
      ) as Expected;
      const bytes = await degrade(sharp(path.join(FIXTURES, source)).greyscale())
        .png()
        .toBuffer();
      const result = await read(bytes);
      for (const field of [
        'siren',
        'denomination',
        'date_extrait',
        'date_immatriculation',
      ] as const) {
        expect(result.fields[field].value, field).toEqual(expected[field]);
      }
    });
  }

  it('keeps the key fields with added noise', { timeout: 120_000 }, async () => {
    if (!source) throw new Error('no PNG fixture to degrade');
    const expected = JSON.parse(
      readFileSync(path.join(FIXTURES, source.replace(/\.\w+$/, '.expected.json')), 'utf8'),
    ) as Expected;
    const { data, info } = await sharp(path.join(FIXTURES, source))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let seed = 7;
    for (let i = 0; i < data.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      if (seed % 50 === 0) data[i] = seed % 3 === 0 ? 0 : 255;
    }
    const noisy = await sharp(data, {
      raw: { width: info.width, height: info.height, channels: 1 },
    })
      .png()
      .toBuffer();
    const result = await read(noisy);
    expect(result.fields.siren.value).toBe(expected.siren);
    expect(result.fields.denomination.value).toBe(expected.denomination);
  });
});

describe('a photo of something else', () => {
  it('answers "document non reconnu"', { timeout: 120_000 }, async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1654" height="1200"><rect width="100%" height="100%" fill="white"/>
      <text x="100" y="200" font-size="60" font-family="sans-serif">FACTURE 2026-118</text>
      <text x="100" y="400" font-size="48" font-family="sans-serif">Vidange et filtre 89,00 EUR</text>
      <text x="100" y="550" font-size="48" font-family="sans-serif">Total TTC 106,80 EUR</text></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const error = await read(png).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentIntakeError);
    expect((error as DocumentIntakeError).code).toBe('document_not_recognised');
    expect((error as DocumentIntakeError).userMessage.fr).toContain('Document non reconnu');
  });

  it('cancels an OCR job with an AbortSignal', { timeout: 60_000 }, async () => {
    const source = fixtureNames.find((n) => n.endsWith('.png'));
    if (!source) throw new Error('no PNG fixture');
    const controller = new AbortController();
    const pending = readKbis(await readFile(path.join(FIXTURES, source)), {
      ocr,
      today: TODAY,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    const error = await pending.catch((e: unknown) => e);
    expect((error as DocumentIntakeError).code).toBe('ocr_cancelled');
  });
});

describe('a page on a desk, seen by a webcam', () => {
  const source = fixtureNames.find((n) => n.startsWith('02-') && n.endsWith('.png'));
  const FRAME = { width: 1920, height: 1080 };

  /** Dark wood: grain waves and per-pixel noise, brownish, ~30–90 grey; the same on every run. */
  function woodDesk(): Sharp {
    const data = Buffer.alloc(FRAME.width * FRAME.height * 3);
    let seed = 11;
    for (let y = 0; y < FRAME.height; y++) {
      for (let x = 0; x < FRAME.width; x++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const grain =
          Math.sin(x * 0.02 + Math.sin(y * 0.013) * 3) * 18 + Math.sin(x * 0.31 + y * 0.01) * 6;
        const level = 55 + grain + ((seed % 41) - 20);
        const at = (y * FRAME.width + x) * 3;
        data[at] = Math.max(0, Math.min(255, level * 1.35));
        data[at + 1] = Math.max(0, Math.min(255, level * 0.95));
        data[at + 2] = Math.max(0, Math.min(255, level * 0.6));
      }
    }
    return sharp(data, { raw: { ...FRAME, channels: 3 } });
  }

  /** The fixture page, full frame height (~770 px wide), in the middle of a 1080p frame. */
  async function webcamFrame(desk: 'black' | 'wood', degrees = 0): Promise<Buffer> {
    if (!source) throw new Error('no clean PNG fixture');
    const turned = await sharp(path.join(FIXTURES, source))
      .toColourspace('srgb')
      .ensureAlpha()
      .rotate(degrees, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    const page = await sharp(turned)
      .resize({ height: FRAME.height, kernel: 'lanczos3' })
      .png()
      .toBuffer({ resolveWithObject: true });
    const background =
      desk === 'wood'
        ? woodDesk()
        : sharp({ create: { ...FRAME, channels: 3, background: { r: 0, g: 0, b: 0 } } });
    const left = Math.round((FRAME.width - page.info.width) / 2);
    return background
      .composite([{ input: page.data, left, top: 0 }])
      .png()
      .toBuffer();
  }

  for (const desk of ['black', 'wood'] as const) {
    it(`reads the SIREN and the dénomination on a ${desk} desk`, { timeout: 120_000 }, async () => {
      const expected = JSON.parse(
        readFileSync(path.join(FIXTURES, `${source?.replace(/\.\w+$/, '')}.expected.json`), 'utf8'),
      ) as Expected;
      const frame = await webcamFrame(desk);
      // The page is cut out and brought to ~300 dpi: ~2480 px wide, A4-tall, not 2480 × 1395.
      const prepared = await prepareImageForOcr(frame);
      expect(prepared.pageRegion?.height).toBe(FRAME.height);
      expect(prepared.pageRegion?.width).toBeGreaterThan(770);
      expect(prepared.pageRegion?.width).toBeLessThan(850);
      expect(prepared.width).toBe(2480);
      expect(prepared.height).toBeGreaterThan(3100);
      const result = await read(frame);
      expect(result.fields.siren.value).toBe(expected.siren);
      expect(result.fields.denomination.value).toBe(expected.denomination);
    });
  }

  it('deskews a page lying askew on a black desk', { timeout: 60_000 }, async () => {
    // The desk's wedges in the corners of the page's box are kept out of the measurement.
    const prepared = await prepareImageForOcr(await webcamFrame('black', 3));
    expect(prepared.pageRegion).not.toBeNull();
    expect(prepared.skewDegrees).toBeCloseTo(3, 0);
  });

  it('leaves scans and rasterised PDF pages uncropped', { timeout: 120_000 }, async () => {
    // They keep the preparation they had before pages were looked for. Photos may be
    // cropped, or not: the phone photo fixture, framed on its page, is not.
    for (const name of fixtureNames) {
      const { degradation } = JSON.parse(
        readFileSync(path.join(FIXTURES, name.replace(/\.\w+$/, '.expected.json')), 'utf8'),
      ) as Expected;
      if (degradation === 'photo') continue;
      const bytes = await readFile(path.join(FIXTURES, name));
      if (!name.endsWith('.pdf')) {
        expect((await locatePage(bytes)).region, name).toBeNull();
        continue;
      }
      const pdf = await openPdf(bytes);
      try {
        const page = await pdf.document.getPage(1);
        const text = await readPdfPageText(page);
        if (text.characterCount >= INTAKE_LIMITS.minTextLayerCharacters) continue;
        const scale = renderScale(
          pageSizePoints(page),
          INTAKE_LIMITS.renderDpi,
          INTAKE_LIMITS.maxRenderPixels,
        );
        const png = await renderPdfPage(pdf.document, page, scale);
        expect((await locatePage(png)).region, name).toBeNull();
      } finally {
        await pdf.document.destroy();
      }
    }
  });
});
