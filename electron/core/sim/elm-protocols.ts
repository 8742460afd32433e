/**
 * The protocols an ELM327 knows, by the single hex digit used in ATSP/ATDPN.
 * Numbers and names as printed by ATDP (ELM327 datasheet, "AT DP").
 */
export type ProtocolFamily = 'j1850' | 'iso9141' | 'kwp' | 'can11' | 'can29';

export interface ElmProtocol {
  readonly digit: string;
  readonly name: string;
  readonly family: ProtocolFamily;
  /** Bus bit rate, used by the latency model for the time frames spend on the wire. */
  readonly busBitRate: number;
}

const protocols: readonly ElmProtocol[] = [
  { digit: '1', name: 'SAE J1850 PWM', family: 'j1850', busBitRate: 41_600 },
  { digit: '2', name: 'SAE J1850 VPW', family: 'j1850', busBitRate: 10_400 },
  { digit: '3', name: 'ISO 9141-2', family: 'iso9141', busBitRate: 10_400 },
  { digit: '4', name: 'ISO 14230-4 (KWP 5BAUD)', family: 'kwp', busBitRate: 10_400 },
  { digit: '5', name: 'ISO 14230-4 (KWP FAST)', family: 'kwp', busBitRate: 10_400 },
  { digit: '6', name: 'ISO 15765-4 (CAN 11/500)', family: 'can11', busBitRate: 500_000 },
  { digit: '7', name: 'ISO 15765-4 (CAN 29/500)', family: 'can29', busBitRate: 500_000 },
  { digit: '8', name: 'ISO 15765-4 (CAN 11/250)', family: 'can11', busBitRate: 250_000 },
  { digit: '9', name: 'ISO 15765-4 (CAN 29/250)', family: 'can29', busBitRate: 250_000 },
];

export const vehicleProtocolDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type VehicleProtocolDigit = (typeof vehicleProtocolDigits)[number];

export function elmProtocol(digit: string): ElmProtocol | undefined {
  return protocols.find((p) => p.digit === digit);
}

export function isCanFamily(family: ProtocolFamily): boolean {
  return family === 'can11' || family === 'can29';
}

/** K-line protocols need a bus initialisation (5-baud or fast init) before the first request. */
export function needsBusInit(family: ProtocolFamily): boolean {
  return family === 'iso9141' || family === 'kwp';
}

/**
 * Order in which an ELM327 tries protocols during an automatic search
 * (after the memorised one, if any): the datasheet's 1 → 9.
 */
export const automaticSearchOrder: readonly string[] = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
];
