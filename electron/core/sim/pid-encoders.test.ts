import { describe, expect, it } from 'vitest';
import { encodeMonitorStatus, pidEncoders, supportedBitmap } from './pid-encoders';
import { loadScenario } from './scenario-loader';

const encode = (pid: number, value: number): number[] => {
  const encoder = pidEncoders.get(pid);
  if (!encoder) throw new Error(`no encoder for ${pid}`);
  return encoder.encode(value);
};

describe('PID encoders (SAE J1979 formulas)', () => {
  it('encodes rpm as (256A+B)/4, speed as A, temperatures as A-40', () => {
    expect(encode(0x0c, 1726)).toEqual([0x1a, 0xf8]);
    expect(encode(0x0d, 50)).toEqual([0x32]);
    expect(encode(0x05, -40)).toEqual([0x00]);
    expect(encode(0x05, 90)).toEqual([0x82]);
    expect(encode(0x05, 300)).toEqual([0xff]);
  });

  it('encodes percentages, trims, MAF, timing and voltages', () => {
    expect(encode(0x04, 100)).toEqual([0xff]);
    expect(encode(0x06, -100)).toEqual([0x00]);
    expect(encode(0x06, 0)).toEqual([0x80]);
    expect(encode(0x10, 3.15)).toEqual([0x01, 0x3b]);
    expect(encode(0x0e, -64)).toEqual([0x00]);
    expect(encode(0x42, 14.1)).toEqual([0x37, 0x14]);
    expect(encode(0x15, 0.68)).toEqual([0x88, 0xff]);
    expect(encode(0x44, 1)).toEqual([0x80, 0x00]);
    expect(encode(0x3c, 500)).toEqual([0x15, 0x18]);
  });

  it('clamps to the encodable range', () => {
    expect(encode(0x0c, 20_000)).toEqual([0xff, 0xff]);
    expect(encode(0x0d, -3)).toEqual([0x00]);
  });
});

describe('supportedBitmap', () => {
  it('sets one bit per PID from base+1, and the last bit when higher PIDs exist', () => {
    const pids = new Set([0x01, 0x05, 0x0c, 0x0d, 0x21]);
    expect(supportedBitmap(0x00, pids)).toEqual([0x88, 0x18, 0x00, 0x01]);
    expect(supportedBitmap(0x20, pids)).toEqual([0x80, 0x00, 0x00, 0x00]);
  });
});

describe('encodeMonitorStatus', () => {
  it('puts the MIL and the stored-code count in byte A and the ignition type in byte B', () => {
    const misfire = loadScenario('misfire').vehicle.ecus[0];
    const diesel = loadScenario('diesel-overheat').vehicle.ecus[0];
    if (!misfire || !diesel) throw new Error('missing ECU');
    expect(encodeMonitorStatus(misfire, false, true)).toEqual([0x82, 0x07, 0xe5, 0x01]);
    expect(encodeMonitorStatus(diesel, true, true)).toEqual([0x81, 0x0f, 0xeb, 0x00]);
    expect(encodeMonitorStatus(misfire, false, false)[0]).toBe(0);
  });
});
