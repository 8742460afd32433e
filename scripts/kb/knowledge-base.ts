// Builds the generated files of the diagnosis knowledge base from scripts/kb/data/: the generic
// DTC table and the known problems. Reads files only; writing them is scripts/kb/build.ts's job.

import { readdirSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { parseKnowledgeBase } from '../../shared/diagnosis/knowledge-base';
import { buildDtcEntries, DTC_FAMILIES, KbDataError } from './dtc-table';
import { buildKnownProblems } from './known-problems';

export const DATA_DIR = new URL('./data/', import.meta.url);
export const RESOURCES_DIR = new URL('../../resources/diagnosis/', import.meta.url);

const Version = z.string().regex(/^\d+\.\d+\.\d+$/);
const Manifest = z.strictObject({
  dtcGeneric: z.strictObject({ version: Version, description: z.string().min(1) }),
  knownProblems: z.strictObject({
    version: Version,
    files: z.array(z.string().regex(/^[a-z0-9-]+\.yaml$/)).min(1),
  }),
});

/** The generated files, by name in resources/diagnosis/, with their exact contents. */
export type KnowledgeBaseFiles = Readonly<
  Record<'dtc-generic.json' | 'known-problems.json', string>
>;

/** JSON the way the files have always been written: one-space indent, final newline. */
const serialize = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

export function buildKnowledgeBase(dataDir: URL = DATA_DIR): KnowledgeBaseFiles {
  const read = (path: string): string => readFileSync(new URL(path, dataDir), 'utf8');
  const problems: string[] = [];
  const manifest = Manifest.safeParse(YAML.parse(read('manifest.yaml')));
  if (!manifest.success) {
    throw new KbDataError(
      manifest.error.issues.map((i) => `manifest.yaml: ${i.path.join('.')}: ${i.message}`),
    );
  }
  const { dtcGeneric, knownProblems } = manifest.data;

  const expected = new Set<string>(DTC_FAMILIES.map((f) => f.file));
  for (const file of readdirSync(new URL('dtc/', dataDir))) {
    if (!expected.has(file)) problems.push(`dtc/${file}: not a code family file (see README.md)`);
  }
  const codes = buildDtcEntries((file) => read(`dtc/${file}`), problems);
  const list = buildKnownProblems(
    knownProblems.files,
    (file) => read(`known-problems/${file}`),
    codes,
    problems,
  );
  if (problems.length > 0) throw new KbDataError(problems);

  const dtcDocument = {
    version: dtcGeneric.version,
    description: dtcGeneric.description,
    codes,
  };
  const knownDocument = { version: knownProblems.version, problems: list };
  // The same checks the app runs when it loads the files.
  const resource = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(name, RESOURCES_DIR), 'utf8'));
  parseKnowledgeBase({
    dtcGeneric: dtcDocument,
    knownProblems: knownDocument,
    liveRanges: resource('live-ranges.json'),
    criticalityRules: resource('criticality-rules.json'),
  });
  return {
    'dtc-generic.json': serialize(dtcDocument),
    'known-problems.json': serialize(knownDocument),
  };
}
