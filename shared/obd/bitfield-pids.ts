import { byteToHex } from './hex';
import type { StructuredValue } from './units';

/** Supported-PID bitmap (PIDs 00, 20, 40, …): bit 31 is PID base+1, bit 0 is PID base+32. */
export function decodeSupportedBitmap(base: number, data: readonly number[]): string[] {
  const supported: string[] = [];
  for (let byteIndex = 0; byteIndex < 4; byteIndex++) {
    const byte = data[byteIndex] ?? 0;
    for (let bit = 0; bit < 8; bit++) {
      if (byte & (0x80 >> bit)) supported.push(byteToHex(base + byteIndex * 8 + bit + 1));
    }
  }
  return supported;
}

const CONTINUOUS_MONITORS = ['misfire', 'fuelSystem', 'components'] as const;
const SPARK_MONITORS = [
  'catalyst',
  'heatedCatalyst',
  'evaporativeSystem',
  'secondaryAirSystem',
  'acRefrigerant',
  'oxygenSensor',
  'oxygenSensorHeater',
  'egrSystem',
] as const;
const COMPRESSION_MONITORS = [
  'nmhcCatalyst',
  'noxScrMonitor',
  null,
  'boostPressure',
  null,
  'exhaustGasSensor',
  'pmFilter',
  'egrVvtSystem',
] as const;

/**
 * SAE J1979 PID 01 (since DTCs cleared) and 41 (this drive cycle). Byte B bit 3 says spark
 * or compression ignition, which changes the meaning of bytes C (available) and D
 * (incomplete). A monitor is "complete" (ready) when available and its incomplete bit is 0.
 */
export function decodeMonitorStatus(
  data: readonly number[],
  withMilAndCount: boolean,
): StructuredValue {
  const [a = 0, b = 0, c = 0, d = 0] = data;
  const compression = (b & 0x08) !== 0;
  const monitors: StructuredValue = {};
  CONTINUOUS_MONITORS.forEach((name, bit) => {
    const available = (b & (1 << bit)) !== 0;
    monitors[name] = { available, complete: available && (b & (0x10 << bit)) === 0 };
  });
  const names = compression ? COMPRESSION_MONITORS : SPARK_MONITORS;
  names.forEach((name, bit) => {
    if (name === null) return;
    const available = (c & (1 << bit)) !== 0;
    monitors[name] = { available, complete: available && (d & (1 << bit)) === 0 };
  });
  const value: StructuredValue = { ignition: compression ? 'compression' : 'spark', monitors };
  if (withMilAndCount) {
    value.milOn = (a & 0x80) !== 0;
    value.dtcCount = a & 0x7f;
  }
  return value;
}

const FUEL_SYSTEM_STATES: Readonly<Record<number, string>> = {
  0: 'not-present',
  1: 'open-loop-insufficient-temperature',
  2: 'closed-loop',
  4: 'open-loop-load-or-deceleration',
  8: 'open-loop-system-failure',
  16: 'closed-loop-feedback-fault',
};

export function decodeFuelSystemStatus(data: readonly number[]): StructuredValue {
  const state = (byte: number | undefined): string =>
    FUEL_SYSTEM_STATES[byte ?? 0] ?? `invalid-0x${byteToHex(byte ?? 0)}`;
  return { system1: state(data[0]), system2: state(data[1]) };
}

const SECONDARY_AIR_STATES: Readonly<Record<number, string>> = {
  1: 'upstream',
  2: 'downstream-of-catalyst',
  4: 'outside-atmosphere-or-off',
  8: 'pump-on-for-diagnostics',
};

export function decodeSecondaryAirStatus(data: readonly number[]): StructuredValue {
  const byte = data[0] ?? 0;
  return { status: SECONDARY_AIR_STATES[byte] ?? `invalid-0x${byteToHex(byte)}` };
}

/** PID 13: two banks of four sensors; PID 1D: four banks of two sensors. */
export function decodeOxygenSensorsPresent(
  data: readonly number[],
  fourBanks: boolean,
): StructuredValue {
  const byte = data[0] ?? 0;
  const present: string[] = [];
  const perBank = fourBanks ? 2 : 4;
  for (let bit = 0; bit < 8; bit++) {
    if (byte & (1 << bit)) present.push(`B${Math.floor(bit / perBank) + 1}S${(bit % perBank) + 1}`);
  }
  return { present };
}

const OBD_STANDARDS: Readonly<Record<number, string>> = {
  1: 'OBD-II (CARB)',
  2: 'OBD (EPA)',
  3: 'OBD and OBD-II',
  4: 'OBD-I',
  5: 'Not OBD compliant',
  6: 'EOBD (Europe)',
  7: 'EOBD and OBD-II',
  8: 'EOBD and OBD',
  9: 'EOBD, OBD and OBD-II',
  10: 'JOBD (Japan)',
  11: 'JOBD and OBD-II',
  12: 'JOBD and EOBD',
  13: 'JOBD, EOBD and OBD-II',
  17: 'Engine Manufacturer Diagnostics (EMD)',
  18: 'Engine Manufacturer Diagnostics Enhanced (EMD+)',
  19: 'Heavy Duty On-Board Diagnostics (Child/Partial) (HD OBD-C)',
  20: 'Heavy Duty On-Board Diagnostics (HD OBD)',
  21: 'World Wide Harmonized OBD (WWH OBD)',
  23: 'Heavy Duty Euro OBD Stage I without NOx control (HD EOBD-I)',
  24: 'Heavy Duty Euro OBD Stage I with NOx control (HD EOBD-I N)',
  25: 'Heavy Duty Euro OBD Stage II without NOx control (HD EOBD-II)',
  26: 'Heavy Duty Euro OBD Stage II with NOx control (HD EOBD-II N)',
  28: 'Brazil OBD Phase 1 (OBDBr-1)',
  29: 'Brazil OBD Phase 2 (OBDBr-2)',
  30: 'Korean OBD (KOBD)',
  31: 'India OBD I (IOBD I)',
  32: 'India OBD II (IOBD II)',
  33: 'Heavy Duty Euro OBD Stage VI (HD EOBD-IV)',
};

export function decodeObdStandard(data: readonly number[]): StructuredValue {
  const code = data[0] ?? 0;
  return { code, standard: OBD_STANDARDS[code] ?? 'reserved' };
}

export function decodeAuxiliaryInput(data: readonly number[]): StructuredValue {
  return { powerTakeOffActive: ((data[0] ?? 0) & 0x01) !== 0 };
}

const FUEL_TYPES: readonly string[] = [
  'not-available',
  'gasoline',
  'methanol',
  'ethanol',
  'diesel',
  'lpg',
  'cng',
  'propane',
  'electric',
  'bifuel-gasoline',
  'bifuel-methanol',
  'bifuel-ethanol',
  'bifuel-lpg',
  'bifuel-cng',
  'bifuel-propane',
  'bifuel-electricity',
  'bifuel-electric-and-combustion',
  'hybrid-gasoline',
  'hybrid-ethanol',
  'hybrid-diesel',
  'hybrid-electric',
  'hybrid-electric-and-combustion',
  'hybrid-regenerative',
  'bifuel-diesel',
];

export function decodeFuelType(data: readonly number[]): StructuredValue {
  const code = data[0] ?? 0;
  return { code, fuel: FUEL_TYPES[code] ?? 'reserved' };
}
