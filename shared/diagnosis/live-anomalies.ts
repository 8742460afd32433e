// Comparison of live streams with their normal ranges, under the operating conditions each range
// applies to. Only sustained deviations count: a minimum share of the qualifying samples AND a
// minimum continuous duration out of range, so a single-sample spike is never a finding.

import type { LiveRange } from './knowledge-base';
import type { LiveContext } from './live-data';
import { medianOf, requiredMask } from './live-data';
import type { Fuel, LocalizedText, Pid } from './types';

export interface LiveAnomaly {
  pid: Pid;
  source: 'range' | 'baseline';
  /** Range id, or "baseline:<bucket>" for deviations from the learned baseline. */
  reference: string;
  name: LocalizedText;
  unit: string;
  direction: 'high' | 'low';
  /** Median of the out-of-range samples. */
  observed: number;
  /** The limit that was crossed (range bound, or baseline centre ± tolerance). */
  limit: number;
  fraction: number;
  longestMs: number;
}

const MIN_QUALIFYING_SAMPLES = 5;

export interface OutOfBandResult {
  fraction: number;
  longestMs: number;
  high: number;
  low: number;
  observed: number;
  qualifying: number;
}

/** Scan of one series against [low, high] on the samples whose state includes `need`. */
export function scanOutOfBand(
  t: Float64Array,
  v: Float64Array,
  mask: Uint8Array,
  need: number,
  low: number,
  high: number,
  bucketFilter?: (m: number) => boolean,
): OutOfBandResult {
  let qualifying = 0;
  let above = 0;
  let below = 0;
  let runStart = -1;
  let longest = 0;
  const outside: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const m = mask[i] ?? 0;
    if ((m & need) !== need || (bucketFilter && !bucketFilter(m))) continue;
    qualifying++;
    const x = v[i] ?? 0;
    const ti = t[i] ?? 0;
    const out = x > high || x < low;
    if (out) {
      if (x > high) above++;
      else below++;
      if (outside.length < 50_000) outside.push(x);
      if (runStart < 0) runStart = ti;
      longest = Math.max(longest, ti - runStart);
    } else {
      runStart = -1;
    }
  }
  return {
    qualifying,
    fraction: qualifying === 0 ? 0 : (above + below) / qualifying,
    longestMs: longest,
    high: above,
    low: below,
    observed: outside.length === 0 ? Number.NaN : medianOf(Float64Array.from(outside)),
  };
}

function rangeApplies(range: LiveRange, fuel: Fuel | undefined): boolean {
  if (range.fuel === 'any') return true;
  return fuel === range.fuel;
}

export function detectRangeAnomalies(
  live: LiveContext,
  ranges: readonly LiveRange[],
  fuel: Fuel | undefined,
): LiveAnomaly[] {
  const byKey = new Map<string, LiveAnomaly>();
  for (const range of ranges) {
    if (!rangeApplies(range, fuel)) continue;
    const series = live.series(range.pid);
    if (!series) continue;
    const low = range.min ?? Number.NEGATIVE_INFINITY;
    const high = range.max ?? Number.POSITIVE_INFINITY;
    const scan = scanOutOfBand(
      series.t,
      series.v,
      live.mask(range.pid),
      requiredMask(range.when),
      low,
      high,
    );
    if (scan.qualifying < MIN_QUALIFYING_SAMPLES) continue;
    if (scan.fraction < range.minFraction || scan.longestMs < range.minDurationS * 1000) continue;
    const direction = scan.high >= scan.low ? 'high' : 'low';
    const anomaly: LiveAnomaly = {
      pid: range.pid,
      source: 'range',
      reference: range.id,
      name: range.name,
      unit: range.unit,
      direction,
      observed: scan.observed,
      limit: direction === 'high' ? high : low,
      fraction: scan.fraction,
      longestMs: scan.longestMs,
    };
    // Several ranges can describe one PID (warm vs any running); one finding per PID and
    // direction is enough, the most pronounced one.
    const key = `${range.pid}|${direction}`;
    const previous = byKey.get(key);
    if (!previous || anomaly.fraction > previous.fraction) byKey.set(key, anomaly);
  }
  return [...byKey.values()];
}
