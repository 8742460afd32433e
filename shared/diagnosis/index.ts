// Public surface of the diagnosis engine (pure: the caller loads the knowledge-base files).
export {
  parseKnowledgeBase,
  KnowledgeBaseError,
  SYSTEMS,
  DTC_CODE_PATTERN,
} from './knowledge-base';
export type {
  KnowledgeBase,
  KnowledgeBaseFiles,
  KnownProblem,
  LiveCondition,
  LiveRange,
  CriticalityRule,
  System,
} from './knowledge-base';
export { describeDtc, normalizeDtcCode, isGenericCode, systemName } from './dtc-lookup';
export type { DtcDescription } from './dtc-lookup';
export { criticalityOf, ruleMatches, CRITICALITY_RANK } from './criticality';
export type { CriticalitySubject, CriticalityContext, CriticalityDecision } from './criticality';
export { LiveContext, toLiveTable } from './live-data';
export type { LiveTable, Series } from './live-data';
export { detectRangeAnomalies } from './live-anomalies';
export type { LiveAnomaly } from './live-anomalies';
export { learnBaseline, compareToBaseline, summarizeLive, summarizeTable } from './baseline';
export { sessionContext, drivingUseOf } from './history';
export { findSimilarCases } from './similar-cases';
export { matchProblem, bestProblemForCode, liveOnlyMatches } from './known-problems';
export { diagnose } from './diagnose';
export type * from './types';
