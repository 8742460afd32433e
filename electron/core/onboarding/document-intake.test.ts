import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  detectDocumentFormat,
  INTAKE_LIMITS,
  readDocument,
  readDocumentFile,
} from './document-intake';
import { DocumentIntakeError } from './intake-errors';
import { OcrService } from './ocr-service';
import { buildTestPdf } from './test-pdf-builder';

// None of these inputs reaches OCR: the worker is never started.
const ocr = new OcrService();
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'novaevo-intake-'));
});
afterAll(async () => {
  await ocr.terminate();
  await rm(folder, { recursive: true, force: true });
});

async function intakeError(bytes: Uint8Array): Promise<DocumentIntakeError> {
  const error = await readDocument(bytes, { ocr }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DocumentIntakeError);
  const intake = error as DocumentIntakeError;
  expect(intake.userMessage.fr.length).toBeGreaterThan(0);
  expect(intake.userMessage.en.length).toBeGreaterThan(0);
  return intake;
}

describe('document intake', () => {
  it('detects formats by magic bytes', () => {
    expect(detectDocumentFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectDocumentFormat(Buffer.from('89504e470d0a1a0a', 'hex'))).toBe('png');
    expect(detectDocumentFormat(Buffer.from('49492a00', 'hex'))).toBe('tiff');
    expect(detectDocumentFormat(Buffer.from('4d4d002a', 'hex'))).toBe('tiff');
    expect(detectDocumentFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(detectDocumentFormat(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(detectDocumentFormat(Buffer.from('PK\x03\x04'))).toBeNull();
  });

  it('rejects empty, unsupported and corrupt files with bilingual messages', async () => {
    expect((await intakeError(new Uint8Array())).code).toBe('file_empty');
    expect((await intakeError(Buffer.from('hello world'))).code).toBe('unsupported_format');
    expect((await intakeError(Buffer.from('%PDF-1.7\nthis is not a pdf at all'))).code).toBe(
      'pdf_corrupt',
    );
    const brokenPng = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(100, 7)]);
    expect((await intakeError(brokenPng)).code).toBe('image_corrupt');
    const missing = await readDocumentFile(path.join(folder, 'nope.pdf'), { ocr }).catch(
      (e: unknown) => e,
    );
    expect((missing as DocumentIntakeError).code).toBe('file_unreadable');
  });

  it('refuses a PDF over 40 pages', async () => {
    const error = await intakeError(buildTestPdf({ pages: 41 }));
    expect(error.code).toBe('pdf_too_many_pages');
    expect(error.userMessage.fr).toContain('41 pages');
  });

  it('refuses a password-protected PDF', async () => {
    expect((await intakeError(buildTestPdf({ pages: 1, encrypted: true }))).code).toBe(
      'pdf_password_protected',
    );
  });

  it('refuses an image over 50 MB before decoding it', async () => {
    const big = Buffer.alloc(INTAKE_LIMITS.maxImageBytes + 1024);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(big);
    const file = path.join(folder, 'big.jpg');
    await writeFile(file, big);
    const error = await readDocumentFile(file, { ocr }).catch((e: unknown) => e);
    expect((error as DocumentIntakeError).code).toBe('image_too_large');
    expect(ocr.isRunning).toBe(false);
  });

  it('reads a text-layer PDF without OCR', async () => {
    const text =
      "Extrait Kbis 732 829 320 R.C.S. Lyon - Greffe du Tribunal de Commerce de LYON - Numero d'identification";
    const document = await readDocument(buildTestPdf({ pages: 1, text }), { ocr });
    expect(document.source).toBe('text_layer');
    expect(document.lines[0]?.text).toContain('732 829 320');
    expect(ocr.isRunning).toBe(false);
  });
});
