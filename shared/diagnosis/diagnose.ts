// The diagnosis: from DTCs, readiness and live data to findings ranked by criticality then
// confidence, each explained (rule that decided, probable causes, checks, parts, labour).

import { compareToBaseline, summarizeLive } from './baseline';
import type { CriticalityContext, CriticalityDecision, CriticalitySubject } from './criticality';
import { CRITICALITY_RANK, criticalityOf } from './criticality';
import { describeDtc } from './dtc-lookup';
import { sessionContext } from './history';
import type { KnowledgeBase, KnownProblem } from './knowledge-base';
import type { ProblemMatch } from './known-problems';
import { bestProblemForCode, liveOnlyMatches } from './known-problems';
import type { LiveAnomaly } from './live-anomalies';
import { detectRangeAnomalies } from './live-anomalies';
import { LiveContext, toLiveTable } from './live-data';
import { findSimilarCases } from './similar-cases';
import type {
  Advisory,
  Criticality,
  DiagnosisInput,
  DiagnosisReport,
  Finding,
  LocalizedText,
  OverallVerdict,
  Pid,
  SessionContext,
} from './types';

/** Which system a live PID speaks about (SAE J1979 mode 01 meanings). */
const PID_SYSTEM: Record<Pid, string> = {
  '04': 'moteur',
  '05': 'refroidissement',
  '06': 'injection_melange',
  '07': 'injection_melange',
  '08': 'injection_melange',
  '09': 'injection_melange',
  '0A': 'injection_melange',
  '0B': 'injection_melange',
  '0C': 'moteur',
  '0E': 'allumage',
  '0F': 'injection_melange',
  '10': 'injection_melange',
  '11': 'injection_melange',
  '14': 'emissions',
  '15': 'emissions',
  '16': 'emissions',
  '17': 'emissions',
  '18': 'emissions',
  '19': 'emissions',
  '1A': 'emissions',
  '1B': 'emissions',
  '23': 'injection_melange',
  '2F': 'carrosserie_confort',
  '33': 'injection_melange',
  '42': 'electricite_charge',
  '46': 'carrosserie_confort',
  '5C': 'lubrification',
};

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

