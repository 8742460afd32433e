// The data files of scripts/kb/data/ are the source of resources/diagnosis/dtc-generic.json and
// known-problems.json: rebuilding must give the committed files byte for byte, and a mistake in
// the data must be reported with its file, line and code rather than produce a wrong table.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { DtcEntry } from './dtc-table';
import { DTC_COLUMNS, DTC_FAMILIES, parseDtcFamily } from './dtc-table';
import { buildKnowledgeBase, DATA_DIR, RESOURCES_DIR } from './knowledge-base';
import { buildKnownProblems } from './known-problems';

const committed = (name: string): string => readFileSync(new URL(name, RESOURCES_DIR), 'utf8');
const header = DTC_COLUMNS.join('\t');
const p0 = DTC_FAMILIES[0];
const row = (...cells: string[]): string => cells.join('\t');

function parse(...rows: string[]): { entries: DtcEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries = parseDtcFamily(p0, [header, ...rows, ''].join('\n'), problems);
  return { entries, problems };
}

describe('npm run kb:build', () => {
  it('reproduces the committed JSON files byte for byte', () => {
    const files = buildKnowledgeBase();
    expect(files['dtc-generic.json'] === committed('dtc-generic.json')).toBe(true);
    expect(files['known-problems.json'] === committed('known-problems.json')).toBe(true);
  });

  describe('with a copy of the data', () => {
    let dir = '';
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = '';
    });
    const copy = (): URL => {
      dir = mkdtempSync(join(tmpdir(), 'kb-data-'));
      cpSync(DATA_DIR, dir, { recursive: true });
      return pathToFileURL(`${dir}/`);
    };

    it('refuses a file that is not a code family and a manifest without a version', () => {
      const data = copy();
      writeFileSync(new URL('dtc/p1.tsv', data), `${header}\n`);
      const manifest = new URL('manifest.yaml', data);
      expect(() => buildKnowledgeBase(data)).toThrow(/dtc\/p1\.tsv: not a code family file/);
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace("version: '1.5.0'", ''));
      expect(() => buildKnowledgeBase(data)).toThrow(/manifest\.yaml: dtcGeneric\.version/);
    });
  });
});

describe('DTC family files', () => {
  it('applies the template to the component, agreeing the French with its gender', () => {
    const { entries, problems } = parse(
      row(
        'P0100',
        'moteur',
        'test',
        'stuck',
        'stuck_open',
        'f pl',
        'vannes de test',
        'test valves',
      ),
      row(
        'P0101',
        'moteur',
        'test',
        'circuit',
        'circuit',
        'm',
        'injecteur de test',
        'test injector',
      ),
      row('P0102', 'moteur', 'test', 'condition', '', '', 'Titre écrit à la main', 'Hand title'),
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.title)).toEqual([
      { fr: 'Vannes de test bloquées en position ouverte', en: 'Test valves stuck open' },
      { fr: "Circuit de l'injecteur de test défaillant", en: 'Test injector circuit fault' },
      { fr: 'Titre écrit à la main', en: 'Hand title' },
    ]);
    expect(entries[2]).toEqual({
      code: 'P0102',
      title: { fr: 'Titre écrit à la main', en: 'Hand title' },
      system: 'moteur',
      subsystem: 'test',
      failure: 'condition',
    });
  });

  it('changes the title of every code that uses a component when its name changes', () => {
    const text = readFileSync(new URL('dtc/p0.tsv', DATA_DIR), 'utf8').replaceAll(
      '\tm\trégulateur de débit de carburant\t',
      '\tf\tpompe doseuse\t',
    );
    const problems: string[] = [];
    const entries = parseDtcFamily(p0, text, problems);
    expect(problems).toEqual([]);
    const titles = entries.filter((c) => /^P000[1-4]$/.test(c.code)).map((c) => c.title.fr);
    expect(titles).toEqual([
      'Circuit de commande de la pompe doseuse ouvert ou défaillant',
      'Circuit de commande de la pompe doseuse hors plage ou peu performant',
      'Circuit de commande de la pompe doseuse : niveau trop bas',
      'Circuit de commande de la pompe doseuse : niveau trop haut',
    ]);
  });

  it('names the file, line and code of each mistake and leaves the row out', () => {
    const { entries, problems } = parse(
      row('P0100', 'moteur', 'test', 'circuit', 'circuit', 'm', 'capteur', 'sensor'),
      row('P0200', 'moteur', 'test', 'stuck', 'circuit', 'm', 'capteur', 'sensor'),
      row('P0150', 'moteur', 'test', 'circuit', 'circuit', 'x', 'capteur', 'sensor'),
      row('P2000', 'engine', 'Test', 'circuit', 'nope', 'm', 'capteur', 'sensor'),
      row('P0300', 'moteur', 'test', 'circuit', '', 'm', ' Titre', 'Title'),
      row('P0400', 'moteur', 'test', 'circuit'),
      row('P0500', 'moteur', 'test', 'circuit', '', '', '"Titre"', 'Title'),
    );
    expect(entries.map((e) => e.code)).toEqual(['P0100']);
    expect(problems).toEqual([
      'p0.tsv:7: 4 columns instead of 8',
      'p0.tsv:8: quoted cell (save as tab-separated text without quotes)',
      'p0.tsv:3: P0200: failure "stuck", but template "circuit" gives "circuit"',
      'p0.tsv:4: P0150: out of order or repeated (after P0200)',
      'p0.tsv:4: P0150: gender must be one of m, f, m pl, f pl',
      'p0.tsv:5: P2000: belongs in another file (p0.tsv: P00xx–P09xx)',
      'p0.tsv:5: P2000: unknown system "engine"',
      'p0.tsv:5: P2000: subsystem "Test" is not lower_snake_case',
      'p0.tsv:5: P2000: unknown template "nope"',
      'p0.tsv:6: P0300: out of order or repeated (after P2000)',
      'p0.tsv:6: P0300: empty text or spaces around it',
      'p0.tsv:6: P0300: a gender is given for a component, but the row has no template',
    ]);
  });

  it('refuses a file whose header is not the documented one', () => {
    const problems: string[] = [];
    expect(parseDtcFamily(p0, 'code\ttitle\nP0100\tx\n', problems)).toEqual([]);
    expect(problems).toEqual([`p0.tsv:1: the header must be "${DTC_COLUMNS.join('<tab>')}"`]);
  });
});

