import {
  decodeAuxiliaryInput,
  decodeFuelSystemStatus,
  decodeFuelType,
  decodeMonitorStatus,
  decodeObdStandard,
  decodeOxygenSensorsPresent,
  decodeSecondaryAirStatus,
  decodeSupportedBitmap,
} from './bitfield-pids';
import { decodeDtc } from './dtc';
import { byteToHex, bytesToHex, readSigned16, readUnsigned } from './hex';
import type { ObdFailure } from './obd-error';
import { roundValue } from './units';
import type { JsonValue, ObdUnit, PidValue, StructuredValue } from './units';

type Bytes = readonly number[];

/** A mode 01 PID as defined by SAE J1979 (bytes = data length after the PID byte). */
export interface PidDefinition {
  pid: number;
  name: string;
  bytes: number;
  unit: ObdUnit | null;
  decode: (data: Bytes) => number | StructuredValue;
}

const percent = (byte: number | undefined): number => ((byte ?? 0) * 100) / 255;
const temperature = (byte: number | undefined): number => (byte ?? 0) - 40;
const trim = (byte: number | undefined): number => ((byte ?? 0) * 100) / 128 - 100;
const torque = (byte: number | undefined): number => (byte ?? 0) - 125;
const u16 = (data: Bytes, offset: number): number => readUnsigned(data, offset, 2);
const u32 = (data: Bytes, offset: number): number => readUnsigned(data, offset, 4);

function rounded(value: StructuredValue): StructuredValue {
  const out: StructuredValue = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = typeof field === 'number' ? roundValue(field) : field;
  }
  return out;
}

/**
 * Many PIDs from 0x66 on start with a byte saying which sensors are present, then one value
 * per sensor. Absent sensors decode as null rather than as a misleading number.
 */
function sensorGroup(
  names: readonly string[],
  width: 1 | 2 | 4,
  scale: (raw: number) => number,
): (data: Bytes) => StructuredValue {
  return (data) => {
    const support = data[0] ?? 0;
    const value: StructuredValue = {};
    names.forEach((name, index) => {
      value[name] =
        support & (1 << index)
          ? roundValue(scale(readUnsigned(data, 1 + index * width, width)))
          : null;
    });
    return value;
  };
}

function rawBytes(data: Bytes): StructuredValue {
  return { raw: bytesToHex(data) };
}

const o2Narrow = (data: Bytes): StructuredValue =>
  rounded({
    voltage: (data[0] ?? 0) / 200,
    // B = 0xFF: the sensor is not used in the trim calculation.
    shortTermFuelTrim: data[1] === 0xff ? null : trim(data[1]),
  });
const o2WideVoltage = (data: Bytes): StructuredValue =>
  rounded({ equivalenceRatio: (2 / 65536) * u16(data, 0), voltage: (8 / 65536) * u16(data, 2) });
const o2WideCurrent = (data: Bytes): StructuredValue =>
  rounded({ equivalenceRatio: (2 / 65536) * u16(data, 0), current: u16(data, 2) / 256 - 128 });
const catalystTemperature = (data: Bytes): number => u16(data, 0) / 10 - 40;
const trimPair = (data: Bytes): StructuredValue =>
  rounded({ bankA: trim(data[0]), bankB: trim(data[1]) });
const supported =
  (base: number) =>
  (data: Bytes): StructuredValue => ({ supported: decodeSupportedBitmap(base, data) });