function problemFields(problem: KnownProblem | undefined) {
  if (!problem) return null;
  return {
    causes: [...problem.causes].sort((a, b) => b.likelihood - a.likelihood),
    actions: problem.checks,
    parts: problem.parts,
    labourHours: problem.labourHours,
    knownProblem: problem.id,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function liveTitle(a: LiveAnomaly): LocalizedText {
  const observed = Number.isNaN(a.observed)
    ? ''
    : `${round(a.observed)}${a.unit ? ` ${a.unit}` : ''}`;
  const limit = Number.isFinite(a.limit) ? round(a.limit) : '';
  return a.direction === 'high'
    ? {
        fr: `${a.name.fr} : valeur trop haute (${observed}, limite ${limit})`,
        en: `${a.name.en}: too high (${observed}, limit ${limit})`,
      }
    : {
        fr: `${a.name.fr} : valeur trop basse (${observed}, limite ${limit})`,
        en: `${a.name.en}: too low (${observed}, limit ${limit})`,
      };
}

function overallOf(levels: readonly Criticality[]): OverallVerdict {
  let best: OverallVerdict = 'ok';
  for (const level of levels) {
    if (best === 'ok' || CRITICALITY_RANK[level] > CRITICALITY_RANK[best]) best = level;
  }
  return best;
}

function verdictOf(
  overall: OverallVerdict,
  findings: readonly Finding[],
  advisories: readonly Advisory[],
): LocalizedText {
  const top = findings[0];
  const count = findings.filter((f) => f.criticality === overall).length;
  const lead = top
    ? { fr: ` Principal : « ${top.title.fr} ».`, en: ` Main one: "${top.title.en}".` }
    : { fr: '', en: '' };
  switch (overall) {
    case 'rouge':
      return {
        fr: `Intervention immédiate requise : ${count} problème(s) critique(s) pour la sécurité ou le moteur.${lead.fr}`,
        en: `Immediate action required: ${count} critical safety or engine problem(s).${lead.en}`,
      };
    case 'orange':
      return {
        fr: `Intervention prioritaire : ${count} défaut(s) risquant d'endommager le véhicule.${lead.fr}`,
        en: `Priority repair: ${count} fault(s) likely to cause damage.${lead.en}`,
      };
    case 'jaune':
      return findings.length === 0 && advisories.length > 0
        ? {
            fr: 'Intervention planifiée : aucun défaut, mais des moniteurs antipollution ne sont pas terminés.',
            en: 'Planned action: no fault, but some emission monitors are not complete.',
          }
        : {
            fr: `Intervention planifiée : ${count} défaut(s) mineur(s) à traiter lors d'un prochain passage.${lead.fr}`,
            en: `Planned repair: ${count} minor fault(s) to handle at a next visit.${lead.en}`,
          };
    case 'ok':
      return {
        fr: 'Aucun défaut détecté : le véhicule est sain sur les points contrôlés.',
        en: 'No fault found: the vehicle is healthy on the points checked.',
      };
  }
}

export function diagnose(input: DiagnosisInput, kb: KnowledgeBase): DiagnosisReport {
  const live = new LiveContext(toLiveTable(input.live), kb.thresholds);
  const vehicle = input.vehicle;
  const fuel = vehicle?.fuel === 'other' ? undefined : vehicle?.fuel;

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
  const context: SessionContext = sessionContext(
    codes,
    input.history ?? [],
    vehicle,
    live,
    input.dtcs.flatMap((d) => (d.freezeFrame ? [d.freezeFrame] : [])),
  );
  const env = { codes, live, fuel, usage: context.drivingUse };
  const cylinders = new Set([...codes].map(cylinderOf).filter((n): n is number => n !== null));
  const critContext: CriticalityContext = {
    multiCylinderMisfire: cylinders.size >= 2,
    evaluateLive: (c) => live.evaluate(c),
  };
  const subsystemCount = new Map<string, number>();
  for (const { description } of dtcs) {
    subsystemCount.set(description.subsystem, (subsystemCount.get(description.subsystem) ?? 0) + 1);
  }
  const recurring = new Set(context.recurringCodes);
  const returned = new Set(context.returnedAfterClear);

  const findings: Finding[] = [];
  for (const { reading, description } of dtcs) {
    const match = bestProblemForCode(description.code, kb, env);
    const subject: CriticalitySubject = {
      kind: 'dtc',
      code: description.code,
      system: description.system,
      subsystem: description.subsystem,
      failure: description.failure,
      generic: description.generic,
      status: reading.status,
      knownProblem: match
        ? { stopDriving: match.problem.stopDriving, flags: match.problem.flags }
        : null,
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
    const fields = problemFields(match?.problem);
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
      causes: fields?.causes ?? [],
      actions:
        fields?.actions ?? FALLBACK_CHECKS[description.failure] ?? FALLBACK_CHECKS.default ?? [],
      parts: fields?.parts ?? [],
      labourHours: fields?.labourHours ?? null,
      rule: decision.rule,
      confidence: clamp(confidence),
      ...(fields ? { knownProblem: fields.knownProblem } : {}),
      evidence,
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
  ): Finding => {
    const subject: CriticalitySubject = {
      kind: 'live',
      pid,
      system: PID_SYSTEM[pid] ?? 'moteur',
      subsystem: `pid_${pid}`,
      ...(anomaly
        ? { direction: anomaly.direction, source: anomaly.source }
        : { source: 'range' as const }),
      knownProblem: match
        ? { stopDriving: match.problem.stopDriving, flags: match.problem.flags }
        : null,
    };
    const decision: CriticalityDecision = criticalityOf(subject, kb.rules, critContext);
    const fields = problemFields(match?.problem);
    if (match) usedProblems.add(match.problem.id);
    const base = anomaly
      ? anomaly.source === 'range'
        ? 0.5 + 0.4 * anomaly.fraction
        : 0.4 + 0.3 * anomaly.fraction
      : 0.6;
    const evidence: LocalizedText[] = anomaly
      ? [
          {
            fr: `${Math.round(anomaly.fraction * 100)} % des mesures hors plage, dont ${Math.round(anomaly.longestMs / 1000)} s d'affilée`,
            en: `${Math.round(anomaly.fraction * 100)} % of samples out of range, ${Math.round(anomaly.longestMs / 1000)} s in a row`,
          },
        ]
      : [];
    return {
      kind: 'live',
      pid,
      system: subject.system ?? 'moteur',
      subsystem: subject.subsystem ?? `pid_${pid}`,
      criticality: decision.level,
      title,
      causes: fields?.causes ?? [],
      actions: fields?.actions ?? FALLBACK_CHECKS.default ?? [],
      parts: fields?.parts ?? [],
      labourHours: fields?.labourHours ?? null,
      rule: decision.rule,
      confidence: clamp(base + (match ? 0.1 : 0)),
      ...(fields ? { knownProblem: fields.knownProblem } : {}),
      evidence,
    };
  };
  for (const anomaly of anomalies) {
    findings.push(
      liveFinding(anomaly.pid, anomaly, problemForPid(anomaly.pid), liveTitle(anomaly)),
    );
  }
  for (const match of liveMatches) {
    if (usedProblems.has(match.problem.id)) continue;
    const pid = match.problem.match.live.find((c) => c.pid !== undefined)?.pid;
    if (pid === undefined) continue;
    findings.push(liveFinding(pid, null, match, match.problem.title));
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
  return {
    overall,
    verdict: verdictOf(overall, findings, advisories),
    findings,
    advisories,
    similarCases: findSimilarCases(codes, vehicle, input.cases ?? []),
    context,
    liveSummary: summarizeLive(live),
    knowledgeBaseVersion: kb.version,
  };
}