describe('known problem files', () => {
  const codes: DtcEntry[] = ['C0031', 'C0032', 'C0033'].map((code, i) => ({
    code,
    title: { fr: `Capteur ${code}`, en: `Sensor ${code}` },
    system: 'freinage_abs',
    subsystem: i < 2 ? 'capteur_vitesse_roue' : 'autre',
    failure: i === 1 ? 'condition' : 'circuit',
  }));
  const problem = (match: string, extra = ''): string =>
    [
      '- id: test-problem',
      '  title: { fr: Titre, en: Title }',
      `  match: ${match}`,
      '  causes: [{ fr: Cause, en: Cause en, likelihood: 1 }]',
      '  checks: [{ fr: Contrôle, en: Check }]',
      '  parts: [capteur_abs]',
      '  labourHours: { min: 0.5, max: 1 }',
      extra,
    ].join('\n');
  const build = (text: string) => {
    const problems: string[] = [];
    const list = buildKnownProblems(['a.yaml'], () => text, codes, problems);
    return { list, problems };
  };

  it('selects codes of the table by subsystem and fills the defaults', () => {
    const { list, problems } = build(
      problem('{ codesAny: { subsystem: capteur_vitesse_roue, exceptFailures: [condition] } }'),
    );
    expect(problems).toEqual([]);
    expect(list[0]?.match).toEqual({ codesAny: ['C0031'] });
    expect(list[0]?.stopDriving).toBe(false);
    expect(list[0]?.flags).toEqual([]);
  });

  it('reports unknown codes, unknown keys and repeated ids', () => {
    expect(build(problem('{ codesAny: [C0099] }')).problems).toEqual([
      'a.yaml: test-problem: C0099 is not in the generic DTC table',
    ]);
    expect(build(problem('{ codesAny: [C0031], colour: red }')).problems).toEqual([
      'a.yaml: problem test-problem: match: Unrecognized key: "colour"',
    ]);
    const twice = `${problem('{ codesAll: [C0031] }')}\n${problem('{ codesAll: [C0032] }')}`;
    expect(build(twice).problems).toEqual(['a.yaml: test-problem: id used twice']);
  });

  it('turns a YAML syntax error into a problem of that file', () => {
    const { problems } = build('- id: [');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^a\.yaml: /);
  });
});
