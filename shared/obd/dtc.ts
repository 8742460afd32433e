import { byteToHex } from './hex';

const DTC_LETTERS = ['P', 'C', 'B', 'U'] as const;

/**
 * SAE J2012 two-byte DTC: bits 15–14 the letter (P/C/B/U), bits 13–12 the first digit,
 * then three hex digits. `01 33` → P0133, `52 34` → C1234, `C1 00` → U0100.
 */
export function decodeDtc(high: number, low: number): string {
  const letter = DTC_LETTERS[(high >> 6) & 0x03]!;
  return `${letter}${(high >> 4) & 0x03}${byteToHex(high).slice(1)}${byteToHex(low)}`;
}

export function encodeDtc(code: string): [number, number] | null {
  const match = /^([PCBU])([0-3])([0-9A-F]{3})$/i.exec(code.trim());
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const letter = DTC_LETTERS.indexOf(match[1].toUpperCase() as (typeof DTC_LETTERS)[number]);
  const digits = parseInt(match[3], 16);
  return [(letter << 6) | (Number(match[2]) << 4) | (digits >> 8), digits & 0xff];
}

/**
 * Decodes the payload after the service byte of a 43/47/4A answer. On CAN the first byte is
 * the number of codes; legacy protocols have no count and fill 3 slots per frame with
 * `00 00` for "empty" (mechanics.SE 51226 quoting Elm support). Without knowing the protocol,
 * an odd payload length means a count byte is present (AndrOBD's parity rule).
 */
export function decodeDtcPayload(
  payload: readonly number[],
  hasCountByte: boolean | null,
): string[] {
  const withCount = hasCountByte ?? payload.length % 2 === 1;
  const codes: string[] = [];
  if (withCount) {
    const count = payload[0] ?? 0;
    // Padding after the announced count is not P0000.
    for (let i = 0; i < count; i++) {
      const high = payload[1 + i * 2];
      const low = payload[2 + i * 2];
      if (high === undefined || low === undefined) break;
      codes.push(decodeDtc(high, low));
    }
    return codes;
  }
  for (let i = 0; i + 1 < payload.length; i += 2) {
    const high = payload[i]!;
    const low = payload[i + 1]!;
    if (high === 0 && low === 0) continue;
    codes.push(decodeDtc(high, low));
  }
  return codes;
}
