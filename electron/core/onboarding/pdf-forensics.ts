/**
 * What a PDF's raw bytes say about its history, for the anti-fraud check: how many times it
 * was saved (each incremental update appends objects, a new xref section and a new `%%EOF`),
 * and which tools every revision's Info dictionary names — an editor that saved a copy on
 * top of a registry's file leaves the registry's Info behind and adds its own.
 */
export interface PdfRevisionFacts {
  eofMarkers: number;
  xrefSections: number;
  linearized: boolean;
  /** Signature dictionaries (`/ByteRange`): each signature is appended as an update. */
  signatures: number;
  /** Saves after the first version that linearization and signatures do not explain. */
  incrementalUpdates: number;
  /** Producer and Creator of every Info dictionary found, decoded, in file order. */
  tools: string[];
}

/** PDFDocEncoding differs from Latin-1 in 0x18–0x1F and 0x80–0x9F only (marks, quotes, dashes). */
const PDF_DOC_HIGH: Record<number, string> = {
  0x80: '•',
  0x81: '†',
  0x82: '‡',
  0x83: '…',
  0x84: '—',
  0x85: '–',
  0x86: 'ƒ',
  0x87: '⁄',
  0x88: '‹',
  0x89: '›',
  0x8a: '−',
  0x8b: '‰',
  0x8c: '„',
  0x8d: '“',
  0x8e: '”',
  0x8f: '‘',
  0x90: '’',
  0x91: '‚',
  0x92: '™',
  0x93: 'ﬁ',
  0x94: 'ﬂ',
  0x95: 'Ł',
  0x96: 'Œ',
  0x97: 'Š',
  0x98: 'Ÿ',
  0x99: 'Ž',
  0x9a: 'ı',
  0x9b: 'ł',
  0x9c: 'œ',
  0x9d: 'š',
  0x9e: 'ž',
  0xa0: '€',
};

/**
 * Text of a PDF text string's bytes: UTF-16BE after the FE FF byte-order mark (how most
 * tools write non-ASCII metadata), UTF-8 after EF BB BF (PDF 2.0), PDFDocEncoding otherwise.
 */
export function decodePdfTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      text += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    }
    return text;
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  return Array.from(bytes, (b) => PDF_DOC_HIGH[b] ?? String.fromCharCode(b)).join('');
}

const ESCAPES: Record<string, number> = {
  n: 10,
  r: 13,
  t: 9,
  b: 8,
  f: 12,
  '(': 40,
  ')': 41,
  '\\': 92,
};

/**
 * Reads the string token starting at `at` in `text` (Latin-1, one char per byte): a literal
 * `( … )` with its escapes and balanced parentheses, or a hexadecimal `< … >`. Returns the
 * decoded text and where the token ends, or null when there is no string there.
 */
export function readPdfString(text: string, at: number): { value: string; end: number } | null {
  if (text[at] === '<' && text[at + 1] !== '<') {
    const close = text.indexOf('>', at);
    if (close < 0) return null;
    const digits = text.slice(at + 1, close).replace(/[^0-9A-Fa-f]/g, '');
    const hex = digits.length % 2 ? `${digits}0` : digits;
    return { value: decodePdfTextBytes(Buffer.from(hex, 'hex')), end: close + 1 };
  }
  if (text[at] !== '(') return null;
  const bytes: number[] = [];
  let depth = 1;
  let i = at + 1;
  while (i < text.length && depth > 0) {
    const char = text[i] ?? '';
    if (char === '\\') {
      const next = text[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8) & 0xff);
        i += 1 + octal.length;
        continue;
      }
      if (next === '\r' || next === '\n') {
        // A backslash at the end of a line continues the string on the next one.
        i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
        continue;
      }
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 2;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) break;
    bytes.push(char.charCodeAt(0) & 0xff);
    i++;
  }
  if (depth > 0) return null;
  return { value: decodePdfTextBytes(Uint8Array.from(bytes)), end: i + 1 };
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

export function pdfRevisionFacts(bytes: Uint8Array): PdfRevisionFacts {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const eofMarkers = count(text, /%%EOF/g);
  const xrefSections = count(text, /(?:^|[^a-z])startxref\b/g);
  const linearized = /\/Linearized\b/.test(text.slice(0, 2048));
  const signatures = count(text, /\/ByteRange\s*\[/g);
  // A linearized file carries two sections from the start (first page, then the rest).
  const expected = linearized ? 2 : 1;
  const sections = Math.max(eofMarkers, xrefSections);
  const incrementalUpdates = Math.max(0, sections - expected - signatures);
  const tools: string[] = [];
  for (const match of text.matchAll(/\/(?:Producer|Creator)\s*(?=[(<])/g)) {
    const string = readPdfString(text, (match.index ?? 0) + match[0].length);
    const value = string?.value.replace(/\0/g, '').trim();
    if (value && !tools.includes(value)) tools.push(value);
  }
  return { eofMarkers, xrefSections, linearized, signatures, incrementalUpdates, tools };
}
