// Trends across a vehicle's visits, to flag what drifts towards a fault before a code sets: fuel
// trims creeping towards their limit, the battery and cranking voltage falling, the coolant
// warming up more slowly (thermostat), mode 06 results closing on their limits.
//
// Why Theil–Sen (the median of pairwise slopes) and not least squares: a garage has three to ten
// visits per car, one of which is often the visit with the fault being repaired; one odd visit
// must not make or break a trend. Theil–Sen ignores up to ~29 % of outliers.

import { z } from 'zod';
import type { MonitorTest, PastSession, SessionMetrics, TrendPoint, WatchItem } from './types';

export const TREND_METRICS = [
  'ltftB1',
  'ltftB2',
  'batteryRestV',
  'crankingMinV',
  'warmupCPerMin',
  'mode06',
] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export const TrendSpecSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  metric: z.enum(TREND_METRICS),
  unit: z.string(),
  /**
   * Which way is bad: `rising`/`falling` towards `limit`, or `either` for values that are bad on
   * both sides (fuel trims: ±limit). For mode 06 the value followed is the margin to the nearest
   * limit as a share of the allowed band (0 = on the limit).
   */
  direction: z.enum(['rising', 'falling', 'either']),
  limit: z.number(),
  /** Visits needed (the current one included). */
  minSessions: z.number().int().min(3).default(3),
  /** The fitted change over the visits must be at least this, in the metric's unit. */
  minChange: z.number().nonnegative(),
  /** Flag when the fit reaches the limit within this many months. */
  horizonMonths: z.number().positive(),
});
export type TrendSpec = z.infer<typeof TrendSpecSchema>;

const MONTH_MS = 30 * 24 * 3600 * 1000;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Theil–Sen fit of value against x: slope = median of pairwise slopes over distinct x, intercept
 * = median of (y − slope·x). Null with fewer than two distinct x.
 */
export function theilSen(
  points: readonly { x: number; y: number }[],
): { slope: number; intercept: number } | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (!a || !b || a.x === b.x) continue;
      slopes.push((b.y - a.y) / (b.x - a.x));
    }
  }
  if (slopes.length === 0) return null;
  const slope = median(slopes);
  const intercept = median(points.map((p) => p.y - slope * p.x));
  return { slope, intercept };
}

/** Margin of a mode 06 result to its nearest limit, as a share of the band (≤ 0 = failed). */
export function mode06Margin(test: MonitorTest): number | null {
  const band = test.max - test.min;
  if (!Number.isFinite(band) || band <= 0) return null;
  return Math.min(test.value - test.min, test.max - test.value) / band;
}

export interface TrendSession {
  sessionId: string;
  t: number;
  km: number | null;
  metrics: SessionMetrics;
}

function timeOf(date: string | number): number {
  return typeof date === 'number' ? date : Date.parse(date);
}

/** The visits of a vehicle with stored metrics, plus the current one, oldest first. */
export function trendSessions(
  history: readonly PastSession[],
  current: TrendSession | null,
): TrendSession[] {
  const past = history
    .filter((s) => s.metrics !== undefined && Number.isFinite(timeOf(s.date)))
    .map((s) => ({
      sessionId: s.id,
      t: timeOf(s.date),
      km: s.mileageKm ?? null,
      metrics: s.metrics as SessionMetrics,
    }));
  return [...past, ...(current ? [current] : [])].sort((a, b) => a.t - b.t);
}

function evaluate(
  spec: TrendSpec,
  points: TrendPoint[],
  test?: { mid: string; tid: string },
): WatchItem | null {
  if (points.length < spec.minSessions) return null;
  const t0 = points[0]?.t ?? 0;
  const fit = theilSen(points.map((p) => ({ x: (p.t - t0) / MONTH_MS, y: p.value })));
  const last = points[points.length - 1];
  if (!fit || !last || fit.slope === 0) return null;
  const span = (last.t - t0) / MONTH_MS;
  if (Math.abs(fit.slope * span) < spec.minChange) return null;
  const direction = fit.slope > 0 ? 'rising' : 'falling';
  if (spec.direction !== 'either' && spec.direction !== direction) return null;
  const limit =
    spec.direction === 'either' ? Math.sign(fit.slope) * Math.abs(spec.limit) : spec.limit;
  const fittedLast = fit.intercept + fit.slope * span;
  const toGo = (limit - fittedLast) / fit.slope;
  const monthsToLimit = Math.max(0, Math.round(toGo * 10) / 10);
  if (monthsToLimit > spec.horizonMonths) return null;
  return {
    id: spec.id,
    metric: spec.metric,
    ...(test ? { test } : {}),
    unit: spec.unit,
    direction,
    slopePerMonth: Math.round(fit.slope * 1000) / 1000,
    last: last.value,
    limit,
    monthsToLimit,
    points,
  };
}

/** Watch items for every trend spec that holds on these visits. */
export function detectTrends(
  specs: readonly TrendSpec[],
  sessions: readonly TrendSession[],
): WatchItem[] {
  const out: WatchItem[] = [];
  for (const spec of specs) {
    if (spec.metric === 'mode06') {
      const byTest = new Map<string, TrendPoint[]>();
      for (const s of sessions) {
        for (const test of s.metrics.mode06) {
          const margin = mode06Margin(test);
          if (margin === null) continue;
          const key = `${test.mid}|${test.tid}`;
          const list = byTest.get(key) ?? [];
          list.push({
            sessionId: s.sessionId,
            t: s.t,
            km: s.km,
            value: Math.round(margin * 1000) / 1000,
          });
          byTest.set(key, list);
        }
      }
      for (const [key, points] of byTest) {
        const [mid = '', tid = ''] = key.split('|');
        const item = evaluate(spec, points, { mid, tid });
        if (item) out.push(item);
      }
      continue;
    }
    const metric = spec.metric;
    const points: TrendPoint[] = [];
    for (const s of sessions) {
      const value = s.metrics[metric];
      if (value !== null && Number.isFinite(value)) {
        points.push({ sessionId: s.sessionId, t: s.t, km: s.km, value });
      }
    }
    const item = evaluate(spec, points);
    if (item) out.push(item);
  }
  return out.sort((a, b) => a.monthsToLimit - b.monthsToLimit || a.id.localeCompare(b.id));
}
