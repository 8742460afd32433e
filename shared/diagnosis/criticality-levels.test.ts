// Representative codes per level, with the reasoning a workshop manager would give (the same
// reasoning is in each rule's `reason` in criticality-rules.json), and the live coolant
// thresholds that respect mapped thermostats.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeLevels, criticalityTable } from './criticality-table';
import { diagnose } from './diagnose';
import { parseKnowledgeBase } from './knowledge-base';
import type { Channel } from './test-support';
import { constant, knowledgeBaseFiles, synthesize } from './test-support';
import type { Criticality, DtcReading } from './types';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/diagnosis/${name}`, import.meta.url), 'utf8'));
const kb = parseKnowledgeBase(knowledgeBaseFiles(readJson));
const levels = codeLevels(kb);
const levelOf = (code: string) => levels.get(code);

const EXPECTED: Record<Criticality, Record<string, string>> = {
  rouge: {
    P0217: 'engine overheating measured by the ECU',
    P0218: 'gearbox fluid overheating: clutches burn within minutes',
    P0219: 'engine overspeed: valves may have touched pistons',
    P0298: 'oil overheating',
    P0524: 'oil pressure actually low',
    P2B57: 'low oil pressure reported by the cam control',
    P0A0A: 'high-voltage interlock loop open',
    P0AA1: 'high-voltage contactor welded closed',
    P0AA6: 'high-voltage isolation fault',
    P0DAA: 'charging system isolation fault',
    C055E: 'brake hydraulic circuit leak',
    C05D2: 'master cylinder travel too long',
    P050F: 'brake assist vacuum too low',
    C0021: 'brake booster failed',
    P0093: 'large fuel leak',
  },
  orange: {
    P0520: 'oil pressure sensor circuit: lubrication no longer monitored',
    P0521: 'oil pressure sensor range: may also be real low pressure',
    P0522: 'oil pressure sensor low: may also be real low pressure',
    P0523: 'oil pressure sensor high',
    P06DA: 'controlled oil pump solenoid: pump fails safe at full flow',
    P06DD: 'controlled oil pump solenoid stuck',
    C0035: 'wheel speed sensor: ABS/ESP off, base braking intact',
    C0110: 'ABS pump motor circuit',
    C0063: 'yaw rate sensor: ESP off',
    C053A: 'ABS valves calibration missing: ABS off until calibrated',
    C0555: 'wrong wheel speed sensor fitted',
    C05D6: 'power steering module: assistance may cut out',
    B0001: 'airbag squib circuit: no deployment in a crash',
    B00A0: 'occupant classification: passenger airbag may stay armed',
    U0121: 'ABS module silent',
    P0301: 'single-cylinder misfire: catalyst at risk',
    P0171: 'lean mixture',
    P0299: 'underboost',
    P0420: 'catalyst efficiency',
    P2181: 'cooling performance without measured overheating',
    P0480: 'cooling fan control circuit',
    P2560: 'coolant level low',
    P0016: 'cam/crank correlation',
    C0077: 'low tyre pressure',
  },
  jaune: {
    C0081: 'ABS warning lamp circuit: the lamp, not the ABS',
    C0082: 'brake warning lamp circuit',
    B00D0: 'seat belt indicator circuit',
    B00D2: 'restraint malfunction indicator circuit',
    P0650: 'MIL circuit',
    P0700: 'MIL request from the gearbox: read the gearbox',
    P25A2: 'MIL request from the brake module: read the brake module',
    P26C8: 'MIL request from a chassis module',
    P0550: 'hydraulic power steering pressure switch: idle compensation only',
    P0551: 'hydraulic power steering pressure switch range',
    P0554: 'hydraulic power steering pressure switch intermittent',
    P0630: 'VIN not programmed in the engine ECU',
    U3510: 'control module calibration missing (not a safety module)',
    P06C5: 'wrong glow plug type',
    P0128: 'thermostat stays open',
    P0117: 'coolant temperature sensor low',
    P0442: 'small EVAP leak',
    P0135: 'O2 sensor heater',
    C004A: 'pad wear warning circuit: check the pads by eye',
    B0050: 'seat belt buckle switch',
    P05B8: 'crash input of the engine ECU',
    P0AA7: 'isolation sensor circuit, not an isolation fault',
  },
};

describe('criticality of representative codes (stored alone, code rules)', () => {
  for (const level of ['rouge', 'orange', 'jaune'] as const) {
    for (const [code, why] of Object.entries(EXPECTED[level])) {
      it(`${code} is ${level}: ${why}`, () => {
        expect(kb.codes.has(code), `${code} is listed`).toBe(true);
        expect(levelOf(code)?.level, levelOf(code)?.rule).toBe(level);
      });
    }
  }

  it('never makes a warning lamp, a MIL request or a calibration Rouge', () => {
    for (const [code, components] of kb.componentsByCode) {
      if (components.some((c) => ['warning_lamp', 'mil_request', 'calibration'].includes(c))) {
        expect(levelOf(code)?.level, code).not.toBe('rouge');
      }
    }
  });

  it('keeps Rouge to a small share of the generic codes (6.5 % with the system-wide rules)', () => {
    const { total } = criticalityTable(kb);
    expect(total.total).toBe(kb.codes.size);
    expect(total.rouge / total.total).toBeLessThan(0.02);
    expect(total.rouge + total.orange + total.jaune).toBe(total.total);
  });

  it('gives every rule a French and English label and reason', () => {
    for (const rule of kb.rules) {
      expect(rule.reason.fr.length, rule.id).toBeGreaterThan(40);
      expect(rule.reason.en.length, rule.id).toBeGreaterThan(40);
    }
  });
});

describe('known problems do not overrule a better-informed rule', () => {
  const only = (code: string) =>
    diagnose({ dtcs: [{ code, ecu: '7E8', status: 'stored' }] }, kb).findings[0];

  it('the oil-pressure sensor codes stay orange even grouped with P0524 by a pattern', () => {
    for (const code of ['P0521', 'P0522']) {
      expect(only(code)?.criticality, code).toBe('orange');
      expect(only(code)?.rule.id, code).toBe('orange-oil-pressure-sensor');
    }
    expect(only('P0524')?.criticality).toBe('rouge');
  });
});

const MINUTE = 60_000;
const dtc = (code: string): DtcReading => ({ code, ecu: '7E8', status: 'stored' });

/** An idling warm engine whose coolant follows `coolant(t)`. */
function idleWith(coolant: (t: number) => number, minutes = 4) {
  const channels: Channel[] = [
    constant('0C', 800),
    constant('0D', 0),
    { pid: '05', at: (t) => coolant(t) },
    constant('42', 14.1),
  ];
  return synthesize(channels, minutes * MINUTE, 500);
}

const coolantFinding = (report: ReturnType<typeof diagnose>) =>
  report.findings.find((f) => f.kind === 'live' && f.pid === '05');

describe('live coolant temperature respects mapped thermostats', () => {
  it('108–112 °C (a mapped thermostat at light load) is not a finding', () => {
    const report = diagnose(
      { dtcs: [], live: idleWith((t) => 108 + 4 * Math.sin(t / 20_000)) },
      kb,
    );
    expect(coolantFinding(report)).toBeUndefined();
    expect(report.overall).toBe('ok');
  });

  it('a steady 116 °C is orange: above any thermostat, not an overheat under way', () => {
    const finding = coolantFinding(diagnose({ dtcs: [], live: idleWith(() => 116) }, kb));
    expect(finding?.criticality).toBe('orange');
    expect(finding?.rule.id).toBe('orange-coolant-live');
  });

  it('held above 119 °C is rouge', () => {
    const finding = coolantFinding(diagnose({ dtcs: [], live: idleWith(() => 121) }, kb));
    expect(finding?.rule.id).toBe('rouge-overheating-live');
  });

  it('above 113 °C and rising 3 °C a minute is rouge before reaching 119 °C', () => {
    const rising = (t: number) => 106 + (3 * t) / MINUTE;
    const report = diagnose({ dtcs: [], live: idleWith(rising, 4) }, kb);
    expect(Math.max(...[0, 1, 2, 3, 4].map((m) => rising(m * MINUTE)))).toBeLessThan(119);
    expect(coolantFinding(report)?.rule.id).toBe('rouge-overheating-live-rising');
  });

  it('with the overheating code, a high reading is rouge', () => {
    const report = diagnose({ dtcs: [dtc('P0217')], live: idleWith(() => 116) }, kb);
    expect(coolantFinding(report)?.rule.id).toBe('rouge-overheating-live-code');
    expect(report.overall).toBe('rouge');
  });

  it('with a coolant sensor code, the reading is flagged as unreliable, not as overheating', () => {
    const report = diagnose({ dtcs: [dtc('P0118')], live: idleWith(() => 135) }, kb);
    expect(coolantFinding(report)?.rule.id).toBe('orange-coolant-reading-suspect');
    expect(report.overall).toBe('orange');
  });

  it('a cooling fault inside the thermostat range stays orange, above it becomes rouge', () => {
    const warm = diagnose({ dtcs: [dtc('P2181')], live: idleWith(() => 111) }, kb);
    expect(warm.findings.find((f) => f.code === 'P2181')?.rule.id).toBe('orange-cooling');
    expect(warm.overall).toBe('orange');
    const hot = diagnose({ dtcs: [dtc('P2181')], live: idleWith(() => 122) }, kb);
    expect(hot.findings.find((f) => f.code === 'P2181')?.rule.id).toBe(
      'rouge-cooling-with-overheat',
    );
  });
});
