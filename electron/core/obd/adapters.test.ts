import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProfile, JsonFileCapabilityStore } from './capability-store';
import { createTransport } from './create-transport';
import { classifySerialPort } from './serial-transport';

describe('classifySerialPort', () => {
  it.each([
    ['0403', '6001', 'FTDI'],
    ['1A86', '7523', 'CH340'],
    ['10c4', 'ea60', 'CP210x'],
    ['067b', '2303', 'PL2303'],
  ])('flags %s:%s as %s', (vendorId, productId, chip) => {
    expect(classifySerialPort({ path: '/dev/ttyUSB0', vendorId, productId })).toMatchObject({
      chip,
      likelyObdAdapter: true,
    });
  });

  it('flags Bluetooth serial devices and leaves others alone', () => {
    expect(classifySerialPort({ path: '/dev/rfcomm0' })).toMatchObject({
      bluetooth: true,
      likelyObdAdapter: true,
    });
    expect(classifySerialPort({ path: '/dev/ttyS0' })).toMatchObject({
      chip: null,
      bluetooth: false,
      likelyObdAdapter: false,
    });
  });
});

describe('JsonFileCapabilityStore', () => {
  it('keeps profiles across instances and reads user overrides', () => {
    const dir = mkdtempSync(join(tmpdir(), 'novaevo-caps-'));
    try {
      const file = join(dir, 'obd-adapters.json');
      new JsonFileCapabilityStore(file).save({
        ...emptyProfile('usb:A1B2'),
        responseCountHint: false,
      });
      const again = new JsonFileCapabilityStore(file);
      expect(again.load('usb:A1B2')?.responseCountHint).toBe(false);
      expect(again.load('other')).toBeUndefined();
      expect(again.overrides('usb:A1B2')).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createTransport', () => {
  it('builds the transport named by the adapter string', () => {
    expect(createTransport('serial:/dev/ttyUSB0@38400').description).toBe(
      'serial:/dev/ttyUSB0@38400',
    );
    expect(createTransport('tcp:').description).toBe('tcp:192.168.0.10:35000');
    expect(createTransport('sim:healthy-petrol').description).toBe('sim:healthy-petrol');
  });
});
