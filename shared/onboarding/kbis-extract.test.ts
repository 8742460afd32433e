import { describe, expect, it } from 'vitest';
import { extractKbisFields, matchLabel, parseCapital, splitPersonName } from './kbis-extract';

// A Kbis as OCR returns it: two columns on one line, wrapped activity, an SA with an auditor.
const SA_KBIS = `
Greffe du Tribunal de Commerce de LYON
Code de vérification : K7MPQ3RT9W
Extrait Kbis
EXTRAIT D'IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIETES
à jour au 3 septembre 2026
Numéro d'identification : 732 829 320 R.C.S. Lyon
Date d'immatriculation : 12/01/2004
Numéro de gestion : 2004 B 01234
RENSEIGNEMENTS RELATIFS A LA PERSONNE MORALE
Dénomination                 GARAGE DU RHONE
Sigle                        GDR
Forme juridique              Société anonyme à conseil d'administration
Capital social               250 000,00 Euros
Adresse du siège             8 quai Perrache 69002 Lyon
Activités principales        Réparation de véhicules automobiles,
                             vente de pièces détachées et
                             d'accessoires
Durée de la personne morale  Jusqu'au 11/01/2103
GESTION, DIRECTION, ADMINISTRATION, CONTROLE, ASSOCIES OU MEMBRES
Président du conseil d'administration
Nom, prénoms                 DE LA FONTAINE Jean Marie
Date et lieu de naissance    Le 01/02/1960 à Lyon (69)
Directeur général
Nom, prénoms                 MARTIN Claire
Commissaire aux comptes titulaire
Dénomination                 AUDIT CONSEIL RHONE
Forme juridique              Société par actions simplifiée
Adresse                      3 rue de la Bourse 69002 Lyon
RENSEIGNEMENTS RELATIFS A L'ACTIVITE ET A L'ETABLISSEMENT PRINCIPAL
Adresse de l'établissement   10 rue Garibaldi 69003 Lyon
Date de commencement d'activité   05/01/2004
`;

describe('extractKbisFields on a Kbis', () => {
  const { fields, recognised } = extractKbisFields(SA_KBIS);

  it('recognises the document and reads the identification block', () => {
    expect(recognised).toBe(true);
    expect(fields.document_type.value).toBe('kbis');
    expect(fields.siren.value).toBe('732829320');
    expect(fields.rcs.value).toBe('732 829 320 R.C.S. Lyon');
    expect(fields.greffe.value).toBe('Lyon');
    expect(fields.numero_gestion.value).toBe('2004 B 01234');
    expect(fields.date_immatriculation.value).toBe('2004-01-12');
    expect(fields.date_extrait.value).toBe('2026-09-03');
    expect(fields.code_verification.value).toBe('K7MPQ3RT9W');
  });

  it('keeps the company fields and ignores the auditor block', () => {
    expect(fields.denomination.value).toBe('GARAGE DU RHONE');
    expect(fields.forme_juridique.value).toBe("Société anonyme à conseil d'administration");
    expect(fields.capital.value).toEqual({ amount: 250000, currency: 'EUR' });
    expect(fields.adresse_siege.value).toBe('8 quai Perrache 69002 Lyon');
    expect(fields.sigle.value).toBe('GDR');
    expect(fields.date_debut_activite.value).toBe('2004-01-05');
  });

  it('joins wrapped activity lines with single spaces', () => {
    expect(fields.activite.value).toBe(
      "Réparation de véhicules automobiles, vente de pièces détachées et d'accessoires",
    );
  });

  it('lists the natural-person officers with multi-word surnames and their roles', () => {
    expect(fields.dirigeants.value).toEqual([
      {
        nom: 'DE LA FONTAINE',
        prenoms: 'Jean Marie',
        role: "Président du conseil d'administration",
      },
      { nom: 'MARTIN', prenoms: 'Claire', role: 'Directeur général' },
    ]);
  });

  it('gives every found field a confidence in 0–1 and null fields 0', () => {
    for (const field of Object.values(fields)) {
      expect(field.confidence).toBeGreaterThanOrEqual(0);
      expect(field.confidence).toBeLessThanOrEqual(1);
    }
    expect(fields.siret_siege).toEqual({ value: null, confidence: 0 });
    expect(fields.code_ape.value).toBeNull();
  });
});

