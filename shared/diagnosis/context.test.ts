import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { altitudeFromBaro, drivingPatternOf, operatingConditions } from './conditions';
import { evaluateContext } from './context-rules';
import { diagnose } from './diagnose';
import { parseKnowledgeBase } from './knowledge-base';
import { LiveContext, recentSlopePerMinute, toLiveTable } from './live-data';
import { constant, knowledgeBaseFiles, synthesize } from './test-support';
import type { LiveSample, OperatingConditions } from './types';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/diagnosis/${name}`, import.meta.url), 'utf8'));
const kb = parseKnowledgeBase(knowledgeBaseFiles(readJson));
const live = (samples: LiveSample[]) => new LiveContext(toLiveTable(samples), kb.thresholds);
const MINUTE = 60_000;

describe('altitude from barometric pressure', () => {
  it('is 0 m at 101.325 kPa and about 1,000 m at 89.9 kPa (standard atmosphere)', () => {
    expect(altitudeFromBaro(101.325)).toBeCloseTo(0, 6);
    expect(altitudeFromBaro(89.875)).toBeGreaterThan(990);
    expect(altitudeFromBaro(89.875)).toBeLessThan(1010);
    expect(altitudeFromBaro(Number.NaN)).toBeNull();
    expect(altitudeFromBaro(0)).toBeNull();
  });

  it('falls as the pressure rises, and stays within the range cars report', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50, max: 110, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (p, dp) => {
          const low = altitudeFromBaro(p);
          const high = altitudeFromBaro(Math.min(110, p + dp));
          if (low === null || high === null) return false;
          return high <= low && low < 6000 && high > -1000;
        },
      ),
    );
  });
});

describe('slope of the last minutes', () => {
  it('recovers the slope of a linear signal, whatever its noise-free shape', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 150, noNaN: true }),
        fc.integer({ min: 200, max: 2000 }),
        (perMinute, start, periodMs) => {
          const samples = synthesize(
            [constant('0C', 800), { pid: '05', at: (t) => start + (perMinute * t) / MINUTE }],
            4 * MINUTE,
            periodMs,
          );
          const ctx = live(samples);
          const series = ctx.series('05');
          if (!series) return false;
          const slope = recentSlopePerMinute(series, ctx.mask('05'), 1, 120_000);
          return (
            slope !== undefined && Math.abs(slope - perMinute) < 1e-6 * (1 + Math.abs(perMinute))
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says nothing over a few seconds of data', () => {
    const ctx = live(synthesize([constant('0C', 800), constant('05', 90)], 20_000, 1000));
    const series = ctx.series('05');
    expect(series && recentSlopePerMinute(series, ctx.mask('05'), 1, 120_000)).toBeUndefined();
  });
});

describe('driving pattern', () => {
  it('shares idle, town, road and motorway time, and sums to 1', () => {
    const speed = (t: number) =>
      t < 2 * MINUTE ? 0 : t < 4 * MINUTE ? 35 : t < 5 * MINUTE ? 70 : 120;
    const ctx = live(
      synthesize([constant('0C', 1500), { pid: '0D', at: speed }], 8 * MINUTE, 1000),
    );
    const pattern = drivingPatternOf(ctx);
    expect(pattern).not.toBeNull();
    expect(pattern?.idle).toBeCloseTo(2 / 8, 1);
    expect(pattern?.urban).toBeCloseTo(2 / 8, 1);
    expect(pattern?.road).toBeCloseTo(1 / 8, 1);
    expect(pattern?.motorway).toBeCloseTo(3 / 8, 1);
    const sum =
      (pattern?.idle ?? 0) +
      (pattern?.urban ?? 0) +
      (pattern?.road ?? 0) +
      (pattern?.motorway ?? 0);
    expect(sum).toBeCloseTo(1, 2);
  });

  it('shares always sum to 1 for any speed trace long enough', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 180 }), { minLength: 150, maxLength: 400 }),
        (speeds) => {
          const samples = speeds.flatMap((v, i) => [
            { pid: '0D', t: i * 1000, value: v },
            { pid: '0C', t: i * 1000, value: 900 },
          ]);
          const pattern = drivingPatternOf(live(samples));
          if (pattern === null) return speeds.length * 1000 < 2 * MINUTE + 2000;
          const sum = pattern.idle + pattern.urban + pattern.road + pattern.motorway;
          return Math.abs(sum - 1) < 0.005;
        },
      ),
      { numRuns: 50 },
    );
  });
});

function conditions(partial: Partial<OperatingConditions>): OperatingConditions {
  return {
    ambientC: null,
    baroKpa: null,
    altitudeM: null,
    engineRunTimeS: null,
    distanceSinceClearKm: null,
    mileageKm: null,
    pattern: null,
    ...partial,
  };
}

describe('context rules', () => {
  it('a lean code in winter is supported; the same code in summer gets no note', () => {
    const subjects = [{ code: 'P0171', subsystem: 'correction_richesse', failure: 'mixture_lean' }];
    const winter = evaluateContext(kb.contextRules, conditions({ ambientC: -3 }), subjects);
    expect(winter.byCode.get('P0171')?.notes.map((n) => n.id)).toContain('cold_lean');
    expect(winter.notes.find((n) => n.id === 'cold_lean')).toMatchObject({
      effect: 'supports',
      params: { ambientC: -3 },
      codes: ['P0171'],
    });
    const summer = evaluateContext(kb.contextRules, conditions({ ambientC: 24 }), subjects);
    expect(summer.byCode.get('P0171')).toBeUndefined();
  });

  it('stays silent when the condition cannot be judged', () => {
    const result = evaluateContext(kb.contextRules, conditions({}), [
      { code: 'P0171', subsystem: 'correction_richesse', failure: 'mixture_lean' },
    ]);
    expect(result.notes).toEqual([]);
  });

  it('a turbo code at altitude is weakened and the report says so', () => {
    const samples = synthesize(
      [constant('0C', 2200), constant('0D', 60), constant('33', 82), constant('46', 8)],
      3 * MINUTE,
      1000,
    );
    const atAltitude = diagnose(
      { dtcs: [{ code: 'P0299', ecu: '7E8', status: 'stored' }], live: samples },
      kb,
    );
    const lowland = diagnose(
      {
        dtcs: [{ code: 'P0299', ecu: '7E8', status: 'stored' }],
        live: synthesize(
          [constant('0C', 2200), constant('0D', 60), constant('33', 101)],
          3 * MINUTE,
          1000,
        ),
      },
      kb,
    );
    expect(atAltitude.conditions.altitudeM).toBeGreaterThan(1600);
    expect(atAltitude.conditions.ambientC).toBe(8);
    const finding = atAltitude.findings[0];
    expect(finding?.context.map((n) => n.id)).toEqual(['altitude_boost']);
    expect(finding?.confidence).toBeLessThan(lowland.findings[0]?.confidence ?? 0);
    expect(atAltitude.contextNotes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['altitude_boost', 'high_altitude']),
    );
  });

  it('reads the conditions from a freeze frame when there is no live data', () => {
    const ctx = live([]);
    const result = operatingConditions(ctx, { mileageKm: 190_000 }, [
      { '46': -5, '1F': 240, '31': 12 },
    ]);
    expect(result).toMatchObject({
      ambientC: -5,
      engineRunTimeS: 240,
      distanceSinceClearKm: 12,
      mileageKm: 190_000,
      altitudeM: null,
      pattern: null,
    });
  });
});
