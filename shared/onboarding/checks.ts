import { addMonths, daysBetween, formatFrenchDate } from './french-dates';
import { checkSiren, checkSiret } from './siren';
import { foldToAlphanumeric, similarity } from './text-folding';
import type { BilingualMessage, CheckId, CheckStatus, KbisFields, OnboardingCheck } from './types';

export const DEFAULT_RECENCY_MONTHS = 3;

/** What the file's own metadata says, for the anti-fraud checks. */
export interface PdfProvenance {
  producer: string | null;
  creator: string | null;
  creationDate: string | null;
  modificationDate: string | null;
  /** Distinct fonts of the text layer; empty for a scanned PDF. */
  fontNames: readonly string[];
  hasTextLayer: boolean;
  /**
   * Saves appended after the file's first version (incremental updates), not counting
   * linearization or signatures. Absent from results stored before it was measured.
   */
  incrementalUpdates?: number;
  /** Every Producer and Creator named by any revision's Info and by the XMP metadata. */
  tools?: readonly string[];
}

export interface ImageProvenance {
  /** EXIF `Software` or XMP `CreatorTool`, when present. */
  software: string | null;
}

export interface OfflineCheckContext {
  /** "Today" as an ISO date; injected so results are reproducible. */
  today: string;
  recencyMonths?: number;
  /** SIRENs already onboarded on this installation. */
  onboardedSirens?: Iterable<string>;
  pdf?: PdfProvenance | null;
  image?: ImageProvenance | null;
}

function check(id: CheckId, status: CheckStatus, fr: string, en: string): OnboardingCheck {
  return { id, status, message: { fr, en } };
}

function sirenLuhnCheck(fields: KbisFields): OnboardingCheck {
  const siren = fields.siren.value;
  if (siren === null) {
    return check(
      'siren_luhn',
      'failed',
      'Numéro SIREN introuvable sur le document.',
      'No SIREN number found on the document.',
    );
  }
  const result = checkSiren(siren);
  return result.valid
    ? check(
        'siren_luhn',
        'ok',
        `SIREN ${siren} : clé de contrôle valide.`,
        `SIREN ${siren}: valid check digit.`,
      )
    : { id: 'siren_luhn', status: 'failed', message: result.message };
}

function siretLuhnCheck(fields: KbisFields): OnboardingCheck | null {
  const siret = fields.siret_siege.value;
  if (siret === null) return null;
  const result = checkSiret(siret);
  if (!result.valid) return { id: 'siret_luhn', status: 'failed', message: result.message };
  const laPoste = result.rule === 'la_poste' ? ' (règle particulière de La Poste)' : '';
  const laPosteEn = result.rule === 'la_poste' ? " (La Poste's special rule)" : '';
  return check(
    'siret_luhn',
    'ok',
    `SIRET ${siret} : clé valide${laPoste}.`,
    `SIRET ${siret}: valid check digit${laPosteEn}.`,
  );
}

const NO_LEGAL_EXPIRY_FR =
  "Un extrait Kbis n'a pas de durée de validité légale ; l'usage (banques, assureurs, plateformes) est d'exiger moins de";
const NO_LEGAL_EXPIRY_EN =
  'A Kbis extract has no legal expiry; market practice (banks, insurers, platforms) is to require one less than';

