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
} as const;

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
