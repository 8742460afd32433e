import { readFile, stat } from 'node:fs/promises';
import type { ImageProvenance, PdfProvenance } from '../../../shared/onboarding/checks';
import type { DocumentLine } from '../../../shared/onboarding/kbis-extract';
import type { DocumentFormat, IntakeLimits } from './document-format';
import { detectDocumentFormat, INTAKE_LIMITS } from './document-format';
import { DocumentIntakeError } from './intake-errors';
import type { OcrProgress, OcrService } from './ocr-service';

export { detectDocumentFormat, INTAKE_LIMITS } from './document-format';
export type { DocumentFormat } from './document-format';

export interface DocumentReadProgress {
  page: number;
  pageCount: number;
  status: string;
  progress: number;
}

export interface ReadDocumentOptions {
  ocr: OcrService;
  signal?: AbortSignal;
  onProgress?: (progress: DocumentReadProgress) => void;
  /** INTAKE_LIMITS unless a test narrows them. */
  limits?: IntakeLimits;
}

export interface ReadDocument {
  format: DocumentFormat;
  /** How the text was obtained. */
  source: 'text_layer' | 'ocr';
  pageCount: number;
  lines: DocumentLine[];
  pdf: PdfProvenance | null;
  image: ImageProvenance | null;
  timings: { totalMs: number; ocrMsPerPage: number[] };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} Mo`;
}

/**
 * Reads a Kbis document from bytes: text layer when the PDF has one, OCR otherwise. Size and
 * format are checked here; measuring, parsing, rendering and preparing the pages run in the
 * OCR service's document worker (bounded heap, a clock per page); OCR in tesseract's worker.
 */
export async function readDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions,
): Promise<ReadDocument> {
  const started = performance.now();
  const limits = options.limits ?? INTAKE_LIMITS;
  if (bytes.length === 0) throw new DocumentIntakeError('file_empty');
  const format = detectDocumentFormat(bytes);
  if (format === null) throw new DocumentIntakeError('unsupported_format');
  const maxBytes = format === 'pdf' ? limits.maxPdfBytes : limits.maxImageBytes;
  if (bytes.length > maxBytes) {
    throw new DocumentIntakeError('image_too_large', megabytes(bytes.length));
  }
  const extracted = await options.ocr.documents.extract(bytes, format, {
    limits,
    signal: options.signal,
    onPage: (page, pageCount, stage) =>
      options.onProgress?.({
        page,
        pageCount,
        status: stage === 'text' ? 'reading' : 'rendering',
        progress: 0,
      }),
  });
  if (extracted.textLines) {
    return {
      format,
      source: 'text_layer',
      pageCount: extracted.pageCount,
      lines: extracted.textLines,
      pdf: extracted.pdf,
      image: extracted.image,
      timings: { totalMs: performance.now() - started, ocrMsPerPage: [] },
    };
  }
  const lines: DocumentLine[] = [];
  const ocrMsPerPage: number[] = [];
  for (const [index, page] of extracted.pages.entries()) {
    if (options.signal?.aborted) throw new DocumentIntakeError('ocr_cancelled');
    const result = await options.ocr.recognise(Buffer.from(page.png), page.width, {
      signal: options.signal,
      onProgress: (p: OcrProgress) =>
        options.onProgress?.({ page: index + 1, pageCount: extracted.pages.length, ...p }),
    });
    lines.push(...result.lines);
    ocrMsPerPage.push(result.durationMs);
  }
  return {
    format,
    source: 'ocr',
    pageCount: extracted.pageCount,
    lines,
    pdf: extracted.pdf,
    image: extracted.image,
    timings: { totalMs: performance.now() - started, ocrMsPerPage },
  };
}

export async function readDocumentFile(
  filePath: string,
  options: ReadDocumentOptions,
): Promise<ReadDocument> {
  let bytes: Buffer;
  try {
    const info = await stat(filePath);
    // Refuse before loading a huge file in memory.
    if (info.size > INTAKE_LIMITS.maxImageBytes && info.size > INTAKE_LIMITS.maxPdfBytes) {
      throw new DocumentIntakeError('image_too_large', megabytes(info.size));
    }
    bytes = await readFile(filePath);
  } catch (error) {
    if (error instanceof DocumentIntakeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentIntakeError('file_unreadable', detail, { cause: error });
  }
  return readDocument(bytes, options);
}
