// Validation of the diagnosis knowledge base (resources/diagnosis/*.json). The core reads the
// files; this module only checks the already-parsed JSON and builds look-up indexes, so it stays
// platform-free and the same data can come from disk, the cloud or a test.

import { z } from 'zod';
import type { ContextRule } from './context-rules';
import { ContextRulesSchema } from './context-rules';
import type { CompiledComponent, CriticalityRule } from './rule-schema';
import { RulesSchema, compileComponents, componentsOf } from './rule-schema';
import type { TrendSpec } from './trends';
import { TrendSpecSchema } from './trends';
import { LiveConditionSchema, OPERATING_CONDITIONS, SYSTEMS, Text, Version } from './schema-parts';

export {
  DERIVED_METRICS,
  LiveConditionSchema,
  OPERATING_CONDITIONS,
  SYSTEMS,
} from './schema-parts';
export type { DerivedMetric, LiveCondition, OperatingCondition, System } from './schema-parts';
export type { ComponentClass, CriticalityRule } from './rule-schema';

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

const PidSchema = z.string().regex(/^[0-9A-F]{2}$/);
const SystemSchema = z.enum(SYSTEMS);
const CodeSchema = z.string().regex(DTC_CODE_PATTERN);

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
        /** Stable id; without one, outcomes refer to the cause by its French text. */
        id: z
          .string()
          .regex(/^[a-z0-9_-]+$/)
          .optional(),
        fr: z.string().min(1),
        en: z.string().min(1),
        /**
         * Unsourced guesses in older files; no longer shown. Causes are listed in the order an
         * expert checks them, and ranked by the garage's resolved cases when there are some.
         */
        likelihood: z.number().min(0).max(1).optional(),
      }),
    )
    .min(1),
  checks: z.array(Text).min(1),
  parts: z.array(z.string().regex(/^[a-z0-9_]+$/)),
  /** Indicative only (no source): shown as "indicatif", replaced by the garage's own times. */
  labourHours: z
    .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
    .optional(),
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
  /** Values followed across visits and the limits they must not drift towards (trends.ts). */
  trends: z.array(TrendSpecSchema).default([]),
});
export type OperatingThresholds = z.infer<typeof LiveRangesSchema>['conditions'];

export interface KnowledgeBaseFiles {
  dtcGeneric: unknown;
  knownProblems: unknown;
  liveRanges: unknown;
  criticalityRules: unknown;
  /** Optional so that tools validating the other files alone need not read it. */
  contextRules?: unknown;
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
  /** Component classes of each listed code (warning lamp, calibration, sensor…), for the rules. */
  componentsByCode: ReadonlyMap<string, readonly string[]>;
  components: readonly CompiledComponent[];
  contextRules: readonly ContextRule[];
  trends: readonly TrendSpec[];
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
  const context =
    files.contextRules === undefined
      ? null
      : parseFile('contextRules', ContextRulesSchema, files.contextRules);

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
  const components = compileComponents(rules.components);
  const componentsByCode = new Map<string, readonly string[]>();
  for (const entry of dtc.codes) {
    const found = componentsOf(entry.title.en, components);
    if (found.length > 0) componentsByCode.set(entry.code, found);
  }
  return {
    version: [dtc.version, known.version, ranges.version, rules.version, context?.version]
      .filter((v) => v !== undefined)
      .join('/'),
    codes,
    knownProblems: known.problems,
    problemsByCode,
    liveOnlyProblems,
    liveRanges: ranges.ranges,
    thresholds: ranges.conditions,
    rules: rules.rules,
    componentsByCode,
    components,
    contextRules: context?.rules ?? [],
    trends: ranges.trends,
  };
}
