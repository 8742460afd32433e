import { byteToHex, bytesToHex, hexToBytes } from './hex';
import type { ObdFailure } from './obd-error';
import type { ProtocolFamily } from './protocols';

/**
 * How one data line was laid out:
 * - `can11` / `can29`: headers on, the byte after the CAN ID is the ISO-TP PCI;
 * - `legacy`: J1850 / ISO 9141-2 / KWP2000 with its 3-byte header, checksum stripped;
 * - `plain`: headers off, the line starts at the response service byte.
 */
export type FrameLayout = 'can11' | 'can29' | 'legacy' | 'plain';

export interface BusFrame {
  layout: FrameLayout;
  /** `7E8`, `18DAF110`, the legacy source address (`10`), or null without headers. */
  ecu: string | null;
  bytes: number[];
}

export interface FrameContext {
  /** The service byte a positive answer starts with (request service + 0x40). */
  responseService: number;
  family: ProtocolFamily | null;
}

/** ISO 9141-2 and ISO 14230-4 checksum: sum of header and data bytes modulo 256. */
export function kLineChecksum(bytes: readonly number[]): number {
  let sum = 0;
  for (const byte of bytes) sum = (sum + byte) & 0xff;
  return sum;
}

/** SAE J1850 CRC-8: polynomial 0x1D, initial value 0xFF, result inverted. */
export function j1850Crc(bytes: readonly number[]): number {
  let crc = 0xff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x80 ? ((crc << 1) ^ 0x1d) & 0xff : (crc << 1) & 0xff;
  }
  return crc ^ 0xff;
}

function legacyChecksumValid(bytes: readonly number[]): boolean {
  const body = bytes.slice(0, -1);
  const checksum = bytes[bytes.length - 1];
  return checksum === kLineChecksum(body) || checksum === j1850Crc(body);
}

function startsAnswer(byte: number | undefined, context: FrameContext): boolean {
  return byte === context.responseService || byte === 0x7f;
}

function legacyFrame(bytes: number[]): BusFrame {
  return { layout: 'legacy', ecu: byteToHex(bytes[2] ?? 0), bytes: bytes.slice(3, -1) };
}

function failure(code: ObdFailure['code'], message: string): ObdFailure {
  return { code, message, ecu: null };
}

/** Only printable ASCII, spaces and tabs: the white space `hexToBytes` skips by itself. */
function printableOrTab(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code > 0x7e) return false;
  }
  return true;
}

/**
 * Parses one data line. Spaces may be on or off (ATS0/ATS1). Without a protocol hint the
 * layout is inferred: an odd number of hex digits can only be an 11-bit CAN ID followed by
 * bytes; a 29-bit header starts with priority 0x18 and 0xDA/0xDB (ISO 15765-4 normal fixed
 * addressing); a legacy header is trusted only when its checksum matches.
 */
export function parseFrameLine(line: string, context: FrameContext): BusFrame | ObdFailure {
  const trimmed = line.trim();
  const spaced = trimmed.includes(' ');
  // Hot path: hex digits and single spaces are read in place by `hexToBytes` (no copies);
  // anything else (tabs, runs of other white space) is compacted first, as before.
  const plain = printableOrTab(trimmed);
  const compact = plain ? trimmed : (spaced ? trimmed.replace(/\s+/g, '') : trimmed).toUpperCase();
  // With spaces on, an 11-bit ID is the only 3-digit token; with spaces off, the only way to
  // get an odd digit count.
  const firstTokenLength = spaced ? trimmed.indexOf(' ') : trimmed.length;
  if (spaced ? firstTokenLength === 3 : compact.length % 2 === 1) {
    const bytes = plain ? hexToBytes(trimmed, spaced ? 4 : 3) : hexToBytes(compact.slice(3));
    if (!bytes || bytes.length === 0) return failure('MALFORMED_ANSWER', `bad CAN line "${line}"`);
    return { layout: 'can11', ecu: compact.slice(0, 3).toUpperCase(), bytes };
  }
  const bytes = hexToBytes(compact);
  if (!bytes || bytes.length === 0) return failure('MALFORMED_ANSWER', `bad data line "${line}"`);

  const can29 = bytes.length >= 5 && bytes[0] === 0x18 && (bytes[1] === 0xda || bytes[1] === 0xdb);
  const legacyShape = bytes.length >= 5 && startsAnswer(bytes[3], context);
  const family = context.family;

  if (family === 'can29' || (family === null && can29 && !startsAnswer(bytes[0], context))) {
    if (can29)
      return { layout: 'can29', ecu: bytesToHex(bytes.slice(0, 4)), bytes: bytes.slice(4) };
  }
  if (family === 'legacy' || family === null) {
    if (legacyShape && legacyChecksumValid(bytes)) return legacyFrame(bytes);
  }
  if (startsAnswer(bytes[0], context)) return { layout: 'plain', ecu: null, bytes };
  // 0x6B (J1850/ISO 9141 functional target) or 0xF1 (tester) in the header's second byte.
  const legacyTarget = bytes[1] === 0x6b || bytes[1] === 0xf1;
  if (legacyShape && (family === 'legacy' || (family === null && legacyTarget))) {
    return failure('CHECKSUM_ERROR', `checksum mismatch in "${line}"`);
  }
  return failure('UNEXPECTED_RESPONSE', `"${line}" does not answer the request`);
}
