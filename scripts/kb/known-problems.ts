// Reads the known problems from their data files (scripts/kb/data/known-problems/*.yaml, one per
// group of systems) and builds the list of resources/diagnosis/known-problems.json. The format
// is described in scripts/kb/README.md.

import YAML from 'yaml';
import { z } from 'zod';
import {
  DERIVED_METRICS,
  DTC_CODE_PATTERN,
  DTC_FAILURES,
  OPERATING_CONDITIONS,
} from '../../shared/diagnosis/knowledge-base';
import type { DtcEntry } from './dtc-table';

const Text = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });
const Code = z.string().regex(DTC_CODE_PATTERN);

/** Codes of the generic table chosen by subsystem rather than listed one by one. */
const CodeSelector = z.strictObject({
  subsystem: z.string().min(1),
  exceptFailures: z.array(z.enum(DTC_FAILURES)).optional(),
});

const LiveCondition = z.strictObject({
  pid: z
    .string()
    .regex(/^[0-9A-F]{2}$/)
    .optional(),
  metric: z.enum(DERIVED_METRICS).optional(),
  stat: z.enum(['mean', 'max', 'min']).optional(),
  op: z.enum(['gt', 'lt']),
  value: z.number(),
  when: z.array(z.enum(OPERATING_CONDITIONS)).optional(),
});

const Problem = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: Text,
  match: z.strictObject({
    codesAll: z.array(Code).optional(),
    codesAny: z.union([z.array(Code), CodeSelector]).optional(),
    live: z.array(LiveCondition).optional(),
    fuel: z.enum(['petrol', 'diesel']).optional(),
    usage: z.enum(['urbain', 'mixte', 'routier', 'autoroute']).optional(),
  }),
  causes: z.array(z.strictObject({ ...Text.shape, likelihood: z.number().min(0).max(1) })).min(1),
  checks: z.array(Text).min(1),
  parts: z.array(z.string().regex(/^[a-z0-9_]+$/)),
  labourHours: z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() }),
  stopDriving: z.boolean().optional(),
  flags: z.array(z.string().min(1)).optional(),
});
type Problem = z.infer<typeof Problem>;

/** Keeps only the keys that are set, in the order given (the order the JSON file lists them). */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function buildProblem(
  p: Problem,
  codes: readonly DtcEntry[],
  known: ReadonlySet<string>,
  fail: (m: string) => void,
) {
  const selected = (any: Problem['match']['codesAny']): string[] | undefined => {
    if (any === undefined || Array.isArray(any)) return any;
    const except: readonly string[] = any.exceptFailures ?? [];
    const list = codes
      .filter((c) => c.subsystem === any.subsystem && !except.includes(c.failure))
      .map((c) => c.code);
    if (list.length === 0) fail(`no code of the table has subsystem "${any.subsystem}"`);
    return list;
  };
  const match = defined({
    codesAll: p.match.codesAll,
    codesAny: selected(p.match.codesAny),
    live: p.match.live?.map((l) =>
      defined({
        pid: l.pid,
        metric: l.metric,
        stat: l.stat,
        op: l.op,
        value: l.value,
        when: l.when,
      }),
    ),
    fuel: p.match.fuel,
    usage: p.match.usage,
  });
  for (const code of [...(match.codesAll ?? []), ...(match.codesAny ?? [])]) {
    if (!known.has(code)) fail(`${code} is not in the generic DTC table`);
  }
  if (p.labourHours.min > p.labourHours.max) fail('labourHours: min is above max');
  return {
    id: p.id,
    title: { fr: p.title.fr, en: p.title.en },
    match,
    causes: p.causes.map((c) => ({ fr: c.fr, en: c.en, likelihood: c.likelihood })),
    checks: p.checks.map((c) => ({ fr: c.fr, en: c.en })),
    parts: p.parts,
    labourHours: { min: p.labourHours.min, max: p.labourHours.max },
    stopDriving: p.stopDriving ?? false,
    flags: p.flags ?? [],
  };
}

export type KnownProblem = ReturnType<typeof buildProblem>;

/** The problems of the files, in the order of `files` and, within a file, as written. */
export function buildKnownProblems(
  files: readonly string[],
  readFile: (file: string) => string,
  codes: readonly DtcEntry[],
  problems: string[],
): KnownProblem[] {
  const out: KnownProblem[] = [];
  const ids = new Set<string>();
  const known = new Set(codes.map((c) => c.code));
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = YAML.parse(readFile(file), { prettyErrors: true });
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const list = z.array(Problem).safeParse(parsed);
    if (!list.success) {
      for (const issue of list.error.issues) {
        const [index, ...path] = issue.path;
        const id = typeof index === 'number' ? (parsed as { id?: unknown }[])[index]?.id : '';
        problems.push(`${file}: problem ${String(id)}: ${path.join('.')}: ${issue.message}`);
      }
      continue;
    }
    for (const p of list.data) {
      const fail = (message: string): void => void problems.push(`${file}: ${p.id}: ${message}`);
      if (ids.has(p.id)) fail('id used twice');
      ids.add(p.id);
      out.push(buildProblem(p, codes, known, fail));
    }
  }
  return out;
}
