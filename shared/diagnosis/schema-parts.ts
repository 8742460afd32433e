// Schema pieces shared by the knowledge-base files (code table, known problems, live ranges,
// criticality rules): kept apart so each file's schema can import them without a cycle.

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

export const Version = z.string().regex(/^\d+\.\d+\.\d+$/);
export const Text = z.object({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });
const PidSchema = z.string().regex(/^[0-9A-F]{2}$/);

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
    /**
     * `max`/`min` are sustained extremes (held for five samples); `slope` is the least-squares
     * trend in units per minute over the last `windowS` seconds of qualifying samples.
     */
    stat: z.enum(['mean', 'max', 'min', 'slope']).default('mean'),
    op: z.enum(['gt', 'lt']),
    value: z.number(),
    when: z.array(z.enum(OPERATING_CONDITIONS)).default([]),
    windowS: z.number().positive().max(3600).optional(),
  })
  .refine((c) => (c.pid === undefined) !== (c.metric === undefined), {
    message: 'a live condition needs exactly one of pid or metric',
  })
  .refine((c) => c.stat !== 'slope' || c.pid !== undefined, {
    message: 'a slope needs a pid',
  });
export type LiveCondition = z.infer<typeof LiveConditionSchema>;
