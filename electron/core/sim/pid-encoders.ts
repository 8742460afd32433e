import type { MonitorState, SimEcu } from './scenario-schema';
import { compressionMonitors, continuousMonitors, sparkMonitors } from './scenario-schema';
import type { VehicleSignals } from './vehicle-model';

/**
 * Service 01/02 PID encoders written from the SAE J1979 formulas: each takes a physical
 * value in J1979 units and gives the data bytes (after the PID byte).
 */
export interface PidEncoder {
  readonly length: number;
  /** Picks the physical value from the live signals. */
  readonly read: (signals: VehicleSignals) => number;
  readonly encode: (value: number) => number[];
  /** Live encoding when it needs more than one signal (e.g. O2 voltage + its trim). */
  readonly encodeLive?: (signals: VehicleSignals) => number[];
}

const byte = (v: number): number => Math.min(255, Math.max(0, Math.round(v)));
const word = (v: number): number[] => {
  const w = Math.min(0xffff, Math.max(0, Math.round(v)));
  return [w >> 8, w & 0xff];
};
const percent = (v: number): number[] => [byte((v * 255) / 100)];
const temperature = (v: number): number[] => [byte(v + 40)];
const trimPercent = (v: number): number[] => [byte((v * 128) / 100 + 128)];

function simple(
  read: (s: VehicleSignals) => number,
  encode: (v: number) => number[],
  length: number,
): PidEncoder {
  return { read, encode, length };
}

export const pidEncoders: ReadonlyMap<number, PidEncoder> = new Map<number, PidEncoder>([
  [
    0x03,
    simple(
      (s) => s.fuelSystemStatus,
      (v) => [byte(v), 0],
      2,
    ),
  ],
  [0x04, simple((s) => s.engineLoadPct, percent, 1)],
  [0x05, simple((s) => s.coolantC, temperature, 1)],
  [0x06, simple((s) => s.shortTermTrimPct, trimPercent, 1)],
  [0x07, simple((s) => s.longTermTrimPct, trimPercent, 1)],
  [
    0x0b,
    simple(
      (s) => s.mapKpa,
      (v) => [byte(v)],
      1,
    ),
  ],
  [
    0x0c,
    simple(
      (s) => s.rpm,
      (v) => word(v * 4),
      2,
    ),
  ],
  [
    0x0d,
    simple(
      (s) => s.speedKmh,
      (v) => [byte(v)],
      1,
    ),
  ],
  [
    0x0e,
    simple(
      (s) => s.timingAdvanceDeg,
      (v) => [byte((v + 64) * 2)],
      1,
    ),
  ],
  [0x0f, simple((s) => s.intakeAirC, temperature, 1)],
  [
    0x10,
    simple(
      (s) => s.mafGs,
      (v) => word(v * 100),
      2,
    ),
  ],
  [0x11, simple((s) => s.throttlePct, percent, 1)],
  [
    0x13,
    simple(
      (s) => s.o2SensorsPresent,
      (v) => [byte(v)],
      1,
    ),
  ],
  [
    0x14,
    {
      length: 2,
      read: (s) => s.o2UpstreamV,
      encode: (v) => [byte(v * 200), 0xff],
      // Byte B is the short-term trim this sensor drives (J1979: FF = sensor not used for trim).
      encodeLive: (s) => [byte(s.o2UpstreamV * 200), ...trimPercent(s.shortTermTrimPct)],
    },
  ],
  [
    0x15,
    simple(
      (s) => s.o2DownstreamV,
      (v) => [byte(v * 200), 0xff],
      2,
    ),
  ],
  [
    0x1c,
    simple(
      (s) => s.obdStandard,
      (v) => [byte(v)],
      1,
    ),
  ],
  [0x1f, simple((s) => s.runTimeS, word, 2)],
  [0x21, simple((s) => s.distanceWithMilKm, word, 2)],
  [
    0x23,
    simple(
      (s) => s.fuelRailKpa,
      (v) => word(v / 10),
      2,
    ),
  ],
  [0x2c, simple((s) => s.commandedEgrPct, percent, 1)],
  [0x2f, simple((s) => s.fuelLevelPct, percent, 1)],
  [
    0x30,
    simple(
      (s) => s.warmUpsSinceCleared,
      (v) => [byte(v)],
      1,
    ),
  ],
  [0x31, simple((s) => s.distanceSinceClearedKm, word, 2)],
  [
    0x33,
    simple(
      (s) => s.baroKpa,
      (v) => [byte(v)],
      1,
    ),
  ],
  [
    0x3c,
    simple(
      (s) => s.catalystC,
      (v) => word((v + 40) * 10),
      2,
    ),
  ],
  [
    0x42,
    simple(
      (s) => s.controlModuleV,
      (v) => word(v * 1000),
      2,
    ),
  ],
  [
    0x43,
    simple(
      (s) => s.absoluteLoadPct,
      (v) => word((v * 255) / 100),
      2,
    ),
  ],
  [
    0x44,
    simple(
      (s) => s.commandedLambda,
      (v) => word(v * 32768),
      2,
    ),
  ],
  [0x45, simple((s) => s.throttlePct - 14, percent, 1)],
  [0x46, simple((s) => s.ambientC, temperature, 1)],
  [0x49, simple((s) => s.pedalPct, percent, 1)],
  [0x4d, simple((s) => s.minutesWithMil, word, 2)],
  [0x4e, simple((s) => s.minutesSinceCleared, word, 2)],
  [
    0x51,
    simple(
      (s) => s.fuelTypeCode,
      (v) => [byte(v)],
      1,
    ),
  ],
  [0x5c, simple((s) => s.oilC, temperature, 1)],
  [
    0x5e,
    simple(
      (s) => s.fuelRateLh,
      (v) => word(v * 20),
      2,
    ),
  ],
]);

