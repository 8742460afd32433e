import { afterAll, describe, expect, it } from 'vitest';
import { pdfEditedCheck } from '../../../shared/onboarding/checks';
import { readDocument } from './document-intake';
import { OcrService } from './ocr-service';
import { decodePdfTextBytes, pdfRevisionFacts, readPdfString } from './pdf-forensics';
import { buildPdf } from './test-pdf-builder';

const ocr = new OcrService();
afterAll(() => ocr.terminate());

const TEXT =
  "Extrait Kbis 732 829 320 R.C.S. Lyon - Greffe du Tribunal de Commerce de LYON - Numero d'identification";

/** `<FEFF…>`: UTF-16BE with its byte-order mark, in hexadecimal, as most tools write it. */
const utf16Hex = (text: string) =>
  `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
/** `(þÿ…)`: the same bytes in a literal string, raw. */
const utf16Literal = (text: string) =>
  `(\xfe\xff${Buffer.from(text, 'utf16le').swap16().toString('latin1')})`;
/** `(\376\377…)`: the same bytes in a literal string, as octal escapes. */
const utf16Octal = (text: string) =>
  `(${[0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]
    .map((b) => `\\${b.toString(8).padStart(3, '0')}`)
    .join('')})`;

async function provenanceOf(info: string, updates?: { info: string }[]) {
  const bytes = buildPdf({ pages: [{ text: TEXT }], info, ...(updates ? { updates } : {}) });
  const document = await readDocument(bytes, { ocr });
  if (!document.pdf) throw new Error('no PDF provenance');
  return document.pdf;
}

describe('PDF strings', () => {
  it('decodes UTF-16 in hexadecimal and literal strings, escapes included', () => {
    for (const token of [utf16Hex('Éditique'), utf16Literal('Éditique'), utf16Octal('Éditique')]) {
      expect(readPdfString(token, 0)?.value, token).toBe('Éditique');
    }
    expect(readPdfString('(a \\(b\\) (c) \\\\ \\101)', 0)?.value).toBe('a (b) (c) \\ A');
    expect(readPdfString('<48 65 6C6C 6F>', 0)?.value).toBe('Hello');
    expect(decodePdfTextBytes(Uint8Array.from([0x93, 0x80, 0xa0]))).toBe('ﬁ•€');
    expect(readPdfString('(never closed', 0)).toBeNull();
  });
});

describe('PDF edit signs, from files built here', () => {
  it('reads an official-looking file as unedited, its UTF-16 producer decoded', async () => {
    const pdf = await provenanceOf(
      `/Producer ${utf16Hex('Editique RCS 4.2')} /Creator ${utf16Literal('Kbis - édition électronique')} /CreationDate (D:20261120081432Z) /ModDate (D:20261120081432Z)`,
    );
    expect(pdf.producer).toBe('Editique RCS 4.2');
    expect(pdf.creator).toBe('Kbis - édition électronique');
    expect(pdf.incrementalUpdates).toBe(0);
    expect(pdfEditedCheck(pdf).status).toBe('ok');
  });

  it('flags an editing tool written in UTF-16, in either string form', async () => {
    for (const producer of [
      utf16Hex('Adobe Acrobat Pro DC 24.1'),
      utf16Literal('iLovePDF'),
      utf16Octal('PDF-XChange Editor 10'),
    ]) {
      const pdf = await provenanceOf(
        `/Producer ${producer} /CreationDate (D:20261120081432Z) /ModDate (D:20261120081432Z)`,
      );
      const check = pdfEditedCheck(pdf);
      expect(check.status, producer).toBe('warning');
      expect(check.message.en).toMatch(
        /generic editor \("(Adobe Acrobat Pro DC 24\.1|iLovePDF|PDF-XChange Editor 10)"\)/,
      );
    }
  });

  it('flags a ModDate days after the CreationDate, dates in UTF-16 hex', async () => {
    const pdf = await provenanceOf(
      `/Producer (Editique RCS 4.2) /CreationDate ${utf16Hex("D:20261120081432+01'00'")} /ModDate ${utf16Hex("D:20261124170502+01'00'")}`,
    );
    expect(pdf.creationDate).toBe('2026-11-20T07:14:32.000Z');
    expect(pdf.modificationDate).toBe('2026-11-24T16:05:02.000Z');
    const check = pdfEditedCheck(pdf);
    expect(check.status).toBe('warning');
    expect(check.message.fr).toContain('4 jours après sa création le 2026-11-20');
  });

  it('flags an incremental update, and names the tool of every revision', async () => {
    const original = `/Producer (Editique RCS 4.2) /CreationDate (D:20261120081432Z) /ModDate (D:20261120081432Z)`;
    // The editor kept the registry's Producer in its own Info: only the appended save shows.
    const pdf = await provenanceOf(original, [{ info: original }]);
    expect(pdf.incrementalUpdates).toBe(1);
    const check = pdfEditedCheck(pdf);
    expect(check.status).toBe('warning');
    expect(check.message.en).toContain('saved again 1 time after its original version');

    const bytes = buildPdf({
      pages: [{ text: TEXT }],
      info: original,
      updates: [{ info: `/Producer ${utf16Hex('Foxit PDF Editor')} /ModDate (D:20261121090000Z)` }],
    });
    const facts = pdfRevisionFacts(bytes);
    expect(facts).toMatchObject({ eofMarkers: 2, xrefSections: 2, incrementalUpdates: 1 });
    expect(facts.tools).toEqual(['Editique RCS 4.2', 'Foxit PDF Editor']);
  });

  it('does not count a signature or linearization as an edit', () => {
    const signed = Buffer.concat([
      buildPdf({ pages: [{ text: TEXT }], updates: [{ info: '/Producer (Editique RCS 4.2)' }] }),
      Buffer.from('% signature dictionary: << /Type /Sig /ByteRange [0 10 20 30] >>\n', 'latin1'),
    ]);
    expect(pdfRevisionFacts(signed).incrementalUpdates).toBe(0);
    const linearized = buildPdf({ pages: [{ text: TEXT }], updates: [{ info: '/Producer (x)' }] });
    const withMarker = Buffer.from(
      linearized.toString('latin1').replace('%PDF-1.4\n', '%PDF-1.4\n% << /Linearized 1 >>\n'),
      'latin1',
    );
    expect(pdfRevisionFacts(withMarker)).toMatchObject({ linearized: true, incrementalUpdates: 0 });
  });
});
