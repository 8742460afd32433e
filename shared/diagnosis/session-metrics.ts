// Numbers of one session that are worth following from visit to visit (see trends.ts): long-term
// fuel trims, the battery at rest and while cranking, how fast the coolant warms up, and the
// mode 06 monitor results. Each is null when the session did not record what it needs.

import type { LiveContext } from './live-data';
import { STATE, heldValues, medianOf } from './live-data';
import type { MonitorTest, Pid, SessionMetrics } from './types';

const MIN_SAMPLES = 10;

function medianWhere(live: LiveContext, pid: Pid, need: number): number | null {
  const series = live.series(pid);
  if (!series) return null;
  const mask = live.mask(pid);
  const picked: number[] = [];
  for (let i = 0; i < series.v.length; i++) {
    if (((mask[i] ?? 0) & need) === need && Number.isFinite(series.v[i])) {
      picked.push(series.v[i] ?? 0);
    }
  }
  if (picked.length < MIN_SAMPLES) return null;
  return round(medianOf(Float64Array.from(picked)), 100);
}

const round = (x: number, per: number) => Math.round(x * per) / per;

/** Battery voltage with the ignition on and the engine stopped (rpm reported as 0). */
function batteryAtRest(live: LiveContext): number | null {
  const volts = live.series('42');
  const rpmSeries = live.series('0C');
  if (!volts || !rpmSeries) return null;
  const rpm = heldValues(volts.t, rpmSeries);
  const picked: number[] = [];
  for (let i = 0; i < volts.v.length; i++) if (rpm[i] === 0) picked.push(volts.v[i] ?? 0);
  if (picked.length < MIN_SAMPLES) return null;
  return round(medianOf(Float64Array.from(picked)), 100);
}

/**
 * Lowest voltage held for two consecutive samples while the starter turns the engine (rpm above
 * zero but below the running threshold). Null when no crank was recorded.
 */
function crankingMinimum(live: LiveContext): number | null {
  const volts = live.series('42');
  const rpmSeries = live.series('0C');
  if (!volts || !rpmSeries) return null;
  const rpm = heldValues(volts.t, rpmSeries);
  const running = live.thresholds.runningRpm;
  let best: number | null = null;
  let previous: number | null = null;
  for (let i = 0; i < volts.v.length; i++) {
    const r = rpm[i] ?? Number.NaN;
    const cranking = r > 0 && r < running;
    const v = volts.v[i] ?? Number.NaN;
    if (cranking && Number.isFinite(v)) {
      if (previous !== null) {
        const held = Math.max(previous, v);
        best = best === null ? held : Math.min(best, held);
      }
      previous = v;
    } else {
      previous = null;
    }
  }
  return best === null ? null : round(best, 100);
}

/**
 * Warm-up rate: 40 °C of rise (40 → 80 °C) divided by the running time it took. A session that
 * starts warm, or never reaches 80 °C, has none.
 */
function warmupRate(live: LiveContext): number | null {
  const coolant = live.series('05');
  if (!coolant) return null;
  const mask = live.mask('05');
  let from: number | null = null;
  for (let i = 0; i < coolant.v.length; i++) {
    if (((mask[i] ?? 0) & STATE.running) === 0) continue;
    const c = coolant.v[i] ?? Number.NaN;
    const t = coolant.t[i] ?? 0;
    if (from === null) {
      // The rise must start below 40 °C: a session that starts at 45 °C has no 40 °C moment.
      if (c <= 40) from = t;
      else return null;
      continue;
    }
    if (c <= 40) from = t;
    else if (c >= 80) {
      const minutes = (t - from) / 60_000;
      return minutes > 0 ? round(40 / minutes, 100) : null;
    }
  }
  return null;
}

export function sessionMetrics(
  live: LiveContext,
  monitorTests: readonly MonitorTest[],
): SessionMetrics {
  const warmClosedLoop = STATE.running | STATE.warm | STATE.closedLoop;
  return {
    ltftB1: medianWhere(live, '07', warmClosedLoop),
    ltftB2: medianWhere(live, '09', warmClosedLoop),
    batteryRestV: batteryAtRest(live),
    crankingMinV: crankingMinimum(live),
    warmupCPerMin: warmupRate(live),
    mode06: monitorTests.map((t) => ({ ...t })),
  };
}
