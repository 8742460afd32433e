import { createInflate } from 'node:zlib';
import type { Inflate } from 'node:zlib';
import { DocumentIntakeError } from './intake-errors';

/**
 * Measures how many bytes a PDF's streams decode to, before pdf.js decodes any of them: a
 * 1 MB file can hold a stream that inflates to gigabytes (a deflate bomb). Every stream of
 * the file is found in the raw bytes (streams never live inside object streams) and its
 * filters are run in counting mode — Flate through a streaming inflater whose output is
 * counted and dropped, LZW, RunLength, ASCIIHex and ASCII85 by counting decoders — so
 * measuring costs a few kilobytes of memory, never the decoded size. Image codecs (DCT,
 * JPX, JBIG2, CCITT) end the measure: their output is bounded by pdf.js's `maxImageSize`.
 */
export interface StreamLimits {
  /** Largest decoded size of one stream. */
  maxStreamBytes: number;
  /** Decoded bytes of all streams together. */
  maxTotalBytes: number;
}

export interface StreamMeasure {
  streams: number;
  decodedBytes: number;
}

const IMAGE_CODECS = new Set([
  'DCTDecode',
  'DCT',
  'JPXDecode',
  'JBIG2Decode',
  'CCITTFaxDecode',
  'CCF',
]);
const ABBREVIATIONS: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  RL: 'RunLengthDecode',
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
};

class OverBudget extends Error {}

/** Dictionary text of the stream whose `stream` keyword is at `keyword`, or null. */
function dictionaryBefore(buf: Buffer, keyword: number): string | null {
  let end = keyword - 1;
  while (
    end > 0 &&
    (buf[end] === 0x20 || buf[end] === 0x0a || buf[end] === 0x0d || buf[end] === 0x09)
  )
    end--;
  if (buf[end] !== 0x3e || buf[end - 1] !== 0x3e) return null;
  let depth = 0;
  const floor = Math.max(0, keyword - 65_536);
  for (let i = end; i > floor; i--) {
    if (buf[i] === 0x3e && buf[i - 1] === 0x3e) {
      depth++;
      i--;
    } else if (buf[i] === 0x3c && buf[i - 1] === 0x3c) {
      depth--;
      i--;
      if (depth === 0) return buf.toString('latin1', i, end + 1);
    }
  }
  return null;
}

function filtersOf(dictionary: string): string[] {
  // The stream's own /Filter, not one inside /DecodeParms: the first at nesting depth 1.
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!match?.[1]) return [];
  return [...match[1].matchAll(/\/([A-Za-z0-9]+)/g)].map(
    (m) => ABBREVIATIONS[m[1] ?? ''] ?? m[1] ?? '',
  );
}

function lengthOf(
  dictionary: string,
  resolveIndirect: (ref: string) => number | null,
): number | null {
  const match = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictionary);
  if (!match?.[1]) return null;
  return match[2] === undefined ? Number(match[1]) : resolveIndirect(`${match[1]} ${match[2]}`);
}

/** Counts an LZW stream's output (PDF's variant, EarlyChange 1) without producing it. */
export function lzwDecodedLength(data: Buffer, cap: number): number {
  const lengths: number[] = [];
  let width = 9;
  let next = 258;
  let previous = -1;
  let total = 0;
  let bits = 0;
  let bitCount = 0;
  for (const byte of data) {
    bits = ((bits << 8) | byte) >>> 0;
    bitCount += 8;
    while (bitCount >= width) {
      const code = (bits >>> (bitCount - width)) & ((1 << width) - 1);
      bitCount -= width;
      if (code === 256) {
        width = 9;
        next = 258;
        previous = -1;
        continue;
      }
      if (code === 257) return total;
      const length =
        code < 256 ? 1 : code < next ? (lengths[code] ?? 1) : (lengths[previous] ?? 1) + 1;
      total += length;
      if (total > cap) throw new OverBudget();
      if (previous >= 0 && next < 4096)
        lengths[next++] = (previous < 256 ? 1 : (lengths[previous] ?? 1)) + 1;
      previous = code;
      if (next + 1 >= 1 << width && width < 12) width++;
    }
  }
  return total;
}

function runLengthDecodedLength(data: Buffer, cap: number): number {
  let total = 0;
  for (let i = 0; i < data.length;) {
    const n = data[i] ?? 128;
    if (n === 128) break;
    if (n < 128) {
      total += n + 1;
      i += n + 2;
    } else {
      total += 257 - n;
      i += 2;
    }
    if (total > cap) throw new OverBudget();
  }
  return total;
}

