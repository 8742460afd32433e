// Vehicle history and session context: recurring codes, codes back after a clear, distances from
// the OBD counters (PIDs 21/31/4D/4E, SAE J1979) and the driving use read from the speed trace.

import type { LiveContext } from './live-data';
import type { DrivingUse, PastSession, SessionContext, VehicleContext } from './types';

function timeOf(date: string | number): number {
  return typeof date === 'number' ? date : Date.parse(date);
}

/** Minimum speed trace (running time) before we dare to characterise how the car is used. */
const MIN_USAGE_MS = 5 * 60_000;

export function drivingUseOf(live: LiveContext): DrivingUse | null {
  const speed = live.series('0D');
  if (!speed || speed.t.length < 2) return null;
  let urban = 0;
  let road = 0;
  let motorway = 0;
  for (let i = 1; i < speed.t.length; i++) {
    // Time-weighted so that a 1 Hz and a 10 Hz recording give the same answer.
    const dt = Math.min((speed.t[i] ?? 0) - (speed.t[i - 1] ?? 0), 5_000);
    const v = speed.v[i] ?? 0;
    if (v < 50) urban += dt;
    else if (v <= 90) road += dt;
    else motorway += dt;
  }
  const total = urban + road + motorway;
  if (total < MIN_USAGE_MS) return null;
  if (urban / total >= 0.6) return 'urbain';
  if (motorway / total >= 0.4) return 'autoroute';
  if (road / total >= 0.4) return 'routier';
  return 'mixte';
}

export function sessionContext(
  currentCodes: ReadonlySet<string>,
  history: readonly PastSession[],
  vehicle: VehicleContext | undefined,
  live: LiveContext,
  freezeFrames: readonly Record<string, number>[],
): SessionContext {
  const sorted = [...history].sort((a, b) => timeOf(a.date) - timeOf(b.date));
  const recurring: string[] = [];
  const returned: string[] = [];
  for (const code of currentCodes) {
    const sessionsWithCode = sorted.filter((s) => s.codes.some((c) => c.code === code));
    if (sessionsWithCode.length > 0) recurring.push(code);
    if (sessionsWithCode.some((s) => s.cleared === true)) returned.push(code);
  }
  const last = sorted[sorted.length - 1];
  const counter = (pid: string): number | null => {
    const fromLive = live.last(pid);
    if (fromLive !== undefined) return fromLive;
    for (const ff of freezeFrames) {
      const v = ff[pid];
      if (v !== undefined) return v;
    }
    return null;
  };
  const kmSinceLast =
    last?.mileageKm !== undefined && vehicle?.mileageKm !== undefined
      ? vehicle.mileageKm - last.mileageKm
      : null;
  return {
    distanceSinceClearKm: counter('31'),
    distanceWithMilKm: counter('21'),
    minutesSinceClear: counter('4E'),
    minutesWithMil: counter('4D'),
    kmSinceLastSession: kmSinceLast,
    drivingUse: drivingUseOf(live),
    recurringCodes: recurring.sort(),
    returnedAfterClear: returned.sort(),
  };
}
