// Causes and labour without invented precision. The knowledge base lists causes in the order an
// expert checks them and gives an indicative labour range; neither has a statistical source, so
// neither is shown as a probability. What the garage itself recorded does count: when earlier
// repairs of the same code (or the same known problem) were recorded as fixed with one of the
// causes, the causes are ranked by those cases and the count is shown ("3 cas résolus sur 4").

import type { Cause, CauseRanking, Labour, RepairOutcome } from './types';

/** Key of a cause: its id when the data gives one, else its French text made a slug. */
export function causeKeyOf(cause: { id?: string | undefined; fr: string }): string {
  if (cause.id !== undefined && cause.id.length > 0) return cause.id;
  return cause.fr
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Garage labour needs at least this many timed cases before it replaces the indicative range. */
const MIN_LABOUR_CASES = 2;

export interface RankedCauses {
  causes: Cause[];
  ranking: CauseRanking;
  labour: Labour | null;
}

/**
 * Outcomes that speak about this finding: fixed repairs of the same code, or of the same known
 * problem, one per session (the last one recorded wins, as a correction would).
 */
export function relevantOutcomes(
  outcomes: readonly RepairOutcome[],
  code: string | undefined,
  knownProblem: string | undefined,
): RepairOutcome[] {
  const bySession = new Map<string, RepairOutcome>();
  for (const o of outcomes) {
    if (o.outcome !== 'fixed') continue;
    const sameCode = code !== undefined && o.code === code;
    const sameProblem = knownProblem !== undefined && o.knownProblem === knownProblem;
    if (sameCode || sameProblem) bySession.set(o.sessionId, o);
  }
  return [...bySession.values()];
}

export function rankCauses(
  causes: readonly { id?: string | undefined; fr: string; en: string }[],
  indicativeLabour: { min: number; max: number } | null,
  outcomes: readonly RepairOutcome[],
): RankedCauses {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    if (o.causeKey !== null) counts.set(o.causeKey, (counts.get(o.causeKey) ?? 0) + 1);
  }
  const listed = causes.map((c, index) => {
    const key = causeKeyOf(c);
    return { cause: { fr: c.fr, en: c.en, key, resolvedCases: counts.get(key) ?? 0 }, index };
  });
  const confirmed = listed.some((c) => c.cause.resolvedCases > 0);
  // Stable: causes the garage never confirmed keep the expert's order after the confirmed ones.
  const ordered = confirmed
    ? [...listed].sort((a, b) => b.cause.resolvedCases - a.cause.resolvedCases || a.index - b.index)
    : listed;
  const timed = outcomes
    .map((o) => o.labourHours)
    .filter((h): h is number => h !== null && Number.isFinite(h) && h > 0);
  let labour: Labour | null = null;
  if (timed.length >= MIN_LABOUR_CASES) {
    labour = {
      min: Math.min(...timed),
      max: Math.max(...timed),
      source: 'garage',
      cases: timed.length,
    };
  } else if (indicativeLabour) {
    labour = { ...indicativeLabour, source: 'indicative', cases: 0 };
  }
  return {
    causes: ordered.map((c) => c.cause),
    ranking: { basis: confirmed ? 'cases' : 'expert', cases: outcomes.length },
    labour,
  };
}
