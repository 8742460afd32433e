import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMonitorStatus, decodeSupportedBitmap } from './bitfield-pids';
import { decodePid, decodePidPayload, MODE01_PIDS } from './pids';
import { OBD_UNITS } from './units';

const value = (pid: number, ...data: number[]): unknown => decodePid(pid, data)?.value;

describe('mode 01 numeric PIDs (SAE J1979 formulas, edge values)', () => {
  const cases: Array<[string, number, number[], number]> = [
    ['load 0', 0x04, [0x00], 0],
    ['load max', 0x04, [0xff], 100],
    ['coolant min (negative offset)', 0x05, [0x00], -40],
    ['coolant max', 0x05, [0xff], 215],
    ['fuel trim min', 0x06, [0x00], -100],
    ['fuel trim zero', 0x07, [0x80], 0],
    ['fuel trim max', 0x09, [0xff], 99.21875],
    ['fuel pressure max', 0x0a, [0xff], 765],
    ['MAP', 0x0b, [0x65], 101],
    ['rpm 0', 0x0c, [0x00, 0x00], 0],
    ['rpm', 0x0c, [0x1a, 0xf8], 1726],
    ['rpm max', 0x0c, [0xff, 0xff], 16383.75],
    ['speed', 0x0d, [0x32], 50],
    ['timing advance min', 0x0e, [0x00], -64],
    ['timing advance max', 0x0e, [0xff], 63.5],
    ['MAF', 0x10, [0xff, 0xff], 655.35],
    ['run time', 0x1f, [0x01, 0x00], 256],
    ['distance with MIL', 0x21, [0x00, 0x2a], 42],
    ['fuel rail pressure (vacuum)', 0x22, [0x00, 0x64], 7.9],
    ['fuel rail gauge pressure', 0x23, [0xff, 0xff], 655350],
    ['EGR error min', 0x2d, [0x00], -100],
    ['fuel level', 0x2f, [0x80], 50.196078],
    ['warm-ups', 0x30, [0x05], 5],
    ['evap pressure negative', 0x32, [0x80, 0x00], -8192],
    ['evap pressure positive', 0x32, [0x7f, 0xff], 8191.75],
    ['catalyst temperature min', 0x3c, [0x00, 0x00], -40],
    ['catalyst temperature', 0x3e, [0x11, 0x94], 410],
    ['module voltage', 0x42, [0x36, 0xb0], 14],
    ['absolute load max', 0x43, [0xff, 0xff], 25700],
    ['equivalence ratio', 0x44, [0x80, 0x00], 1],
    ['ambient', 0x46, [0x3c], 20],
    ['time with MIL', 0x4d, [0x00, 0x3c], 60],
    ['max MAF', 0x50, [0x19, 0, 0, 0], 250],
    ['abs evap pressure', 0x53, [0xff, 0xff], 327.675],
    ['evap pressure (wide)', 0x54, [0x80, 0x00], -32768],
    ['rail absolute pressure', 0x59, [0x00, 0x10], 160],
    ['oil temperature', 0x5c, [0x82], 90],
    ['injection timing min', 0x5d, [0x00, 0x00], -210],
    ['fuel rate', 0x5e, [0x00, 0x64], 5],
    ['demand torque min', 0x61, [0x00], -125],
    ['actual torque max', 0x62, [0xff], 130],
    ['reference torque', 0x63, [0x01, 0x90], 400],
    ['manifold surface temperature', 0x84, [0x28], 0],
    ['friction torque', 0x8e, [0x7d], 0],
    ['exhaust flow', 0x9e, [0x00, 0x12], 1],
    ['cylinder fuel rate', 0xa2, [0x00, 0x40], 2],
    ['odometer', 0xa6, [0x00, 0x01, 0xe2, 0x40], 12345.6],
  ];
  it.each(cases)('%s', (_label, pid, data, expected) => {
    expect(value(pid, ...data)).toBeCloseTo(expected, 4);
  });

  it('gives units from the agreed set', () => {
    expect(decodePid(0x0c, [0, 0])?.unit).toBe('rpm');
    expect(decodePid(0x5e, [0, 0])?.unit).toBe('L/h');
    for (const definition of MODE01_PIDS.values()) {
      if (definition.unit !== null) expect(OBD_UNITS).toContain(definition.unit);
    }
  });

  it('rejects data that is too short', () => {
    expect(decodePid(0x0c, [0x1a])).toBeNull();
    expect(decodePid(0xc3, [0x00])).toBeNull();
  });

  it('decodes O2 sensors, including the "not used" trim', () => {
    expect(value(0x14, 0x5a, 0xff)).toEqual({ voltage: 0.45, shortTermFuelTrim: null });
    expect(value(0x15, 0x00, 0x80)).toEqual({ voltage: 0, shortTermFuelTrim: 0 });
    expect(value(0x24, 0x80, 0x00, 0x80, 0x00)).toEqual({ equivalenceRatio: 1, voltage: 4 });
    expect(value(0x34, 0x80, 0x00, 0x80, 0x00)).toEqual({ equivalenceRatio: 1, current: 0 });
  });

  it('decodes multi-sensor PIDs, absent sensors as null', () => {
    expect(value(0x67, 0x01, 0x82, 0x00)).toEqual({ sensor1: 90, sensor2: null });
    expect(value(0x78, 0x03, 0x1c, 0x20, 0x13, 0x88, 0, 0, 0, 0)).toEqual({
      sensor1: 680,
      sensor2: 460,
      sensor3: null,
      sensor4: null,
    });
  });
});

