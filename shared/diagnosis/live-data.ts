// Live-data plumbing: columnar series per PID, the operating state of every sample (running, warm,
// idle, load, closed loop) and the statistics the rules and known problems ask for. One hour at
// 10 Hz for 12 PIDs is ~432k samples, so everything here is a linear pass over typed arrays.

import type {
  DerivedMetric,
  LiveCondition,
  OperatingCondition,
  OperatingThresholds,
} from './knowledge-base';
import type { LiveInput, LiveSample, Pid } from './types';

export interface Series {
  t: Float64Array;
  v: Float64Array;
}
export type LiveTable = ReadonlyMap<Pid, Series>;

export const STATE = {
  running: 1,
  warm: 2,
  idle: 4,
  load: 8,
  closedLoop: 16,
  off: 32,
  cold: 64,
} as const;

const CONDITION_BIT: Record<OperatingCondition, number> = {
  engine_running: STATE.running,
  engine_warm: STATE.warm,
  idle: STATE.idle,
  load: STATE.load,
  closed_loop: STATE.closedLoop,
  engine_off: STATE.off,
  engine_cold: STATE.cold,
};

export function requiredMask(when: readonly OperatingCondition[]): number {
  let mask = 0;
  for (const c of when) mask |= CONDITION_BIT[c];
  return mask;
}

function isSampleArray(live: LiveInput): live is readonly LiveSample[] {
  return Array.isArray(live);
}

function sortedSeries(t: Float64Array, v: Float64Array): Series {
  for (let i = 1; i < t.length; i++) {
    if ((t[i] ?? 0) < (t[i - 1] ?? 0)) {
      const order = Array.from(t.keys()).sort((a, b) => (t[a] ?? 0) - (t[b] ?? 0));
      return {
        t: Float64Array.from(order, (k) => t[k] ?? 0),
        v: Float64Array.from(order, (k) => v[k] ?? 0),
      };
    }
  }
  return { t, v };
}

export function toLiveTable(live: LiveInput | undefined): LiveTable {
  const table = new Map<Pid, Series>();
  if (!live) return table;
  if (!isSampleArray(live)) {
    for (const [pid, { t, v }] of Object.entries(live)) {
      const n = Math.min(t.length, v.length);
      table.set(
        pid.toUpperCase(),
        sortedSeries(
          Float64Array.from({ length: n }, (_, i) => t[i] ?? 0),
          Float64Array.from({ length: n }, (_, i) => v[i] ?? 0),
        ),
      );
    }
    return table;
  }
  const counts = new Map<Pid, number>();
  for (const s of live) counts.set(s.pid, (counts.get(s.pid) ?? 0) + 1);
  const fill = new Map<Pid, { t: Float64Array; v: Float64Array; n: number }>();
  for (const [pid, n] of counts)
    fill.set(pid, { t: new Float64Array(n), v: new Float64Array(n), n: 0 });
  for (const s of live) {
    const f = fill.get(s.pid);
    if (!f || !Number.isFinite(s.value)) continue;
    f.t[f.n] = s.t;
    f.v[f.n] = s.value;
    f.n++;
  }
  for (const [pid, f] of fill) {
    table.set(pid.toUpperCase(), sortedSeries(f.t.subarray(0, f.n), f.v.subarray(0, f.n)));
  }
  return table;
}

/**
 * Sample-and-hold of another PID at the times of `target`: the latest value at or before each
 * target time (or the first value when none came before). NaN when the PID was never read.
 */
export function heldValues(target: Float64Array, source: Series | undefined): Float64Array {
  const out = new Float64Array(target.length);
  if (!source || source.t.length === 0) return out.fill(Number.NaN);
  let j = 0;
  for (let i = 0; i < target.length; i++) {
    const t = target[i] ?? 0;
    while (j + 1 < source.t.length && (source.t[j + 1] ?? 0) <= t) j++;
    out[i] = source.v[j] ?? Number.NaN;
  }
  return out;
}

export class LiveContext {
  private readonly masks = new Map<Pid, Uint8Array>();
  private readonly statCache = new Map<string, number | undefined>();

  constructor(
    readonly table: LiveTable,
    readonly thresholds: OperatingThresholds,
  ) {}

  series(pid: Pid): Series | undefined {
    return this.table.get(pid);
  }