const DEFINITIONS: PidDefinition[] = [
  {
    pid: 0x01,
    name: 'Monitor status since DTCs cleared',
    bytes: 4,
    unit: null,
    decode: (d) => decodeMonitorStatus(d, true),
  },
  {
    pid: 0x02,
    name: 'DTC that caused freeze frame',
    bytes: 2,
    unit: null,
    decode: (d) => ({ dtc: u16(d, 0) === 0 ? null : decodeDtc(d[0] ?? 0, d[1] ?? 0) }),
  },
  { pid: 0x03, name: 'Fuel system status', bytes: 2, unit: null, decode: decodeFuelSystemStatus },
  { pid: 0x04, name: 'Calculated engine load', bytes: 1, unit: '%', decode: (d) => percent(d[0]) },
  {
    pid: 0x05,
    name: 'Engine coolant temperature',
    bytes: 1,
    unit: '°C',
    decode: (d) => temperature(d[0]),
  },
  {
    pid: 0x06,
    name: 'Short term fuel trim bank 1',
    bytes: 1,
    unit: '%',
    decode: (d) => trim(d[0]),
  },
  { pid: 0x07, name: 'Long term fuel trim bank 1', bytes: 1, unit: '%', decode: (d) => trim(d[0]) },
  {
    pid: 0x08,
    name: 'Short term fuel trim bank 2',
    bytes: 1,
    unit: '%',
    decode: (d) => trim(d[0]),
  },
  { pid: 0x09, name: 'Long term fuel trim bank 2', bytes: 1, unit: '%', decode: (d) => trim(d[0]) },
  {
    pid: 0x0a,
    name: 'Fuel pressure (gauge)',
    bytes: 1,
    unit: 'kPa',
    decode: (d) => 3 * (d[0] ?? 0),
  },
  {
    pid: 0x0b,
    name: 'Intake manifold absolute pressure',
    bytes: 1,
    unit: 'kPa',
    decode: (d) => d[0] ?? 0,
  },
  { pid: 0x0c, name: 'Engine speed', bytes: 2, unit: 'rpm', decode: (d) => u16(d, 0) / 4 },
  { pid: 0x0d, name: 'Vehicle speed', bytes: 1, unit: 'km/h', decode: (d) => d[0] ?? 0 },
  { pid: 0x0e, name: 'Timing advance', bytes: 1, unit: '°', decode: (d) => (d[0] ?? 0) / 2 - 64 },
  {
    pid: 0x0f,
    name: 'Intake air temperature',
    bytes: 1,
    unit: '°C',
    decode: (d) => temperature(d[0]),
  },
  { pid: 0x10, name: 'Mass air flow rate', bytes: 2, unit: 'g/s', decode: (d) => u16(d, 0) / 100 },
  { pid: 0x11, name: 'Throttle position', bytes: 1, unit: '%', decode: (d) => percent(d[0]) },
  {
    pid: 0x12,
    name: 'Commanded secondary air status',
    bytes: 1,
    unit: null,
    decode: decodeSecondaryAirStatus,
  },
  {
    pid: 0x13,
    name: 'Oxygen sensors present (2 banks)',
    bytes: 1,
    unit: null,
    decode: (d) => decodeOxygenSensorsPresent(d, false),
  },
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n): PidDefinition => ({
    pid: 0x13 + n,
    name: `Oxygen sensor ${n} voltage and trim`,
    bytes: 2,
    unit: 'V',
    decode: o2Narrow,
  })),
  { pid: 0x1c, name: 'OBD standard', bytes: 1, unit: null, decode: decodeObdStandard },
  {
    pid: 0x1d,
    name: 'Oxygen sensors present (4 banks)',
    bytes: 1,
    unit: null,
    decode: (d) => decodeOxygenSensorsPresent(d, true),
  },
  { pid: 0x1e, name: 'Auxiliary input status', bytes: 1, unit: null, decode: decodeAuxiliaryInput },
  { pid: 0x1f, name: 'Run time since engine start', bytes: 2, unit: 's', decode: (d) => u16(d, 0) },
  {
    pid: 0x21,
    name: 'Distance traveled with MIL on',
    bytes: 2,
    unit: 'km',
    decode: (d) => u16(d, 0),
  },
  {
    pid: 0x22,
    name: 'Fuel rail pressure (relative to manifold vacuum)',
    bytes: 2,
    unit: 'kPa',
    decode: (d) => 0.079 * u16(d, 0),
  },
  {
    pid: 0x23,
    name: 'Fuel rail gauge pressure',
    bytes: 2,
    unit: 'kPa',
    decode: (d) => 10 * u16(d, 0),
  },
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n): PidDefinition => ({
    pid: 0x23 + n,
    name: `Oxygen sensor ${n} equivalence ratio and voltage`,
    bytes: 4,
    unit: null,
    decode: o2WideVoltage,
  })),
  { pid: 0x2c, name: 'Commanded EGR', bytes: 1, unit: '%', decode: (d) => percent(d[0]) },
  { pid: 0x2d, name: 'EGR error', bytes: 1, unit: '%', decode: (d) => trim(d[0]) },
  {
    pid: 0x2e,
    name: 'Commanded evaporative purge',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  { pid: 0x2f, name: 'Fuel tank level input', bytes: 1, unit: '%', decode: (d) => percent(d[0]) },
  {
    pid: 0x30,
    name: 'Warm-ups since codes cleared',
    bytes: 1,
    unit: 'count',
    decode: (d) => d[0] ?? 0,
  },
  {
    pid: 0x31,
    name: 'Distance traveled since codes cleared',
    bytes: 2,
    unit: 'km',
    decode: (d) => u16(d, 0),
  },
  {
    pid: 0x32,
    name: 'Evap system vapor pressure',
    bytes: 2,
    unit: 'Pa',
    decode: (d) => readSigned16(d, 0) / 4,
  },
  {
    pid: 0x33,
    name: 'Absolute barometric pressure',
    bytes: 1,
    unit: 'kPa',
    decode: (d) => d[0] ?? 0,
  },
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n): PidDefinition => ({
    pid: 0x33 + n,
    name: `Oxygen sensor ${n} equivalence ratio and current`,
    bytes: 4,
    unit: null,
    decode: o2WideCurrent,
  })),
  {
    pid: 0x3c,
    name: 'Catalyst temperature bank 1 sensor 1',
    bytes: 2,
    unit: '°C',
    decode: catalystTemperature,
  },
  {
    pid: 0x3d,
    name: 'Catalyst temperature bank 2 sensor 1',
    bytes: 2,
    unit: '°C',
    decode: catalystTemperature,
  },
  {
    pid: 0x3e,
    name: 'Catalyst temperature bank 1 sensor 2',
    bytes: 2,
    unit: '°C',
    decode: catalystTemperature,
  },
  {
    pid: 0x3f,
    name: 'Catalyst temperature bank 2 sensor 2',
    bytes: 2,
    unit: '°C',
    decode: catalystTemperature,
  },
  {
    pid: 0x41,
    name: 'Monitor status this drive cycle',
    bytes: 4,
    unit: null,
    decode: (d) => decodeMonitorStatus(d, false),
  },
  {
    pid: 0x42,
    name: 'Control module voltage',
    bytes: 2,
    unit: 'V',
    decode: (d) => u16(d, 0) / 1000,
  },
  {
    pid: 0x43,
    name: 'Absolute load value',
    bytes: 2,
    unit: '%',
    decode: (d) => (u16(d, 0) * 100) / 255,
  },
  {
    pid: 0x44,
    name: 'Commanded air-fuel equivalence ratio',
    bytes: 2,
    unit: 'ratio',
    decode: (d) => (2 / 65536) * u16(d, 0),
  },
  {
    pid: 0x45,
    name: 'Relative throttle position',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x46,
    name: 'Ambient air temperature',
    bytes: 1,
    unit: '°C',
    decode: (d) => temperature(d[0]),
  },
  {
    pid: 0x47,
    name: 'Absolute throttle position B',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x48,
    name: 'Absolute throttle position C',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x49,
    name: 'Accelerator pedal position D',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x4a,
    name: 'Accelerator pedal position E',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x4b,
    name: 'Accelerator pedal position F',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x4c,
    name: 'Commanded throttle actuator',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  { pid: 0x4d, name: 'Time run with MIL on', bytes: 2, unit: 'min', decode: (d) => u16(d, 0) },
  {
    pid: 0x4e,
    name: 'Time since trouble codes cleared',
    bytes: 2,
    unit: 'min',
    decode: (d) => u16(d, 0),
  },
  {
    pid: 0x4f,
    name: 'Maximum values (ratio, O2 voltage, O2 current, MAP)',
    bytes: 4,
    unit: null,
    decode: (d) => ({
      equivalenceRatio: d[0] ?? 0,
      oxygenSensorVoltage: d[1] ?? 0,
      oxygenSensorCurrent: d[2] ?? 0,
      intakeManifoldPressure: 10 * (d[3] ?? 0),
    }),
  },
  {
    pid: 0x50,
    name: 'Maximum mass air flow rate',
    bytes: 4,
    unit: 'g/s',
    decode: (d) => 10 * (d[0] ?? 0),
  },
  { pid: 0x51, name: 'Fuel type', bytes: 1, unit: null, decode: decodeFuelType },
  { pid: 0x52, name: 'Ethanol fuel', bytes: 1, unit: '%', decode: (d) => percent(d[0]) },
  {
    pid: 0x53,
    name: 'Absolute evap system vapor pressure',
    bytes: 2,
    unit: 'kPa',
    decode: (d) => u16(d, 0) / 200,
  },
  {
    pid: 0x54,
    name: 'Evap system vapor pressure',
    bytes: 2,
    unit: 'Pa',
    decode: (d) => readSigned16(d, 0),
  },
  {
    pid: 0x55,
    name: 'Short term secondary O2 trim banks 1 and 3',
    bytes: 2,
    unit: '%',
    decode: trimPair,
  },
  {
    pid: 0x56,
    name: 'Long term secondary O2 trim banks 1 and 3',
    bytes: 2,
    unit: '%',
    decode: trimPair,
  },
  {
    pid: 0x57,
    name: 'Short term secondary O2 trim banks 2 and 4',
    bytes: 2,
    unit: '%',
    decode: trimPair,
  },
  {
    pid: 0x58,
    name: 'Long term secondary O2 trim banks 2 and 4',
    bytes: 2,
    unit: '%',
    decode: trimPair,
  },
  {
    pid: 0x59,
    name: 'Fuel rail absolute pressure',
    bytes: 2,
    unit: 'kPa',
    decode: (d) => 10 * u16(d, 0),
  },
  {
    pid: 0x5a,
    name: 'Relative accelerator pedal position',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x5b,
    name: 'Hybrid battery pack remaining life',
    bytes: 1,
    unit: '%',
    decode: (d) => percent(d[0]),
  },
  {
    pid: 0x5c,
    name: 'Engine oil temperature',
    bytes: 1,
    unit: '°C',
    decode: (d) => temperature(d[0]),
  },
  {
    pid: 0x5d,
    name: 'Fuel injection timing',
    bytes: 2,
    unit: '°',
    decode: (d) => u16(d, 0) / 128 - 210,
  },
  { pid: 0x5e, name: 'Engine fuel rate', bytes: 2, unit: 'L/h', decode: (d) => u16(d, 0) / 20 },
  {
    pid: 0x5f,
    name: 'Emission requirements',
    bytes: 1,
    unit: null,
    decode: (d) => ({ code: d[0] ?? 0 }),
  },
  {
    pid: 0x61,
    name: "Driver's demand engine percent torque",
    bytes: 1,
    unit: '%',
    decode: (d) => torque(d[0]),
  },
  {
    pid: 0x62,
    name: 'Actual engine percent torque',
    bytes: 1,
    unit: '%',
    decode: (d) => torque(d[0]),
  },
  { pid: 0x63, name: 'Engine reference torque', bytes: 2, unit: 'Nm', decode: (d) => u16(d, 0) },
  {
    pid: 0x64,
    name: 'Engine percent torque data',
    bytes: 5,
    unit: '%',
    decode: (d) => ({
      idle: torque(d[0]),
      point1: torque(d[1]),
      point2: torque(d[2]),
      point3: torque(d[3]),
      point4: torque(d[4]),
    }),
  },
  { pid: 0x65, name: 'Auxiliary input/output supported', bytes: 2, unit: null, decode: rawBytes },
  {
    pid: 0x66,
    name: 'Mass air flow sensor',
    bytes: 5,
    unit: 'g/s',
    decode: sensorGroup(['sensorA', 'sensorB'], 2, (r) => r / 32),
  },
  {
    pid: 0x67,
    name: 'Engine coolant temperature sensors',
    bytes: 3,
    unit: '°C',
    decode: sensorGroup(['sensor1', 'sensor2'], 1, (r) => r - 40),
  },
  {
    pid: 0x68,
    name: 'Intake air temperature sensors',
    bytes: 7,
    unit: '°C',
    decode: sensorGroup(
      [
        'bank1Sensor1',
        'bank1Sensor2',
        'bank1Sensor3',
        'bank2Sensor1',
        'bank2Sensor2',
        'bank2Sensor3',
      ],
      1,
      (r) => r - 40,
    ),
  },
  {
    pid: 0x69,
    name: 'Commanded EGR and EGR error',
    bytes: 7,
    unit: '%',
    decode: sensorGroup(
      ['commandedDutyA', 'actualDutyA', 'errorA', 'commandedDutyB', 'actualDutyB', 'errorB'],
      1,
      (r) => (r * 100) / 255,
    ),
  },
  {
    pid: 0x6a,
    name: 'Commanded diesel intake air flow control',
    bytes: 5,
    unit: '%',
    decode: sensorGroup(
      ['commandedA', 'relativePositionA', 'commandedB', 'relativePositionB'],
      1,
      (r) => (r * 100) / 255,
    ),
  },
  {
    pid: 0x6b,
    name: 'EGR temperature',
    bytes: 5,
    unit: '°C',
    decode: sensorGroup(
      ['bank1Sensor1', 'bank1Sensor2', 'bank2Sensor1', 'bank2Sensor2'],
      1,
      (r) => r - 40,
    ),
  },
  {
    pid: 0x6c,
    name: 'Commanded throttle actuator control and relative position',
    bytes: 5,
    unit: '%',
    decode: sensorGroup(
      ['commandedA', 'relativePositionA', 'commandedB', 'relativePositionB'],
      1,
      (r) => (r * 100) / 255,
    ),
  },
  {
    pid: 0x6d,
    name: 'Fuel pressure control system',
    bytes: 11,
    unit: null,
    decode: (d) => ({
      commandedRailPressureA: 10 * u16(d, 1),
      actualRailPressureA: 10 * u16(d, 3),
      fuelTemperatureA: temperature(d[5]),
      commandedRailPressureB: 10 * u16(d, 6),
      actualRailPressureB: 10 * u16(d, 8),
      fuelTemperatureB: temperature(d[10]),
    }),
  },
  {
    pid: 0x6e,
    name: 'Injection pressure control system',
    bytes: 9,
    unit: 'kPa',
    decode: sensorGroup(['commandedA', 'actualA', 'commandedB', 'actualB'], 2, (r) => 10 * r),
  },
  {
    pid: 0x6f,
    name: 'Turbocharger compressor inlet pressure',
    bytes: 3,
    unit: 'kPa',
    decode: sensorGroup(['sensorA', 'sensorB'], 1, (r) => r),
  },
  {
    pid: 0x70,
    name: 'Boost pressure control',
    bytes: 10,
    unit: 'kPa',
    decode: sensorGroup(['commandedA', 'sensorA', 'commandedB', 'sensorB'], 2, (r) => r * 0.03125),
  },
  {
    pid: 0x71,
    name: 'Variable geometry turbo control',
    bytes: 6,
    unit: '%',
    decode: sensorGroup(
      ['commandedA', 'positionA', 'commandedB', 'positionB'],
      1,
      (r) => (r * 100) / 255,
    ),
  },
  {
    pid: 0x72,
    name: 'Wastegate control',
    bytes: 5,
    unit: '%',
    decode: sensorGroup(
      ['commandedA', 'positionA', 'commandedB', 'positionB'],
      1,
      (r) => (r * 100) / 255,
    ),
  },
  {
    pid: 0x73,
    name: 'Exhaust pressure',
    bytes: 5,
    unit: 'kPa',
    decode: sensorGroup(['bank1', 'bank2'], 2, (r) => r * 0.01),
  },
  {
    pid: 0x74,
    name: 'Turbocharger speed',
    bytes: 5,
    unit: 'rpm',
    decode: sensorGroup(['turboA', 'turboB'], 2, (r) => r * 10),
  },
  {
    pid: 0x75,
    name: 'Turbocharger A temperature',
    bytes: 7,
    unit: '°C',
    decode: (d) => ({
      compressorInlet: temperature(d[1]),
      compressorOutlet: temperature(d[2]),
      turbineInlet: roundValue(u16(d, 3) / 10 - 40),
      turbineOutlet: roundValue(u16(d, 5) / 10 - 40),
    }),
  },
  {
    pid: 0x76,
    name: 'Turbocharger B temperature',
    bytes: 7,
    unit: '°C',
    decode: (d) => ({
      compressorInlet: temperature(d[1]),
      compressorOutlet: temperature(d[2]),
      turbineInlet: roundValue(u16(d, 3) / 10 - 40),
      turbineOutlet: roundValue(u16(d, 5) / 10 - 40),
    }),
  },
  {
    pid: 0x77,
    name: 'Charge air cooler temperature',
    bytes: 5,
    unit: '°C',
    decode: sensorGroup(
      ['bank1Sensor1', 'bank1Sensor2', 'bank2Sensor1', 'bank2Sensor2'],
      1,
      (r) => r - 40,
    ),
  },
  {
    pid: 0x78,
    name: 'Exhaust gas temperature bank 1',
    bytes: 9,
    unit: '°C',
    decode: sensorGroup(['sensor1', 'sensor2', 'sensor3', 'sensor4'], 2, (r) => r / 10 - 40),
  },
  {
    pid: 0x79,
    name: 'Exhaust gas temperature bank 2',
    bytes: 9,
    unit: '°C',
    decode: sensorGroup(['sensor1', 'sensor2', 'sensor3', 'sensor4'], 2, (r) => r / 10 - 40),
  },
  {
    pid: 0x7a,
    name: 'Diesel particulate filter bank 1',
    bytes: 7,
    unit: 'kPa',
    decode: sensorGroup(['deltaPressure', 'inletPressure', 'outletPressure'], 2, (r) => r * 0.01),
  },
  {
    pid: 0x7b,
    name: 'Diesel particulate filter bank 2',
    bytes: 7,
    unit: 'kPa',
    decode: sensorGroup(['deltaPressure', 'inletPressure', 'outletPressure'], 2, (r) => r * 0.01),
  },
  {
    pid: 0x7c,
    name: 'Diesel particulate filter temperature',
    bytes: 9,
    unit: '°C',
    decode: sensorGroup(
      ['bank1Inlet', 'bank1Outlet', 'bank2Inlet', 'bank2Outlet'],
      2,
      (r) => r / 10 - 40,
    ),
  },
  { pid: 0x7d, name: 'NOx NTE control area status', bytes: 1, unit: null, decode: rawBytes },
  { pid: 0x7e, name: 'PM NTE control area status', bytes: 1, unit: null, decode: rawBytes },
  {
    pid: 0x7f,
    name: 'Engine run time',
    bytes: 13,
    unit: 's',
    decode: (d) => ({ total: u32(d, 1), idle: u32(d, 5), powerTakeOff: u32(d, 9) }),
  },
  {
    pid: 0x81,
    name: 'Engine run time for AECD #1-#5',
    bytes: 21,
    unit: 's',
    decode: (d) => ({ aecd: [0, 1, 2, 3, 4].map((i) => u32(d, 1 + i * 4)) }),
  },
  {
    pid: 0x82,
    name: 'Engine run time for AECD #6-#10',
    bytes: 21,
    unit: 's',
    decode: (d) => ({ aecd: [0, 1, 2, 3, 4].map((i) => u32(d, 1 + i * 4)) }),
  },
  { pid: 0x83, name: 'NOx sensor', bytes: 9, unit: null, decode: rawBytes },
  {
    pid: 0x84,
    name: 'Manifold surface temperature',
    bytes: 1,
    unit: '°C',
    decode: (d) => temperature(d[0]),
  },
  {
    pid: 0x85,
    name: 'NOx reagent system',
    bytes: 10,
    unit: null,
    decode: (d) => ({
      reagentRate: roundValue(u16(d, 1) * 0.005),
      reagentDemand: roundValue(u16(d, 3) * 0.005),
      reagentLevel: roundValue(percent(d[5])),
      nwiTime: u32(d, 6),
    }),
  },
  { pid: 0x86, name: 'Particulate matter sensor', bytes: 5, unit: null, decode: rawBytes },
  {
    pid: 0x87,
    name: 'Intake manifold absolute pressure sensors',
    bytes: 5,
    unit: 'kPa',
    decode: sensorGroup(['sensorA', 'sensorB'], 2, (r) => r / 32),
  },
  { pid: 0x88, name: 'SCR inducement system', bytes: 13, unit: null, decode: rawBytes },
  {
    pid: 0x89,
    name: 'Run time for AECD #11-#15',
    bytes: 41,
    unit: 's',
    decode: (d) => ({ aecd: Array.from({ length: 10 }, (_, i) => u32(d, 1 + i * 4)) }),
  },
  {
    pid: 0x8a,
    name: 'Run time for AECD #16-#20',
    bytes: 41,
    unit: 's',
    decode: (d) => ({ aecd: Array.from({ length: 10 }, (_, i) => u32(d, 1 + i * 4)) }),
  },
  { pid: 0x8b, name: 'Diesel aftertreatment', bytes: 7, unit: null, decode: rawBytes },
  { pid: 0x8c, name: 'O2 sensor (wide range)', bytes: 17, unit: null, decode: rawBytes },
  { pid: 0x8d, name: 'Throttle position G', bytes: 1, unit: '%', decode: (d) => percent(d[0]) },
  {
    pid: 0x8e,
    name: 'Engine friction percent torque',
    bytes: 1,
    unit: '%',
    decode: (d) => torque(d[0]),
  },
  { pid: 0x8f, name: 'PM sensor banks 1 and 2', bytes: 7, unit: null, decode: rawBytes },
  {
    pid: 0x90,
    name: 'WWH-OBD vehicle OBD system information',
    bytes: 3,
    unit: null,
    decode: rawBytes,
  },
  {
    pid: 0x91,
    name: 'WWH-OBD vehicle OBD system information',
    bytes: 5,
    unit: null,
    decode: rawBytes,
  },
  { pid: 0x92, name: 'Fuel system control', bytes: 2, unit: null, decode: rawBytes },
  {
    pid: 0x93,
    name: 'WWH-OBD vehicle OBD counters support',
    bytes: 3,
    unit: null,
    decode: rawBytes,
  },
  { pid: 0x94, name: 'NOx warning and inducement system', bytes: 12, unit: null, decode: rawBytes },
  {
    pid: 0x98,
    name: 'Exhaust gas temperature sensor bank 1',
    bytes: 9,
    unit: '°C',
    decode: sensorGroup(['sensor5', 'sensor6', 'sensor7', 'sensor8'], 2, (r) => r / 10 - 40),
  },
  {
    pid: 0x99,
    name: 'Exhaust gas temperature sensor bank 2',
    bytes: 9,
    unit: '°C',
    decode: sensorGroup(['sensor5', 'sensor6', 'sensor7', 'sensor8'], 2, (r) => r / 10 - 40),
  },
  { pid: 0x9a, name: 'Hybrid/EV vehicle system data', bytes: 6, unit: null, decode: rawBytes },
  { pid: 0x9b, name: 'Diesel exhaust fluid sensor data', bytes: 4, unit: null, decode: rawBytes },
  { pid: 0x9c, name: 'O2 sensor data', bytes: 17, unit: null, decode: rawBytes },
  {
    pid: 0x9d,
    name: 'Engine fuel rate',
    bytes: 4,
    unit: 'g/s',
    decode: (d) => ({
      engine: roundValue(u16(d, 0) * 0.02),
      vehicle: roundValue(u16(d, 2) * 0.02),
    }),
  },
  // J1979 gives kg/h (0.2 kg/h per bit); converted so the unit stays in the shared set.
  {
    pid: 0x9e,
    name: 'Engine exhaust flow rate',
    bytes: 2,
    unit: 'g/s',
    decode: (d) => (u16(d, 0) * 0.2) / 3.6,
  },
  { pid: 0x9f, name: 'Fuel system percentage use', bytes: 9, unit: null, decode: rawBytes },
  { pid: 0xa1, name: 'NOx sensor corrected data', bytes: 9, unit: null, decode: rawBytes },
  {
    pid: 0xa2,
    name: 'Cylinder fuel rate',
    bytes: 2,
    unit: 'mg/stroke',
    decode: (d) => u16(d, 0) / 32,
  },
  { pid: 0xa3, name: 'Evap system vapor pressure', bytes: 9, unit: null, decode: rawBytes },
  {
    pid: 0xa4,
    name: 'Transmission actual gear',
    bytes: 4,
    unit: null,
    decode: (d) => ({
      gear: (d[0] ?? 0) & 0x02 ? (d[1] ?? 0) >> 4 : null,
      ratio: (d[0] ?? 0) & 0x01 ? roundValue(u16(d, 2) / 1000) : null,
    }),
  },
  {
    pid: 0xa5,
    name: 'Commanded diesel exhaust fluid dosing',
    bytes: 4,
    unit: '%',
    decode: (d) => ((d[0] ?? 0) & 0x01 ? (d[1] ?? 0) / 2 : { commanded: null }),
  },
  { pid: 0xa6, name: 'Odometer', bytes: 4, unit: 'km', decode: (d) => u32(d, 0) / 10 },
  {
    pid: 0xa7,
    name: 'NOx sensor concentration sensors 3 and 4',
    bytes: 4,
    unit: null,
    decode: rawBytes,
  },
  {
    pid: 0xa8,
    name: 'NOx sensor corrected concentration sensors 3 and 4',
    bytes: 4,
    unit: null,
    decode: rawBytes,
  },
  {
    pid: 0xa9,
    name: 'ABS disable switch state',
    bytes: 4,
    unit: null,
    decode: (d) => ({
      supported: ((d[0] ?? 0) & 0x01) !== 0,
      absDisabled: ((d[1] ?? 0) & 0x01) !== 0,
    }),
  },
];