function asciiHexDecode(data: Buffer): Buffer {
  const digits = data
    .toString('latin1')
    .replace(/>.*$/s, '')
    .replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

function ascii85Decode(data: Buffer, cap: number): Buffer {
  const text = data.toString('latin1').replace(/^<~/, '').replace(/~>.*$/s, '').replace(/\s/g, '');
  // 'z' stands for four zero bytes: the only way ASCII85 grows, counted before allocating.
  let size = 0;
  let group = 0;
  for (const char of text) {
    if (char === 'z' && group === 0) size += 4;
    else if (++group === 5) {
      size += 4;
      group = 0;
    }
  }
  size += group > 1 ? group - 1 : 0;
  if (size > cap) throw new OverBudget();
  const out = Buffer.alloc(size);
  let at = 0;
  let value = 0;
  group = 0;
  for (const char of text) {
    if (char === 'z' && group === 0) {
      at += 4;
      continue;
    }
    value = value * 85 + (char.charCodeAt(0) - 33);
    if (++group === 5) {
      out.writeUInt32BE(value >>> 0, at);
      at += 4;
      value = 0;
      group = 0;
    }
  }
  if (group > 1) {
    for (let pad = group; pad < 5; pad++) value = value * 85 + 84;
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(value >>> 0, 0);
    tail.copy(out, at, 0, group - 1);
  }
  return out;
}

/**
 * Runs consecutive Flate stages over `data`, counting the final output; intermediate
 * stages stream into the next one. A corrupt stream counts what decoded before the error
 * (pdf.js gets no further either).
 */
function inflatedLength(data: Buffer, stages: number, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const chain: Inflate[] = Array.from({ length: stages }, () =>
      createInflate({ chunkSize: 64 * 1024 }),
    );
    let count = 0;
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      for (const stage of chain) stage.destroy();
      if (error) reject(error);
      else resolve(count);
    };
    for (let i = 0; i + 1 < chain.length; i++) chain[i]?.pipe(chain[i + 1] as Inflate);
    const last = chain[chain.length - 1] as Inflate;
    last.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > cap) finish(new OverBudget());
    });
    last.on('end', () => finish(null));
    for (const stage of chain) stage.on('error', () => finish(null));
    chain[0]?.end(data);
  });
}

async function decodedLength(
  data: Buffer,
  filters: readonly string[],
  cap: number,
): Promise<number> {
  let current = data;
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i] ?? '';
    if (IMAGE_CODECS.has(filter) || filter === 'Crypt') return current.length;
    if (filter === 'FlateDecode') {
      let flates = 1;
      while (filters[i + flates] === 'FlateDecode') flates++;
      const rest = filters.slice(i + flates);
      if (rest.length === 0 || rest.every((f) => IMAGE_CODECS.has(f))) {
        return inflatedLength(current, flates, cap);
      }
      // Flate followed by a text filter: rare enough to be refused rather than decoded.
      throw new OverBudget();
    }
    if (filter === 'ASCIIHexDecode') current = asciiHexDecode(current);
    else if (filter === 'ASCII85Decode') current = ascii85Decode(current, cap);
    else if (filter === 'LZWDecode' || filter === 'RunLengthDecode') {
      if (i + 1 < filters.length && !IMAGE_CODECS.has(filters[i + 1] ?? '')) throw new OverBudget();
      return filter === 'LZWDecode'
        ? lzwDecodedLength(current, cap)
        : runLengthDecodedLength(current, cap);
    } else return current.length; // Unknown filter: pdf.js will not decode it either.
    if (current.length > cap) throw new OverBudget();
  }
  return current.length;
}

export async function measurePdfStreams(
  bytes: Uint8Array,
  limits: StreamLimits,
): Promise<StreamMeasure> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string | null = null;
  const resolveIndirect = (ref: string): number | null => {
    text ??= buf.toString('latin1');
    const [number, generation] = ref.split(' ');
    const match = new RegExp(`(?:^|\\s)${number}\\s+${generation}\\s+obj\\s*(\\d+)\\s*endobj`).exec(
      text,
    );
    return match?.[1] ? Number(match[1]) : null;
  };
  let streams = 0;
  let total = 0;
  let position = 0;
  for (;;) {
    const keyword = buf.indexOf('stream', position, 'latin1');
    if (keyword < 0) break;
    position = keyword + 6;
    const before = buf[keyword - 1] ?? 0;
    const after = buf[keyword + 6];
    if ((before >= 0x61 && before <= 0x7a) || (after !== 0x0a && after !== 0x0d)) continue;
    const dictionary = dictionaryBefore(buf, keyword);
    if (dictionary === null) continue;
    const start = keyword + 6 + (after === 0x0d && buf[keyword + 7] === 0x0a ? 2 : 1);
    const declared = lengthOf(dictionary, resolveIndirect);
    let end: number;
    const endKeyword =
      declared === null ? -1 : buf.indexOf('endstream', start + declared, 'latin1');
    if (declared !== null && endKeyword >= 0 && endKeyword - (start + declared) <= 2)
      end = start + declared;
    else {
      const found = buf.indexOf('endstream', start, 'latin1');
      end = found < 0 ? buf.length : found;
    }
    const data = buf.subarray(start, end);
    streams++;
    const remaining = limits.maxTotalBytes - total;
    const cap = Math.min(limits.maxStreamBytes, remaining);
    let decoded: number;
    try {
      decoded = await decodedLength(data, filtersOf(dictionary), cap);
    } catch (error) {
      if (!(error instanceof OverBudget)) throw error;
      const mb = (bytes: number) => String(Math.round(bytes / 2 ** 20));
      throw new DocumentIntakeError(
        'pdf_too_complex',
        cap === remaining && cap < limits.maxStreamBytes
          ? `total:${mb(limits.maxTotalBytes)}`
          : `stream:${mb(limits.maxStreamBytes)}`,
      );
    }
    total += decoded;
    position = Math.max(position, end);
  }
  return { streams, decodedBytes: total };
}