/** The extract must be recent: a policy (3 months by default), not a legal rule, and the message says so. */
export function recencyCheck(
  dateExtrait: string | null,
  today: string,
  months = DEFAULT_RECENCY_MONTHS,
): OnboardingCheck {
  const policyFr = `${NO_LEGAL_EXPIRY_FR} ${months} mois.`;
  const policyEn = `${NO_LEGAL_EXPIRY_EN} ${months} months old.`;
  if (dateExtrait === null) {
    return check(
      'recency',
      'warning',
      `Date de l'extrait (« à jour au ») introuvable. ${policyFr}`,
      `Extract date ("à jour au") not found. ${policyEn}`,
    );
  }
  if (daysBetween(today, dateExtrait) > 1) {
    return check(
      'recency',
      'warning',
      `L'extrait est daté du ${formatFrenchDate(dateExtrait)}, dans le futur : date incohérente.`,
      `The extract is dated ${dateExtrait}, in the future: inconsistent date.`,
    );
  }
  const limit = addMonths(dateExtrait, months);
  const age = daysBetween(dateExtrait, today);
  const printed = formatFrenchDate(dateExtrait);
  if (limit < today) {
    return check(
      'recency',
      'warning',
      `Extrait à jour au ${printed}, il y a ${age} jours : plus de ${months} mois. Demandez un extrait récent. ${policyFr}`,
      `Extract dated ${dateExtrait}, ${age} days ago: older than ${months} months. Ask for a recent one. ${policyEn}`,
    );
  }
  return check(
    'recency',
    'ok',
    `Extrait à jour au ${printed} (${age} jours). ${policyFr}`,
    `Extract dated ${dateExtrait} (${age} days old). ${policyEn}`,
  );
}

function rcsSirenMatchCheck(fields: KbisFields): OnboardingCheck | null {
  const rcs = fields.rcs.value;
  const siren = fields.siren.value;
  if (rcs === null) return null;
  const rcsDigits = rcs.replace(/\D/g, '').slice(0, 9);
  if (siren !== null && rcsDigits === siren) {
    return check(
      'rcs_siren_match',
      'ok',
      'Le numéro RCS reprend bien le SIREN.',
      'The RCS number carries the SIREN.',
    );
  }
  return check(
    'rcs_siren_match',
    'failed',
    `Le numéro RCS (${rcsDigits}) ne correspond pas au SIREN (${siren ?? '—'}).`,
    `The RCS number (${rcsDigits}) does not match the SIREN (${siren ?? '—'}).`,
  );
}

const AUTOMOTIVE_KEYWORDS = [
  'automobile',
  'vehicule',
  'garage',
  'mecanique',
  'carrosserie',
  'pneumatique',
  'pneu',
  'depannage',
  'remorquage',
  'motocycle',
  'moto',
  'poids lourd',
  'controle technique',
  'vidange',
  'pare-brise',
  'vitrage auto',
];

