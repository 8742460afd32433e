import { decodeSupportedBitmap } from './bitfield-pids';
import { byteToHex, readSigned16, readUnsigned } from './hex';
import type { ObdFailure } from './obd-error';
import { roundValue } from './units';

/** One on-board monitor test result (SAE J1979 mode 06 on CAN, 9 bytes per test). */
export interface MonitorTestResult {
  mid: string;
  tid: string;
  unitAndScalingId: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  passed: boolean;
}

interface Scaling {
  unit: string;
  factor: number;
  offset?: number;
  signed?: boolean;
}

/** SAE J1979 Appendix E unit and scaling identifiers (the common ones; others stay raw). */
const UNIT_AND_SCALING: Readonly<Record<number, Scaling>> = {
  0x01: { unit: 'count', factor: 1 },
  0x02: { unit: 'count', factor: 0.1 },
  0x03: { unit: 'count', factor: 0.01 },
  0x04: { unit: 'count', factor: 0.001 },
  0x05: { unit: 'count', factor: 0.0000305 },
  0x06: { unit: 'count', factor: 0.000305 },
  0x07: { unit: 'rpm', factor: 0.25 },
  0x08: { unit: 'km/h', factor: 0.01 },
  0x09: { unit: 'km/h', factor: 1 },
  0x0a: { unit: 'mV', factor: 0.122 },
  0x0b: { unit: 'V', factor: 0.001 },
  0x0c: { unit: 'V', factor: 0.01 },
  0x0d: { unit: 'mA', factor: 0.00390625 },
  0x0e: { unit: 'A', factor: 0.001 },
  0x0f: { unit: 'A', factor: 0.01 },
  0x10: { unit: 'ms', factor: 1 },
  0x11: { unit: 'ms', factor: 100 },
  0x12: { unit: 's', factor: 1 },
  0x13: { unit: 'mΩ', factor: 1 },
  0x14: { unit: 'Ω', factor: 1 },
  0x15: { unit: 'kΩ', factor: 1 },
  0x16: { unit: '°C', factor: 0.1, offset: -40 },
  0x17: { unit: 'kPa', factor: 0.01 },
  0x18: { unit: 'kPa', factor: 0.0117 },
  0x19: { unit: 'kPa', factor: 0.079 },
  0x1a: { unit: 'kPa', factor: 1 },
  0x1b: { unit: 'kPa', factor: 10 },
  0x1c: { unit: '°', factor: 0.01 },
  0x1d: { unit: '°', factor: 0.5 },
  0x1e: { unit: 'ratio', factor: 0.0000305 },
  0x1f: { unit: 'ratio', factor: 0.05 },
  0x20: { unit: 'ratio', factor: 0.0039062 },
  0x21: { unit: 'mHz', factor: 1 },
  0x22: { unit: 'Hz', factor: 1 },
  0x23: { unit: 'kHz', factor: 1 },
  0x24: { unit: 'count', factor: 1 },
  0x25: { unit: 'km', factor: 1 },
  0x26: { unit: 'mV/ms', factor: 0.1 },
  0x27: { unit: 'g/s', factor: 0.01 },
  0x28: { unit: 'g/s', factor: 1 },
  0x29: { unit: 'Pa/s', factor: 0.25 },
  0x2a: { unit: 'kg/h', factor: 0.001 },
  0x2b: { unit: 'count', factor: 1 },
  0x2c: { unit: 'g/cyl', factor: 0.01 },
  0x2d: { unit: 'mg/stroke', factor: 0.01 },
  0x2e: { unit: 'boolean', factor: 1 },
  0x2f: { unit: '%', factor: 0.01 },
  0x30: { unit: '%', factor: 0.001526 },
  0x31: { unit: 'L', factor: 0.001 },
  0x32: { unit: 'in', factor: 0.0000305 },
  0x33: { unit: 'ratio', factor: 0.00024414 },
  0x34: { unit: 'min', factor: 1 },
  0x35: { unit: 'ms', factor: 10 },
  0x36: { unit: 'g', factor: 0.01 },
  0x37: { unit: 'g', factor: 0.1 },
  0x38: { unit: 'g', factor: 1 },
  0x39: { unit: '%', factor: 0.01, offset: -327.68 },
  0x81: { unit: 'count', factor: 1, signed: true },
  0x82: { unit: 'count', factor: 0.1, signed: true },
  0x83: { unit: 'count', factor: 0.01, signed: true },
  0x84: { unit: 'count', factor: 0.001, signed: true },
  0x85: { unit: 'count', factor: 0.0000305, signed: true },
  0x86: { unit: 'count', factor: 0.000305, signed: true },
  0x8a: { unit: 'mV', factor: 0.122, signed: true },
  0x8b: { unit: 'V', factor: 0.001, signed: true },
  0x8c: { unit: 'V', factor: 0.01, signed: true },
  0x8d: { unit: 'mA', factor: 0.00390625, signed: true },
  0x8e: { unit: 'A', factor: 0.001, signed: true },
  0x90: { unit: 'ms', factor: 1, signed: true },
  0x96: { unit: '°C', factor: 0.1, signed: true },
  0x9c: { unit: '°', factor: 0.01, signed: true },
  0x9d: { unit: '°', factor: 0.5, signed: true },
  0xa8: { unit: 'g/s', factor: 1, signed: true },
  0xa9: { unit: 'Pa/s', factor: 0.25, signed: true },
  0xad: { unit: 'mg/stroke', factor: 0.01, signed: true },
  0xaf: { unit: '%', factor: 0.01, signed: true },
  0xb0: { unit: '%', factor: 0.003052, signed: true },
  0xfc: { unit: 'kPa', factor: 0.01, signed: true },
  0xfd: { unit: 'kPa', factor: 0.001, signed: true },
  0xfe: { unit: 'Pa', factor: 0.25, signed: true },
};

