// Input and report model of the diagnosis engine. Everything here is plain data so it can cross
// the typed API, be stored with a session and be re-diagnosed later with a newer knowledge base.

export type Lang = 'fr' | 'en';
export interface LocalizedText {
  fr: string;
  en: string;
}

export type Criticality = 'rouge' | 'orange' | 'jaune';
export type OverallVerdict = Criticality | 'ok';
export type DtcStatus = 'stored' | 'pending' | 'permanent';
export type Fuel = 'petrol' | 'diesel' | 'other';

/** PID as two upper-case hex digits of OBD mode 01, e.g. "0C". */
export type Pid = string;

export interface DtcReading {
  code: string;
  /** Answering ECU header (e.g. "7E8"), null when the adapter hides headers. */
  ecu: string | null;
  status: DtcStatus;
  freezeFrame?: Record<Pid, number>;
}

export interface LiveSample {
  pid: Pid;
  /** Milliseconds since the session start (any monotonic origin works). */
  t: number;
  value: number;
}

/** Columnar form: one pair of equally long arrays per PID, sorted by time. Faster to build. */
export type ColumnarLive = Record<Pid, { t: ArrayLike<number>; v: ArrayLike<number> }>;

export type LiveInput = readonly LiveSample[] | ColumnarLive;

export interface VehicleContext {
  make?: string;
  model?: string;
  engine?: string;
  fuel?: Fuel;
  year?: number;
  mileageKm?: number;
}

export interface Resolution {
  text: LocalizedText | string;
  parts?: string[];
  /** Codes the repair addressed, when the technician recorded them. */
  codes?: string[];
}

/** Per PID and operating bucket robust statistics of one session; see baseline.ts. */
export interface LiveSummaryEntry {
  pid: Pid;
  bucket: OperatingBucket;
  median: number;
  mad: number;
  count: number;
}
export type OperatingBucket = 'off' | 'cold' | 'idle_warm' | 'drive_warm';

export interface PastSession {
  id: string;
  /** ISO date or epoch milliseconds. */
  date: string | number;
  mileageKm?: number;
  codes: { code: string; status?: DtcStatus }[];
  /** True when the codes were cleared at the end of that session. */
  cleared?: boolean;
  resolution?: Resolution;
  liveSummary?: LiveSummaryEntry[];
  /** The session's metrics as stored with its report, for trends across visits. */
  metrics?: SessionMetrics;
}

/** A resolved session of any vehicle, used for similar-case matching. */
export interface PastCase {
  sessionId: string;
  vehicle: VehicleContext;
  codes: string[];
  resolution: Resolution;
}

/** One mode 06 on-board monitor test result (SAE J1979), as stored with a session. */
export interface MonitorTest {
  mid: string;
  tid: string;
  value: number;
  min: number;
  max: number;
  unit: string;
}

export interface DiagnosisInput {
  /** The session being diagnosed and when it took place (for trends across visits). */
  sessionId?: string;
  sessionDate?: string | number;
  dtcs: DtcReading[];
  /** Mode 06 results read in this session (CAN cars), if any. */
  monitorTests?: MonitorTest[];
  /** What repairs did on earlier cases of this garage (any vehicle), to rank causes. */
  outcomes?: RepairOutcome[];
  /** Readiness monitors by name: available and complete flags (mode 01 PID 01). */
  readiness?: Record<string, { available: boolean; complete: boolean }>;
  live?: LiveInput;
  vehicle?: VehicleContext;
  /** This vehicle's past sessions, any order. */
  history?: PastSession[];
  /** Past resolved sessions of other vehicles (the garage's or the cloud's case base). */
  cases?: PastCase[];
  /** Baseline learned for this vehicle, or for its model when the vehicle has none. */
  baseline?: Baseline;
}

export interface BaselineEntry {
  pid: Pid;
  bucket: OperatingBucket;
  /** Median over past sessions of the per-session medians. */
  center: number;
  /** Robust spread combining between-session and within-session variation (same unit). */
  scale: number;
  sessions: number;
}
export interface Baseline {
  scope: 'vehicle' | 'model';
  entries: BaselineEntry[];
}

export interface RuleRef {
  id: string;
  label: LocalizedText;
  /** Why the rule gives this level (from criticality-rules.json). */
  reason?: LocalizedText;
}

export interface Cause {
  fr: string;
  en: string;
  /** Stable key of the cause (its id, or its French text made a slug): outcomes refer to it. */
  key: string;
  /** How many of the garage's resolved cases for this finding this cause fixed. */
  resolvedCases: number;
}

/**
 * Where the order of the causes comes from: the knowledge base's checking order (no numbers:
 * the base has no source for likelihoods), or the garage's own resolved cases.
 */
export interface CauseRanking {
  basis: 'expert' | 'cases';
  /** Resolved cases (fixed outcomes) for this code or known problem. */
  cases: number;
}

/** Labour time: indicative when it comes from the knowledge base, measured from the garage's cases. */
export interface Labour {
  min: number;
  max: number;
  source: 'indicative' | 'garage';
  /** Garage cases the range comes from (0 for an indicative range). */
  cases: number;
}