  /** Operating state bits of every sample of `pid`. */
  mask(pid: Pid): Uint8Array {
    const cached = this.masks.get(pid);
    if (cached) return cached;
    const series = this.table.get(pid);
    if (!series) return new Uint8Array(0);
    const th = this.thresholds;
    const rpm = pid === '0C' ? series.v : heldValues(series.t, this.table.get('0C'));
    const coolant = pid === '05' ? series.v : heldValues(series.t, this.table.get('05'));
    const speed = pid === '0D' ? series.v : heldValues(series.t, this.table.get('0D'));
    const load = pid === '04' ? series.v : heldValues(series.t, this.table.get('04'));
    const fuelStatus = heldValues(series.t, this.table.get('03'));
    const out = new Uint8Array(series.t.length);
    for (let i = 0; i < out.length; i++) {
      const r = rpm[i] ?? Number.NaN;
      const c = coolant[i] ?? Number.NaN;
      const s = speed[i] ?? Number.NaN;
      const l = load[i] ?? Number.NaN;
      const fs = fuelStatus[i] ?? Number.NaN;
      let m = 0;
      // Unknown rpm means unknown state: neither running nor off, so conditioned ranges skip it.
      const running = r >= th.runningRpm;
      if (running) m |= STATE.running;
      else if (r < th.runningRpm) m |= STATE.off;
      if (c >= th.warmCoolantC) m |= STATE.warm;
      else if (c < th.warmCoolantC) m |= STATE.cold;
      if (running && r <= th.idleMaxRpm && !(s >= 3)) m |= STATE.idle;
      if (running && (l >= th.loadMinPercent || (Number.isNaN(l) && s > 0 && r > th.idleMaxRpm))) {
        m |= STATE.load;
      }
      // PID 03 byte A bit 1 = closed loop (SAE J1979). Without it we accept warm running as closed
      // loop, which is true for nearly all petrol engines outside full load and fuel cut-off.
      const closed = Number.isNaN(fs) ? running && c >= th.warmCoolantC : (fs & 2) !== 0;
      if (closed) m |= STATE.closedLoop;
      out[i] = m;
    }
    this.masks.set(pid, out);
    return out;
  }

  /** Statistic of a PID over the samples meeting the conditions; undefined without data. */
  stat(
    pid: Pid,
    stat: 'mean' | 'max' | 'min' | 'slope',
    when: readonly OperatingCondition[],
    windowS: number = DEFAULT_SLOPE_WINDOW_S,
  ): number | undefined {
    const key = `${pid}|${stat}|${when.join(',')}|${stat === 'slope' ? windowS : ''}`;
    if (this.statCache.has(key)) return this.statCache.get(key);
    const series = this.table.get(pid);
    let result: number | undefined;
    if (series) {
      const mask = this.mask(pid);
      const need = requiredMask(when);
      result =
        stat === 'mean'
          ? meanWhere(series.v, mask, need)
          : stat === 'slope'
            ? recentSlopePerMinute(series, mask, need, windowS * 1000)
            : sustainedExtreme(series.v, mask, need, stat);
    }
    this.statCache.set(key, result);
    return result;
  }

  metric(metric: DerivedMetric, when: readonly OperatingCondition[]): number | undefined {
    const key = `metric|${metric}|${when.join(',')}`;
    if (this.statCache.has(key)) return this.statCache.get(key);
    const [up, down] = metric === 'o2_switch_ratio_b1' ? ['14', '15'] : ['18', '19'];
    const upstream = this.switchCount(up, when);
    const downstream = this.switchCount(down, when);
    // Fewer than 6 upstream switches means the engine was not in steady closed loop long enough
    // to judge the catalyst: no verdict rather than a wrong one.
    const result =
      upstream === undefined || downstream === undefined || upstream < 6
        ? undefined
        : downstream / upstream;
    this.statCache.set(key, result);
    return result;
  }

  private switchCount(pid: Pid, when: readonly OperatingCondition[]): number | undefined {
    const series = this.table.get(pid);
    if (!series) return undefined;
    const mask = this.mask(pid);
    const need = requiredMask(when);
    // Narrow-band sensors switch around 0.45 V; a hysteresis band avoids counting noise.
    let state = 0;
    let switches = 0;
    for (let i = 0; i < series.v.length; i++) {
      if (((mask[i] ?? 0) & need) !== need) continue;
      const v = series.v[i] ?? 0;
      const next = v > 0.55 ? 1 : v < 0.35 ? -1 : state;
      if (state !== 0 && next !== state) switches++;
      state = next;
    }
    return switches;
  }

