// Validation of the diagnosis knowledge base (resources/diagnosis/*.json). The core reads the
// files; this module only checks the already-parsed JSON and builds look-up indexes, so it stays
// platform-free and the same data can come from disk, the cloud or a test.

import { z } from 'zod';

export const SYSTEMS = [
  'moteur',
  'allumage',
  'injection_melange',
  'emissions',
  'refroidissement',
  'lubrification',
  'transmission',
  'freinage_abs',
  'direction',
  'airbag',
  'carrosserie_confort',
  'reseau_communication',
  'electricite_charge',
] as const;
export type System = (typeof SYSTEMS)[number];

/** What goes wrong, as the generic code tables name it; rules can match on it. */
export const DTC_FAILURES = [
  'circuit',
  'range_performance',
  'signal_low',
  'signal_high',
  'intermittent',
  'control_circuit',
  'performance',
  'stuck',
  'no_signal',
  'slow_response',
  'heater',
  'misfire',
  'mixture_lean',
  'mixture_rich',
  'efficiency',
  'leak',
  'overtemperature',
  'pressure_low',
  'pressure_high',
  'flow',
  'communication',
  'internal',
  'correlation',
  'incorrect_ratio',
  'condition',
] as const;
export type DtcFailure = (typeof DTC_FAILURES)[number];

export const DTC_CODE_PATTERN = /^[PCBU][0-3][0-9A-F]{3}$/;

const Version = z.string().regex(/^\d+\.\d+\.\d+$/);
const Text = z.object({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });
const PidSchema = z.string().regex(/^[0-9A-F]{2}$/);
const SystemSchema = z.enum(SYSTEMS);
const CodeSchema = z.string().regex(DTC_CODE_PATTERN);

export const OPERATING_CONDITIONS = [
  'engine_running',
  'engine_off',
  'engine_warm',
  'engine_cold',
  'idle',
  'load',
  'closed_loop',
] as const;
export type OperatingCondition = (typeof OPERATING_CONDITIONS)[number];

export const DERIVED_METRICS = ['o2_switch_ratio_b1', 'o2_switch_ratio_b2'] as const;
export type DerivedMetric = (typeof DERIVED_METRICS)[number];

export const LiveConditionSchema = z
  .object({
    pid: PidSchema.optional(),
    metric: z.enum(DERIVED_METRICS).optional(),
    stat: z.enum(['mean', 'max', 'min']).default('mean'),
    op: z.enum(['gt', 'lt']),
    value: z.number(),
    when: z.array(z.enum(OPERATING_CONDITIONS)).default([]),
  })
  .refine((c) => (c.pid === undefined) !== (c.metric === undefined), {
    message: 'a live condition needs exactly one of pid or metric',
  });
export type LiveCondition = z.infer<typeof LiveConditionSchema>;

const DtcEntrySchema = z.object({
  code: CodeSchema,
  title: Text,
  system: SystemSchema,
  subsystem: z.string().min(1),
  failure: z.enum(DTC_FAILURES),
});
export type DtcEntry = z.infer<typeof DtcEntrySchema>;

const DtcTableSchema = z.object({
  version: Version,
  description: z.string().optional(),
  codes: z.array(DtcEntrySchema).min(1),
});

const KnownProblemSchema = z.object({
  id: z.string().min(1),
  title: Text,
  match: z.object({
    codesAll: z.array(CodeSchema).default([]),
    codesAny: z.array(CodeSchema).default([]),
    live: z.array(LiveConditionSchema).default([]),
    fuel: z.enum(['petrol', 'diesel']).optional(),
    usage: z.enum(['urbain', 'mixte', 'routier', 'autoroute']).optional(),
  }),
  causes: z
    .array(
      z.object({
        fr: z.string().min(1),
        en: z.string().min(1),
        likelihood: z.number().min(0).max(1),
      }),
    )
    .min(1),
  checks: z.array(Text).min(1),
  parts: z.array(z.string().regex(/^[a-z0-9_]+$/)),
  labourHours: z.object({ min: z.number().nonnegative(), max: z.number().nonnegative() }),
  stopDriving: z.boolean().default(false),
  flags: z.array(z.string()).default([]),
});
export type KnownProblem = z.infer<typeof KnownProblemSchema>;

const KnownProblemsSchema = z.object({
  version: Version,
  problems: z.array(KnownProblemSchema).min(1),
});

const LiveRangeSchema = z.object({
  id: z.string().min(1),
  pid: PidSchema,
  name: Text,
  unit: z.string(),
  fuel: z.enum(['any', 'petrol', 'diesel']),
  when: z.array(z.enum(OPERATING_CONDITIONS)),
  min: z.number().optional(),
  max: z.number().optional(),
  minDurationS: z.number().positive(),
  /** Share of qualifying samples that must be out of range; defaults to a third. */
  minFraction: z.number().min(0).max(1).default(0.3),
});
export type LiveRange = z.infer<typeof LiveRangeSchema>;

