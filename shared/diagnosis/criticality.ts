// Criticality from data rules: the rules are evaluated in order and the first one whose every
// stated condition holds decides. Keeping the decision in data lets a garage or the cloud insert
// a more specific rule ahead of ours without a software release, and lets the report show the
// user exactly which rule fired.

import type { CriticalityRule, LiveCondition } from './knowledge-base';
import type { Criticality, DtcStatus, Pid, RuleRef } from './types';

export interface CriticalitySubject {
  kind: 'dtc' | 'live' | 'readiness';
  code?: string;
  system?: string;
  subsystem?: string;
  failure?: string;
  /** Component classes of the code (warning lamp, calibration, sensor…), see rule-schema.ts. */
  components?: readonly string[];
  generic?: boolean;
  status?: DtcStatus;
  pid?: Pid;
  direction?: 'high' | 'low';
  source?: 'range' | 'baseline';
  /**
   * The known problem explaining the finding; `confirmed` when it has no live condition or
   * live data confirmed every one (an unjudged condition leaves it unconfirmed).
   */
  knownProblem?: { stopDriving: boolean; flags: readonly string[]; confirmed?: boolean } | null;
}

export interface CriticalityContext {
  /** At least two distinct cylinders reported misfiring in this session. */
  multiCylinderMisfire: boolean;
  /** Every code read in the session, and the subsystems they belong to. */
  sessionCodes: ReadonlySet<string>;
  sessionSubsystems: ReadonlySet<string>;
  /** Evaluates a live condition on this session's data; undefined when it cannot be judged. */
  evaluateLive(condition: LiveCondition): boolean | undefined;
}

export interface CriticalityDecision {
  level: Criticality;
  rule: RuleRef;
}

const NO_RULE: CriticalityDecision = {
  level: 'jaune',
  rule: {
    id: 'none',
    label: { fr: 'Aucune règle applicable : à planifier', en: 'No applicable rule: plan a check' },
    reason: {
      fr: 'Aucune règle de criticité ne couvre ce cas.',
      en: 'No criticality rule covers this case.',
    },
  },
};

export const CRITICALITY_RANK: Record<Criticality, number> = { rouge: 3, orange: 2, jaune: 1 };

function inList<T>(list: readonly T[] | undefined, value: T | undefined): boolean {
  return list === undefined || (value !== undefined && list.includes(value));
}

function codeMatches(rule: CriticalityRule, code: string | undefined): boolean {
  const { codes, codeRanges } = rule.match;
  if (codes === undefined && codeRanges === undefined) return true;
  if (code === undefined) return false;
  if (codes?.includes(code)) return true;
  // Codes of one letter have the same length and hex digits sort correctly in ASCII order.
  return (codeRanges ?? []).some(([from, to]) => code >= from && code <= to);
}

export function ruleMatches(
  rule: CriticalityRule,
  subject: CriticalitySubject,
  context: CriticalityContext,
): boolean {
  const m = rule.match;
  if (m.kind !== undefined && m.kind !== subject.kind) return false;
  if (!codeMatches(rule, subject.code)) return false;
  if (!inList(m.systems, subject.system)) return false;
  if (!inList(m.subsystems, subject.subsystem)) return false;
  if (!inList(m.failures, subject.failure)) return false;
  const components = subject.components ?? [];
  if (m.components !== undefined && !m.components.some((c) => components.includes(c))) {
    return false;
  }
  if (m.notComponents?.some((c) => components.includes(c))) return false;
  if (m.sessionCodes !== undefined && !m.sessionCodes.some((c) => context.sessionCodes.has(c))) {
    return false;
  }
  if (
    m.sessionSubsystems !== undefined &&
    !m.sessionSubsystems.some((s) => context.sessionSubsystems.has(s))
  ) {
    return false;
  }
  if (!inList(m.statuses, subject.status)) return false;
  if (!inList(m.pids, subject.pid)) return false;
  if (!inList(m.directions, subject.direction)) return false;
  if (!inList(m.sources, subject.source)) return false;
  if (m.generic !== undefined && m.generic !== subject.generic) return false;
  if (
    m.stopDriving !== undefined &&
    (subject.knownProblem?.stopDriving ?? false) !== m.stopDriving
  ) {
    return false;
  }
  if (
    m.knownProblemConfirmed !== undefined &&
    (subject.knownProblem?.confirmed ?? false) !== m.knownProblemConfirmed
  ) {
    return false;
  }
  if (
    m.knownProblemFlags !== undefined &&
    !m.knownProblemFlags.some((flag) => subject.knownProblem?.flags.includes(flag))
  ) {
    return false;
  }
  if (
    m.multiCylinderMisfire !== undefined &&
    m.multiCylinderMisfire !== context.multiCylinderMisfire
  ) {
    return false;
  }
  if (m.live !== undefined && !m.live.every((c) => context.evaluateLive(c) === true)) return false;
  return true;
}

export function criticalityOf(
  subject: CriticalitySubject,
  rules: readonly CriticalityRule[],
  context: CriticalityContext,
): CriticalityDecision {
  for (const rule of rules) {
    if (ruleMatches(rule, subject, context)) {
      return { level: rule.level, rule: { id: rule.id, label: rule.label, reason: rule.reason } };
    }
  }
  return NO_RULE;
}
