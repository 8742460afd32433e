// The diagnosis: from DTCs, readiness and live data to findings ranked by criticality then
// confidence, each explained (rule that decided, causes in the order to check them or ranked by
// the garage's resolved cases, checks, parts, labour), with the session's operating conditions,
// the context remarks that weigh the findings, and the trends to watch across visits.

import { compareToBaseline, summarizeLive } from './baseline';
import { rankCauses, relevantOutcomes } from './cause-ranking';
import { operatingConditions } from './conditions';
import { evaluateContext } from './context-rules';
import type { CriticalityContext, CriticalitySubject } from './criticality';
import { CRITICALITY_RANK, criticalityOf } from './criticality';
import { describeDtc } from './dtc-lookup';
import { sessionContext } from './history';
import type { KnowledgeBase, KnownProblem } from './knowledge-base';
import type { ProblemMatch } from './known-problems';
import { bestProblemForCode, liveOnlyMatches } from './known-problems';
import type { LiveAnomaly } from './live-anomalies';
import { detectRangeAnomalies } from './live-anomalies';
import { LiveContext, toLiveTable } from './live-data';
import { PID_SYSTEM, liveEvidence, liveTitle } from './live-findings';
import { sessionMetrics } from './session-metrics';
import { findSimilarCases } from './similar-cases';
import { detectTrends, trendSessions } from './trends';
import type {
  Advisory,
  ContextNote,
  DiagnosisInput,
  DiagnosisReport,
  Finding,
  LocalizedText,
  Pid,
  RepairOutcome,
  SessionContext,
} from './types';
import { overallOf, verdictOf } from './verdict';

/** Advice when no known problem explains a code: by failure type, deliberately generic. */
const FALLBACK_CHECKS: Record<string, LocalizedText[]> = {
  circuit: [
    {
      fr: 'Contrôler connecteur, faisceau et alimentation du composant',
      en: 'Check connector, harness and supply of the component',
    },
    {
      fr: 'Mesurer le composant selon les valeurs constructeur',
      en: 'Measure the component against manufacturer values',
    },
  ],
  unknown: [
    {
      fr: "Lire le code avec l'outil constructeur pour son libellé exact",
      en: 'Read the code with the manufacturer tool for its exact meaning',
    },
    {
      fr: 'Consulter les notes techniques constructeur',
      en: 'Look up manufacturer technical bulletins',
    },
  ],
  default: [
    {
      fr: 'Vérifier les conditions d’apparition (données figées)',
      en: 'Check the conditions when it set (freeze frame)',
    },
    {
      fr: 'Effacer, refaire un essai routier et relire les codes',
      en: 'Clear, road test and read the codes again',
    },
  ],
};

const STATUS_CONFIDENCE = { permanent: 0.85, stored: 0.8, pending: 0.55 } as const;

const clamp = (x: number): number => Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;

function cylinderOf(code: string): number | null {
  const match = /^P03(0[1-9]|1[0-2])$/.exec(code);
  return match?.[1] ? Number.parseInt(match[1], 10) : null;
}

/** Causes (ordered, ranked by the garage's cases when it has some), checks, parts, labour. */
function adviceOf(
  problem: KnownProblem | undefined,
  code: string | undefined,
  outcomes: readonly RepairOutcome[],
) {
  const relevant = relevantOutcomes(outcomes, code, problem?.id);
  const ranked = rankCauses(problem?.causes ?? [], problem?.labourHours ?? null, relevant);
  return {
    causes: ranked.causes,
    causeRanking: ranked.ranking,
    labour: ranked.labour,
    actions: problem?.checks,
    parts: problem?.parts ?? [],
    ...(problem ? { knownProblem: problem.id } : {}),
  };
}

