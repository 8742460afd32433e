// Matching of the session against the known-problems base. A problem matches when its code
// pattern holds and none of its live conditions is contradicted; live conditions that cannot be
// judged (no data) leave the match standing but unconfirmed, which lowers the confidence.

import type { KnowledgeBase, KnownProblem } from './knowledge-base';
import type { LiveContext } from './live-data';
import type { DrivingUse, Fuel } from './types';

export interface ProblemMatch {
  problem: KnownProblem;
  /** Specificity of the match: more matched conditions = more specific = preferred. */
  score: number;
  /** True when live data confirmed every live condition, null when it could not be judged. */
  liveConfirmed: boolean | null;
}

export interface MatchEnvironment {
  codes: ReadonlySet<string>;
  live: LiveContext;
  fuel: Fuel | undefined;
  usage: DrivingUse | null;
}

export function matchProblem(problem: KnownProblem, env: MatchEnvironment): ProblemMatch | null {
  const { match } = problem;
  if (match.fuel !== undefined && env.fuel !== undefined && env.fuel !== match.fuel) return null;
  if (match.usage !== undefined && env.usage !== match.usage) return null;
  if (!match.codesAll.every((c) => env.codes.has(c))) return null;
  const anyHit = match.codesAny.some((c) => env.codes.has(c));
  if (match.codesAny.length > 0 && !anyHit) return null;
  const hasCodes = match.codesAll.length + match.codesAny.length > 0;
  let confirmed = 0;
  let unknown = 0;
  for (const condition of match.live) {
    const verdict = env.live.evaluate(condition);
    if (verdict === false) return null;
    if (verdict === undefined) unknown++;
    else confirmed++;
  }
  if (!hasCodes && (unknown > 0 || confirmed === 0)) return null;
  const score =
    match.codesAll.length * 2 +
    (anyHit ? 1 : 0) +
    confirmed * 2 +
    (match.fuel !== undefined && env.fuel === match.fuel ? 0.5 : 0) +
    (match.usage !== undefined ? 1 : 0);
  return {
    problem,
    score,
    liveConfirmed: match.live.length === 0 ? null : unknown === 0 ? true : null,
  };
}

/** Best known problem explaining `code`, if any. */
export function bestProblemForCode(
  code: string,
  kb: KnowledgeBase,
  env: MatchEnvironment,
): ProblemMatch | null {
  let best: ProblemMatch | null = null;
  for (const problem of kb.problemsByCode.get(code) ?? []) {
    const m = matchProblem(problem, env);
    if (m && (!best || m.score > best.score)) best = m;
  }
  return best;
}

/** Problems defined by live data alone that hold in this session. */
export function liveOnlyMatches(kb: KnowledgeBase, env: MatchEnvironment): ProblemMatch[] {
  const out: ProblemMatch[] = [];
  for (const problem of kb.liveOnlyProblems) {
    const m = matchProblem(problem, env);
    if (m) out.push(m);
  }
  return out;
}
