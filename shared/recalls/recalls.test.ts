import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrenchPeriod } from './period';
import { matchRecall, recallsForVehicle } from './recall-match';
import type { RecallRecord } from './recall-record';
import { isVehicleCategory, toRecallRecord, toRecallRecords } from './recall-record';
import { makeKeyOf, modelTokensOf } from './vehicle-keys';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const pad = (n: number) => String(n).padStart(2, '0');

describe('French period text', () => {
  it.each([
    ['Véhicules produits du 02/03/2014 au 27/11/2015', '2014-03-02', '2015-11-27'],
    ['Entre le 15 janvier 2015 et le 30 juin 2015', '2015-01-15', '2015-06-30'],
    ['Véhicules fabriqués de juin 2015 à février 2017', '2015-06-01', '2017-02-28'],
    ['2016 - 2017', '2016-01-01', '2017-12-31'],
    ['06/2019 - 02/2020', '2019-06-01', '2020-02-29'],
    ['Du 1er mars 2019 au 20 avril 2020', '2019-03-01', '2020-04-20'],
    ['Depuis le 01/01/2022', '2022-01-01', null],
    ["Jusqu'au 31/12/2018", null, '2018-12-31'],
    ['Commercialisé en 2018', '2018-01-01', '2018-12-31'],
    ['Date inconnue', null, null],
  ])('%s', (text, start, end) => {
    expect(parseFrenchPeriod(text)).toEqual({ start, end });
  });

  it('reads back any pair of dates written the usual French ways', () => {
    const day = fc
      .record({
        year: fc.integer({ min: 1990, max: 2030 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map((d) => ({ ...d, iso: `${d.year}-${pad(d.month)}-${pad(d.day)}` }));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 2 }), (a, b, style) => {
        const [from, to] = a.iso <= b.iso ? [a, b] : [b, a];
        const write = (d: typeof a) =>
          style === 0
            ? `${pad(d.day)}/${pad(d.month)}/${d.year}`
            : style === 1
              ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}`
              : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
        const parsed = parseFrenchPeriod(`Du ${write(from)} au ${write(to)}`);
        return parsed.start === from.iso && parsed.end === to.iso;
      }),
    );
  });
});

describe('makes and models', () => {
  it('folds spellings of a make to one key', () => {
    expect(makeKeyOf('Citroën')).toBe('citroen');
    expect(makeKeyOf('CITROEN')).toBe('citroen');
    expect(makeKeyOf('Mercedes-Benz')).toBe('mercedes');
    expect(makeKeyOf('VW')).toBe('volkswagen');
    expect(makeKeyOf('Peugeot (Stellantis)')).toBe('peugeot');
  });

  it('keeps model names and numbers, drops engines, bodies and the make', () => {
    expect(modelTokensOf('308 II 1.6 BlueHDi 120', 'Peugeot')).toEqual(['308', 'ii', '120']);
    expect(modelTokensOf('Peugeot 308, 3008, 5008 SW', 'Peugeot')).toEqual(['308', '3008', '5008']);
    expect(modelTokensOf('C3 (A51) 1.4i et 1.6 VTi')).toEqual(['c3', 'a51', '4i']);
  });
});

function record(partial: Partial<RecallRecord>): RecallRecord {
  return {
    reference: 'X-1',
    version: 1,
    category: 'Automobiles et moyens de déplacement',
    subcategory: 'Automobiles',
    make: 'Peugeot',
    makeKey: 'peugeot',
    models: '308',
    modelTokens: ['308'],
    identification: null,
    marketingPeriod: null,
    periodStart: '2014-03-02',
    periodEnd: '2015-11-27',
    reason: null,
    risks: null,
    actions: null,
    url: null,
    publishedAt: '2024-03-14',
    ...partial,
  };
}

describe('matching a vehicle', () => {
  const car = { make: 'PEUGEOT', model: '308 II 1.6 BlueHDi', year: 2015, vin: null };

  it('matches make, model and period; a year just outside still matches (truncated ranges)', () => {
    expect(matchRecall(record({}), car)).toEqual({
      level: 'model',
      sharedModels: ['308'],
      period: 'inside',
    });
    expect(matchRecall(record({}), { ...car, year: 2016 })?.level).toBe('model');
    expect(matchRecall(record({}), { ...car, year: 2019 })).toBeNull();
    expect(matchRecall(record({}), { ...car, year: null })?.period).toBe('unknown');
  });

  it('needs a model in common, not just a numeral', () => {
    expect(matchRecall(record({ modelTokens: ['3008'] }), car)).toBeNull();
    expect(matchRecall(record({ modelTokens: ['ii'] }), car)).toBeNull();
    expect(matchRecall(record({ modelTokens: [] }), car)?.level).toBe('make');
    expect(matchRecall(record({}), { ...car, make: 'Renault' })).toBeNull();
  });

  it('a notice listing the VIN matches whatever the period says', () => {
    const vin = 'VF3LCBHZ1FS123456';
    const listed = record({ identification: `VIN concernés : ${vin}, VF3LCBHZ1FS654321` });
    expect(matchRecall(listed, { ...car, vin, year: 2030 })?.level).toBe('vin');
    const ranked = recallsForVehicle([record({ reference: 'A' }), { ...listed, reference: 'B' }], {
      ...car,
      vin,
    });
    expect(ranked.map((r) => r.record.reference)).toEqual(['B', 'A']);
  });
});

describe('published records', () => {
  it('maps the rappelconso0 field names and keeps only vehicle categories', () => {
    const mapped = toRecallRecords([
      {
        reference_fiche: '2024-03-0101',
        ndeg_de_version: 2,
        categorie_de_produit: 'Automobiles et moyens de déplacement',
        nom_de_la_marque_du_produit: 'Citroën',
        noms_des_modeles_ou_references: 'C3',
        date_debut_fin_de_commercialisation: 'Du 01/09/2010 au 31/12/2013',
        lien_vers_la_fiche_rappel: 'https://rappel.conso.gouv.fr/fiche-rappel/1/Interne',
        date_de_publication: '2024-03-14T10:00:00+01:00',
      },
      { reference_fiche: '2024-03-0102', categorie_de_produit: 'Alimentation' },
      { categorie_de_produit: 'Automobiles' },
      'not an object',
    ]);
    expect(mapped.skipped).toBe(3);
    expect(mapped.records[0]).toMatchObject({
      reference: '2024-03-0101',
      version: 2,
      makeKey: 'citroen',
      modelTokens: ['c3'],
      periodStart: '2010-09-01',
      periodEnd: '2013-12-31',
      publishedAt: '2024-03-14',
    });
  });

  it('maps the V2 field names and the nested API v1 shape, and drops non-HTTP links', () => {
    const v2 = toRecallRecord({
      fields: {
        numero_fiche: '2025-01-0001',
        categorie_produit: 'Automobiles et moyens de déplacement',
        marque_produit: 'Renault',
        modeles_ou_references: 'Clio IV',
        date_debut_commercialisation: '2015-06-01',
        date_date_fin_commercialisation: '2017-02-28',
        risques_encourus: 'Chute',
        lien_vers_la_fiche_rappel: 'javascript:alert(1)',
      },
    });
    expect(v2.ok && v2.record).toMatchObject({
      reference: '2025-01-0001',
      makeKey: 'renault',
      modelTokens: ['clio', 'iv'],
      periodStart: '2015-06-01',
      periodEnd: '2017-02-28',
      risks: 'Chute',
      url: null,
    });
    expect(isVehicleCategory('AUTOMOBILES et moyens de transport')).toBe(true);
    expect(isVehicleCategory('Hygiène-Beauté')).toBe(false);
  });
});
