import { foldToAlphanumeric } from './text-folding';

/** The printed labels of Kbis, extrait K, RNE and RM extracts that the extractor keys on. */
export type KbisLabel =
  | 'numero_identification'
  | 'date_immatriculation'
  | 'numero_gestion'
  | 'denomination'
  | 'sigle'
  | 'nom_commercial'
  | 'enseigne'
  | 'forme_juridique'
  | 'capital'
  | 'adresse_siege'
  | 'activites_principales'
  | 'activite_principale'
  | 'duree'
  | 'cloture'
  | 'nom_prenoms'
  | 'naissance'
  | 'nationalite'
  | 'domicile'
  | 'adresse_etablissement'
  | 'activites_exercees'
  | 'date_commencement'
  | 'date_debut_activite'
  | 'origine'
  | 'mode_exploitation'
  | 'siren'
  | 'siret'
  | 'code_ape'
  | 'immatriculation_rm'
  | 'immatriculation_rcs'
  | 'nature_activite'
  | 'nom_naissance'
  | 'nom_usage'
  | 'prenoms'
  | 'date_naissance'
  | 'lieu_naissance'
  | 'qualite'
  | 'adresse'
  | 'code_verification';

interface LabelSpelling {
  label: KbisLabel;
  folded: string;
  wordCount: number;
}

const LABEL_SPELLINGS: Record<KbisLabel, string[]> = {
  numero_identification: ["Numéro d'identification"],
  date_immatriculation: ["Date d'immatriculation", "Date d'immatriculation au RCS"],
  numero_gestion: ['Numéro de gestion'],
  denomination: ['Dénomination', 'Dénomination sociale', 'Raison sociale'],
  // "Sigie" is how tesseract reads "Sigle" on blurred scans; five letters leave no room for fuzziness.
  sigle: ['Sigle', 'Sigie'],
  nom_commercial: ['Nom commercial'],
  enseigne: ['Enseigne'],
  forme_juridique: ['Forme juridique'],
  capital: ['Capital social', 'Capital variable', 'Capital social variable'],
  adresse_siege: ['Adresse du siège', 'Siège social', 'Adresse du siège social'],
  activites_principales: ['Activités principales', 'Activité principale de la personne morale'],
  activite_principale: ['Activité principale'],
  duree: ['Durée de la personne morale'],
  cloture: ["Date de clôture de l'exercice social"],
  nom_prenoms: ['Nom, prénoms', 'Nom et prénoms'],
  naissance: ['Date et lieu de naissance'],
  nationalite: ['Nationalité'],
  domicile: ['Domicile personnel'],
  adresse_etablissement: ["Adresse de l'établissement"],
  activites_exercees: ['Activité(s) exercée(s)', 'Activités exercées'],
  date_commencement: ["Date de commencement d'activité"],
  date_debut_activite: ["Date de début d'activité", "Date de début d'exploitation"],
  origine: ["Origine du fonds ou de l'activité"],
  mode_exploitation: ["Mode d'exploitation"],
  siren: ['SIREN', 'N° SIREN', 'Numéro SIREN'],
  siret: ['SIRET', 'N° SIRET', 'Numéro SIRET'],
  code_ape: ['Code APE', 'Code NAF', 'Code APE/NAF', 'Code NAF/APE'],
  immatriculation_rm: ['Immatriculation au Répertoire des Métiers', 'Immatriculation au RM'],
  immatriculation_rcs: ['Immatriculation au RCS'],
  nature_activite: ["Nature de l'activité"],
  nom_naissance: ['Nom de naissance'],
  nom_usage: ["Nom d'usage"],
  prenoms: ['Prénoms', 'Prénom'],
  date_naissance: ['Date de naissance'],
  lieu_naissance: ['Lieu de naissance'],
  qualite: ['Qualité'],
  adresse: ['Adresse'],
  code_verification: ['Code de vérification'],
};

const ALL_SPELLINGS: LabelSpelling[] = Object.entries(LABEL_SPELLINGS).flatMap(
  ([label, spellings]) =>
    spellings.map((spelling) => ({
      label: label as KbisLabel,
      folded: foldToAlphanumeric(spelling),
      wordCount: spelling.split(/\s+/).length,
    })),
);

export function labelSpellings(): readonly LabelSpelling[] {
  return ALL_SPELLINGS;
}

/** How many edits a label of this folded length tolerates: OCR drops accents and swaps l/i. */
export function allowedLabelEdits(foldedLength: number): number {
  if (foldedLength <= 5) return 0;
  if (foldedLength <= 8) return 1;
  return Math.max(2, Math.round(foldedLength * 0.17));
}

export type KbisSection = 'header' | 'company' | 'person' | 'management' | 'establishment';

/** Section headings, folded; the first words suffice and tolerate a garbled end. */
export const SECTION_HEADINGS: { folded: string; section: KbisSection }[] = [
  {
    folded: foldToAlphanumeric('Renseignements relatifs à la personne morale'),
    section: 'company',
  },
  {
    folded: foldToAlphanumeric('Renseignements relatifs à la personne physique'),
    section: 'person',
  },
  { folded: foldToAlphanumeric('Gestion, direction, administration'), section: 'management' },
  {
    folded: foldToAlphanumeric("Renseignements relatifs à l'activité"),
    section: 'establishment',
  },
  { folded: foldToAlphanumeric("Identité de l'entreprise"), section: 'company' },
  { folded: foldToAlphanumeric("Identité de l'entrepreneur"), section: 'person' },
  { folded: foldToAlphanumeric('Établissement principal'), section: 'establishment' },
  { folded: foldToAlphanumeric('Dirigeants'), section: 'management' },
];

/** Legal forms as printed on extracts; OCR output close to one of them is snapped to it. */
export const LEGAL_FORMS: readonly string[] = [
  'Société à responsabilité limitée',
  'Société à responsabilité limitée à associé unique',
  'Entreprise unipersonnelle à responsabilité limitée',
  'Société par actions simplifiée',
  'Société par actions simplifiée unipersonnelle',
  'Société par actions simplifiée à associé unique',
  'Société anonyme',
  "Société anonyme à conseil d'administration",
  'Société anonyme à directoire et conseil de surveillance',
  'Société en nom collectif',
  'Société en commandite simple',
  'Société en commandite par actions',
  'Société civile',
  'Société civile immobilière',
  'Société coopérative ouvrière de production',
  "Société d'exercice libéral à responsabilité limitée",
  "Groupement d'intérêt économique",
  'Entrepreneur individuel',
  'Entreprise individuelle',
  'Commerçant',
  'Artisan',
];

/** Officer titles as printed; OCR output close to one of them is snapped to it. */
export const OFFICER_ROLES: readonly string[] = [
  'Président',
  'Directeur général',
  'Directeur général délégué',
  'Directeur général unique',
  'Gérant',
  'Co-gérant',
  'Cogérant',
  'Gérant associé',
  'Associé unique',
  'Associé',
  "Président du conseil d'administration",
  'Président-directeur général',
  'Administrateur',
  'Président du directoire',
  'Membre du directoire',
  'Président du conseil de surveillance',
  'Membre du conseil de surveillance',
  'Commissaire aux comptes titulaire',
  'Commissaire aux comptes suppléant',
  'Liquidateur',
  'Représentant permanent',
  'Entrepreneur individuel',
];
