// What the car says about the conditions of the session: ambient temperature (PID 46), barometric
// pressure and so altitude (PID 33), engine run time (PID 1F), distance since the codes were
// cleared (PID 31), and how the car was driven during the recording (idle, town, road, motorway
// shares from speed PID 0D and rpm PID 0C). Values come from live data, else from a freeze frame.

import type { LiveContext } from './live-data';
import { medianOf } from './live-data';
import type { DrivingPattern, OperatingConditions, Pid, VehicleContext } from './types';

/** Sea-level standard pressure (ISA), kPa. */
const SEA_LEVEL_KPA = 101.325;

/**
 * Altitude of the international standard atmosphere for a pressure (troposphere formula,
 * h = 44330.8 × (1 − (p/p0)^0.190263) m). The weather moves the pressure by ±3 kPa, about
 * ±250 m, which is why the report rounds it to 50 m and only speaks of altitude above ~800 m.
 */
export function altitudeFromBaro(kpa: number): number | null {
  if (!Number.isFinite(kpa) || kpa <= 0 || kpa > 120) return null;
  return 44330.8 * (1 - Math.pow(kpa / SEA_LEVEL_KPA, 0.190263));
}

/** Gaps longer than this in the speed trace are not counted as driving time. */
const MAX_GAP_MS = 5_000;
/** Below this, the car is idling (stopped, engine running); km/h. */
const IDLE_KMH = 3;
const URBAN_MAX_KMH = 50;
const ROAD_MAX_KMH = 90;
/** A pattern needs at least this much running time to say anything. */
const MIN_PATTERN_MS = 2 * 60_000;

/**
 * Time-weighted shares of running time spent idling (< 3 km/h), in town (< 50), on the road
 * (50–90) and on the motorway (> 90). Samples with the engine off are left out when rpm is
 * known. Null when less than two minutes of speed trace.
 */
export function drivingPatternOf(live: LiveContext): DrivingPattern | null {
  const speed = live.series('0D');
  if (!speed || speed.t.length < 2) return null;
  const mask = live.mask('0D');
  const rpmKnown = live.series('0C') !== undefined;
  const time = { idle: 0, urban: 0, road: 0, motorway: 0 };
  for (let i = 1; i < speed.t.length; i++) {
    const dt = (speed.t[i] ?? 0) - (speed.t[i - 1] ?? 0);
    if (dt <= 0 || dt > MAX_GAP_MS) continue;
    // STATE.running = 1: only running samples count when rpm tells us.
    if (rpmKnown && ((mask[i] ?? 0) & 1) === 0) continue;
    const v = speed.v[i] ?? 0;
    if (v < IDLE_KMH) time.idle += dt;
    else if (v < URBAN_MAX_KMH) time.urban += dt;
    else if (v <= ROAD_MAX_KMH) time.road += dt;
    else time.motorway += dt;
  }
  const total = time.idle + time.urban + time.road + time.motorway;
  if (total < MIN_PATTERN_MS) return null;
  const share = (x: number) => Math.round((x / total) * 1000) / 1000;
  return {
    idle: share(time.idle),
    urban: share(time.urban),
    road: share(time.road),
    motorway: share(time.motorway),
    minutes: Math.round((total / 60_000) * 10) / 10,
  };
}

function medianOfPid(live: LiveContext, pid: Pid): number | undefined {
  const series = live.series(pid);
  if (!series || series.v.length === 0) return undefined;
  const finite = series.v.filter((v) => Number.isFinite(v));
  return finite.length === 0 ? undefined : medianOf(finite);
}

function fromFreezeFrames(frames: readonly Record<string, number>[], pid: Pid): number | undefined {
  for (const frame of frames) {
    const v = frame[pid];
    if (v !== undefined && Number.isFinite(v)) return v;
  }
  return undefined;
}

const round = (x: number, step: number) => Math.round(x / step) * step;

export function operatingConditions(
  live: LiveContext,
  vehicle: VehicleContext | undefined,
  freezeFrames: readonly Record<string, number>[],
): OperatingConditions {
  const ambient = medianOfPid(live, '46') ?? fromFreezeFrames(freezeFrames, '46');
  const baro = medianOfPid(live, '33') ?? fromFreezeFrames(freezeFrames, '33');
  const runTime = live.last('1F') ?? fromFreezeFrames(freezeFrames, '1F');
  const sinceClear = live.last('31') ?? fromFreezeFrames(freezeFrames, '31');
  const altitude = baro === undefined ? null : altitudeFromBaro(baro);
  return {
    ambientC: ambient === undefined ? null : Math.round(ambient),
    baroKpa: baro === undefined ? null : Math.round(baro * 10) / 10,
    altitudeM: altitude === null ? null : round(altitude, 50),
    engineRunTimeS: runTime === undefined ? null : Math.round(runTime),
    distanceSinceClearKm: sinceClear === undefined ? null : Math.round(sinceClear),
    mileageKm: vehicle?.mileageKm ?? null,
    pattern: drivingPatternOf(live),
  };
}