  /** True/false when the condition can be judged from the data, undefined otherwise. */
  evaluate(condition: LiveCondition): boolean | undefined {
    const value =
      condition.metric !== undefined
        ? this.metric(condition.metric, condition.when)
        : condition.pid !== undefined
          ? this.stat(condition.pid, condition.stat, condition.when, condition.windowS)
          : undefined;
    if (value === undefined || Number.isNaN(value)) return undefined;
    return condition.op === 'gt' ? value > condition.value : value < condition.value;
  }

  /** Last reported value of a PID (odometer-like counters such as 21, 31, 4D, 4E). */
  last(pid: Pid): number | undefined {
    const series = this.table.get(pid);
    if (!series || series.v.length === 0) return undefined;
    return series.v[series.v.length - 1];
  }
}

const DEFAULT_SLOPE_WINDOW_S = 120;

/**
 * Least-squares slope, in units per minute, of the qualifying samples of the last `windowMs`
 * (ending at the last qualifying sample). Undefined when fewer than 5 samples or less than half
 * the window are covered: a trend over a few seconds would be noise.
 */
export function recentSlopePerMinute(
  series: Series,
  mask: Uint8Array,
  need: number,
  windowMs: number,
): number | undefined {
  let end = -1;
  for (let i = series.t.length - 1; i >= 0; i--) {
    if (((mask[i] ?? 0) & need) === need) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const tEnd = series.t[end] ?? 0;
  const from = tEnd - windowMs;
  let n = 0;
  let sumT = 0;
  let sumV = 0;
  let first = tEnd;
  for (let i = end; i >= 0 && (series.t[i] ?? 0) >= from; i--) {
    if (((mask[i] ?? 0) & need) !== need) continue;
    n++;
    sumT += (series.t[i] ?? 0) - from;
    sumV += series.v[i] ?? 0;
    first = series.t[i] ?? first;
  }
  if (n < 5 || tEnd - first < windowMs / 2) return undefined;
  const meanT = sumT / n;
  const meanV = sumV / n;
  let cov = 0;
  let varT = 0;
  for (let i = end; i >= 0 && (series.t[i] ?? 0) >= from; i--) {
    if (((mask[i] ?? 0) & need) !== need) continue;
    const dt = (series.t[i] ?? 0) - from - meanT;
    cov += dt * ((series.v[i] ?? 0) - meanV);
    varT += dt * dt;
  }
  return varT === 0 ? undefined : (cov / varT) * 60_000;
}

function meanWhere(v: Float64Array, mask: Uint8Array, need: number): number | undefined {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    if (((mask[i] ?? 0) & need) !== need) continue;
    sum += v[i] ?? 0;
    n++;
  }
  return n === 0 ? undefined : sum / n;
}

/**
 * Highest (lowest) level held for 5 consecutive qualifying samples: the max of the running
 * 5-sample minimum. A value only counts as "reached" when it is sustained, so one corrupted frame
 * never makes an engine "overheat". Linear time, no allocation.
 */
function sustainedExtreme(
  v: Float64Array,
  mask: Uint8Array,
  need: number,
  stat: 'max' | 'min',
): number | undefined {
  const HOLD = 5;
  const ring = new Float64Array(HOLD);
  let n = 0;
  let best: number | undefined;
  for (let i = 0; i < v.length; i++) {
    if (((mask[i] ?? 0) & need) !== need) continue;
    ring[n % HOLD] = v[i] ?? 0;
    n++;
    const filled = Math.min(n, HOLD);
    if (n < HOLD && n < v.length) continue;
    let held = ring[0] ?? 0;
    for (let k = 1; k < filled; k++) {
      const x = ring[k] ?? 0;
      held = stat === 'max' ? Math.min(held, x) : Math.max(held, x);
    }
    if (best === undefined || (stat === 'max' ? held > best : held < best)) best = held;
  }
  return best;
}

/** k-th smallest value (0-based) by quickselect; reorders `a` in place. Average O(n). */
function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] ?? Number.NaN;
}

/** Median without sorting (quickselect on a copy): summaries run on hours of samples. */
export function medianOf(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const work = Float64Array.from(values);
  const upper = selectInPlace(work, n >> 1);
  if (n % 2 === 1) return upper;
  // After selecting the upper middle, the lower middle is the largest value to its left.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n >> 1; i++) lower = Math.max(lower, work[i] ?? lower);
  return (lower + upper) / 2;
}

/** Median absolute deviation around `center` (raw, not scaled by 1.4826). */
export function madOf(values: Float64Array, center: number): number {
  const deviations = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) deviations[i] = Math.abs((values[i] ?? 0) - center);
  return medianOf(deviations);
}
