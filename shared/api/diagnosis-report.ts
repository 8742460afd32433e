import { z } from 'zod';
import type { DiagnosisReport } from '../diagnosis/types';
import { Id, IsoDateTime } from './common';

// The report model of shared/diagnosis/types.ts, as schemas: outputs are validated on the way
// out of the core, and zod drops unknown keys, so every field of the report must be listed here.

export const Text = z.object({ fr: z.string(), en: z.string() });
export const CriticalitySchema = z.enum(['rouge', 'orange', 'jaune']);
export const OverallVerdictSchema = z.enum(['rouge', 'orange', 'jaune', 'ok']);
export const DtcStatusSchema = z.enum(['stored', 'pending', 'permanent']);
export const RuleRef = z.object({ id: z.string(), label: Text, reason: Text.optional() });

const VehicleContextSchema = z.object({
  make: z.string().optional(),
  model: z.string().optional(),
  engine: z.string().optional(),
  fuel: z.enum(['petrol', 'diesel', 'other']).optional(),
  year: z.number().optional(),
  mileageKm: z.number().optional(),
});

// Reports stored by earlier versions lack the newer fields: defaults keep them readable.
const CauseSchema = z.object({
  fr: z.string(),
  en: z.string(),
  key: z.string().default(''),
  resolvedCases: z.number().int().nonnegative().default(0),
});
export const CauseRankingSchema = z.object({
  basis: z.enum(['expert', 'cases']),
  cases: z.number().int().nonnegative(),
});
export const LabourSchema = z.object({
  min: z.number(),
  max: z.number(),
  source: z.enum(['indicative', 'garage']),
  cases: z.number().int().nonnegative(),
});
const ContextNoteSchema = z.object({
  id: z.string(),
  effect: z.enum(['supports', 'weakens']),
  params: z.record(z.string(), z.number()),
  codes: z.array(z.string()),
});
export const MonitorTestSchema = z.object({
  mid: z.string().regex(/^[0-9A-F]{2}$/),
  tid: z.string().regex(/^[0-9A-F]{2}$/),
  value: z.number(),
  min: z.number(),
  max: z.number(),
  unit: z.string().max(20),
});
const NO_METRICS = {
  ltftB1: null,
  ltftB2: null,
  batteryRestV: null,
  crankingMinV: null,
  warmupCPerMin: null,
  mode06: [],
};
const NO_CONDITIONS = {
  ambientC: null,
  baroKpa: null,
  altitudeM: null,
  engineRunTimeS: null,
  distanceSinceClearKm: null,
  mileageKm: null,
  pattern: null,
};

export const FindingSchema = z.object({
  kind: z.enum(['dtc', 'live']),
  code: z.string().optional(),
  pid: z.string().optional(),
  ecu: z.string().nullable().optional(),
  status: DtcStatusSchema.optional(),
  freezeFrame: z.boolean().optional(),
  generic: z.boolean().optional(),
  system: z.string(),
  subsystem: z.string(),
  criticality: CriticalitySchema,
  title: Text,
  causes: z.array(CauseSchema),
  causeRanking: CauseRankingSchema.default({ basis: 'expert', cases: 0 }),
  actions: z.array(Text),
  parts: z.array(z.string()),
  labour: LabourSchema.nullable().default(null),
  rule: RuleRef,
  confidence: z.number(),
  knownProblem: z.string().optional(),
  evidence: z.array(Text),
  context: z.array(ContextNoteSchema).default([]),
});

const ResolutionSchema = z.object({
  text: z.union([Text, z.string()]),
  parts: z.array(z.string()).optional(),
  codes: z.array(z.string()).optional(),
});

export const DiagnosisReportSchema = z.object({
  overall: OverallVerdictSchema,
  verdict: Text,
  findings: z.array(FindingSchema),
  advisories: z.array(
    z.object({
      kind: z.literal('readiness'),
      criticality: CriticalitySchema,
      rule: RuleRef,
      title: Text,
      incompleteMonitors: z.array(z.string()),
    }),
  ),
  similarCases: z.array(
    z.object({
      sessionId: z.string(),
      vehicle: VehicleContextSchema,
      sharedCodes: z.array(z.string()),
      score: z.number(),
      resolution: ResolutionSchema,
    }),
  ),
  context: z.object({
    distanceSinceClearKm: z.number().nullable(),
    distanceWithMilKm: z.number().nullable(),
    minutesSinceClear: z.number().nullable(),
    minutesWithMil: z.number().nullable(),
    kmSinceLastSession: z.number().nullable(),
    drivingUse: z.enum(['urbain', 'mixte', 'routier', 'autoroute']).nullable(),
    recurringCodes: z.array(z.string()),
    returnedAfterClear: z.array(z.string()),
  }),
  liveSummary: z.array(
    z.object({
      pid: z.string(),
      bucket: z.enum(['off', 'cold', 'idle_warm', 'drive_warm']),
      median: z.number(),
      mad: z.number(),
      count: z.number(),
    }),
  ),
  conditions: z
    .object({
      ambientC: z.number().nullable(),
      baroKpa: z.number().nullable(),
      altitudeM: z.number().nullable(),
      engineRunTimeS: z.number().nullable(),
      distanceSinceClearKm: z.number().nullable(),
      mileageKm: z.number().nullable(),
      pattern: z
        .object({
          idle: z.number(),
          urban: z.number(),
          road: z.number(),
          motorway: z.number(),
          minutes: z.number(),
        })
        .nullable(),
    })
    .default(NO_CONDITIONS),
  contextNotes: z.array(ContextNoteSchema).default([]),
  metrics: z
    .object({
      ltftB1: z.number().nullable(),
      ltftB2: z.number().nullable(),
      batteryRestV: z.number().nullable(),
      crankingMinV: z.number().nullable(),
      warmupCPerMin: z.number().nullable(),
      mode06: z.array(MonitorTestSchema),
    })
    .default(NO_METRICS),
  watch: z
    .array(
      z.object({
        id: z.string(),
        metric: z.string(),
        test: z.object({ mid: z.string(), tid: z.string() }).optional(),
        unit: z.string(),
        direction: z.enum(['rising', 'falling']),
        slopePerMonth: z.number(),
        last: z.number(),
        limit: z.number(),
        monthsToLimit: z.number(),
        points: z.array(
          z.object({
            sessionId: z.string(),
            t: z.number(),
            km: z.number().nullable(),
            value: z.number(),
          }),
        ),
      }),
    )
    .default([]),
  knowledgeBaseVersion: z.string(),
});

// The schema and the engine's type must describe the same object; this fails to compile if a
// field is added to one and not the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reportSchemaMatchesEngine: Same<
  z.infer<typeof DiagnosisReportSchema>,
  DiagnosisReport
> = true;
void reportSchemaMatchesEngine;

/** What is stored in `diagnostic_session.report`: the report and when it was made. */
export const StoredReportSchema = z.object({
  sessionId: Id,
  /** The session's vehicle (for its recalls and history); null for an unattached session. */
  vehicleId: Id.nullable().default(null),
  diagnosedAt: IsoDateTime,
  report: DiagnosisReportSchema,
});
export type StoredReport = z.infer<typeof StoredReportSchema>;
