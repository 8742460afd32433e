import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { learnBaseline, summarizeTable } from './baseline';
import { criticalityOf } from './criticality';
import { diagnose } from './diagnose';
import type { CriticalityRule } from './knowledge-base';
import { parseKnowledgeBase } from './knowledge-base';
import { toLiveTable } from './live-data';
import type { Channel } from './test-support';
import { constant, knowledgeBaseFiles, noise, synthesize, TWENTY_DTC_CODES } from './test-support';
import type { DiagnosisInput, DtcReading, LiveSample } from './types';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/diagnosis/${name}`, import.meta.url), 'utf8'));
const kb = parseKnowledgeBase(knowledgeBaseFiles(readJson));

const MINUTE = 60_000;
const dtc = (
  code: string,
  ecu: string | null = '7E8',
  status: DtcReading['status'] = 'stored',
): DtcReading => ({ code, ecu, status });

/** A warm petrol engine idling, healthy: trims near zero, O2 switching, charging ~14 V. */
function healthyPetrolIdle(
  overrides: Channel[] = [],
  durationMs = 3 * MINUTE,
  seed = 1,
): LiveSample[] {
  const r = noise(seed);
  const base: Channel[] = [
    { pid: '0C', at: () => 760 + 15 * r() },
    constant('0D', 0),
    { pid: '05', at: () => 90 + 0.5 * r() },
    { pid: '04', at: () => 24 + 2 * r() },
    { pid: '06', at: () => 2 * r() },
    { pid: '07', at: () => 1.5 },
    { pid: '08', at: () => 2 * r() },
    { pid: '09', at: () => 1.0 },
    { pid: '0B', at: () => 33 + r() },
    { pid: '0F', at: () => 30 },
    { pid: '10', at: () => 3.4 + 0.1 * r() },
    { pid: '11', at: () => 15 },
    { pid: '14', at: (t) => 0.45 + 0.4 * Math.sin(t / 250) },
    { pid: '15', at: () => 0.7 + 0.02 * r() },
    { pid: '42', at: () => 14.1 + 0.05 * r() },
  ];
  const pids = new Set(overrides.map((c) => c.pid));
  return synthesize([...base.filter((c) => !pids.has(c.pid)), ...overrides], durationMs);
}

const allReady = {
  misfire: { available: true, complete: true },
  fuelSystem: { available: true, complete: true },
  catalyst: { available: true, complete: true },
  oxygenSensor: { available: true, complete: true },
};

describe('diagnose: simulator-like scenarios', () => {
  it('healthy car → ok, no findings', () => {
    const report = diagnose(
      {
        dtcs: [],
        readiness: allReady,
        live: healthyPetrolIdle(),
        vehicle: { make: 'Peugeot', fuel: 'petrol' },
      },
      kb,
    );
    expect(report.findings).toEqual([]);
    expect(report.overall).toBe('ok');
    expect(report.verdict.fr).toMatch(/Aucun défaut/);
    expect(report.liveSummary.length).toBeGreaterThan(5);
  });

  it('overheating diesel (coolant 118 °C + P0217) → rouge, overheating first, stop driving', () => {
    const live = synthesize(
      [
        { pid: '0C', at: () => 820 },
        constant('0D', 0),
        { pid: '05', at: (t) => Math.min(118, 85 + t / 2000) },
        constant('0B', 101),
        constant('42', 14),
      ],
      3 * MINUTE,
    );
    const report = diagnose(
      {
        dtcs: [{ ...dtc('P0217'), freezeFrame: { '05': 117 } }],
        live,
        vehicle: { make: 'Renault', engine: 'K9K', fuel: 'diesel' },
      },
      kb,
    );
    expect(report.overall).toBe('rouge');
    const first = report.findings[0];
    expect(first).toMatchObject({
      kind: 'dtc',
      code: 'P0217',
      criticality: 'rouge',
      system: 'refroidissement',
    });
    expect(first?.knownProblem).toBe('overheating');
    expect(first?.evidence.map((e) => e.en)).toContain('Confirmed by live data');
    expect(first?.parts).toContain('thermostat');
    expect(
      report.findings.some((f) => f.kind === 'live' && f.pid === '05' && f.criticality === 'rouge'),
    ).toBe(true);
    expect(report.verdict.fr).toMatch(/^Intervention immédiate/);
  });

  it('misfire (P0301 + P0300) → at least orange, misfire findings first', () => {
    const report = diagnose(
      {
        dtcs: [dtc('P0300'), dtc('P0301'), dtc('P0442', '7E8', 'pending')],
        live: healthyPetrolIdle(),
        vehicle: { fuel: 'petrol' },
      },
      kb,
    );
    expect(['orange', 'rouge']).toContain(report.overall);
    expect(
      report.findings
        .slice(0, 2)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['P0300', 'P0301']);
    expect(report.findings[0]?.rule.id).toMatch(/misfire/);
    expect(report.findings.find((f) => f.code === 'P0301')?.parts).toEqual(
      expect.arrayContaining(['bougie', 'bobine']),
    );
    expect(report.findings.at(-1)?.code).toBe('P0442');
  });

  it('two ECUs (P0420 + P0171 pending on 7E8, P0700/P0730 on 7E9) → findings from both', () => {
    const report = diagnose(
      {
        dtcs: [
          dtc('P0420'),
          dtc('P0171', '7E8', 'pending'),
          dtc('P0700', '7E9'),
          dtc('P0730', '7E9'),
        ],
        live: healthyPetrolIdle(),
        vehicle: { fuel: 'petrol' },
      },
      kb,
    );
    const ecus = new Set(report.findings.map((f) => f.ecu));
    expect(ecus).toEqual(new Set(['7E8', '7E9']));
    expect(report.overall).toBe('orange');
    const byCode = Object.fromEntries(report.findings.map((f) => [f.code, f]));
    expect(byCode.P0730?.rule.id).toBe('orange-transmission');
    expect(byCode.P0420?.rule.id).toBe('orange-catalyst');
    expect(byCode.P0171?.status).toBe('pending');
    expect(byCode.P0171?.confidence).toBeLessThan(byCode.P0420?.confidence ?? 0);
  });
});

describe('criticality classes', () => {
  const levelOf = (codes: string[], input: Partial<DiagnosisInput> = {}) => {
    const report = diagnose({ dtcs: codes.map((c) => dtc(c)), ...input }, kb);
    return report.findings.map((f) => [f.code ?? f.pid, f.criticality, f.rule.id]);
  };

  it('rouge only for what is unsafe now: multi-cylinder misfire, overheating, oil pressure', () => {
    expect(levelOf(['P0302', 'P0304']).map((f) => f[2])).toEqual([
      'rouge-multi-cylinder-misfire',
      'rouge-multi-cylinder-misfire',
    ]);
    expect(levelOf(['P0524'])[0]?.slice(1)).toEqual(['rouge', 'rouge-oil-pressure-low']);
    expect(levelOf(['P0218'])[0]?.slice(1)).toEqual(['rouge', 'rouge-overheating-code']);
    // Brakes, airbag, steering: the function is degraded, driving is not unsafe by itself.
    expect(levelOf(['C0035'])).toEqual([['C0035', 'orange', 'orange-brakes']]);
    expect(levelOf(['C1145'])[0]?.[1]).toBe('orange');
    expect(levelOf(['B0001'])[0]?.slice(1)).toEqual(['orange', 'orange-airbag']);
    expect(levelOf(['P0551'])[0]?.slice(1)).toEqual(['jaune', 'jaune-steering-pressure-switch']);
  });

  it('orange: steady misfire, mixture, turbo, charging, transmission', () => {
    expect(levelOf(['P0303'])[0]?.slice(1)).toEqual(['orange', 'orange-misfire']);
    expect(levelOf(['P0172'])[0]?.slice(1)).toEqual(['orange', 'orange-mixture']);
    expect(levelOf(['P0299'])[0]?.slice(1)).toEqual(['orange', 'orange-boost']);
    expect(levelOf(['P0562'])[0]?.slice(1)).toEqual(['orange', 'orange-charging']);
  });

  it('explains every wheel speed sensor code, J2012 or GM numbering, with the same causes', () => {
    for (const code of ['C0031', 'C0503', 'C0662', 'C0035', 'C0050']) {
      const report = diagnose({ dtcs: [dtc(code)] }, kb);
      expect(report.findings[0]?.knownProblem, code).toBe('wheel-speed-sensor');
    }
    const pedal = diagnose({ dtcs: [dtc('C0040')] }, kb);
    expect(pedal.findings[0]?.knownProblem).toBe('brake-switch');
  });

  it('rouge: a high-voltage isolation fault or a welded contactor', () => {
    expect(levelOf(['P0AA6'])[0]?.slice(1)).toEqual(['rouge', 'rouge-high-voltage-isolation']);
    expect(levelOf(['P0AA1'])[0]?.slice(1)).toEqual(['rouge', 'rouge-high-voltage-contactor']);
    // The isolation *sensor* circuit is a sensor fault, not a proven isolation loss.
    expect(levelOf(['P0AA7'])[0]?.[1]).toBe('jaune');
  });

  it('orange: a powertrain module gone silent or failing inside', () => {
    expect(levelOf(['U0100'])[0]?.slice(1)).toEqual(['orange', 'orange-powertrain-module-lost']);
    expect(levelOf(['P060A'])[0]?.slice(1)).toEqual(['orange', 'orange-control-module-internal']);
    expect(levelOf(['P0606'])[0]?.slice(1)).toEqual(['orange', 'orange-control-module-internal']);
    expect(levelOf(['U0155'])[0]?.[1]).toBe('jaune');
  });

  it('orange: low tyre pressure, the brake pedal switch and a wheel speed sensor', () => {
    expect(levelOf(['C0077'])[0]?.slice(1)).toEqual(['orange', 'orange-tyre-pressure']);
    expect(levelOf(['C0040'])[0]?.slice(1)).toEqual(['orange', 'orange-brake-switch']);
    expect(levelOf(['C0034'])[0]?.slice(1)).toEqual(['orange', 'orange-brakes']);
  });

  it('jaune: EVAP small leak, O2 heater, sensor circuit, incomplete monitors', () => {
    expect(levelOf(['P0442'])[0]?.slice(1)).toEqual(['jaune', 'jaune-evap']);
    expect(levelOf(['P0135'])[0]?.slice(1)).toEqual(['jaune', 'jaune-o2-heater']);
    expect(levelOf(['P0117'])[0]?.slice(1)).toEqual(['jaune', 'jaune-cooling-sensor']);
    expect(levelOf(['P0340'])[0]?.slice(1)).toEqual(['jaune', 'jaune-sensor-circuit']);
    const report = diagnose(
      { dtcs: [], readiness: { ...allReady, catalyst: { available: true, complete: false } } },
      kb,
    );
    expect(report.overall).toBe('jaune');
    expect(report.advisories[0]).toMatchObject({
      criticality: 'jaune',
      incompleteMonitors: ['catalyst'],
      rule: { id: 'jaune-readiness' },
    });
  });

  it('rules are data: a rule inserted first overrides the built-in decision', () => {
    const garageRule: CriticalityRule = {
      id: 'garage-evap-orange',
      level: 'orange',
      label: { fr: 'Politique du garage', en: 'Garage policy' },
      reason: { fr: 'Le garage le veut', en: 'The garage wants it' },
      match: { kind: 'dtc', codes: ['P0442'] },
    };
    const decision = criticalityOf(
      { kind: 'dtc', code: 'P0442', subsystem: 'evap_petite_fuite' },
      [garageRule, ...kb.rules],
      {
        multiCylinderMisfire: false,
        sessionCodes: new Set(['P0442']),
        sessionSubsystems: new Set(['evap_petite_fuite']),
        evaluateLive: () => undefined,
      },
    );
    expect(decision).toEqual({
      level: 'orange',
      rule: { id: 'garage-evap-orange', label: garageRule.label, reason: garageRule.reason },
    });
  });

  it('live conditions honour the warm-engine requirement', () => {
    const lean: Channel[] = [
      { pid: '07', at: () => 22 },
      { pid: '09', at: () => 21 },
    ];
    const warm = diagnose(
      { dtcs: [], live: healthyPetrolIdle(lean), vehicle: { fuel: 'petrol' } },
      kb,
    );
    const trim = warm.findings.find((f) => f.pid === '07');
    expect(trim).toMatchObject({
      kind: 'live',
      criticality: 'orange',
      rule: { id: 'orange-mixture-live' },
    });
    expect(trim?.knownProblem).toBe('lean-both-banks-trims-only');

    const cold = diagnose(
      {
        dtcs: [],
        live: healthyPetrolIdle([...lean, constant('05', 40)]),
        vehicle: { fuel: 'petrol' },
      },
      kb,
    );
    expect(cold.findings.filter((f) => f.pid === '07' || f.pid === '09')).toEqual([]);
  });

  it('single-sample spikes are not findings', () => {
    const spike: Channel = { pid: '05', at: (_t, i) => (i === 500 ? 130 : 90) };
    const report = diagnose(
      { dtcs: [], live: healthyPetrolIdle([spike]), vehicle: { fuel: 'petrol' } },
      kb,
    );
    expect(report.overall).toBe('ok');
  });
});

describe('history, context and similar cases', () => {
  it('flags recurring codes and codes back after a clear, and raises confidence', () => {
    const fresh = diagnose({ dtcs: [dtc('P0420')] }, kb).findings[0];
    const report = diagnose(
      {
        dtcs: [dtc('P0420')],
        vehicle: { mileageKm: 152_300 },
        history: [
          {
            id: 's1',
            date: '2025-01-10',
            mileageKm: 140_000,
            codes: [{ code: 'P0420' }],
            cleared: true,
          },
          { id: 's2', date: '2025-06-02', mileageKm: 150_000, codes: [] },
        ],
        live: [
          { pid: '31', t: 0, value: 820 },
          { pid: '4E', t: 0, value: 1900 },
        ],
      },
      kb,
    );
    expect(report.context).toMatchObject({
      recurringCodes: ['P0420'],
      returnedAfterClear: ['P0420'],
      kmSinceLastSession: 2300,
      distanceSinceClearKm: 820,
      minutesSinceClear: 1900,
    });
    expect(report.findings[0]?.confidence).toBeGreaterThan(fresh?.confidence ?? 1);
  });

  it('derives driving use from the speed trace', () => {
    const live = synthesize(
      [{ pid: '0C', at: () => 2200 }, { pid: '0D', at: () => 125 }, constant('05', 90)],
      10 * MINUTE,
      1000,
    );
    expect(diagnose({ dtcs: [], live }, kb).context.drivingUse).toBe('autoroute');
  });

  it('returns what fixed similar cases, same engine first', () => {
    const report = diagnose(
      {
        dtcs: [dtc('P0299'), dtc('P0401')],
        vehicle: { make: 'Renault', engine: 'K9K', fuel: 'diesel' },
        cases: [
          {
            sessionId: 'a',
            vehicle: { make: 'Peugeot', engine: 'DV6' },
            codes: ['P0299'],
            resolution: { text: 'Durite de turbo percée' },
          },
          {
            sessionId: 'b',
            vehicle: { make: 'Renault', engine: 'K9K' },
            codes: ['P0299', 'P0401'],
            resolution: { text: 'Vanne EGR remplacée', parts: ['vanne_egr'] },
          },
          {
            sessionId: 'c',
            vehicle: { make: 'Renault', engine: 'K9K' },
            codes: ['P0171'],
            resolution: { text: 'x' },
          },
        ],
      },
      kb,
    );
    expect(report.similarCases.map((c) => c.sessionId)).toEqual(['b', 'a']);
    expect(report.similarCases[0]?.resolution.parts).toEqual(['vanne_egr']);
  });
});

describe('baseline learner', () => {
  const session = (seed: number, coolant: (t: number, r: () => number) => number) => {
    const r = noise(seed);
    return healthyPetrolIdle([{ pid: '05', at: (t) => coolant(t, r) }], 5 * MINUTE, seed);
  };
  const past = Array.from({ length: 8 }, (_, k) =>
    summarizeTable(toLiveTable(session(k + 10, (_t, r) => 89 + 0.8 * r())), kb.thresholds),
  );
  const baseline = learnBaseline(past);

  it('learns centre and spread per PID and bucket', () => {
    const coolant = baseline.entries.find((e) => e.pid === '05' && e.bucket === 'idle_warm');
    expect(coolant?.center).toBeCloseTo(89, 0);
    expect(coolant?.sessions).toBe(8);
  });

  it('does not flag noise like the past', () => {
    const report = diagnose(
      {
        dtcs: [],
        live: session(99, (_t, r) => 89 + 0.8 * r()),
        baseline,
        vehicle: { fuel: 'petrol' },
      },
      kb,
    );
    expect(report.findings).toEqual([]);
  });

  it('flags a drifting signal that stays inside the generic range', () => {
    // Creeps from 89 °C to 101 °C: still "normal" for the generic range, not for this car.
    const report = diagnose(
      {
        dtcs: [],
        live: session(98, (t, r) => 89 + (12 * t) / (5 * MINUTE) + 0.8 * r()),
        baseline,
        vehicle: { fuel: 'petrol' },
      },
      kb,
    );
    const drift = report.findings.find((f) => f.pid === '05');
    expect(drift).toMatchObject({
      kind: 'live',
      criticality: 'jaune',
      rule: { id: 'jaune-live-deviation' },
    });
  });

  it('learns from 50 past sessions in well under a second', () => {
    const many = Array.from({ length: 50 }, (_, k) => past[k % past.length] ?? []);
    const start = performance.now();
    learnBaseline(many);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

// Speed is measured by `npm run bench` (docs/benchmarks.md), not asserted here: this checks the
// engine stays correct at the size of the benchmark session.
describe('at benchmark size', () => {
  it('diagnoses 20 DTCs and one hour at 10 Hz × 12 PIDs', () => {
    const live = healthyPetrolIdle([], 60 * MINUTE).filter(
      (s) => s.pid !== '0F' && s.pid !== '11' && s.pid !== '08',
    );
    expect(live.length).toBe(432_000);
    const codes = TWENTY_DTC_CODES;
    const report = diagnose(
      { dtcs: codes.map((c) => dtc(c)), live, vehicle: { fuel: 'petrol' } },
      kb,
    );
    expect(report.findings.length).toBeGreaterThanOrEqual(20);
    expect(new Set(report.findings.map((f) => f.code).filter(Boolean))).toEqual(new Set(codes));
  });
});
