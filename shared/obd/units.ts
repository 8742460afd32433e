/** Units used for PID values (SAE J1979 scaling, metric, as a French garage reads them). */
export const OBD_UNITS = [
  'rpm',
  'km/h',
  '°C',
  'kPa',
  '%',
  'g/s',
  'V',
  's',
  'km',
  'min',
  'L/h',
  'Pa',
  'ratio',
  '°',
  'mA',
  'Nm',
  'mg/stroke',
  'count',
] as const;

export type ObdUnit = (typeof OBD_UNITS)[number];

export type JsonValue =
  number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The value of a bit-field or multi-sensor PID. */
export type StructuredValue = { [key: string]: JsonValue };

/** A decoded PID: `{ pid: '0C', name: 'Engine speed', value: 1726, unit: 'rpm' }`. */
export interface PidValue {
  pid: string;
  name: string;
  value: number | StructuredValue;
  /** Null for structured values whose fields carry different units or none. */
  unit: ObdUnit | null;
}

/** Rounds away binary noise (0.1 + 0.2) while keeping the J1979 resolution (≥ 1/65536). */
export function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
