import sharp from 'sharp';
import type { ImageProvenance, PdfProvenance } from '../../../shared/onboarding/checks';
import type { DocumentLine } from '../../../shared/onboarding/kbis-extract';
import type { DocumentFormat, IntakeLimits } from './document-format';
import { imageProvenance, prepareImageForOcr } from './image-preprocess';
import { DocumentIntakeError } from './intake-errors';
import { measurePdfStreams } from './pdf-budget';
import {
  openPdf,
  pageSizePoints,
  readPdfPageText,
  renderPdfPage,
  renderScale,
} from './pdf-document';
import { pdfRevisionFacts } from './pdf-forensics';

/**
 * Everything done to a document before OCR — measuring, parsing, rendering, preparing the
 * page images — in one function meant to run in the document worker (document-worker.ts):
 * a hostile file exhausts that thread's memory or time, not the app's.
 */
export interface ExtractJob {
  bytes: Uint8Array;
  format: DocumentFormat;
  limits: IntakeLimits;
}

export interface PreparedPage {
  png: Uint8Array;
  width: number;
}

export interface ExtractedDocument {
  pageCount: number;
  pdf: PdfProvenance | null;
  image: ImageProvenance | null;
  /** The text layer's lines, when the PDF has one: no OCR needed. */
  textLines: DocumentLine[] | null;
  /** Page images ready for OCR (scanned PDF, photo, scan). */
  pages: PreparedPage[];
}

/** Called when work on a page starts: the worker's per-page clock restarts. */
export type PageListener = (page: number, pageCount: number, stage: 'text' | 'render') => void;

async function extractPdf(job: ExtractJob, onPage: PageListener): Promise<ExtractedDocument> {
  const { bytes, limits } = job;
  await measurePdfStreams(bytes, {
    maxStreamBytes: limits.maxStreamBytes,
    maxTotalBytes: limits.maxDecodedBytes,
  });
  const history = pdfRevisionFacts(bytes);
  const pdf = await openPdf(bytes, { maxImagePixels: limits.maxPdfImagePixels });
  try {
    if (pdf.pageCount > limits.maxPdfPages) {
      throw new DocumentIntakeError('pdf_too_many_pages', String(pdf.pageCount));
    }
    const openPage = async (p: number) => {
      const page = await pdf.document.getPage(p);
      const size = pageSizePoints(page);
      if (Math.max(size.width, size.height) > limits.maxPagePoints) {
        throw new DocumentIntakeError(
          'pdf_page_too_large',
          `${Math.round(size.width)} × ${Math.round(size.height)}`,
        );
      }
      return { page, size };
    };
    const lines: DocumentLine[] = [];
    const fontNames = new Set<string>();
    let characters = 0;
    for (let p = 1; p <= pdf.pageCount; p++) {
      onPage(p, pdf.pageCount, 'text');
      const text = await readPdfPageText((await openPage(p)).page);
      lines.push(...text.lines);
      text.fontNames.forEach((f) => fontNames.add(f));
      characters += text.characterCount;
      if (p === 1 && characters < limits.minTextLayerCharacters) break;
    }
    const hasTextLayer = characters >= limits.minTextLayerCharacters;
    const tools = [...new Set([...history.tools, ...pdf.metadata.xmpTools])];
    const provenance: PdfProvenance = {
      producer: pdf.metadata.producer,
      creator: pdf.metadata.creator,
      creationDate: pdf.metadata.creationDate,
      modificationDate: pdf.metadata.modificationDate,
      fontNames: [...fontNames],
      hasTextLayer,
      incrementalUpdates: history.incrementalUpdates,
      tools,
    };
    if (hasTextLayer) {
      return {
        pageCount: pdf.pageCount,
        pdf: provenance,
        image: null,
        textLines: lines,
        pages: [],
      };
    }
    const pages: PreparedPage[] = [];
    const pagesToRead = Math.min(pdf.pageCount, limits.maxOcrPages);
    for (let p = 1; p <= pagesToRead; p++) {
      onPage(p, pagesToRead, 'render');
      const { page, size } = await openPage(p);
      const scale = renderScale(size, limits.renderDpi, limits.maxRenderPixels);
      const png = await renderPdfPage(pdf.document, page, scale);
      const prepared = await prepareImageForOcr(png, { maxOutputPixels: limits.maxRenderPixels });
      pages.push({ png: prepared.png, width: prepared.width });
    }
    return { pageCount: pdf.pageCount, pdf: provenance, image: null, textLines: null, pages };
  } finally {
    await pdf.document.destroy();
  }
}

async function extractImage(job: ExtractJob, onPage: PageListener): Promise<ExtractedDocument> {
  const buffer = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  // The header gives the size: refused before one pixel is decoded.
  const metadata = await sharp(buffer, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw new DocumentIntakeError(
        'image_corrupt',
        error instanceof Error ? error.message : String(error),
        { cause: error },
      );
    });
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > job.limits.maxImagePixels) {
    throw new DocumentIntakeError('image_too_large', `pixels:${Math.round(pixels / 1e6)}`);
  }
  const image = await imageProvenance(buffer).catch((error: unknown) => {
    throw new DocumentIntakeError(
      'image_corrupt',
      error instanceof Error ? error.message : String(error),
      { cause: error },
    );
  });
  onPage(1, 1, 'render');
  const prepared = await prepareImageForOcr(buffer, {
    maxOutputPixels: job.limits.maxRenderPixels,
    maxInputPixels: job.limits.maxImagePixels,
  });
  return {
    pageCount: 1,
    pdf: null,
    image,
    textLines: null,
    pages: [{ png: prepared.png, width: prepared.width }],
  };
}

export function extractDocument(job: ExtractJob, onPage: PageListener): Promise<ExtractedDocument> {
  return job.format === 'pdf' ? extractPdf(job, onPage) : extractImage(job, onPage);
}
