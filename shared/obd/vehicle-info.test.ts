import { describe, expect, it } from 'vitest';
import { decodeMode06Payload } from './mode06';
import {
  decodeCalibrationIds,
  decodeCvns,
  decodeEcuName,
  decodeVehicleInfo,
  decodeVin,
} from './mode09';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

describe('mode 09', () => {
  it('decodes a CAN VIN (count byte skipped)', () => {
    expect(decodeVehicleInfo([0x49, 0x02, 0x01, ...ascii('VF1RFB00K51234567')], false)).toEqual({
      infoType: 2,
      vin: 'VF1RFB00K51234567',
    });
  });

  it('drops 00 fillers and keeps the last 17 characters', () => {
    expect(decodeVin([0, 0, 0, ...ascii('WP0ZZZ99ZTS390000')])).toBe('WP0ZZZ99ZTS390000');
    expect(decodeVin([])).toBeNull();
  });

  it('decodes several calibration IDs, CVNs as hex, and the ECU name', () => {
    const cal = [...ascii('CAL123'), ...Array<number>(10).fill(0), ...ascii('0123456789ABCDEF')];
    expect(decodeCalibrationIds(cal)).toEqual(['CAL123', '0123456789ABCDEF']);
    expect(decodeCvns([0x12, 0x34, 0xab, 0xcd, 0x00, 0x00, 0x00, 0x01])).toEqual([
      '1234ABCD',
      '00000001',
    ]);
    expect(decodeEcuName([...ascii('ECM'), 0, ...ascii('-EngineControl'), 0, 0])).toBe(
      'ECM-EngineControl',
    );
    expect(decodeVehicleInfo([0x49, 0x06, 0x01, 0xde, 0xad, 0xbe, 0xef], false).cvns).toEqual([
      'DEADBEEF',
    ]);
  });

  it('decodes the supported info types bitmap', () => {
    expect(decodeVehicleInfo([0x49, 0x00, 0x55, 0x40, 0x00, 0x00], false).supported).toEqual([
      '02',
      '04',
      '06',
      '08',
      '0A',
    ]);
  });
});

describe('mode 06', () => {
  it('decodes test records with unit and scaling', () => {
    const payload = [
      0x01, 0x80, 0x0a, 0x03, 0x20, 0x00, 0x00, 0x07, 0xd0, 0x21, 0x86, 0x16, 0x11, 0x94, 0x00,
      0x00, 0xff, 0xff,
    ];
    const { tests, failure } = decodeMode06Payload(payload);
    expect(failure).toBeNull();
    expect(tests).toEqual([
      {
        mid: '01',
        tid: '80',
        unitAndScalingId: '0A',
        value: 97.6,
        min: 0,
        max: 244,
        unit: 'mV',
        passed: true,
      },
      {
        mid: '21',
        tid: '86',
        unitAndScalingId: '16',
        value: 410,
        min: -40,
        max: 6513.5,
        unit: '°C',
        passed: true,
      },
    ]);
  });

  it('flags a failed test and decodes signed scalings', () => {
    const { tests } = decodeMode06Payload([0x21, 0x01, 0x81, 0xff, 0xf6, 0x00, 0x00, 0x00, 0x10]);
    expect(tests[0]).toMatchObject({ value: -10, min: 0, max: 16, passed: false });
  });

  it('decodes supported MIDs', () => {
    expect(decodeMode06Payload([0x00, 0xc0, 0x00, 0x00, 0x01]).supported).toEqual([
      '01',
      '02',
      '20',
    ]);
  });

  it('reports a truncated record', () => {
    expect(decodeMode06Payload([0x01, 0x80, 0x0a]).failure?.code).toBe('MALFORMED_ANSWER');
  });
});
