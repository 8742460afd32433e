// Scan summaries shaped like the simulator scenarios (resources/sim/*.json), for tests and
// benchmarks: the same codes per ECU, the same kind of live data, built without the OBD layer.
import type { ScanSummary } from '@shared/api/diagnosis';

type Live = NonNullable<ScanSummary['live']>;

/** Deterministic noise in [-1, 1] (mulberry32), so fixtures never flake. */
export function noise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

export type Signal = (tMs: number, i: number) => number;

/** One PID sampled every `periodMs` for `durationMs`. */
export function series(
  pid: string,
  durationMs: number,
  periodMs: number,
  at: Signal,
  ecu: string | null = '7E8',
): Live[number] {
  const t: number[] = [];
  const v: number[] = [];
  for (let ms = 0, i = 0; ms < durationMs; ms += periodMs, i++) {
    t.push(ms);
    v.push(at(ms, i));
  }
  return { pid, ecu, t, v };
}

const MINUTE = 60_000;

/** A warm petrol engine idling, healthy: trims near zero, O2 switching, charging ~14 V. */
export function healthyPetrolLive(
  overrides: Record<string, Signal> = {},
  durationMs = 3 * MINUTE,
  periodMs = 100,
  seed = 1,
): Live {
  const r = noise(seed);
  const base: Record<string, Signal> = {
    '0C': () => 760 + 15 * r(),
    '0D': () => 0,
    '05': () => 90 + 0.5 * r(),
    '04': () => 24 + 2 * r(),
    '06': () => 2 * r(),
    '07': () => 1.5,
    '0B': () => 33 + r(),
    '0F': () => 30,
    '10': () => 3.4 + 0.1 * r(),
    '11': () => 15,
    '14': (t) => 0.45 + 0.4 * Math.sin(t / 250),
    '42': () => 14.1 + 0.05 * r(),
  };
  return Object.entries({ ...base, ...overrides }).map(([pid, at]) =>
    series(pid, durationMs, periodMs, at),
  );
}

const allReady = {
  misfire: { available: true, complete: true },
  fuelSystem: { available: true, complete: true },
  components: { available: true, complete: true },
  catalyst: { available: true, complete: true },
  evaporativeSystem: { available: true, complete: true },
  oxygenSensor: { available: true, complete: true },
  oxygenSensorHeater: { available: true, complete: true },
  egrVvt: { available: true, complete: true },
};

interface Options {
  vehicleId: string | null;
  startedAt?: string;
  mileageKm?: number | null;
  technician?: string | null;
}

function base(options: Options) {
  return {
    vehicleId: options.vehicleId,
    startedAt: options.startedAt ?? '2026-11-20T09:30:00.000Z',
    adapter: 'sim',
    adapterIdentity: 'ELM327 v1.5',
    protocol: '6',
    technician: options.technician ?? 'Karim B.',
    mileageKm: options.mileageKm ?? null,
  };
}

/** diesel-overheat: Peugeot 308 BlueHDi, coolant climbing past 115 °C, P0217 stored. */
export function dieselOverheatScan(options: Options): ScanSummary {
  return {
    ...base(options),
    vin: 'VF3LCBHZ1FS123456',
    ecus: [{ ecu: '7E8', name: 'ECM-EngineControl' }],
    dtcs: [{ code: 'P0217', ecu: '7E8', status: 'stored', freezeFrame: { '05': 117, '0C': 820 } }],
    readiness: allReady,
    live: [
      series('0C', 3 * MINUTE, 100, () => 820),
      series('0D', 3 * MINUTE, 100, () => 0),
      series('05', 3 * MINUTE, 100, (t) => Math.min(118, 85 + t / 2000)),
      series('0B', 3 * MINUTE, 100, () => 101),
      series('42', 3 * MINUTE, 100, () => 14),
    ],
  };
}

/** misfire: Citroën C3 1.4i, cylinder 1 misfiring (P0301 + P0300 stored, P0300 permanent). */
export function misfireScan(options: Options): ScanSummary {
  return {
    ...base(options),
    vin: 'VF7SC8FP5CW512345',
    ecus: [{ ecu: '7E8', name: 'ECM-EngineControl' }],
    dtcs: [
      { code: 'P0301', ecu: '7E8', status: 'stored', freezeFrame: { '05': 88, '0C': 1850 } },
      { code: 'P0300', ecu: '7E8', status: 'stored' },
      { code: 'P0300', ecu: '7E8', status: 'permanent' },
    ],
    readiness: { ...allReady, catalyst: { available: true, complete: false } },
    live: healthyPetrolLive(),
  };
}

/** healthy-petrol: Renault Clio IV, no codes, every monitor complete. */
export function healthyScan(options: Options, seed = 1): ScanSummary {
  return {
    ...base(options),
    vin: 'VF15RBF01G1234567',
    ecus: [{ ecu: '7E8', name: 'ECM-EngineControl' }],
    dtcs: [],
    readiness: allReady,
    live: healthyPetrolLive({}, 3 * MINUTE, 100, seed),
  };
}

/** two-ecus: Golf VII DSG, engine 7E8 and gearbox 7E9 each with stored/pending/permanent codes. */
export function twoEcusScan(options: Options): ScanSummary {
  return {
    ...base(options),
    vin: 'WVWZZZAU4HW123456',
    ecus: [
      { ecu: '7E8', name: 'ECM-EngineControl' },
      { ecu: '7E9', name: 'TCM-TransmissionCtl' },
    ],
    dtcs: [
      { code: 'P0420', ecu: '7E8', status: 'stored', freezeFrame: { '05': 91, '0C': 2240 } },
      { code: 'P0141', ecu: '7E8', status: 'stored' },
      { code: 'P0700', ecu: '7E8', status: 'stored' },
      { code: 'P0171', ecu: '7E8', status: 'pending' },
      { code: 'P0420', ecu: '7E8', status: 'permanent' },
      { code: 'P0730', ecu: '7E9', status: 'stored' },
      { code: 'P0715', ecu: '7E9', status: 'pending' },
      { code: 'P0730', ecu: '7E9', status: 'permanent' },
    ],
    readiness: { ...allReady, evaporativeSystem: { available: true, complete: false } },
    // The gearbox reports coolant too, less often: the engine's stream must be the one used.
    live: [...healthyPetrolLive(), series('05', 3 * MINUTE, 1000, () => 40, '7E9')],
  };
}