for (let base = 0x00; base <= 0xc0; base += 0x20) {
  DEFINITIONS.push({
    pid: base,
    name: `PIDs supported [${byteToHex(base + 1)}-${byteToHex(base + 0x20)}]`,
    bytes: 4,
    unit: null,
    decode: supported(base),
  });
}

export const MODE01_PIDS: ReadonlyMap<number, PidDefinition> = new Map(
  DEFINITIONS.sort((a, b) => a.pid - b.pid).map((definition) => [definition.pid, definition]),
);

export function pidDefinition(pid: number): PidDefinition | undefined {
  return MODE01_PIDS.get(pid);
}

export function isSupportedBitmapPid(pid: number): boolean {
  return pid % 0x20 === 0 && pid <= 0xe0;
}

function normalizeValue(value: number | StructuredValue): number | StructuredValue {
  return typeof value === 'number' ? roundValue(value) : (value as { [key: string]: JsonValue });
}

/** Decodes one PID's data bytes (exactly `definition.bytes` long, extra bytes ignored). */
export function decodePid(pid: number, data: readonly number[]): PidValue | null {
  const definition = MODE01_PIDS.get(pid);
  if (!definition || data.length < definition.bytes) return null;
  return {
    pid: byteToHex(pid),
    name: definition.name,
    value: normalizeValue(definition.decode(data.slice(0, definition.bytes))),
    unit: definition.unit,
  };
}

