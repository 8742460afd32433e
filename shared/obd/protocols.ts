/** ELM327 protocol numbers as printed by `ATDPN` (ELM327DSJ, "AT SP"). */
export const OBD_PROTOCOLS = {
  1: 'SAE J1850 PWM (41.6 kbaud)',
  2: 'SAE J1850 VPW (10.4 kbaud)',
  3: 'ISO 9141-2 (5 baud init)',
  4: 'ISO 14230-4 KWP (5 baud init)',
  5: 'ISO 14230-4 KWP (fast init)',
  6: 'ISO 15765-4 CAN (11 bit ID, 500 kbaud)',
  7: 'ISO 15765-4 CAN (29 bit ID, 500 kbaud)',
  8: 'ISO 15765-4 CAN (11 bit ID, 250 kbaud)',
  9: 'ISO 15765-4 CAN (29 bit ID, 250 kbaud)',
  10: 'SAE J1939 CAN (29 bit ID, 250 kbaud)',
  11: 'USER1 CAN (11 bit ID, 125 kbaud)',
  12: 'USER2 CAN (11 bit ID, 50 kbaud)',
} as const satisfies Record<number, string>;

export type ProtocolNumber = keyof typeof OBD_PROTOCOLS;

export type ProtocolFamily = 'can11' | 'can29' | 'legacy';

export function isProtocolNumber(value: number): value is ProtocolNumber {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

export function protocolFamily(protocol: ProtocolNumber): ProtocolFamily {
  if (protocol <= 5) return 'legacy';
  return protocol === 7 || protocol === 9 || protocol === 10 ? 'can29' : 'can11';
}

export function isCanProtocol(protocol: ProtocolNumber | null): boolean {
  return protocol !== null && protocol >= 6;
}

/**
 * Parses an `ATDPN` answer: `A6` (found by automatic search) or `6`; `A0`/`0` means none.
 * Also accepts the `--protocol` CLI value (decimal or hex digit).
 */
export function parseProtocolNumber(text: string): ProtocolNumber | null {
  const match = /^A?([0-9A-C])$/i.exec(text.trim());
  if (!match?.[1]) return null;
  const value = parseInt(match[1], 16);
  return isProtocolNumber(value) ? value : null;
}

export function protocolName(protocol: ProtocolNumber): string {
  return OBD_PROTOCOLS[protocol];
}