/** What a repair did for a finding, as recorded by the mechanic (a resolved case when fixed). */
export interface RepairOutcome {
  sessionId: string;
  /** The code the repair addressed; null when it concerns the whole session. */
  code: string | null;
  knownProblem: string | null;
  /** Key of the cause that was confirmed (see `Cause.key`), null for a fix outside the list. */
  causeKey: string | null;
  parts: string[];
  outcome: 'fixed' | 'not_fixed';
  labourHours: number | null;
}

export interface Finding {
  kind: 'dtc' | 'live';
  code?: string;
  pid?: Pid;
  ecu?: string | null;
  status?: DtcStatus;
  freezeFrame?: boolean;
  generic?: boolean;
  system: string;
  subsystem: string;
  criticality: Criticality;
  title: LocalizedText;
  /** In the order to check them; see `causeRanking` for where the order comes from. */
  causes: Cause[];
  causeRanking: CauseRanking;
  actions: LocalizedText[];
  parts: string[];
  labour: Labour | null;
  rule: RuleRef;
  confidence: number;
  knownProblem?: string;
  /** Why the confidence is what it is (recurring, came back after clear, live confirmation…). */
  evidence: LocalizedText[];
  /** Operating conditions that make this finding more or less likely (see context-rules.json). */
  context: ContextNote[];
}

export interface Advisory {
  kind: 'readiness';
  criticality: Criticality;
  rule: RuleRef;
  title: LocalizedText;
  incompleteMonitors: string[];
}

export interface SimilarCase {
  sessionId: string;
  vehicle: VehicleContext;
  sharedCodes: string[];
  score: number;
  resolution: Resolution;
}

export type DrivingUse = 'urbain' | 'mixte' | 'routier' | 'autoroute';

export interface SessionContext {
  distanceSinceClearKm: number | null;
  distanceWithMilKm: number | null;
  minutesSinceClear: number | null;
  minutesWithMil: number | null;
  kmSinceLastSession: number | null;
  drivingUse: DrivingUse | null;
  recurringCodes: string[];
  returnedAfterClear: string[];
}

/** Share of running time in each driving situation, from speed (PID 0D) and rpm (PID 0C). */
export interface DrivingPattern {
  idle: number;
  urban: number;
  road: number;
  motorway: number;
  /** Running time the shares are computed over. */
  minutes: number;
}

/** What the car itself said about the conditions of this session. */
export interface OperatingConditions {
  /** Ambient air temperature, PID 46 (median), °C. */
  ambientC: number | null;
  /** Barometric pressure, PID 33 (median), kPa. */
  baroKpa: number | null;
  /** Altitude estimated from the barometric pressure (standard atmosphere), m. */
  altitudeM: number | null;
  /** Engine run time since start, PID 1F (last value), s. */
  engineRunTimeS: number | null;
  /** Distance since the codes were cleared, PID 31, km. */
  distanceSinceClearKm: number | null;
  mileageKm: number | null;
  pattern: DrivingPattern | null;
}

/**
 * A condition that weighs a finding (or the session): a code the renderer translates
 * (`diagnosis.contextNote.<id>`) with its parameters, and whether it supports or weakens it.
 */
export interface ContextNote {
  id: string;
  effect: 'supports' | 'weakens';
  params: Record<string, number>;
  /** Codes of this session the note applies to; empty for a session-wide remark. */
  codes: string[];
}

/** Per-session numbers followed across visits (stored with the report). */
export interface SessionMetrics {
  /** Long-term fuel trim, warm and in closed loop (median), %, banks 1 and 2. */
  ltftB1: number | null;
  ltftB2: number | null;
  /** Battery voltage engine off (median of PID 42), V. */
  batteryRestV: number | null;
  /** Lowest sustained voltage while cranking (PID 42 while rpm is between 0 and running), V. */
  crankingMinV: number | null;
  /** Coolant warm-up rate between 40 and 80 °C with the engine running, °C/min. */
  warmupCPerMin: number | null;
  mode06: MonitorTest[];
}

export interface TrendPoint {
  sessionId: string;
  /** Epoch milliseconds. */
  t: number;
  km: number | null;
  value: number;
}

/** A value drifting towards its limit across visits: "à surveiller", before any code sets. */
export interface WatchItem {
  /** Trend rule id (live-ranges.json `trends`), e.g. "ltft-b1-drift" or "mode06-margin". */
  id: string;
  metric: string;
  /** For mode 06 items: which test. */
  test?: { mid: string; tid: string };
  unit: string;
  direction: 'rising' | 'falling';
  /** Change per 30 days from a robust (Theil–Sen) fit. */
  slopePerMonth: number;
  last: number;
  limit: number;
  /** Months until the fit reaches the limit; 0 when already past it. */
  monthsToLimit: number;
  points: TrendPoint[];
}

export interface DiagnosisReport {
  overall: OverallVerdict;
  verdict: LocalizedText;
  findings: Finding[];
  advisories: Advisory[];
  similarCases: SimilarCase[];
  context: SessionContext;
  /** Summary of this session's live data, to be stored and fed to future baselines. */
  liveSummary: LiveSummaryEntry[];
  conditions: OperatingConditions;
  /** Context remarks (session-wide and per finding), rendered in the "Contexte" section. */
  contextNotes: ContextNote[];
  metrics: SessionMetrics;
  /** Trends across this vehicle's visits worth watching. */
  watch: WatchItem[];
  knowledgeBaseVersion: string;
}
