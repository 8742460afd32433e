// Context rules (resources/diagnosis/context-rules.json): operating conditions that make a finding
// more or less likely, or that the mechanic should know before judging the session. A rule whose
// conditions cannot be judged (no ambient temperature, no speed trace…) stays silent.

import { z } from 'zod';
import { Text, Version } from './schema-parts';
import type { ContextNote, OperatingConditions } from './types';

const CodeSchema = z.string().regex(/^[PCBU][0-3][0-9A-F]{3}$/);

const WhenSchema = z
  .object({
    ambientBelowC: z.number().optional(),
    ambientAboveC: z.number().optional(),
    altitudeAboveM: z.number().optional(),
    runTimeBelowS: z.number().optional(),
    mileageAboveKm: z.number().optional(),
    idleShareAbove: z.number().min(0).max(1).optional(),
    shortTripShareAbove: z.number().min(0).max(1).optional(),
    motorwayShareAbove: z.number().min(0).max(1).optional(),
    distanceSinceClearBelowKm: z.number().optional(),
  })
  .refine((w) => Object.keys(w).length > 0, { message: 'a context rule needs a condition' });
type When = z.infer<typeof WhenSchema>;

const ContextRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** Documentation for the reviewer; the renderer words the note from its id. */
  reason: Text,
  effect: z.enum(['supports', 'weakens']),
  /** Added to the finding's confidence (negative when the context weakens it). */
  confidence: z.number().min(-0.2).max(0.2).default(0),
  /** Codes the note is about; absent for a session-wide note. */
  match: z
    .object({
      codes: z.array(CodeSchema).optional(),
      subsystems: z.array(z.string()).optional(),
      failures: z.array(z.string()).optional(),
    })
    .optional(),
  when: WhenSchema,
});
export type ContextRule = z.infer<typeof ContextRuleSchema>;

export const ContextRulesSchema = z.object({
  version: Version,
  description: z.string().optional(),
  rules: z
    .array(ContextRuleSchema)
    .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, {
      message: 'context rule ids must be unique',
    }),
});

export interface ContextSubject {
  code: string;
  subsystem: string;
  failure: string;
}

/** The values each condition reads, rounded the way the note shows them; undefined if unknown. */
function readings(c: OperatingConditions): Record<keyof When, number | undefined> {
  return {
    ambientBelowC: c.ambientC ?? undefined,
    ambientAboveC: c.ambientC ?? undefined,
    altitudeAboveM: c.altitudeM ?? undefined,
    runTimeBelowS: c.engineRunTimeS ?? undefined,
    mileageAboveKm: c.mileageKm ?? undefined,
    idleShareAbove: c.pattern?.idle,
    shortTripShareAbove: c.pattern ? c.pattern.idle + c.pattern.urban : undefined,
    motorwayShareAbove: c.pattern?.motorway,
    distanceSinceClearBelowKm: c.distanceSinceClearKm ?? undefined,
  };
}

/** Parameter names given to the renderer for each condition. */
const PARAM: Record<keyof When, string> = {
  ambientBelowC: 'ambientC',
  ambientAboveC: 'ambientC',
  altitudeAboveM: 'altitudeM',
  runTimeBelowS: 'runTimeMin',
  mileageAboveKm: 'mileageKm',
  idleShareAbove: 'idlePercent',
  shortTripShareAbove: 'shortTripPercent',
  motorwayShareAbove: 'motorwayPercent',
  distanceSinceClearBelowKm: 'distanceSinceClearKm',
};

function holds(key: keyof When, limit: number, value: number): boolean {
  return key.includes('Above') ? value > limit : value < limit;
}

function paramValue(key: keyof When, value: number): number {
  if (key === 'runTimeBelowS') return Math.round(value / 60);
  if (key.endsWith('ShareAbove')) return Math.round(value * 100);
  return Math.round(value);
}

/** Parameters of the note when every condition of the rule holds, null otherwise. */
function evaluateWhen(when: When, conditions: OperatingConditions): Record<string, number> | null {
  const values = readings(conditions);
  const params: Record<string, number> = {};
  for (const [key, limit] of Object.entries(when) as [keyof When, number | undefined][]) {
    if (limit === undefined) continue;
    const value = values[key];
    if (value === undefined || !holds(key, limit, value)) return null;
    params[PARAM[key]] = paramValue(key, value);
  }
  return params;
}

function applies(rule: ContextRule, subject: ContextSubject): boolean {
  const m = rule.match;
  if (!m) return false;
  if (m.codes && !m.codes.includes(subject.code)) return false;
  if (m.subsystems && !m.subsystems.includes(subject.subsystem)) return false;
  if (m.failures && !m.failures.includes(subject.failure)) return false;
  return true;
}

export interface ContextEvaluation {
  /** Notes per code, with the confidence change they bring. */
  byCode: Map<string, { notes: ContextNote[]; confidence: number }>;
  /** Every note, session-wide ones included, for the report's "Contexte" section. */
  notes: ContextNote[];
}

export function evaluateContext(
  rules: readonly ContextRule[],
  conditions: OperatingConditions,
  subjects: readonly ContextSubject[],
): ContextEvaluation {
  const byCode = new Map<string, { notes: ContextNote[]; confidence: number }>();
  const notes: ContextNote[] = [];
  for (const rule of rules) {
    const params = evaluateWhen(rule.when, conditions);
    if (params === null) continue;
    if (!rule.match) {
      notes.push({ id: rule.id, effect: rule.effect, params, codes: [] });
      continue;
    }
    const codes = [...new Set(subjects.filter((s) => applies(rule, s)).map((s) => s.code))].sort();
    if (codes.length === 0) continue;
    const note: ContextNote = { id: rule.id, effect: rule.effect, params, codes };
    notes.push(note);
    for (const code of codes) {
      const entry = byCode.get(code) ?? { notes: [], confidence: 0 };
      entry.notes.push(note);
      entry.confidence += rule.confidence;
      byCode.set(code, entry);
    }
  }
  return { byCode, notes };
}
