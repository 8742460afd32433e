import type { ProtocolFamily } from './elm-protocols';

/**
 * From ECU messages to what the ELM327 prints. Two steps, both pure:
 * 1. `frameMessage` cuts a message into bus frames (ISO-TP on CAN, one frame per
 *    message with header and checksum on K-line/J1850);
 * 2. `formatFrame` prints a frame the way the ELM327 does for the current settings.
 */

export type CanFrameKind = 'single' | 'first' | 'consecutive';

export interface CanFrame {
  readonly bus: 'can';
  /** Response address as hex: `7E8` or `18DAF110`. */
  readonly id: string;
  /** Every byte of the CAN data field, PCI and padding included (DLC = length). */
  readonly data: readonly number[];
  readonly kind: CanFrameKind;
  /** ISO-TP message length (SF length nibble or FF 12-bit length). */
  readonly messageLength: number;
  /** 0 for SF/FF; the CF's sequence counter (1, 2, … F, 0, 1 …) otherwise. */
  readonly sequence: number;
}

export interface LegacyFrame {
  readonly bus: 'legacy';
  readonly header: readonly number[];
  readonly data: readonly number[];
  readonly checksum: number;
}

export type BusFrame = CanFrame | LegacyFrame;

export interface PrintSettings {
  readonly headers: boolean;
  readonly spaces: boolean;
  /** CAN automatic formatting (ATCAF1): PCI bytes hidden with headers off, `014`/`0:` layout. */
  readonly canAutoFormat: boolean;
  /** ATD1: the DLC digit after the CAN ID (headers on only). */
  readonly showDlc: boolean;
}

const hex2 = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

/**
 * ISO 15765-2 segmentation: a single frame carries up to 7 bytes after its PCI; longer
 * messages become a first frame (PCI 1L LL, 6 bytes) then consecutive frames (2N, 7 bytes)
 * whose counter starts at 1 and wraps F → 0. `padding` null keeps the DLC to the data.
 */
export function segmentIsoTp(
  id: string,
  message: readonly number[],
  padding: number | null,
): CanFrame[] {
  const pad = (bytes: number[]): number[] => {
    if (padding === null) return bytes;
    while (bytes.length < 8) bytes.push(padding);
    return bytes;
  };
  if (message.length <= 7) {
    return [
      {
        bus: 'can',
        id,
        data: pad([message.length, ...message]),
        kind: 'single',
        messageLength: message.length,
        sequence: 0,
      },
    ];
  }
  const frames: CanFrame[] = [
    {
      bus: 'can',
      id,
      data: [0x10 | (message.length >> 8), message.length & 0xff, ...message.slice(0, 6)],
      kind: 'first',
      messageLength: message.length,
      sequence: 0,
    },
  ];
  for (let offset = 6, sequence = 1; offset < message.length; offset += 7, sequence++) {
    frames.push({
      bus: 'can',
      id,
      data: pad([0x20 | (sequence & 0x0f), ...message.slice(offset, offset + 7)]),
      kind: 'consecutive',
      messageLength: message.length,
      sequence: sequence & 0x0f,
    });
  }
  return frames;
}

/** ISO 9141-2 and ISO 14230-4: the checksum is the sum of all bytes modulo 256. */
export function sumChecksum(bytes: readonly number[]): number {
  return bytes.reduce((sum, b) => (sum + b) & 0xff, 0);
}

/** SAE J1850 CRC-8: polynomial x^8+x^4+x^3+x^2+1 (0x1D), initial FF, result inverted. */
export function j1850Crc(bytes: readonly number[]): number {
  let crc = 0xff;
  for (const b of bytes) {
    crc ^= b;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x80 ? ((crc << 1) ^ 0x1d) & 0xff : (crc << 1) & 0xff;
    }
  }
  return crc ^ 0xff;
}

/**
 * Response header of a legacy OBD message from ECU `source`:
 * ISO 9141-2 / J1850 VPW `48 6B src`, J1850 PWM `41 6B src`,
 * ISO 14230-4 `8L F1 src` where L is the number of data bytes (format byte with length).
 */
export function legacyFrame(
  family: ProtocolFamily,
  protocolDigit: string,
  source: number,
  message: readonly number[],
): LegacyFrame {
  const header =
    family === 'kwp'
      ? [0x80 | message.length, 0xf1, source]
      : protocolDigit === '1'
        ? [0x41, 0x6b, source]
        : [0x48, 0x6b, source];
  const all = [...header, ...message];
  const checksum = family === 'j1850' ? j1850Crc(all) : sumChecksum(all);
  return { bus: 'legacy', header, data: message, checksum };
}

function joinBytes(bytes: readonly number[], spaces: boolean): string {
  return spaces ? bytes.map((b) => `${hex2(b)} `).join('') : bytes.map(hex2).join('');
}

/** `7E8` stays as is; a 29-bit id prints as four bytes (`18 DA F1 10 `). */
function canIdText(id: string, spaces: boolean): string {
  if (id.length === 3) return spaces ? `${id} ` : id;
  const bytes = id.match(/../g) ?? [];
  return spaces ? bytes.map((b) => `${b} `).join('') : bytes.join('');
}

/**
 * Lines the ELM327 prints for one received frame. A genuine ELM puts a space after every
 * byte (so lines end with a space) when spaces are on.
 * - CAN, headers on: ID, optional DLC digit, then every byte of the data field (PCI and
 *   padding included, nothing beyond the DLC received).
 * - CAN, headers off, CAF on: SF → the message bytes only (cut to the SF length);
 *   FF → the length as 3 hex digits on its own line, then `0:` and the 6 data bytes;
 *   CF → `n:` (the CF counter) and its 7 bytes, padding included.
 * - CAN, headers off, CAF off: every data byte, PCI and padding included.
 * - K-line/J1850: headers on → header + data + checksum; off → data only.
 */
export function formatFrame(frame: BusFrame, settings: PrintSettings): string[] {
  const { spaces } = settings;
  if (frame.bus === 'legacy') {
    const bytes = settings.headers
      ? [...frame.header, ...frame.data, frame.checksum]
      : [...frame.data];
    return [joinBytes(bytes, spaces)];
  }
  if (settings.headers) {
    const dlc = settings.showDlc ? (spaces ? `${frame.data.length} ` : `${frame.data.length}`) : '';
    return [canIdText(frame.id, spaces) + dlc + joinBytes(frame.data, spaces)];
  }
  if (!settings.canAutoFormat) return [joinBytes(frame.data, spaces)];
  const label = (n: number): string => `${n.toString(16).toUpperCase()}:${spaces ? ' ' : ''}`;
  switch (frame.kind) {
    case 'single':
      return [joinBytes(frame.data.slice(1, 1 + frame.messageLength), spaces)];
    case 'first':
      return [
        frame.messageLength.toString(16).toUpperCase().padStart(3, '0'),
        label(0) + joinBytes(frame.data.slice(2), spaces),
      ];
    case 'consecutive':
      return [label(frame.sequence) + joinBytes(frame.data.slice(1), spaces)];
  }
}
