/** Hex helpers shared by the OBD parsers; pure, no platform APIs. */

const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).toUpperCase().padStart(2, '0'),
);

export function byteToHex(byte: number): string {
  return BYTE_HEX[byte & 0xff]!;
}

/** Value of one hex digit char code, or -1. Hot path of the parser: no regex, no allocation. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

export function bytesToHex(bytes: readonly number[], separator = ''): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    text += (i === 0 ? '' : separator) + BYTE_HEX[bytes[i]! & 0xff]!;
  }
  return text;
}

export function isHexString(text: string): boolean {
  return /^[0-9A-Fa-f]*$/.test(text);
}

/**
 * Parses an even-length hex string (spaces allowed), from `start` on (no slice needed).
 * Returns null for anything else.
 */
export function hexToBytes(text: string, start = 0): number[] | null {
  const bytes: number[] = [];
  let high = -1;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    const digit = hexDigit(code);
    if (digit === -1) return null;
    if (high === -1) {
      high = digit;
    } else {
      bytes.push(high * 16 + digit);
      high = -1;
    }
  }
  return high === -1 ? bytes : null;
}

/** Reads a big-endian unsigned integer of `length` bytes starting at `offset`. */
export function readUnsigned(bytes: readonly number[], offset: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + (bytes[offset + i] ?? 0);
  return value;
}

export function readSigned16(bytes: readonly number[], offset: number): number {
  const value = readUnsigned(bytes, offset, 2);
  return value >= 0x8000 ? value - 0x10000 : value;
}

/** Latin-1 view of raw bytes: every byte maps to one char, so no chunk split can corrupt it. */
export function latin1FromBytes(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