describe('bit-field PIDs', () => {
  it('decodes monitor status for a spark-ignition engine', () => {
    const status = decodeMonitorStatus([0x83, 0x07, 0x65, 0x04], true);
    expect(status).toMatchObject({ milOn: true, dtcCount: 3, ignition: 'spark' });
    expect(status.monitors).toMatchObject({
      misfire: { available: true, complete: true },
      catalyst: { available: true, complete: true },
      evaporativeSystem: { available: true, complete: false },
      heatedCatalyst: { available: false, complete: false },
      oxygenSensor: { available: true, complete: true },
    });
  });

  it('decodes compression-ignition monitors from the same bytes differently', () => {
    const status = decodeMonitorStatus([0x00, 0x0f, 0x61, 0x20], true);
    expect(status).toMatchObject({ milOn: false, dtcCount: 0, ignition: 'compression' });
    expect(status.monitors).toMatchObject({
      nmhcCatalyst: { available: true, complete: true },
      exhaustGasSensor: { available: true, complete: false },
      pmFilter: { available: true, complete: true },
    });
    expect(status.monitors).not.toHaveProperty('catalyst');
  });

  it('decodes PID 41 without MIL and count', () => {
    expect(value(0x41, 0x00, 0x07, 0x00, 0x00)).not.toHaveProperty('milOn');
  });

  it('decodes the other bit-field PIDs', () => {
    expect(value(0x03, 0x02, 0x00)).toEqual({ system1: 'closed-loop', system2: 'not-present' });
    expect(value(0x12, 0x04)).toEqual({ status: 'outside-atmosphere-or-off' });
    expect(value(0x13, 0x33)).toEqual({ present: ['B1S1', 'B1S2', 'B2S1', 'B2S2'] });
    expect(value(0x1d, 0x81)).toEqual({ present: ['B1S1', 'B4S2'] });
    expect(value(0x1c, 0x06)).toEqual({ code: 6, standard: 'EOBD (Europe)' });
    expect(value(0x1e, 0x01)).toEqual({ powerTakeOffActive: true });
    expect(value(0x51, 0x04)).toEqual({ code: 4, fuel: 'diesel' });
    expect(value(0x02, 0x03, 0x01)).toEqual({ dtc: 'P0301' });
    expect(value(0x02, 0x00, 0x00)).toEqual({ dtc: null });
  });

  it('decodes supported-PID bitmaps 00/20/40', () => {
    expect(decodeSupportedBitmap(0x00, [0xbe, 0x1f, 0xa8, 0x13])).toEqual([
      '01',
      '03',
      '04',
      '05',
      '06',
      '07',
      '0C',
      '0D',
      '0E',
      '0F',
      '10',
      '11',
      '13',
      '15',
      '1C',
      '1F',
      '20',
    ]);
    expect(value(0x20, 0x80, 0, 0, 0x01)).toEqual({ supported: ['21', '40'] });
    expect(value(0x40, 0, 0, 0, 0)).toEqual({ supported: [] });
  });
});

describe('multi-PID payloads', () => {
  it('splits PIDs in any order by their table length', () => {
    const { values, failure } = decodePidPayload([0x0d, 0x32, 0x0c, 0x1a, 0xf8, 0x05, 0x7b]);
    expect(failure).toBeNull();
    expect(values.map((v) => [v.pid, v.value, v.unit])).toEqual([
      ['0D', 50, 'km/h'],
      ['0C', 1726, 'rpm'],
      ['05', 83, '°C'],
    ]);
  });

  it('stops at a PID of unknown length', () => {
    const { values, failure } = decodePidPayload([0x0d, 0x32, 0xc3, 0x00]);
    expect(values).toHaveLength(1);
    expect(failure?.code).toBe('UNKNOWN_PID_LENGTH');
  });

  it('never throws on random payloads (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }), (payload) => {
        const { values } = decodePidPayload(payload);
        for (const v of values) expect(v.pid).toMatch(/^[0-9A-F]{2}$/);
      }),
    );
  });

  it('every single-byte percent PID stays within 0–100 % (property)', () => {
    const percentPids = [...MODE01_PIDS.values()].filter(
      (d) =>
        d.unit === '%' &&
        d.bytes === 1 &&
        /position|load|level|EGR$|purge|Ethanol|life/i.test(d.name),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...percentPids),
        fc.integer({ min: 0, max: 255 }),
        (definition, byte) => {
          const decoded = decodePid(definition.pid, [byte])!.value as number;
          expect(decoded).toBeGreaterThanOrEqual(0);
          expect(decoded).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('every mode 01 PID in the table', () => {
  const definitions = [...MODE01_PIDS.values()];

  it('decodes all-zero, all-0xFF and random data of its length to a finite number or an object', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...definitions),
        fc.oneof(fc.constant('zero'), fc.constant('max'), fc.constant('random')),
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 41, maxLength: 41 }),
        (definition, kind, random) => {
          const data =
            kind === 'zero'
              ? Array<number>(definition.bytes).fill(0)
              : kind === 'max'
                ? Array<number>(definition.bytes).fill(0xff)
                : random.slice(0, definition.bytes);
          const decoded = decodePid(definition.pid, data);
          expect(decoded?.pid).toBe(definition.pid.toString(16).toUpperCase().padStart(2, '0'));
          const value = decoded?.value;
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          else expect(typeof value).toBe('object');
          expect(JSON.parse(JSON.stringify(decoded))).toEqual(decoded);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('covers every defined PID from 00 to A9 and each bitmap up to C0', () => {
    for (const pid of [0x00, 0x0c, 0x20, 0x40, 0x60, 0x7f, 0x80, 0x8e, 0xa0, 0xa6, 0xa9, 0xc0]) {
      expect(MODE01_PIDS.has(pid)).toBe(true);
    }
    expect(MODE01_PIDS.size).toBeGreaterThan(150);
  });
});