/** PIDs whose bytes come from the ECU's diagnostic memory rather than the signals. */
export const statusPids = new Set([0x01, 0x41]);

export function isBitmapPid(pid: number): boolean {
  return pid % 0x20 === 0;
}

/**
 * The "supported PIDs" bitmap for PIDs base+1 … base+0x20 (SAE J1979): bit 7 of byte A is
 * base+1. The last bit (base+0x20, itself a bitmap PID) is set when any higher PID is supported,
 * which is how testers know whether to ask for the next range.
 */
export function supportedBitmap(base: number, supported: ReadonlySet<number>): number[] {
  const bytes = [0, 0, 0, 0];
  const highest = Math.max(-1, ...supported);
  for (let offset = 1; offset <= 0x20; offset++) {
    const pid = base + offset;
    const isSet = offset === 0x20 ? highest > pid : supported.has(pid);
    if (isSet) {
      const index = Math.floor((offset - 1) / 8);
      bytes[index] = (bytes[index] ?? 0) | (0x80 >> ((offset - 1) % 8));
    }
  }
  return bytes;
}

/** Whether an ECU answers a bitmap request for `base`: 00 always, later ones only if needed. */
export function answersBitmap(base: number, supported: ReadonlySet<number>): boolean {
  return base === 0 || Math.max(-1, ...supported) > base;
}

export function ecuSupportedPids(ecu: SimEcu): Set<number> {
  return new Set(ecu.supportedPids.map((hex) => Number.parseInt(hex, 16)));
}

function monitorBits(
  names: readonly string[],
  readiness: Readonly<Record<string, MonitorState>>,
): { available: number; incomplete: number } {
  let available = 0;
  let incomplete = 0;
  names.forEach((name, bit) => {
    const state = readiness[name] ?? 'unsupported';
    if (state !== 'unsupported') available |= 1 << bit;
    if (state === 'incomplete') incomplete |= 1 << bit;
  });
  return { available, incomplete };
}

/**
 * PID 01 (and 41 with `sinceCleared` false): A = MIL bit 7 + count of confirmed codes,
 * B = continuous monitors (bit 3 set for compression ignition), C/D = non-continuous
 * monitors available / not complete, whose meaning depends on the ignition type.
 */
export function encodeMonitorStatus(
  ecu: SimEcu,
  compressionIgnition: boolean,
  sinceCleared: boolean,
): number[] {
  const continuous = monitorBits(continuousMonitors, ecu.readiness);
  const nonContinuous = monitorBits(
    compressionIgnition ? compressionMonitors : sparkMonitors,
    ecu.readiness,
  );
  const a = sinceCleared ? (ecu.milOn ? 0x80 : 0) | Math.min(0x7f, ecu.dtcs.stored.length) : 0;
  const b = continuous.available | (compressionIgnition ? 0x08 : 0) | (continuous.incomplete << 4);
  return [a, b, nonContinuous.available, nonContinuous.incomplete];
}
