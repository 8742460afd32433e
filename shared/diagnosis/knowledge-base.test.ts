import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDtc, isGenericCode } from './dtc-lookup';
import {
  DTC_CODE_PATTERN,
  KnowledgeBaseError,
  SYSTEMS,
  parseKnowledgeBase,
} from './knowledge-base';
import { knowledgeBaseFiles } from './test-support';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/diagnosis/${name}`, import.meta.url), 'utf8'));
const files = knowledgeBaseFiles(readJson);
const kb = parseKnowledgeBase(files);
const rawCodes = (
  files.dtcGeneric as {
    codes: { code: string; title: { fr: string; en: string }; system: string }[];
  }
).codes;

describe('knowledge base files', () => {
  it('every generic code is well formed, unique, titled in fr and en, with a valid system', () => {
    const seen = new Set<string>();
    for (const entry of rawCodes) {
      expect(entry.code).toMatch(DTC_CODE_PATTERN);
      expect(seen.has(entry.code), entry.code).toBe(false);
      seen.add(entry.code);
      expect(entry.title.fr.trim().length).toBeGreaterThan(5);
      expect(entry.title.en.trim().length).toBeGreaterThan(5);
      expect(SYSTEMS as readonly string[]).toContain(entry.system);
      expect(isGenericCode(entry.code), entry.code).toBe(true);
    }
    expect(kb.codes.size).toBe(rawCodes.length);
    expect(kb.codes.size).toBeGreaterThan(1400);
  });

  it('covers each generic block', () => {
    const perBlock = (prefix: string) => rawCodes.filter((c) => c.code.startsWith(prefix)).length;
    for (const prefix of [
      'P00',
      'P01',
      'P02',
      'P03',
      'P04',
      'P05',
      'P06',
      'P07',
      'P08',
      'P09',
      'P20',
      'P21',
      'P22',
      'P23',
      'P24',
      'P25',
      'P34',
      'U0',
      'U3',
      'B0',
      'C0',
    ]) {
      expect(perBlock(prefix), prefix).toBeGreaterThan(0);
    }
    expect(rawCodes.some((c) => /^P1|^P3[0-3]|^[BCU][12]/.test(c.code))).toBe(false);
  });

  it('writes French titles with correct agreement', () => {
    const fr = (code: string) => kb.codes.get(code)?.title.fr;
    expect(fr('P0101')).toBe("Débitmètre d'air hors plage ou peu performant");
    expect(fr('P2A00')).toContain(
      'Sonde lambda amont (banc 1, sonde 1) hors plage ou peu performante',
    );
    expect(fr('P0131')).toBe('Tension trop basse de la sonde lambda amont (banc 1, sonde 1)');
    expect(fr('P2421')).toContain('bloquée en position ouverte');
    expect(fr('P0301')).toBe('Ratés de combustion détectés sur le cylindre 1');
    for (const entry of rawCodes) {
      expect(entry.title.fr).not.toMatch(/Circuit du circuit|de le |de les |\s{2}|de la [aeiouéè]/);
    }
  });

  it('has at least 60 known problems, each with ordered causes, checks and coherent labour', () => {
    expect(kb.knownProblems.length).toBeGreaterThanOrEqual(60);
    for (const p of kb.knownProblems) {
      if (p.labourHours) expect(p.labourHours.max).toBeGreaterThanOrEqual(p.labourHours.min);
      for (const code of [...p.match.codesAll, ...p.match.codesAny]) {
        expect(kb.codes.has(code), `${p.id} mentions unlisted ${code}`).toBe(true);
      }
    }
    expect(kb.knownProblems.find((p) => p.id === 'overheating')?.stopDriving).toBe(true);
  });

  it('rejects invalid data with the offending file', () => {
    const bad = structuredClone(files) as { dtcGeneric: { codes: unknown[] } } & typeof files;
    bad.dtcGeneric.codes.push({
      code: 'P0301',
      title: { fr: 'x', en: 'y' },
      system: 'allumage',
      subsystem: 's',
      failure: 'misfire',
    });
    expect(() => parseKnowledgeBase(bad)).toThrow(KnowledgeBaseError);
    const wrongSystem = structuredClone(files) as {
      dtcGeneric: { codes: { system: string }[] };
    } & typeof files;
    const first = wrongSystem.dtcGeneric.codes[0];
    if (first) first.system = 'chassis';
    expect(() => parseKnowledgeBase(wrongSystem)).toThrow(/dtcGeneric/);
    expect(() =>
      parseKnowledgeBase({ ...files, criticalityRules: { version: '1.0.0', rules: [] } }),
    ).toThrow(/criticalityRules/);
  });
});

describe('describeDtc', () => {
  it('describes generic codes in both languages', () => {
    const d = describeDtc('p0301', kb, 'en');
    expect(d).toMatchObject({
      code: 'P0301',
      system: 'allumage',
      subsystem: 'rates_combustion',
      generic: true,
      listed: true,
    });
    expect(d?.title).toBe('Misfire detected on cylinder 1');
  });

  it('recognises manufacturer codes from their structure', () => {
    expect(describeDtc('P1300', kb, 'fr')).toMatchObject({
      generic: false,
      system: 'allumage',
      title: 'Code spécifique constructeur (système allumage)',
    });
    expect(describeDtc('P1171', kb, 'en')).toMatchObject({
      generic: false,
      system: 'injection_melange',
    });
    expect(describeDtc('P3000', kb, 'fr')).toMatchObject({ generic: false });
    expect(describeDtc('P3401', kb, 'fr')).toMatchObject({ generic: true, listed: true });
    expect(describeDtc('P1700', kb, 'fr')?.system).toBe('transmission');
    expect(describeDtc('C1234', kb, 'fr')).toMatchObject({
      generic: false,
      system: 'freinage_abs',
    });
    expect(describeDtc('B1001', kb, 'fr')).toMatchObject({
      generic: false,
      system: 'carrosserie_confort',
    });
    expect(describeDtc('U1000', kb, 'en')?.title).toBe(
      'Manufacturer-specific code (network/communication system)',
    );
    expect(describeDtc('P0XYZ', kb, 'fr')).toBeNull();
  });

  it('answers every listed code from the table, whatever its case', () => {
    for (const code of kb.codes.keys()) {
      const described = describeDtc(code.toLowerCase(), kb, 'fr');
      expect(described?.listed, code).toBe(true);
      expect(described?.title, code).toBe(kb.codes.get(code)?.title.fr);
    }
  });
});