export function diagnose(input: DiagnosisInput, kb: KnowledgeBase): DiagnosisReport {
  const live = new LiveContext(toLiveTable(input.live), kb.thresholds);
  const vehicle = input.vehicle;
  const fuel = vehicle?.fuel === 'other' ? undefined : vehicle?.fuel;
  const outcomes = input.outcomes ?? [];

  // One reading per (code, ECU): two ECUs reporting the same code are two facts.
  const seen = new Set<string>();
  const dtcs = input.dtcs.flatMap((d) => {
    const description = describeDtc(d.code, kb, 'fr');
    if (!description) return [];
    const key = `${description.code}|${d.ecu ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ reading: d, description }];
  });
  const codes = new Set(dtcs.map((d) => d.description.code));
  const freezeFrames = input.dtcs.flatMap((d) => (d.freezeFrame ? [d.freezeFrame] : []));
  const context: SessionContext = sessionContext(
    codes,
    input.history ?? [],
    vehicle,
    live,
    freezeFrames,
  );
  const conditions = operatingConditions(live, vehicle, freezeFrames);
  const contextEval = evaluateContext(
    kb.contextRules,
    conditions,
    dtcs.map(({ description: d }) => ({
      code: d.code,
      subsystem: d.subsystem,
      failure: d.failure,
    })),
  );
  const env = { codes, live, fuel, usage: context.drivingUse };
  const cylinders = new Set([...codes].map(cylinderOf).filter((n): n is number => n !== null));
  const critContext: CriticalityContext = {
    multiCylinderMisfire: cylinders.size >= 2,
    sessionCodes: codes,
    sessionSubsystems: new Set(dtcs.map((d) => d.description.subsystem)),
    evaluateLive: (c) => live.evaluate(c),
  };
  const subsystemCount = new Map<string, number>();
  for (const { description } of dtcs) {
    subsystemCount.set(description.subsystem, (subsystemCount.get(description.subsystem) ?? 0) + 1);
  }
  const recurring = new Set(context.recurringCodes);
  const returned = new Set(context.returnedAfterClear);
  const knownProblemOf = (match: ProblemMatch | null | undefined) =>
    match
      ? {
          stopDriving: match.problem.stopDriving,
          flags: match.problem.flags,
          confirmed: match.problem.match.live.length === 0 || match.liveConfirmed === true,
        }
      : null;

  const findings: Finding[] = [];
  for (const { reading, description } of dtcs) {
    const match = bestProblemForCode(description.code, kb, env);
    const subject: CriticalitySubject = {
      kind: 'dtc',
      code: description.code,
      system: description.system,
      subsystem: description.subsystem,
      failure: description.failure,
      components: kb.componentsByCode.get(description.code) ?? [],
      generic: description.generic,
      status: reading.status,
      knownProblem: knownProblemOf(match),
    };
    const decision = criticalityOf(subject, kb.rules, critContext);
    const evidence: LocalizedText[] = [];
    let confidence: number = STATUS_CONFIDENCE[reading.status];
    const hasFreezeFrame =
      reading.freezeFrame !== undefined && Object.keys(reading.freezeFrame).length > 0;
    if (hasFreezeFrame) confidence += 0.05;
    if ((subsystemCount.get(description.subsystem) ?? 0) > 1) {
      confidence += 0.05;
      evidence.push({
        fr: 'Confirmé par un autre code du même sous-système',
        en: 'Corroborated by another code of the same subsystem',
      });
    }
    if (match?.liveConfirmed === true) {
      confidence += 0.1;
      evidence.push({ fr: 'Confirmé par les données en direct', en: 'Confirmed by live data' });
    }
    if (recurring.has(description.code)) {
      confidence += 0.05;
      evidence.push({
        fr: 'Code déjà relevé lors de passages précédents',
        en: 'Code already seen in earlier sessions',
      });
    }
    if (returned.has(description.code)) {
      confidence += 0.1;
      evidence.push({
        fr: 'Code revenu après un effacement',
        en: 'Code came back after being cleared',
      });
    }
    if (!description.listed) confidence -= 0.1;
    const contextual = contextEval.byCode.get(description.code);
    confidence += contextual?.confidence ?? 0;
    const advice = adviceOf(match?.problem, description.code, outcomes);
    findings.push({
      kind: 'dtc',
      code: description.code,
      ecu: reading.ecu,
      status: reading.status,
      freezeFrame: hasFreezeFrame,
      generic: description.generic,
      system: description.system,
      subsystem: description.subsystem,
      criticality: decision.level,
      title: description.titles,
      causes: advice.causes,
      causeRanking: advice.causeRanking,
      actions:
        advice.actions ?? FALLBACK_CHECKS[description.failure] ?? FALLBACK_CHECKS.default ?? [],
      parts: advice.parts,
      labour: advice.labour,
      rule: decision.rule,
      confidence: clamp(confidence),
      ...(advice.knownProblem ? { knownProblem: advice.knownProblem } : {}),
      evidence,
      context: contextual?.notes ?? [],
    });
  }

  // Live data: normal ranges first; the learned baseline only adds PIDs the ranges did not flag.
  const liveMatches = liveOnlyMatches(kb, env);
  const anomalies = detectRangeAnomalies(live, kb.liveRanges, fuel);
  if (input.baseline) {
    const flagged = new Set(anomalies.map((a) => a.pid));
    anomalies.push(...compareToBaseline(live, input.baseline).filter((a) => !flagged.has(a.pid)));
  }
  const usedProblems = new Set<string>();
  const problemForPid = (pid: Pid): ProblemMatch | undefined =>
    liveMatches.find((m) => m.problem.match.live.some((c) => c.pid === pid));
  const liveFinding = (
    pid: Pid,
    anomaly: LiveAnomaly | null,
    match: ProblemMatch | undefined,
    title: LocalizedText,
    direction?: 'high' | 'low',
  ): Finding => {
    const system = PID_SYSTEM[pid] ?? 'moteur';
    const subject: CriticalitySubject = {
      kind: 'live',
      pid,
      system,
      subsystem: `pid_${pid}`,
      ...(anomaly
        ? { direction: anomaly.direction, source: anomaly.source }
        : { source: 'range' as const, ...(direction ? { direction } : {}) }),
      knownProblem: knownProblemOf(match),
    };
    const decision = criticalityOf(subject, kb.rules, critContext);
    const advice = adviceOf(match?.problem, undefined, outcomes);
    if (match) usedProblems.add(match.problem.id);
    const base = anomaly
      ? anomaly.source === 'range'
        ? 0.5 + 0.4 * anomaly.fraction
        : 0.4 + 0.3 * anomaly.fraction
      : 0.6;
    return {
      kind: 'live',
      pid,
      system,
      subsystem: `pid_${pid}`,
      criticality: decision.level,
      title,
      causes: advice.causes,
      causeRanking: advice.causeRanking,
      actions: advice.actions ?? FALLBACK_CHECKS.default ?? [],
      parts: advice.parts,
      labour: advice.labour,
      rule: decision.rule,
      confidence: clamp(base + (match ? 0.1 : 0)),
      ...(advice.knownProblem ? { knownProblem: advice.knownProblem } : {}),
      evidence: anomaly ? [liveEvidence(anomaly)] : [],
      context: [],
    };
  };
  for (const anomaly of anomalies) {
    findings.push(
      liveFinding(anomaly.pid, anomaly, problemForPid(anomaly.pid), liveTitle(anomaly)),
    );
  }
  // A live-only problem explains a PID; it only makes a finding of its own where no normal
  // range speaks for that PID and direction (the ranges decide what is out of range: a pattern
  // saying "coolant above 110 °C" must not overrule a range that respects mapped thermostats).
  const rangeCovers = (pid: Pid, op: 'gt' | 'lt') =>
    kb.liveRanges.some(
      (r) =>
        r.pid === pid &&
        (r.fuel === 'any' || r.fuel === fuel) &&
        (op === 'gt' ? r.max !== undefined : r.min !== undefined),
    );
  for (const match of liveMatches) {
    if (usedProblems.has(match.problem.id)) continue;
    const condition = match.problem.match.live.find((c) => c.pid !== undefined);
    const pid = condition?.pid;
    if (condition === undefined || pid === undefined || rangeCovers(pid, condition.op)) continue;
    const direction = condition.op === 'gt' ? 'high' : 'low';
    findings.push(liveFinding(pid, null, match, match.problem.title, direction));
  }

  const advisories: Advisory[] = [];
  const incomplete = Object.entries(input.readiness ?? {})
    .filter(([, m]) => m.available && !m.complete)
    .map(([name]) => name)
    .sort();
  if (incomplete.length > 0) {
    const decision = criticalityOf({ kind: 'readiness' }, kb.rules, critContext);
    advisories.push({
      kind: 'readiness',
      criticality: decision.level,
      rule: decision.rule,
      title: {
        fr: `Moniteurs non terminés : ${incomplete.join(', ')}`,
        en: `Incomplete monitors: ${incomplete.join(', ')}`,
      },
      incompleteMonitors: incomplete,
    });
  }

  findings.sort(
    (a, b) =>
      CRITICALITY_RANK[b.criticality] - CRITICALITY_RANK[a.criticality] ||
      b.confidence - a.confidence ||
      (a.kind === b.kind ? 0 : a.kind === 'dtc' ? -1 : 1) ||
      (a.code ?? a.pid ?? '').localeCompare(b.code ?? b.pid ?? ''),
  );
  const overall = overallOf([
    ...findings.map((f) => f.criticality),
    ...advisories.map((a) => a.criticality),
  ]);
  const metrics = sessionMetrics(live, input.monitorTests ?? []);
  const sessionTime =
    input.sessionDate === undefined
      ? Number.NaN
      : typeof input.sessionDate === 'number'
        ? input.sessionDate
        : Date.parse(input.sessionDate);
  const watch = detectTrends(
    kb.trends,
    trendSessions(
      input.history ?? [],
      Number.isFinite(sessionTime)
        ? {
            sessionId: input.sessionId ?? 'current',
            t: sessionTime,
            km: vehicle?.mileageKm ?? null,
            metrics,
          }
        : null,
    ),
  );
  const contextNotes: ContextNote[] = contextEval.notes;
  return {
    overall,
    verdict: verdictOf(overall, findings, advisories),
    findings,
    advisories,
    similarCases: findSimilarCases(codes, vehicle, input.cases ?? []),
    context,
    liveSummary: summarizeLive(live),
    conditions,
    contextNotes,
    metrics,
    watch,
    knowledgeBaseVersion: kb.version,
  };
}
