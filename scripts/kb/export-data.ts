// One-off exporter: runs the historical generators (generate-dtc-generic.ts and its passes,
// generate-known-problems.ts) and writes what they produced into the data files of
// scripts/kb/data/: the DTC table code by code into dtc/*.tsv, the known problems into
// known-problems/*.yaml. A code
// built from a template and a component is written as that template and component; any other
// code is written with its full title. Kept only until the data files replace the generator.

import { writeFileSync } from 'node:fs';
import YAML from 'yaml';
import type { Provenance } from './dtc-templates';
import { PROVENANCE } from './dtc-templates';
import { generatedCodes } from './generate-dtc-generic';
import { generatedKnownProblems } from './generate-known-problems';
import { isTemplateKey, renderTitle, TEMPLATES } from './templates';

const FAMILIES = [
  ['p0', /^P0[0-9]/],
  ['hybrid', /^P0[A-F]/],
  ['p2-p3', /^P[23]/],
  ['network-u', /^U/],
  ['body-b', /^B/],
  ['chassis-c', /^C/],
] as const;

const HEADER = ['code', 'system', 'subsystem', 'failure', 'template', 'gender', 'fr', 'en'];
const rows = new Map<string, string[][]>(FAMILIES.map(([name]) => [name, []]));
let templated = 0;
let written = 0;
const keyUse = new Map<string, number>();

for (const e of generatedCodes()) {
  const canonical = {
    code: e.code,
    title: { fr: e.title.fr, en: e.title.en },
    system: e.system,
    subsystem: e.subsystem,
    failure: e.failure,
  };
  if (JSON.stringify(canonical) !== JSON.stringify(e)) throw new Error(`${e.code}: key order`);
  for (const v of [e.title.fr, e.title.en, e.subsystem]) {
    if (/[\t\r\n]/.test(v) || v !== v.trim()) throw new Error(`${e.code}: unsafe text`);
  }
  const family = FAMILIES.find(([, re]) => re.test(e.code));
  if (!family) throw new Error(`${e.code}: no family`);
  const p = (e as unknown as Record<symbol, Provenance | undefined>)[PROVENANCE];
  let row: string[] | undefined;
  if (p && isTemplateKey(p.key)) {
    const c = p.component;
    const title = renderTitle(p.key, c);
    if (
      title.fr === e.title.fr &&
      title.en === e.title.en &&
      TEMPLATES[p.key].failure === e.failure &&
      c.elides !== true &&
      !/[\t\r\n]/.test(c.fr + c.en)
    ) {
      const gender = c.plural ? `${c.gender} pl` : c.gender;
      row = [e.code, e.system, e.subsystem, e.failure, p.key, gender, c.fr, c.en];
      templated++;
      keyUse.set(p.key, (keyUse.get(p.key) ?? 0) + 1);
    }
  }
  if (!row) {
    row = [e.code, e.system, e.subsystem, e.failure, '', '', e.title.fr, e.title.en];
    written++;
  }
  rows.get(family[0])?.push(row);
}

for (const [name, list] of rows) {
  const text = [HEADER, ...list].map((r) => r.join('\t')).join('\n');
  writeFileSync(new URL(`./data/dtc/${name}.tsv`, import.meta.url), `${text}\n`);
  console.log(`${name}.tsv: ${list.length} codes`);
}
console.log(`templated ${templated}, written out ${written}`);
const unused = Object.keys(TEMPLATES).filter((k) => !keyUse.has(k));
console.log('unused templates:', unused.join(', ') || 'none');

// ---------------------------------------------------------------- known problems
const SECTIONS = [
  ['mixture', 'lean-both-banks'],
  ['misfire-ignition', 'misfire-cylinder-1'],
  ['emissions', 'catalyst-efficiency-downstream-active'],
  ['air-boost-throttle', 'maf-sensor'],
  ['cooling-lubrication', 'overheating'],
  ['charging-electrics', 'charging-low'],
  ['transmission', 'transmission-slip'],
  ['chassis-safety', 'wheel-speed-sensor'],
  ['diesel', 'injector-balance-diesel'],
] as const;
const FLOW_KEYS = new Set([
  'exceptFailures',
  'codesAll',
  'codesAny',
  'when',
  'parts',
  'flags',
  'labourHours',
]);

interface Problem {
  id: string;
  match: Record<string, unknown>;
  stopDriving?: boolean;
  flags?: string[];
}
const problems = generatedKnownProblems() as Problem[];
const wheelSpeed = generatedCodes()
  .filter((e) => e.subsystem === 'capteur_vitesse_roue' && e.failure !== 'condition')
  .map((e) => e.code);
const starts = SECTIONS.map(([, id]) => problems.findIndex((p) => p.id === id));
if (starts[0] !== 0 || starts.some((s, i) => i > 0 && s <= (starts[i - 1] ?? 0))) {
  throw new Error('sections out of order');
}
SECTIONS.forEach(([name], i) => {
  const list = problems.slice(starts[i], starts[i + 1] ?? problems.length).map((p) => {
    const source: Record<string, unknown> = { ...p };
    if (p.id === 'wheel-speed-sensor') {
      if (JSON.stringify(p.match.codesAny) !== JSON.stringify(wheelSpeed)) throw new Error('wss');
      source.match = {
        ...p.match,
        codesAny: { subsystem: 'capteur_vitesse_roue', exceptFailures: ['condition'] },
      };
    }
    if (p.stopDriving === false) delete source.stopDriving;
    if (p.flags?.length === 0) delete source.flags;
    return source;
  });
  const doc = new YAML.Document(list, { aliasDuplicateObjects: false });
  YAML.visit(doc, {
    Pair(_, pair) {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : '';
      if (
        FLOW_KEYS.has(key) &&
        (YAML.isSeq(pair.value) || YAML.isMap(pair.value)) &&
        !(key === 'codesAny' && YAML.isMap(pair.value))
      ) {
        pair.value.flow = true;
      }
    },
    Map(_, map, path) {
      const parent = path.at(-2);
      if (YAML.isPair(parent) && YAML.isScalar(parent.key) && parent.key.value === 'live') {
        map.flow = true;
      }
    },
  });
  writeFileSync(
    new URL(`./data/known-problems/${name}.yaml`, import.meta.url),
    doc.toString({ lineWidth: 100, singleQuote: true, flowCollectionPadding: true }),
  );
  console.log(`${name}.yaml: ${list.length} problems`);
});