/**
 * Splits `PID data PID data …` (the payload after `41`, or after `42 PID frame` for mode 02):
 * a multi-PID answer may list PIDs in any order and omit unsupported ones, so the data length
 * must come from the table (ELM327DSJ p. 45). An unknown PID stops the split.
 */
export function decodePidPayload(payload: readonly number[]): {
  values: PidValue[];
  failure: ObdFailure | null;
} {
  const values: PidValue[] = [];
  let offset = 0;
  while (offset < payload.length) {
    const pid = payload[offset]!;
    const definition = MODE01_PIDS.get(pid);
    if (!definition) {
      return {
        values,
        failure: {
          code: 'UNKNOWN_PID_LENGTH',
          message: `PID ${byteToHex(pid)} has no known length`,
        },
      };
    }
    const data = payload.slice(offset + 1, offset + 1 + definition.bytes);
    if (data.length < definition.bytes) {
      return {
        values,
        failure: {
          code: 'MALFORMED_ANSWER',
          message: `PID ${byteToHex(pid)} needs ${definition.bytes} bytes, got ${data.length}`,
        },
      };
    }
    values.push({
      pid: byteToHex(pid),
      name: definition.name,
      value: normalizeValue(definition.decode(data)),
      unit: definition.unit,
    });
    offset += 1 + definition.bytes;
  }
  return { values, failure: null };
}
