// Reads the generic DTC table from its data files (scripts/kb/data/dtc/*.tsv, one per code family)
// and builds the entries of resources/diagnosis/dtc-generic.json. The format of the files is
// described in scripts/kb/README.md; every mistake found is reported with its file and line.

import type { DtcFailure, System } from '../../shared/diagnosis/knowledge-base';
import { DTC_CODE_PATTERN, DTC_FAILURES, SYSTEMS } from '../../shared/diagnosis/knowledge-base';
import type { Gender } from './french';
import { isTemplateKey, renderTitle, TEMPLATES } from './templates';

/** The data files and the codes each may hold. */
export const DTC_FAMILIES = [
  { file: 'p0.tsv', holds: 'P00xx–P09xx', pattern: /^P0[0-9]/ },
  {
    file: 'hybrid.tsv',
    holds: 'P0Axx–P0Fxx (hybrid and electric propulsion)',
    pattern: /^P0[A-F]/,
  },
  { file: 'p2-p3.tsv', holds: 'P2xxx and P3xxx', pattern: /^P[23]/ },
  { file: 'network-u.tsv', holds: 'Uxxxx', pattern: /^U/ },
  { file: 'body-b.tsv', holds: 'Bxxxx', pattern: /^B/ },
  { file: 'chassis-c.tsv', holds: 'Cxxxx', pattern: /^C/ },
] as const;

export const DTC_COLUMNS = [
  'code',
  'system',
  'subsystem',
  'failure',
  'template',
  'gender',
  'fr',
  'en',
] as const;

/** One code of the generic table, as resources/diagnosis/dtc-generic.json lists it. */
export interface DtcEntry {
  code: string;
  title: { fr: string; en: string };
  system: System;
  subsystem: string;
  failure: DtcFailure;
}

export class KbDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`knowledge base data: ${problems.length} problem(s)\n${problems.join('\n')}`);
    this.name = 'KbDataError';
  }
}

const GENDERS: Readonly<Record<string, { gender: Gender; plural: boolean }>> = {
  m: { gender: 'm', plural: false },
  f: { gender: 'f', plural: false },
  'm pl': { gender: 'm', plural: true },
  'f pl': { gender: 'f', plural: true },
};
const SUBSYSTEM = /^[a-z0-9_]+$/;
const isSystem = (v: string): v is System => (SYSTEMS as readonly string[]).includes(v);
const isFailure = (v: string): v is DtcFailure => (DTC_FAILURES as readonly string[]).includes(v);

/** Splits a tab-separated file into rows, checking the header; line numbers count from 1. */
export function readTsv(
  text: string,
  columns: readonly string[],
  where: string,
  problems: string[],
): { line: number; cells: string[] }[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0] ?? '';
  if (header !== columns.join('\t')) {
    problems.push(`${where}:1: the header must be "${columns.join('<tab>')}"`);
    return [];
  }
  const rows: { line: number; cells: string[] }[] = [];
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    const cells = text.split('\t');
    if (cells.some((c) => c.length > 1 && c.startsWith('"') && c.endsWith('"'))) {
      problems.push(`${where}:${line}: quoted cell (save as tab-separated text without quotes)`);
    } else if (cells.length !== columns.length) {
      problems.push(`${where}:${line}: ${cells.length} columns instead of ${columns.length}`);
    } else {
      rows.push({ line, cells });
    }
  });
  return rows;
}

/** The entries of one family file, in file order. */
export function parseDtcFamily(
  family: (typeof DTC_FAMILIES)[number],
  text: string,
  problems: string[],
): DtcEntry[] {
  const out: DtcEntry[] = [];
  let previous = '';
  for (const { line, cells } of readTsv(text, DTC_COLUMNS, family.file, problems)) {
    const [code = '', system = '', subsystem = '', failure = '', template = '', gender = ''] =
      cells;
    const [fr = '', en = ''] = cells.slice(6);
    const at = `${family.file}:${line}: ${code}`;
    const before = problems.length;
    const fail = (message: string): void => void problems.push(`${at}: ${message}`);
    if (!DTC_CODE_PATTERN.test(code)) fail('not a DTC code');
    else if (!family.pattern.test(code))
      fail(`belongs in another file (${family.file}: ${family.holds})`);
    if (code.localeCompare(previous) <= 0) fail(`out of order or repeated (after ${previous})`);
    previous = code;
    if (!isSystem(system)) fail(`unknown system "${system}"`);
    if (!SUBSYSTEM.test(subsystem)) fail(`subsystem "${subsystem}" is not lower_snake_case`);
    if (!isFailure(failure)) fail(`unknown failure type "${failure}"`);
    for (const text of [fr, en]) {
      if (text.trim() !== text || text === '') fail('empty text or spaces around it');
    }
    let title = { fr, en };
    if (template !== '') {
      const noun = GENDERS[gender];
      if (!isTemplateKey(template)) fail(`unknown template "${template}"`);
      else if (TEMPLATES[template].failure !== failure) {
        fail(
          `failure "${failure}", but template "${template}" gives "${TEMPLATES[template].failure}"`,
        );
      }
      if (!noun) fail(`gender must be one of ${Object.keys(GENDERS).join(', ')}`);
      if (noun && isTemplateKey(template)) title = renderTitle(template, { fr, en, ...noun });
    } else if (gender !== '') {
      fail('a gender is given for a component, but the row has no template');
    }
    if (problems.length === before && isSystem(system) && isFailure(failure)) {
      out.push({ code, title, system, subsystem, failure });
    }
  }
  return out;
}

/** All families together, unique and sorted as the JSON file lists them. */
export function buildDtcEntries(
  readFamily: (file: string) => string,
  problems: string[],
): DtcEntry[] {
  const all = DTC_FAMILIES.flatMap((family) =>
    parseDtcFamily(family, readFamily(family.file), problems),
  );
  return all.sort((a, b) => a.code.localeCompare(b.code));
}