/** NAF 45.20A/B is car repair; the rest of division 45 (trade, parts, motorcycles) is related. */
export function isAutomotiveActivity(codeApe: string | null, activite: string | null): boolean {
  if (codeApe !== null && /^45\d{2}[A-Z]$/.test(codeApe.replace('.', ''))) return true;
  const folded = (activite ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return AUTOMOTIVE_KEYWORDS.some((keyword) => folded.includes(keyword));
}

function activityCheck(fields: KbisFields): OnboardingCheck {
  const code = fields.code_ape.value;
  if (isAutomotiveActivity(code, fields.activite.value)) {
    return check(
      'activity_automotive',
      'ok',
      "L'activité déclarée relève de l'entretien, la réparation ou le commerce automobile.",
      'The declared activity is vehicle maintenance, repair or trade.',
    );
  }
  return check(
    'activity_automotive',
    'warning',
    `L'activité déclarée ne semble pas automobile${code ? ` (code APE ${code})` : ''} : attendu NAF 45.20A/45.20B ou proche. Signalé pour vérification, pas bloquant.`,
    `The declared activity does not look automotive${code ? ` (APE code ${code})` : ''}: expected NAF 45.20A/45.20B or related. Flagged for review, not blocking.`,
  );
}

function duplicateCheck(
  fields: KbisFields,
  onboarded: Iterable<string> | undefined,
): OnboardingCheck {
  const siren = fields.siren.value;
  const known = new Set(onboarded ?? []);
  if (siren !== null && known.has(siren)) {
    return check(
      'duplicate_siren',
      'failed',
      `Une entreprise de SIREN ${siren} est déjà inscrite sur cette installation.`,
      `A company with SIREN ${siren} is already onboarded on this installation.`,
    );
  }
  return check(
    'duplicate_siren',
    'ok',
    'SIREN pas encore inscrit ici.',
    'SIREN not onboarded here yet.',
  );
}

// General-purpose PDF editors and word processors: an official extract never passes through them.
const GENERIC_PDF_EDITORS =
  /acrobat(?!.*distiller)|pdf\s*editor|pdfelement|foxit|nitro|smallpdf|ilovepdf|sejda|pdfescape|pdf24|pdf-xchange|libreoffice|openoffice|microsoft.*word|\bword\b|inkscape|illustrator|photoshop|gimp|canva|preview|aper[çc]u|quartz pdfcontext|pdfsam|pdf expert|master pdf|qpdf|pypdf|itext|pdftk|foxit phantom/i;

// Raster editors that should not appear on a scan or a photo of a paper extract.
const IMAGE_EDITORS =
  /photoshop|gimp|lightroom|pixelmator|affinity|paint\.?net|\bpaint\b|snapseed|canva|photoscape|picsart|fotor|krita|photopea|facetune|luminar|capture one|darktable|rawtherapee/i;

const HOUR_MS = 3_600_000;
/**
 * Registry software stamps CreationDate and ModDate together. A producer that writes one in
 * local time and the other in UTC shifts them by hours, so a date gap alone counts from a
 * day; with an editing tool in the metadata, from a minute.
 */
const DATE_GAP_ALONE_MS = 24 * HOUR_MS;
const DATE_GAP_WITH_TOOL_MS = 60_000;

function modificationGapMs(pdf: PdfProvenance): number | null {
  if (!pdf.creationDate || !pdf.modificationDate) return null;
  const gap = Date.parse(pdf.modificationDate) - Date.parse(pdf.creationDate);
  return Number.isFinite(gap) ? gap : null;
}

/**
 * The PDF's own metadata and structure, looked at for signs of editing: a general-purpose
 * editor named as Producer or Creator (in any revision or in XMP), a modification date well
 * after the creation date, saves appended after the first version. Each is a warning that
 * lowers the trust level; none refuses the document.
 */
export function pdfEditedCheck(pdf: PdfProvenance): OnboardingCheck {
  const named = [pdf.producer, pdf.creator, ...(pdf.tools ?? [])];
  const tool = named.find((t): t is string => t !== null && GENERIC_PDF_EDITORS.test(t)) ?? null;
  const signs: BilingualMessage[] = [];
  if (tool !== null) {
    signs.push({
      fr: `produit ou enregistré avec un éditeur générique (« ${tool} »)`,
      en: `produced or saved with a generic editor ("${tool}")`,
    });
  }
  const gap = modificationGapMs(pdf);
  if (gap !== null && gap > (tool !== null ? DATE_GAP_WITH_TOOL_MS : DATE_GAP_ALONE_MS)) {
    const created = pdf.creationDate?.slice(0, 10) ?? '';
    const modified = pdf.modificationDate?.slice(0, 10) ?? '';
    const days = Math.floor(gap / (24 * HOUR_MS));
    signs.push(
      days >= 1
        ? {
            fr: `modifié le ${modified}, ${days} jour${days > 1 ? 's' : ''} après sa création le ${created}`,
            en: `modified on ${modified}, ${days} day${days > 1 ? 's' : ''} after its creation on ${created}`,
          }
        : {
            fr: `modifié ${Math.max(1, Math.round(gap / 60_000))} min après sa création`,
            en: `modified ${Math.max(1, Math.round(gap / 60_000))} min after its creation`,
          },
    );
  }
  const updates = pdf.incrementalUpdates ?? 0;
  if (updates > 0) {
    signs.push({
      fr: `enregistré de nouveau ${updates} fois après sa version d'origine (mises à jour incrémentales)`,
      en: `saved again ${updates} time${updates > 1 ? 's' : ''} after its original version (incremental updates)`,
    });
  }
  if (signs.length > 0) {
    return check(
      'pdf_edited',
      'warning',
      `Le PDF porte des signes de modification : ${signs.map((s) => s.fr).join(' ; ')}. Possible retouche : comparez avec un extrait téléchargé vous-même.`,
      `The PDF shows signs of editing: ${signs.map((s) => s.en).join('; ')}. Possibly altered: compare with an extract you download yourself.`,
    );
  }
  return check(
    'pdf_edited',
    'ok',
    'Les métadonnées et la structure du PDF ne montrent pas de modification après création.',
    'The PDF metadata and structure show no modification after creation.',
  );
}

function textLayerCheck(pdf: PdfProvenance): OnboardingCheck | null {
  if (!pdf.hasTextLayer) return null;
  const families = new Set(pdf.fontNames);
  const wordProcessor = [pdf.producer, pdf.creator].find(
    (t) => t !== null && /word|libreoffice|openoffice|writer|pages|google docs/i.test(t),
  );
  if (wordProcessor) {
    return check(
      'text_layer_consistency',
      'warning',
      `Le PDF a été produit par un traitement de texte (« ${wordProcessor} »), pas par un greffe.`,
      `The PDF was produced by a word processor ("${wordProcessor}"), not by a registry.`,
    );
  }
  // Registry extracts are typeset with one family in two or three weights; a patched value brings its own font.
  if (families.size > 4) {
    return check(
      'text_layer_consistency',
      'warning',
      `La couche texte utilise ${families.size} polices : inhabituel pour un extrait officiel.`,
      `The text layer uses ${families.size} fonts: unusual for an official extract.`,
    );
  }
  return check(
    'text_layer_consistency',
    'ok',
    'Couche texte cohérente avec un extrait officiel.',
    'Text layer consistent with an official extract.',
  );
}

export function imageEditedCheck(image: ImageProvenance): OnboardingCheck {
  if (image.software !== null && IMAGE_EDITORS.test(image.software)) {
    return check(
      'image_edited',
      'warning',
      `Les métadonnées de l'image indiquent un logiciel de retouche (« ${image.software} »).`,
      `The image metadata names an image editor ("${image.software}").`,
    );
  }
  return check(
    'image_edited',
    'ok',
    "Aucun logiciel de retouche dans les métadonnées de l'image.",
    'No image editor in the image metadata.',
  );
}

/** Every check that needs no network, in a stable order. */
export function runOfflineChecks(
  fields: KbisFields,
  context: OfflineCheckContext,
): OnboardingCheck[] {
  const checks: (OnboardingCheck | null)[] = [
    sirenLuhnCheck(fields),
    siretLuhnCheck(fields),
    rcsSirenMatchCheck(fields),
    recencyCheck(fields.date_extrait.value, context.today, context.recencyMonths),
    activityCheck(fields),
    duplicateCheck(fields, context.onboardedSirens),
    context.pdf ? pdfEditedCheck(context.pdf) : null,
    context.pdf ? textLayerCheck(context.pdf) : null,
    context.image ? imageEditedCheck(context.image) : null,
  ];
  return checks.filter((c): c is OnboardingCheck => c !== null);
}

/** The registry's view of a company, independent of the API that supplied it. */
export interface RegistryCompany {
  siren: string;
  name: string;
  active: boolean;
  headOfficeAddress: string | null;
  /** NAF code without the dot, e.g. "4520A". */
  nafCode: string | null;
}

export type RegistryOutcome =
  | { kind: 'unreachable'; reason: string }
  | { kind: 'not_found' }
  | { kind: 'found'; company: RegistryCompany };

function namesMatch(document: string, registry: string): boolean {
  const a = foldToAlphanumeric(document);
  const b = foldToAlphanumeric(registry);
  if (a.length === 0 || b.length === 0) return false;
  // The registry's nom_complet appends the sigle in brackets: containment counts as a match.
  return a === b || b.includes(a) || a.includes(b) || similarity(a, b) >= 0.85;
}

function addressesMatch(document: string, registry: string): boolean {
  const postcode = (text: string): string | undefined => /\b\d{5}\b/.exec(text)?.[0];
  const streetNumber = (text: string): string | undefined => /^\s*(\d+)/.exec(text)?.[1];
  if (postcode(document) !== postcode(registry)) return false;
  if (streetNumber(document) !== streetNumber(registry)) return false;
  const a = foldToAlphanumeric(document.replace(/\b\d{5}\b.*/, ''));
  const b = foldToAlphanumeric(registry.replace(/\b\d{5}\b.*/, ''));
  return a === b || b.includes(a) || a.includes(b) || similarity(a, b) >= 0.7;
}

/** Compares the document with the registry: exists, active, name, head-office address, NAF. */
export function registryCheck(fields: KbisFields, outcome: RegistryOutcome): OnboardingCheck {
  if (outcome.kind === 'unreachable') {
    return check(
      'registry',
      'pending',
      'Registre des entreprises injoignable : la vérification sera refaite automatiquement dès le retour du réseau.',
      'Company registry unreachable: the check will be retried automatically when the network is back.',
    );
  }
  const siren = fields.siren.value ?? '—';
  if (outcome.kind === 'not_found') {
    return check(
      'registry',
      'failed',
      `Le SIREN ${siren} est inconnu du registre des entreprises.`,
      `SIREN ${siren} is unknown to the company registry.`,
    );
  }
  const company = outcome.company;
  if (!company.active) {
    return check(
      'registry',
      'failed',
      `Le registre indique que l'entreprise ${company.name} (SIREN ${company.siren}) est fermée.`,
      `The registry says the company ${company.name} (SIREN ${company.siren}) is closed.`,
    );
  }
  const mismatches: BilingualMessage[] = [];
  const denomination = fields.denomination.value;
  if (denomination !== null && !namesMatch(denomination, company.name)) {
    mismatches.push({
      fr: `dénomination « ${denomination} » ≠ « ${company.name} »`,
      en: `name "${denomination}" ≠ "${company.name}"`,
    });
  }
  const address = fields.adresse_siege.value;
  if (
    address !== null &&
    company.headOfficeAddress !== null &&
    !addressesMatch(address, company.headOfficeAddress)
  ) {
    mismatches.push({
      fr: `adresse du siège « ${address} » ≠ « ${company.headOfficeAddress} »`,
      en: `head-office address "${address}" ≠ "${company.headOfficeAddress}"`,
    });
  }
  const documentNaf = fields.code_ape.value;
  if (documentNaf !== null && company.nafCode !== null && documentNaf !== company.nafCode) {
    mismatches.push({
      fr: `code APE ${documentNaf} ≠ ${company.nafCode}`,
      en: `APE code ${documentNaf} ≠ ${company.nafCode}`,
    });
  } else if (company.nafCode !== null && !company.nafCode.startsWith('45')) {
    mismatches.push({
      fr: `code NAF du registre ${company.nafCode} hors réparation automobile`,
      en: `registry NAF code ${company.nafCode} is not vehicle repair`,
    });
  }
  if (mismatches.length > 0) {
    return check(
      'registry',
      'warning',
      `Entreprise active au registre, mais écarts avec le document : ${mismatches.map((m) => m.fr).join(' ; ')}.`,
      `Company active in the registry, but it differs from the document: ${mismatches.map((m) => m.en).join('; ')}.`,
    );
  }
  return check(
    'registry',
    'ok',
    `Entreprise active au registre ; dénomination, adresse du siège et activité concordent (NAF ${company.nafCode ?? '—'}).`,
    `Company active in the registry; name, head-office address and activity match (NAF ${company.nafCode ?? '—'}).`,
  );
}

export const ANTI_FRAUD_CHECK_IDS: ReadonlySet<CheckId> = new Set<CheckId>([
  'pdf_edited',
  'text_layer_consistency',
  'image_edited',
]);