const LiveRangesSchema = z.object({
  version: Version,
  description: z.string().optional(),
  conditions: z.object({
    warmCoolantC: z.number(),
    runningRpm: z.number(),
    idleMaxRpm: z.number(),
    loadMinPercent: z.number(),
  }),
  ranges: z.array(LiveRangeSchema).min(1),
});
export type OperatingThresholds = z.infer<typeof LiveRangesSchema>['conditions'];

const RuleSchema = z.object({
  id: z.string().min(1),
  level: z.enum(['rouge', 'orange', 'jaune']),
  label: Text,
  match: z.object({
    kind: z.enum(['dtc', 'live', 'readiness']).optional(),
    codes: z.array(CodeSchema).optional(),
    codeRanges: z.array(z.tuple([CodeSchema, CodeSchema])).optional(),
    systems: z.array(SystemSchema).optional(),
    subsystems: z.array(z.string()).optional(),
    failures: z.array(z.string()).optional(),
    generic: z.boolean().optional(),
    statuses: z.array(z.enum(['stored', 'pending', 'permanent'])).optional(),
    stopDriving: z.boolean().optional(),
    knownProblemFlags: z.array(z.string()).optional(),
    multiCylinderMisfire: z.boolean().optional(),
    pids: z.array(PidSchema).optional(),
    directions: z.array(z.enum(['high', 'low'])).optional(),
    sources: z.array(z.enum(['range', 'baseline'])).optional(),
    live: z.array(LiveConditionSchema).optional(),
  }),
});
export type CriticalityRule = z.infer<typeof RuleSchema>;

const RulesSchema = z.object({
  version: Version,
  description: z.string().optional(),
  rules: z
    .array(RuleSchema)
    .min(1)
    .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, {
      message: 'rule ids must be unique',
    }),
});

export interface KnowledgeBaseFiles {
  dtcGeneric: unknown;
  knownProblems: unknown;
  liveRanges: unknown;
  criticalityRules: unknown;
}

export interface KnowledgeBase {
  version: string;
  codes: ReadonlyMap<string, DtcEntry>;
  knownProblems: readonly KnownProblem[];
  /** Known problems indexed by every code they mention, for O(1) candidate selection. */
  problemsByCode: ReadonlyMap<string, readonly KnownProblem[]>;
  liveOnlyProblems: readonly KnownProblem[];
  liveRanges: readonly LiveRange[];
  thresholds: OperatingThresholds;
  rules: readonly CriticalityRule[];
}

export class KnowledgeBaseError extends Error {
  constructor(
    readonly file: keyof KnowledgeBaseFiles,
    readonly issues: string[],
  ) {
    super(`invalid diagnosis knowledge base (${file}): ${issues.slice(0, 5).join('; ')}`);
    this.name = 'KnowledgeBaseError';
  }
}

function parseFile<T>(file: keyof KnowledgeBaseFiles, schema: z.ZodType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new KnowledgeBaseError(
      file,
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return result.data;
}

export function parseKnowledgeBase(files: KnowledgeBaseFiles): KnowledgeBase {
  const dtc = parseFile('dtcGeneric', DtcTableSchema, files.dtcGeneric);
  const known = parseFile('knownProblems', KnownProblemsSchema, files.knownProblems);
  const ranges = parseFile('liveRanges', LiveRangesSchema, files.liveRanges);
  const rules = parseFile('criticalityRules', RulesSchema, files.criticalityRules);

  const codes = new Map<string, DtcEntry>();
  const duplicates: string[] = [];
  for (const entry of dtc.codes) {
    if (codes.has(entry.code)) duplicates.push(entry.code);
    codes.set(entry.code, entry);
  }
  if (duplicates.length > 0) {
    throw new KnowledgeBaseError(
      'dtcGeneric',
      duplicates.map((c) => `duplicate code ${c}`),
    );
  }
  const problemIds = new Set<string>();
  const problemsByCode = new Map<string, KnownProblem[]>();
  const liveOnlyProblems: KnownProblem[] = [];
  for (const problem of known.problems) {
    if (problemIds.has(problem.id)) {
      throw new KnowledgeBaseError('knownProblems', [`duplicate problem id ${problem.id}`]);
    }
    problemIds.add(problem.id);
    const mentioned = new Set([...problem.match.codesAll, ...problem.match.codesAny]);
    if (mentioned.size === 0) liveOnlyProblems.push(problem);
    for (const code of mentioned) {
      const list = problemsByCode.get(code) ?? [];
      list.push(problem);
      problemsByCode.set(code, list);
    }
  }
  return {
    version: [dtc.version, known.version, ranges.version, rules.version].join('/'),
    codes,
    knownProblems: known.problems,
    problemsByCode,
    liveOnlyProblems,
    liveRanges: ranges.ranges,
    thresholds: ranges.conditions,
    rules: rules.rules,
  };
}