describe('OCR noise', () => {
  const NOISY = `
‘ Greffe du Tribunal de Commerce de TOURS
Extrait Kbis
“à jour au 2 novembré 2026
Lu Numéro d'identification :  885 51O 9O9 R. C. S.  Tours    2e
Date d'immatriculatlon : 24/O8/2020
Numero de gestion : 2020 8 01452
RENSEIGNEMENTS RELATIFS ALA PERSONNE MO TT
5 Denomination    |    BOULANGERIE DES TANNEURS |        CRE ETES
Forme jurldique         - Societe a responsabilite limitee
Capitai social          7 500.00 euros
Adresse dusiège      31 rue Colbert 37000 Tours
Activites principaies      Boulangerie, pâtisserie,
viennoiserie
GESTION, DIRECTION, ADMINISTRATION, CONTROLE, ASSOCIES OU MEMMRs
Gérant.
Nom, prénoms -    ‘     a   _    DELAUNAY Pauline jeanne        el
`;
  const { fields } = extractKbisFields(NOISY);

  it('repairs look-alike digits, missing accents, merged words and specks', () => {
    expect(fields.siren.value).toBe('885510909');
    expect(fields.rcs.value).toBe('885 510 909 R.C.S. Tours');
    expect(fields.date_immatriculation.value).toBe('2020-08-24');
    expect(fields.numero_gestion.value).toBe('2020 B 01452');
    expect(fields.denomination.value).toBe('BOULANGERIE DES TANNEURS');
    expect(fields.forme_juridique.value).toBe('Société à responsabilité limitée');
    expect(fields.capital.value).toEqual({ amount: 7500, currency: 'EUR' });
    expect(fields.adresse_siege.value).toBe('31 rue Colbert 37000 Tours');
    expect(fields.activite.value).toBe('Boulangerie, pâtisserie, viennoiserie');
    expect(fields.date_extrait.value).toBe('2026-11-02');
    expect(fields.dirigeants.value).toEqual([
      { nom: 'DELAUNAY', prenoms: 'Pauline Jeanne', role: 'Gérant' },
    ]);
  });

  it('lowers the confidence of repaired values', () => {
    expect(fields.siren.confidence).toBeLessThan(0.97);
    expect(fields.siren.confidence).toBeGreaterThan(0.5);
  });
});

describe('RNE extract of an entrepreneur individuel', () => {
  const RNE = `
Institut national de la propriété industrielle          Entreprise individuelle
Registre national des entreprises (RNE)
Extrait du Registre national des entreprises
à jour au 12/11/2026
SIREN : 732 829 320
Immatriculation au Répertoire des Métiers : 732 829 320 RM 69
Date d'immatriculation : 05/03/2018
IDENTITE DE L'ENTREPRISE
Nom, prénoms                 LE BRIS Anne Sophie
Nom commercial               GARAGE LE BRIS
Forme juridique              Entrepreneur individuel
Activité principale          Entretien et réparation de véhicules automobiles légers
Code APE                     45.20A - Entretien et réparation de véhicules automobiles légers
Adresse du siège             2 chemin des Vignes 69380 Lozanne
Date de début d'activité     01/03/2018
ETABLISSEMENT PRINCIPAL
SIRET                        732 829 320 00074
`;
  const { fields } = extractKbisFields(RNE);

  it('reads the RNE fields, with the person as dénomination and officer', () => {
    expect(fields.document_type.value).toBe('rne');
    expect(fields.siren.value).toBe('732829320');
    expect(fields.siret_siege.value).toBe('73282932000074');
    expect(fields.rcs.value).toBeNull();
    expect(fields.numero_gestion.value).toBeNull();
    expect(fields.denomination.value).toBe('LE BRIS Anne Sophie');
    expect(fields.sigle.value).toBe('GARAGE LE BRIS');
    expect(fields.capital.value).toBeNull();
    expect(fields.code_ape.value).toBe('4520A');
    expect(fields.date_extrait.value).toBe('2026-11-12');
    expect(fields.date_debut_activite.value).toBe('2018-03-01');
    expect(fields.dirigeants.value).toEqual([
      { nom: 'LE BRIS', prenoms: 'Anne Sophie', role: 'Entrepreneur individuel' },
    ]);
  });
});

describe('documents that are not extracts', () => {
  it('does not recognise an invoice', () => {
    const { recognised, fields } = extractKbisFields(
      'FACTURE N° 2024-001\nVidange 89,00 €\nTotal TTC 106,80 €',
    );
    expect(recognised).toBe(false);
    expect(fields.document_type.value).toBe('unknown');
  });
});

describe('helpers', () => {
  it('matches labels fuzzily and prefers the longer label', () => {
    expect(matchLabel('Adresse du siège   1 rue X')?.label).toBe('adresse_siege');
    expect(matchLabel('Adresse   1 rue X')?.label).toBe('adresse');
    expect(matchLabel('Activitéis) exercéeis)   Vente')?.label).toBe('activites_exercees');
    expect(matchLabel('Président')).toBeNull();
  });

  it('parses capital amounts with either decimal mark', () => {
    expect(parseCapital('20 000,00 Euros')).toEqual({ amount: 20000, currency: 'EUR' });
    expect(parseCapital('120 000.00 Euros')).toEqual({ amount: 120000, currency: 'EUR' });
    expect(parseCapital('1.000.000,50 €')).toEqual({ amount: 1000000.5, currency: 'EUR' });
    expect(parseCapital('néant')).toBeNull();
  });

  it('splits names on the uppercase surname', () => {
    expect(splitPersonName('LE GOFF Yannick Pierre')).toEqual({
      nom: 'LE GOFF',
      prenoms: 'Yannick Pierre',
    });
    expect(splitPersonName("D'ALMEIDA-COSTA Maëlle")).toEqual({
      nom: "D'ALMEIDA-COSTA",
      prenoms: 'Maëlle',
    });
  });
});
