// Kept apart from document-intake.ts (which loads sharp, pdf.js and tesseract) so the core can
// check an upload without loading any of them at start-up.

export type DocumentFormat = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'webp';

export const INTAKE_LIMITS = {
  maxImageBytes: 50 * 1024 * 1024,
  maxPdfBytes: 50 * 1024 * 1024,
  maxPdfPages: 40,
  /** A Kbis is 1–3 pages: OCR stops there, the rest of a longer PDF is not read. */
  maxOcrPages: 3,
  /** Below this many characters on its first page a PDF is treated as a scan. */
  minTextLayerCharacters: 80,
  renderDpi: 300,
  /**
   * Longest side of a page, in points (1/72 in): 4800 pt is 1.69 m, room for the phone
   * scanning apps that write a 4032-pixel photo as a 4032-point page; a sheet is 842.
   */
  maxPagePoints: 4800,
  /** Pixels a page is rendered to at most: A4 at 300 dpi. Larger pages get a lower scale. */
  maxRenderPixels: 2480 * 3508,
  /** Pixels of an uploaded image (a 50 MP phone photo fits twice). */
  maxImagePixels: 100_000_000,
  /** Pixels of one image inside a PDF: pdf.js skips larger ones instead of decoding them. */
  maxPdfImagePixels: 50_000_000,
  /** Decoded size of one PDF stream, and of all of them (a 600 dpi colour A4 is ~100 MB). */
  maxStreamBytes: 128 * 1024 * 1024,
  maxDecodedBytes: 256 * 1024 * 1024,
  /** Wall time for opening a document or processing one of its pages, OCR excluded. */
  pageTimeoutMs: 20_000,
  /** JavaScript heap of the worker that parses, renders and prepares documents. */
  workerHeapMb: 512,
} as const;

export type IntakeLimits = { readonly [K in keyof typeof INTAKE_LIMITS]: number };

/** Identifies the format from the first bytes; the file name and its extension are not trusted. */
export function detectDocumentFormat(bytes: Uint8Array): DocumentFormat | null {
  const starts = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP')
    return 'webp';
  // "%PDF-" may follow a few bytes of junk; readers accept it within the first KiB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  return null;
}
