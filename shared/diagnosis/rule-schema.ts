// Schema of resources/diagnosis/criticality-rules.json: the ordered criticality rules and the
// component classes they can match on. A code's system, subsystem and failure type come from
// the code table; what component a code is about (a warning lamp, a missing calibration, a
// wrong part fitted, a sensor…) is read from its English title by the patterns declared here,
// so that the rules can tell "ABS warning lamp circuit" from "ABS pump motor" without a
// hand-made list of codes. Both live in the data file so that an expert reviews them together.

import { z } from 'zod';
import { LiveConditionSchema, SYSTEMS, Text, Version } from './schema-parts';

const CodeSchema = z.string().regex(/^[PCBU][0-3][0-9A-F]{3}$/);

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

const PatternSchema = z.string().min(1).refine(compiles, { message: 'invalid regular expression' });

const ComponentSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  label: Text,
  /** Case-insensitive pattern on the English title of the code. */
  pattern: PatternSchema,
  /** Titles also matching this pattern are not of this component. */
  exclude: PatternSchema.optional(),
});
export type ComponentClass = z.infer<typeof ComponentSchema>;

export const RuleSchema = z.object({
  id: z.string().min(1),
  level: z.enum(['rouge', 'orange', 'jaune']),
  /** Shown with the finding: what the level means for this fault. */
  label: Text,
  /** Why this level: the reasoning a workshop manager would give, for review and the docs. */
  reason: Text,
  match: z.object({
    kind: z.enum(['dtc', 'live', 'readiness']).optional(),
    codes: z.array(CodeSchema).optional(),
    codeRanges: z.array(z.tuple([CodeSchema, CodeSchema])).optional(),
    systems: z.array(z.enum(SYSTEMS)).optional(),
    subsystems: z.array(z.string()).optional(),
    failures: z.array(z.string()).optional(),
    /** At least one of these component classes (see `components`). */
    components: z.array(z.string()).optional(),
    /** None of these component classes. */
    notComponents: z.array(z.string()).optional(),
    generic: z.boolean().optional(),
    statuses: z.array(z.enum(['stored', 'pending', 'permanent'])).optional(),
    stopDriving: z.boolean().optional(),
    /** The known problem's live conditions were all confirmed (or it has none). */
    knownProblemConfirmed: z.boolean().optional(),
    knownProblemFlags: z.array(z.string()).optional(),
    multiCylinderMisfire: z.boolean().optional(),
    pids: z.array(z.string().regex(/^[0-9A-F]{2}$/)).optional(),
    directions: z.array(z.enum(['high', 'low'])).optional(),
    sources: z.array(z.enum(['range', 'baseline'])).optional(),
    live: z.array(LiveConditionSchema).optional(),
    /** One of these codes was read in the same session (any ECU, any status). */
    sessionCodes: z.array(CodeSchema).optional(),
    /** A code of one of these subsystems was read in the same session. */
    sessionSubsystems: z.array(z.string()).optional(),
  }),
});
export type CriticalityRule = z.infer<typeof RuleSchema>;

export const RulesSchema = z
  .object({
    version: Version,
    description: z.string().optional(),
    components: z.array(ComponentSchema).default([]),
    rules: z
      .array(RuleSchema)
      .min(1)
      .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, {
        message: 'rule ids must be unique',
      }),
  })
  .superRefine((file, ctx) => {
    const known = new Set(file.components.map((c) => c.id));
    file.rules.forEach((rule, index) => {
      for (const id of [...(rule.match.components ?? []), ...(rule.match.notComponents ?? [])]) {
        if (!known.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index, 'match'],
            message: `unknown component ${id} in rule ${rule.id}`,
          });
        }
      }
    });
  });

export interface CompiledComponent {
  id: string;
  pattern: RegExp;
  exclude: RegExp | null;
}

export function compileComponents(components: readonly ComponentClass[]): CompiledComponent[] {
  return components.map((c) => ({
    id: c.id,
    pattern: new RegExp(c.pattern, 'i'),
    exclude: c.exclude === undefined ? null : new RegExp(c.exclude, 'i'),
  }));
}

/** Component classes of a code, from its English title. */
export function componentsOf(title: string, components: readonly CompiledComponent[]): string[] {
  const out: string[] = [];
  for (const c of components) {
    if (c.pattern.test(title) && !(c.exclude?.test(title) ?? false)) out.push(c.id);
  }
  return out;
}
