import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { parseKnowledgeBase } from './knowledge-base';
import { LiveContext, toLiveTable } from './live-data';
import { sessionMetrics } from './session-metrics';
import { constant, knowledgeBaseFiles, synthesize } from './test-support';
import type { TrendSession } from './trends';
import { detectTrends, mode06Margin, theilSen } from './trends';
import type { PastSession, SessionMetrics } from './types';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/diagnosis/${name}`, import.meta.url), 'utf8'));
const kb = parseKnowledgeBase(knowledgeBaseFiles(readJson));
const MONTH = 30 * 24 * 3600 * 1000;
const T0 = Date.UTC(2025, 0, 10);
const MINUTE = 60_000;

const metrics = (partial: Partial<SessionMetrics>): SessionMetrics => ({
  ltftB1: null,
  ltftB2: null,
  batteryRestV: null,
  crankingMinV: null,
  warmupCPerMin: null,
  mode06: [],
  ...partial,
});

const visits = (values: Partial<SessionMetrics>[], monthsApart = 2): TrendSession[] =>
  values.map((m, i) => ({
    sessionId: `s${i}`,
    t: T0 + i * monthsApart * MONTH,
    km: 80_000 + i * 3000,
    metrics: metrics(m),
  }));

describe('Theil–Sen fit', () => {
  it('recovers an exact line', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.integer({ min: 3, max: 12 }),
        (slope, intercept, n) => {
          const fit = theilSen(
            Array.from({ length: n }, (_, x) => ({ x, y: intercept + slope * x })),
          );
          return (
            fit !== null &&
            Math.abs(fit.slope - slope) < 1e-9 * (1 + Math.abs(slope)) &&
            Math.abs(fit.intercept - intercept) < 1e-7 * (1 + Math.abs(intercept))
          );
        },
      ),
    );
  });

  it('ignores one wild visit among five', () => {
    const fit = theilSen([0, 1, 2, 3, 4].map((x) => ({ x, y: x === 2 ? 50 : 2 * x })));
    expect(fit?.slope).toBeCloseTo(2, 6);
  });
});

describe('trends before a code sets ("à surveiller")', () => {
  it('fuel trim creeping towards +10 % is flagged with its points', () => {
    const watch = detectTrends(
      kb.trends,
      visits([{ ltftB1: 1 }, { ltftB1: 3 }, { ltftB1: 5 }, { ltftB1: 7 }]),
    );
    const item = watch.find((w) => w.id === 'ltft-b1-drift');
    expect(item).toMatchObject({ direction: 'rising', limit: 10, last: 7, unit: '%' });
    expect(item?.monthsToLimit).toBeCloseTo(3, 1);
    expect(item?.points.map((p) => p.value)).toEqual([1, 3, 5, 7]);
  });

  it('a trim drifting negative is flagged against −10 %', () => {
    const watch = detectTrends(kb.trends, visits([{ ltftB1: -2 }, { ltftB1: -4 }, { ltftB1: -6 }]));
    expect(watch.find((w) => w.id === 'ltft-b1-drift')).toMatchObject({
      direction: 'falling',
      limit: -10,
    });
  });

  it('a stable or noisy trim is not flagged, nor are two visits', () => {
    expect(
      detectTrends(
        kb.trends,
        visits([{ ltftB1: 2 }, { ltftB1: 1.5 }, { ltftB1: 2.2 }, { ltftB1: 1.8 }]),
      ),
    ).toEqual([]);
    expect(detectTrends(kb.trends, visits([{ ltftB1: 1 }, { ltftB1: 8 }]))).toEqual([]);
  });

  it('battery at rest and cranking voltage falling are flagged', () => {
    const watch = detectTrends(
      kb.trends,
      visits([
        { batteryRestV: 12.7, crankingMinV: 10.6 },
        { batteryRestV: 12.55, crankingMinV: 10.3 },
        { batteryRestV: 12.42, crankingMinV: 10.0 },
      ]),
    );
    expect(watch.map((w) => w.id).sort()).toEqual([
      'battery-rest-falling',
      'cranking-voltage-falling',
    ]);
  });

  it('a coolant warming up more slowly at each visit is flagged (thermostat)', () => {
    const watch = detectTrends(
      kb.trends,
      visits([{ warmupCPerMin: 6 }, { warmupCPerMin: 4.5 }, { warmupCPerMin: 3 }]),
    );
    expect(watch[0]).toMatchObject({ id: 'warmup-slowing', direction: 'falling', limit: 2 });
  });

  it('a mode 06 result closing on its limit is flagged with its test', () => {
    const test = (value: number) => ({
      mid: '01',
      tid: '85',
      value,
      min: 0,
      max: 1,
      unit: 'ratio',
    });
    const watch = detectTrends(
      kb.trends,
      visits([{ mode06: [test(0.5)] }, { mode06: [test(0.38)] }, { mode06: [test(0.25)] }]),
    );
    expect(watch[0]).toMatchObject({ id: 'mode06-margin', test: { mid: '01', tid: '85' } });
    expect(mode06Margin(test(0.25))).toBeCloseTo(0.25, 6);
    expect(mode06Margin({ ...test(0.5), max: 0 })).toBeNull();
  });

  it('the report lists the trend from the vehicle’s stored visits plus this one', () => {
    const history: PastSession[] = [1, 3, 5].map((ltft, i) => ({
      id: `past-${i}`,
      date: new Date(T0 + i * 2 * MONTH).toISOString(),
      codes: [],
      metrics: metrics({ ltftB1: ltft }),
    }));
    const live = synthesize(
      [
        constant('0C', 780),
        constant('0D', 0),
        constant('05', 90),
        constant('07', 7.5),
        constant('03', 2),
      ],
      3 * MINUTE,
      500,
    );
    const report = diagnose(
      { sessionId: 'now', sessionDate: T0 + 6 * MONTH, dtcs: [], live, history },
      kb,
    );
    expect(report.metrics.ltftB1).toBe(7.5);
    expect(report.watch.map((w) => w.id)).toContain('ltft-b1-drift');
    expect(report.watch[0]?.points.at(-1)).toMatchObject({ sessionId: 'now', value: 7.5 });
  });
});

describe('session metrics', () => {
  it('measure the warm-up rate, the battery at rest and the cranking dip', () => {
    const rpm = (t: number) => (t < 10_000 ? 0 : t < 12_000 ? 200 : 900);
    const volts = (t: number) => (t < 10_000 ? 12.5 : t < 12_000 ? 10.1 : 14.1);
    const coolant = (t: number) => Math.min(90, 20 + (t / MINUTE) * 5);
    const samples = synthesize(
      [
        { pid: '0C', at: rpm },
        { pid: '42', at: volts },
        { pid: '05', at: coolant },
      ],
      20 * MINUTE,
      500,
    );
    const m = sessionMetrics(new LiveContext(toLiveTable(samples), kb.thresholds), []);
    expect(m.batteryRestV).toBe(12.5);
    expect(m.crankingMinV).toBe(10.1);
    expect(m.warmupCPerMin).toBeCloseTo(5, 1);
    expect(m.ltftB1).toBeNull();
  });

  it('have no warm-up rate for a session that starts warm', () => {
    const samples = synthesize([constant('0C', 800), constant('05', 85)], 5 * MINUTE, 500);
    expect(
      sessionMetrics(new LiveContext(toLiveTable(samples), kb.thresholds), []).warmupCPerMin,
    ).toBeNull();
  });
});