export function scaleTestValue(
  unitAndScalingId: number,
  bytes: readonly number[],
  offset: number,
): {
  value: number;
  unit: string;
} {
  const scaling = UNIT_AND_SCALING[unitAndScalingId];
  if (!scaling) return { value: readUnsigned(bytes, offset, 2), unit: 'raw' };
  const raw = scaling.signed ? readSigned16(bytes, offset) : readUnsigned(bytes, offset, 2);
  return { value: roundValue(raw * scaling.factor + (scaling.offset ?? 0)), unit: scaling.unit };
}

/** Payload after `46`. MIDs 00, 20, … answer with a supported-MID bitmap instead of tests. */
export function decodeMode06Payload(payload: readonly number[]): {
  supported: string[] | null;
  tests: MonitorTestResult[];
  failure: ObdFailure | null;
} {
  const mid = payload[0];
  if (mid !== undefined && mid % 0x20 === 0) {
    const supported: string[] = [];
    for (let offset = 0; offset + 5 <= payload.length; offset += 5) {
      supported.push(
        ...decodeSupportedBitmap(payload[offset]!, payload.slice(offset + 1, offset + 5)),
      );
    }
    return { supported, tests: [], failure: null };
  }
  const tests: MonitorTestResult[] = [];
  for (let offset = 0; offset + 9 <= payload.length; offset += 9) {
    const record = payload.slice(offset, offset + 9);
    const uasid = record[2]!;
    const value = scaleTestValue(uasid, record, 3);
    const min = scaleTestValue(uasid, record, 5).value;
    const max = scaleTestValue(uasid, record, 7).value;
    tests.push({
      mid: byteToHex(record[0]!),
      tid: byteToHex(record[1]!),
      unitAndScalingId: byteToHex(uasid),
      value: value.value,
      min,
      max,
      unit: value.unit,
      passed: value.value >= min && value.value <= max,
    });
  }
  const failure: ObdFailure | null =
    payload.length % 9 === 0
      ? null
      : {
          code: 'MALFORMED_ANSWER',
          message: `mode 06 payload of ${payload.length} bytes is not 9-byte records`,
        };
  return { supported: null, tests, failure };
}
