import { readFile, stat } from 'node:fs/promises';
import type { ImageProvenance, PdfProvenance } from '../../../shared/onboarding/checks';
import type { DocumentLine } from '../../../shared/onboarding/kbis-extract';
import type { DocumentFormat } from './document-format';
import { detectDocumentFormat, INTAKE_LIMITS } from './document-format';
import { imageProvenance, prepareImageForOcr } from './image-preprocess';
import { DocumentIntakeError } from './intake-errors';
import type { OcrProgress, OcrService } from './ocr-service';
import { openPdf, readPdfPageText, renderPdfPage } from './pdf-document';

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

async function ocrImage(
  image: Buffer,
  page: number,
  pageCount: number,
  options: ReadDocumentOptions,
): Promise<{ lines: DocumentLine[]; durationMs: number }> {
  const prepared = await prepareImageForOcr(image);
  const result = await options.ocr.recognise(prepared.png, prepared.width, {
    signal: options.signal,
    onProgress: (p: OcrProgress) => options.onProgress?.({ page, pageCount, ...p }),
  });
  return { lines: result.lines, durationMs: result.durationMs };
}

async function readPdf(
  bytes: Uint8Array,
  options: ReadDocumentOptions,
  started: number,
): Promise<ReadDocument> {
  if (bytes.length > INTAKE_LIMITS.maxPdfBytes) {
    throw new DocumentIntakeError('image_too_large', megabytes(bytes.length));
  }
  const pdf = await openPdf(bytes);
  try {
    if (pdf.pageCount > INTAKE_LIMITS.maxPdfPages) {
      throw new DocumentIntakeError('pdf_too_many_pages', String(pdf.pageCount));
    }
    const lines: DocumentLine[] = [];
    const fontNames = new Set<string>();
    let characters = 0;
    for (let p = 1; p <= pdf.pageCount; p++) {
      const text = await readPdfPageText(await pdf.document.getPage(p));
      lines.push(...text.lines);
      text.fontNames.forEach((f) => fontNames.add(f));
      characters += text.characterCount;
      if (p === 1 && characters < INTAKE_LIMITS.minTextLayerCharacters) break;
    }
    const hasTextLayer = characters >= INTAKE_LIMITS.minTextLayerCharacters;
    const provenance: PdfProvenance = {
      producer: pdf.metadata.producer,
      creator: pdf.metadata.creator,
      creationDate: pdf.metadata.creationDate,
      modificationDate: pdf.metadata.modificationDate,
      fontNames: [...fontNames],
      hasTextLayer,
    };
    if (hasTextLayer) {
      return {
        format: 'pdf',
        source: 'text_layer',
        pageCount: pdf.pageCount,
        lines,
        pdf: provenance,
        image: null,
        timings: { totalMs: performance.now() - started, ocrMsPerPage: [] },
      };
    }
    const ocrLines: DocumentLine[] = [];
    const ocrMsPerPage: number[] = [];
    const pagesToRead = Math.min(pdf.pageCount, INTAKE_LIMITS.maxOcrPages);
    for (let p = 1; p <= pagesToRead; p++) {
      if (options.signal?.aborted) throw new DocumentIntakeError('ocr_cancelled');
      const page = await pdf.document.getPage(p);
      const png = await renderPdfPage(pdf.document, page, INTAKE_LIMITS.renderDpi);
      const result = await ocrImage(png, p, pagesToRead, options);
      ocrLines.push(...result.lines);
      ocrMsPerPage.push(result.durationMs);
    }
    return {
      format: 'pdf',
      source: 'ocr',
      pageCount: pdf.pageCount,
      lines: ocrLines,
      pdf: provenance,
      image: null,
      timings: { totalMs: performance.now() - started, ocrMsPerPage },
    };
  } finally {
    await pdf.document.destroy();
  }
}

/** Reads a Kbis document from bytes: text layer when the PDF has one, OCR otherwise. */
export async function readDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions,
): Promise<ReadDocument> {
  const started = performance.now();
  if (bytes.length === 0) throw new DocumentIntakeError('file_empty');
  const format = detectDocumentFormat(bytes);
  if (format === null) throw new DocumentIntakeError('unsupported_format');
  if (format === 'pdf') return readPdf(bytes, options, started);
  if (bytes.length > INTAKE_LIMITS.maxImageBytes) {
    throw new DocumentIntakeError('image_too_large', megabytes(bytes.length));
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const image = await imageProvenance(buffer).catch((error: unknown) => {
    throw new DocumentIntakeError(
      'image_corrupt',
      error instanceof Error ? error.message : String(error),
      {
        cause: error,
      },
    );
  });
  const result = await ocrImage(buffer, 1, 1, options);
  return {
    format,
    source: 'ocr',
    pageCount: 1,
    lines: result.lines,
    pdf: null,
    image,
    timings: { totalMs: performance.now() - started, ocrMsPerPage: [result.durationMs] },
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
