import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { causeKeyOf, rankCauses, relevantOutcomes } from './cause-ranking';
import { diagnose } from './diagnose';
import { parseKnowledgeBase } from './knowledge-base';
import { knowledgeBaseFiles } from './test-support';
import type { RepairOutcome } from './types';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/diagnosis/${name}`, import.meta.url), 'utf8'));
const kb = parseKnowledgeBase(knowledgeBaseFiles(readJson));

const CAUSES = [
  { fr: 'Bougie usée', en: 'Worn plug' },
  { fr: 'Bobine défaillante', en: 'Faulty coil' },
  { fr: 'Injecteur encrassé', en: 'Fouled injector' },
];

function outcome(sessionId: string, causeKey: string | null, extra: Partial<RepairOutcome> = {}) {
  return {
    sessionId,
    code: 'P0301',
    knownProblem: null,
    causeKey,
    parts: [],
    outcome: 'fixed' as const,
    labourHours: null,
    ...extra,
  };
}

describe('cause order without invented precision', () => {
  it('keys a cause by its id, else by its French text', () => {
    expect(causeKeyOf({ id: 'coil', fr: 'Bobine' })).toBe('coil');
    expect(causeKeyOf({ fr: 'Bobine crayon défaillante' })).toBe('bobine-crayon-defaillante');
  });

  it('keeps the expert order and says so when the garage has no resolved case', () => {
    const ranked = rankCauses(CAUSES, { min: 0.5, max: 1.5 }, []);
    expect(ranked.causes.map((c) => c.fr)).toEqual(CAUSES.map((c) => c.fr));
    expect(ranked.causes.every((c) => c.resolvedCases === 0)).toBe(true);
    expect(ranked.ranking).toEqual({ basis: 'expert', cases: 0 });
    expect(ranked.labour).toEqual({ min: 0.5, max: 1.5, source: 'indicative', cases: 0 });
    expect(ranked.causes[0]).not.toHaveProperty('likelihood');
  });

  it('ranks by the garage’s resolved cases: "3 cas résolus sur 4 : bobine"', () => {
    const coil = causeKeyOf(CAUSES[1] ?? { fr: '' });
    const plug = causeKeyOf(CAUSES[0] ?? { fr: '' });
    const ranked = rankCauses(CAUSES, null, [
      outcome('s1', coil, { labourHours: 0.8 }),
      outcome('s2', coil, { labourHours: 1.2 }),
      outcome('s3', coil),
      outcome('s4', plug),
    ]);
    expect(ranked.ranking).toEqual({ basis: 'cases', cases: 4 });
    expect(ranked.causes.map((c) => [c.en, c.resolvedCases])).toEqual([
      ['Faulty coil', 3],
      ['Worn plug', 1],
      ['Fouled injector', 0],
    ]);
    expect(ranked.labour).toEqual({ min: 0.8, max: 1.2, source: 'garage', cases: 2 });
  });

  it('counts one outcome per session, fixed ones only, for the same code or known problem', () => {
    const list = relevantOutcomes(
      [
        outcome('s1', 'a'),
        outcome('s1', 'b'),
        outcome('s2', 'a', { outcome: 'not_fixed' }),
        outcome('s3', 'a', { code: 'P0420' }),
        outcome('s4', 'a', { code: null, knownProblem: 'misfire-single' }),
      ],
      'P0301',
      'misfire-single',
    );
    expect(list.map((o) => [o.sessionId, o.causeKey])).toEqual([
      ['s1', 'b'],
      ['s4', 'a'],
    ]);
  });

  it('a finding shows the garage’s ranking end to end', () => {
    const base = diagnose({ dtcs: [{ code: 'P0301', ecu: '7E8', status: 'stored' }] }, kb)
      .findings[0];
    const second = base?.causes[1];
    expect(second).toBeDefined();
    const report = diagnose(
      {
        dtcs: [{ code: 'P0301', ecu: '7E8', status: 'stored' }],
        outcomes: ['a', 'b', 'c'].map((s) => outcome(s, second?.key ?? '')),
      },
      kb,
    );
    const finding = report.findings[0];
    expect(finding?.causeRanking).toEqual({ basis: 'cases', cases: 3 });
    expect(finding?.causes[0]).toMatchObject({ fr: second?.fr, resolvedCases: 3 });
  });
});
