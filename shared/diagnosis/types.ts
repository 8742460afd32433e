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
}

/** A resolved session of any vehicle, used for similar-case matching. */
export interface PastCase {
  sessionId: string;
  vehicle: VehicleContext;
  codes: string[];
  resolution: Resolution;
}

export interface DiagnosisInput {
  dtcs: DtcReading[];
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
}

export interface Cause {
  fr: string;
  en: string;
  likelihood: number;
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
  causes: Cause[];
  actions: LocalizedText[];
  parts: string[];
  labourHours: { min: number; max: number } | null;
  rule: RuleRef;
  confidence: number;
  knownProblem?: string;
  /** Why the confidence is what it is (recurring, came back after clear, live confirmation…). */
  evidence: LocalizedText[];
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

export interface DiagnosisReport {
  overall: OverallVerdict;
  verdict: LocalizedText;
  findings: Finding[];
  advisories: Advisory[];
  similarCases: SimilarCase[];
  context: SessionContext;
  /** Summary of this session's live data, to be stored and fed to future baselines. */
  liveSummary: LiveSummaryEntry[];
  knowledgeBaseVersion: string;
}
