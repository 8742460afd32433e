// Per-vehicle (or per-model) baseline of live values, learned from past sessions.
//
// Why median/MAD and not a running mean/variance (Welford): past sessions are not all healthy —
// the car usually comes in *because* something is wrong — and a mean/variance is dragged by
// every faulty session and by the spikes of a bad connection. The median of per-session medians
// ignores up to half of the sessions being off, and the MAD gives a spread that outliers do not
// inflate. Each session is first reduced to a small summary (median and MAD per PID and operating
// bucket), which is stored with the session: learning from 50 sessions then costs microseconds
// instead of re-reading hours of telemetry.

import type { OperatingThresholds } from './knowledge-base';
import type { LiveAnomaly } from './live-anomalies';
import { scanOutOfBand } from './live-anomalies';
import type { LiveTable } from './live-data';
import { LiveContext, STATE, madOf, medianOf } from './live-data';
import type { Baseline, BaselineEntry, LiveSummaryEntry, OperatingBucket, Pid } from './types';

/** MAD × 1.4826 estimates the standard deviation of normally distributed data. */
const MAD_TO_SIGMA = 1.4826;
const MIN_SAMPLES_PER_BUCKET = 20;
const MIN_SESSIONS = 3;
/** Deviation (in robust sigmas) a sample must exceed to count as off-baseline. */
const TOLERANCE_SIGMAS = 4;
/** Sustained means: at least half the bucket's samples and a minute in a row. */
const MIN_FRACTION = 0.5;
const MIN_DURATION_MS = 60_000;
/** PIDs that describe the driver rather than the car are not worth a baseline. */
const NO_BASELINE: ReadonlySet<Pid> = new Set([
  '0D',
  '11',
  '2F',
  '46',
  '21',
  '31',
  '4D',
  '4E',
  '03',
  '01',
]);

export function bucketOf(mask: number): OperatingBucket | null {
  if (mask & STATE.off) return 'off';
  if (!(mask & STATE.running)) return null;
  if (!(mask & STATE.warm)) return mask & STATE.cold ? 'cold' : null;
  return mask & STATE.idle ? 'idle_warm' : 'drive_warm';
}

const BUCKETS: readonly OperatingBucket[] = ['off', 'cold', 'idle_warm', 'drive_warm'];

/** Robust summary of one session's live data, to be stored with the session. */
export function summarizeLive(live: LiveContext): LiveSummaryEntry[] {
  const out: LiveSummaryEntry[] = [];
  for (const [pid, series] of live.table) {
    if (NO_BASELINE.has(pid)) continue;
    const mask = live.mask(pid);
    const buckets = new Int8Array(series.v.length);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < series.v.length; i++) {
      const bucket = bucketOf(mask[i] ?? 0);
      const index = bucket === null ? -1 : BUCKETS.indexOf(bucket);
      buckets[i] = index;
      if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
    }
    BUCKETS.forEach((bucket, index) => {
      const count = counts[index] ?? 0;
      if (count < MIN_SAMPLES_PER_BUCKET) return;
      const values = new Float64Array(count);
      let n = 0;
      for (let i = 0; i < series.v.length; i++)
        if (buckets[i] === index) values[n++] = series.v[i] ?? 0;
      const median = medianOf(values);
      out.push({ pid, bucket, median, mad: madOf(values, median), count });
    });
  }
  return out;
}

export function summarizeTable(
  table: LiveTable,
  thresholds: OperatingThresholds,
): LiveSummaryEntry[] {
  return summarizeLive(new LiveContext(table, thresholds));
}

/**
 * Learns a baseline from past session summaries (of one vehicle, or of all vehicles of a model
 * for scope "model"). Entries need at least three sessions: with fewer, "usual" is not known.
 */
export function learnBaseline(
  sessions: readonly (readonly LiveSummaryEntry[])[],
  scope: Baseline['scope'] = 'vehicle',
): Baseline {
  const groups = new Map<string, LiveSummaryEntry[]>();
  for (const summary of sessions) {
    for (const entry of summary) {
      const key = `${entry.pid}|${entry.bucket}`;
      const list = groups.get(key) ?? [];
      list.push(entry);
      groups.set(key, list);
    }
  }
  const entries: BaselineEntry[] = [];
  for (const list of groups.values()) {
    if (list.length < MIN_SESSIONS) continue;
    const first = list[0];
    if (!first) continue;
    const medians = Float64Array.from(list, (e) => e.median);
    const center = medianOf(medians);
    const between = MAD_TO_SIGMA * madOf(medians, center);
    const within = MAD_TO_SIGMA * medianOf(Float64Array.from(list, (e) => e.mad));
    // A perfectly flat history (quantized sensor) would give a zero spread and flag every
    // change of one LSB; 1 % of the value, at least 0.01, keeps the tolerance physical.
    const floor = Math.max(0.01, Math.abs(center) * 0.01);
    entries.push({
      pid: first.pid,
      bucket: first.bucket,
      center,
      scale: Math.max(floor, Math.hypot(between, within)),
      sessions: list.length,
    });
  }
  return { scope, entries };
}

/** Sustained deviations of the current session from the baseline. */
export function compareToBaseline(live: LiveContext, baseline: Baseline): LiveAnomaly[] {
  const anomalies: LiveAnomaly[] = [];
  for (const entry of baseline.entries) {
    const series = live.series(entry.pid);
    if (!series) continue;
    const tolerance = TOLERANCE_SIGMAS * entry.scale;
    const low = entry.center - tolerance;
    const high = entry.center + tolerance;
    const scan = scanOutOfBand(
      series.t,
      series.v,
      live.mask(entry.pid),
      0,
      low,
      high,
      (m) => bucketOf(m) === entry.bucket,
    );
    if (scan.qualifying < MIN_SAMPLES_PER_BUCKET) continue;
    if (scan.fraction < MIN_FRACTION || scan.longestMs < MIN_DURATION_MS) continue;
    const direction = scan.high >= scan.low ? 'high' : 'low';
    anomalies.push({
      pid: entry.pid,
      source: 'baseline',
      reference: `baseline:${entry.bucket}`,
      name: {
        fr: `PID ${entry.pid} inhabituel pour ce ${baseline.scope === 'vehicle' ? 'véhicule' : 'modèle'}`,
        en: `PID ${entry.pid} unusual for this ${baseline.scope === 'vehicle' ? 'vehicle' : 'model'}`,
      },
      unit: '',
      direction,
      observed: scan.observed,
      limit: direction === 'high' ? high : low,
      fraction: scan.fraction,
      longestMs: scan.longestMs,
    });
  }
  return anomalies;
}
