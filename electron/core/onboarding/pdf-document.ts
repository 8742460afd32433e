import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { DocumentLine } from '../../../shared/onboarding/kbis-extract';
import { DocumentIntakeError } from './intake-errors';

type PdfJs = typeof PdfJsModule;

let pdfjsPromise: Promise<PdfJs> | null = null;

// The legacy build is the one pdf.js supports in Node (no DOM, no structuredClone quirks).
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

function pdfjsFolder(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

export interface PdfMetadata {
  producer: string | null;
  creator: string | null;
  title: string | null;
  author: string | null;
  /** ISO timestamps parsed from the Info dictionary's `D:YYYYMMDDHHmmSS` dates. */
  creationDate: string | null;
  modificationDate: string | null;
  /** CreatorTool and Producer of the XMP metadata stream, when there is one. */
  xmpTools: string[];
}

/** Parses a PDF date (`D:20261120081432Z`, `D:20261120081432+01'00'`) to ISO 8601 UTC. */
export function parsePdfDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const m =
    /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(raw);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offsetMinutes =
    sign === '+' || sign === '-' ? (sign === '+' ? 1 : -1) * (Number(oh) * 60 + Number(om)) : 0;
  const date = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
}

export interface OpenedPdf {
  document: PDFDocumentProxy;
  pageCount: number;
  metadata: PdfMetadata;
}

export interface OpenPdfOptions {
  /** Pixels of an embedded image beyond which pdf.js skips it instead of decoding it. */
  maxImagePixels?: number;
}

export async function openPdf(bytes: Uint8Array, options: OpenPdfOptions = {}): Promise<OpenedPdf> {
  const pdfjs = await loadPdfJs();
  const folder = pdfjsFolder();
  const task = pdfjs.getDocument({
    maxImageSize: options.maxImagePixels ?? -1,
    // pdf.js detaches the buffer it is given: hand it a copy so callers keep theirs.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    standardFontDataUrl: pathToFileURL(path.join(folder, 'standard_fonts') + path.sep).href,
    cMapUrl: pathToFileURL(path.join(folder, 'cmaps') + path.sep).href,
    cMapPacked: true,
    verbosity: 0,
  });
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      throw new DocumentIntakeError('pdf_password_protected', '', { cause: error });
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentIntakeError('pdf_corrupt', detail, { cause: error });
  }
  const { info, metadata } = await document
    .getMetadata()
    .catch(() => ({ info: {} as Record<string, unknown>, metadata: null }));
  const dictionary = (info ?? {}) as Record<string, unknown>;
  // XMP names the tool too, and editors that leave Info alone rewrite it.
  const xmpTools = ['xmp:creatortool', 'pdf:producer']
    .map((key) => stringOrNull(metadata?.get(key)))
    .filter((tool): tool is string => tool !== null);
  return {
    document,
    pageCount: document.numPages,
    metadata: {
      producer: stringOrNull(dictionary.Producer),
      creator: stringOrNull(dictionary.Creator),
      title: stringOrNull(dictionary.Title),
      author: stringOrNull(dictionary.Author),
      creationDate: parsePdfDate(dictionary.CreationDate),
      modificationDate: parsePdfDate(dictionary.ModDate),
      xmpTools,
    },
  };
}

/** A page's size in points (1/72 in), its UserUnit applied. */
export function pageSizePoints(page: PDFPageProxy): { width: number; height: number } {
  const viewport = page.getViewport({ scale: 1 });
  const unit = (page as unknown as { userUnit?: number }).userUnit ?? 1;
  return { width: viewport.width * unit, height: viewport.height * unit };
}

/**
 * The render scale for `dpi`, lowered so the page never exceeds `maxPixels`: an A4 page at
 * 300 dpi is rendered as asked, a poster-sized page at whatever dpi fits the same pixels.
 */
export function renderScale(
  size: { width: number; height: number },
  dpi: number,
  maxPixels: number,
): number {
  const wanted = dpi / 72;
  const area = size.width * size.height;
  if (area <= 0) return wanted;
  return Math.min(wanted, Math.sqrt(maxPixels / area));
}

interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  fontName: string;
}

export interface PdfPageText {
  lines: DocumentLine[];
  /** pdf.js font ids used on the page with their family, for the consistency check. */
  fontNames: string[];
  characterCount: number;
}

/**
 * Rebuilds lines from a page's text items: grouped by baseline, ordered by x, with a wide gap
 * (4 spaces) where the label column ends and the value column starts.
 */
export async function readPdfPageText(page: PDFPageProxy): Promise<PdfPageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PositionedText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim().length === 0) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    items.push({
      text: item.str,
      x,
      y,
      width: item.width,
      fontSize: Math.hypot(a, b) || 10,
      fontName: item.fontName,
    });
  }
  items.sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: PositionedText[][] = [];
  for (const item of items) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(2, anchor.fontSize * 0.3))
      row.push(item);
    else rows.push([item]);
  }
  const lines: DocumentLine[] = rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    let text = '';
    let previousEnd: number | null = null;
    for (const item of row) {
      if (previousEnd !== null) {
        const gap = item.x - previousEnd;
        text += gap > item.fontSize * 1.5 ? '    ' : gap > item.fontSize * 0.15 ? ' ' : '';
      }
      text += item.text;
      previousEnd = item.x + item.width;
    }
    return { text: text.trim(), left: (row[0]?.x ?? 0) / viewport.width };
  });
  const styles = content.styles as Record<string, { fontFamily?: string }>;
  const fontNames = [
    ...new Set(items.map((i) => `${i.fontName}:${styles[i.fontName]?.fontFamily ?? ''}`)),
  ];
  return { lines, fontNames, characterCount: items.reduce((n, i) => n + i.text.length, 0) };
}

/**
 * Renders a page to PNG at `scale` (see renderScale): how a scanned PDF page is turned into
 * an image for OCR.
 */
export async function renderPdfPage(
  document: PDFDocumentProxy,
  page: PDFPageProxy,
  scale: number,
): Promise<Buffer> {
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  // pdf.js's Node build ships a canvas factory backed by @napi-rs/canvas.
  const factory = document.canvasFactory as CanvasFactory;
  const { canvas, context } = factory.create(width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  type RenderParameters = Parameters<PDFPageProxy['render']>[0];
  const parameters = { canvas, canvasContext: context, viewport } as unknown as RenderParameters;
  await page.render(parameters).promise;
  const png = (canvas as { toBuffer: (mime: string) => Buffer }).toBuffer('image/png');
  factory.destroy({ canvas, context });
  return png;
}

interface CanvasFactory {
  create(
    width: number,
    height: number,
  ): {
    canvas: unknown;
    context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
  };
  destroy(entry: { canvas: unknown; context: unknown }): void;
}
