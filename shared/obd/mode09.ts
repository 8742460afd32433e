import { decodeSupportedBitmap } from './bitfield-pids';
import { bytesToHex } from './hex';
import type { StructuredValue } from './units';

/** The data after `49 <infotype>`: CAN answers carry a data-item count byte, legacy ones do not. */
export function mode09Data(bytes: readonly number[], legacy: boolean): number[] {
  return bytes.slice(legacy ? 2 : 3);
}

function printable(bytes: readonly number[]): string {
  let text = '';
  for (const byte of bytes) if (byte >= 0x20 && byte < 0x7f) text += String.fromCharCode(byte);
  return text;
}

/**
 * VIN from 09 02. Some ECUs pad or prefix with 00 (legacy answers start with three fillers),
 * so keep the last 17 printable characters.
 */
export function decodeVin(data: readonly number[]): string | null {
  const text = printable(data).trim();
  if (text.length < 17) return text.length === 0 ? null : text;
  return text.slice(-17);
}

/** Calibration IDs (09 04): 16 bytes each, right-padded with 00. */
export function decodeCalibrationIds(data: readonly number[]): string[] {
  const ids: string[] = [];
  for (let offset = 0; offset + 16 <= data.length; offset += 16) {
    const id = printable(data.slice(offset, offset + 16)).trim();
    if (id.length > 0) ids.push(id);
  }
  return ids;
}

/** CVNs (09 06) are 4 binary bytes each: shown as hex, never as text. */
export function decodeCvns(data: readonly number[]): string[] {
  const cvns: string[] = [];
  for (let offset = 0; offset + 4 <= data.length; offset += 4) {
    cvns.push(bytesToHex(data.slice(offset, offset + 4)));
  }
  return cvns;
}

/** ECU name (09 0A): 20 ASCII bytes, e.g. `ECM` NUL `-EngineControl`. */
export function decodeEcuName(data: readonly number[]): string {
  return data
    .map((byte) =>
      byte === 0 ? ' ' : byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/, '-')
    .trim();
}

/** In-use performance tracking (09 08 spark, 09 0B compression): 2-byte counters. */
export function decodePerformanceTracking(data: readonly number[]): number[] {
  const counters: number[] = [];
  for (let offset = 0; offset + 2 <= data.length; offset += 2) {
    counters.push((data[offset]! << 8) | data[offset + 1]!);
  }
  return counters;
}

export interface VehicleInfoValue {
  infoType: number;
  vin?: string | null;
  calibrationIds?: string[];
  cvns?: string[];
  ecuName?: string;
  supported?: string[];
  messageCount?: number;
  counters?: number[];
  raw?: StructuredValue;
}

/** Decodes one ECU's mode 09 message (`bytes` starts at 0x49). */
export function decodeVehicleInfo(bytes: readonly number[], legacy: boolean): VehicleInfoValue {
  const infoType = bytes[1] ?? 0;
  if (infoType % 0x20 === 0) {
    return { infoType, supported: decodeSupportedBitmap(infoType, bytes.slice(2, 6)) };
  }
  const data = mode09Data(bytes, legacy);
  switch (infoType) {
    case 0x02:
      return { infoType, vin: decodeVin(data) };
    case 0x04:
      return { infoType, calibrationIds: decodeCalibrationIds(data) };
    case 0x06:
      return { infoType, cvns: decodeCvns(data) };
    case 0x0a:
      return { infoType, ecuName: decodeEcuName(data) };
    case 0x08:
    case 0x0b:
      return { infoType, counters: decodePerformanceTracking(data) };
    case 0x01:
    case 0x03:
    case 0x05:
    case 0x07:
    case 0x09:
      return { infoType, messageCount: bytes[2] ?? 0 };
    default:
      return { infoType, raw: { hex: bytesToHex(bytes.slice(2)) } };
  }
}
