import { parseFrenchDate } from './french-dates';
import {
  allowedLabelEdits,
  labelSpellings,
  LEGAL_FORMS,
  OFFICER_ROLES,
  SECTION_HEADINGS,
} from './kbis-labels';
import type { KbisLabel, KbisSection } from './kbis-labels';
import { formatSiren, luhnIsValid, normaliseDigitRun } from './siren';
import { cleanTypography, foldToAlphanumeric, levenshtein, similarity } from './text-folding';
import type {
  CapitalAmount,
  Dirigeant,
  ExtractedField,
  KbisFields,
  RegistryDocumentType,
} from './types';

/** One line of the document, from a PDF text layer or OCR. */
export interface DocumentLine {
  text: string;
  /** Left edge as a fraction of the page width, when the source knows it. */
  left?: number;
  /** Recognition confidence 0–1 from OCR; absent for a text layer (taken as certain). */
  confidence?: number;
}

export interface KbisExtraction {
  fields: KbisFields;
  /** False when the text does not look like a registry extract at all ("document non reconnu"). */
  recognised: boolean;
}

interface LabelledLine {
  index: number;
  label: KbisLabel;
  value: string;
  labelScore: number;
  section: KbisSection;
  lineConfidence: number;
}

interface AnalysedLine {
  index: number;
  text: string;
  left: number | undefined;
  lineConfidence: number;
  section: KbisSection;
  heading: KbisSection | null;
  labelled: LabelledLine | null;
}

const EMPTY = <T>(value: T): ExtractedField<T> => ({ value, confidence: 0 });
const round2 = (n: number): number => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

// Column gap: text layers are joined with 4 spaces between columns, tesseract keeps wide gaps
// when preserve_interword_spaces is on.
const COLUMN_GAP = /\s{3,}/;
const EDGE_JUNK = /^[\s|‘’“”"_;:,.—–~=*•·()[\]{}<>\\/-]+|[\s|‘’“”"_;—–~=*•·[\]{}<>\\/-]+$/g;

function stripEdgeJunk(text: string): string {
  return text.replace(EDGE_JUNK, '').replace(/\s+/g, ' ').trim();
}

function alphanumericCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** The first column segment after the label that carries real characters (OCR leaves specks). */
function valueFromRemainder(remainder: string): string {
  for (const segment of remainder.split(COLUMN_GAP)) {
    const cleaned = stripEdgeJunk(segment);
    if (alphanumericCount(cleaned) >= 2) return cleaned;
  }
  return '';
}

interface LabelMatch {
  label: KbisLabel;
  score: number;
  valueStart: number;
}

/**
 * Matches the start of a line against every known label, word by word, so that OCR merging
 * ("Adresse dusiège") or splitting words, missing accents and stray leading specks still match.
 */
export function matchLabel(line: string): LabelMatch | null {
  const tokens = [...line.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    folded: foldToAlphanumeric(m[0]),
  }));
  let best: LabelMatch | null = null;
  for (let skip = 0; skip <= 2 && skip < tokens.length; skip++) {
    if (skip > 0 && (tokens[skip - 1]?.folded.length ?? 0) > 2) break;
    for (const spelling of labelSpellings()) {
      const allowed = allowedLabelEdits(spelling.folded.length);
      let candidate = '';
      for (let take = 1; take <= spelling.wordCount + 2; take++) {
        const token = tokens[skip + take - 1];
        if (!token) break;
        candidate += token.folded;
        if (candidate.length > spelling.folded.length + allowed) break;
        // The distance is at least the length difference: skip the O(n·m) work when it cannot fit.
        if (candidate.length + allowed < spelling.folded.length) continue;
        const distance = levenshtein(candidate, spelling.folded);
        if (distance > allowed) continue;
        let score = 1 - distance / spelling.folded.length - skip * 0.05;
        // Prefer the longer label ("Adresse du siège" over "Adresse") on equal quality.
        score += spelling.folded.length / 1000;
        if (best === null || score > best.score) {
          let valueStart = token.end;
          const next = tokens[skip + take];
          if (next && next.folded.length === 0 && /^[:.-]+$/.test(next.text)) valueStart = next.end;
          best = { label: spelling.label, score, valueStart };
        }
      }
    }
  }
  return best;
}

function headingOf(line: string): KbisSection | null {
  const folded = foldToAlphanumeric(line);
  if (folded.length < 8) return null;
  let best: { section: KbisSection; distance: number } | null = null;
  for (const heading of SECTION_HEADINGS) {
    const distance = levenshtein(folded.slice(0, heading.folded.length), heading.folded);
    const allowed = Math.round(heading.folded.length * 0.2);
    // Whole-line headings only: "Dirigeants" must not swallow a sentence that starts with it.
    const tooLong = folded.length > heading.folded.length * 2 + 20;
    if (distance <= allowed && !tooLong && (best === null || distance < best.distance)) {
      best = { section: heading.section, distance };
    }
  }
  return best?.section ?? null;
}

function toDocumentLines(input: string | readonly (string | DocumentLine)[]): DocumentLine[] {
  const raw = typeof input === 'string' ? input.split(/\r?\n/) : input;
  return raw
    .map((line) => (typeof line === 'string' ? { text: line } : line))
    .map((line) => ({ ...line, text: cleanTypography(line.text).replace(/\s+$/, '') }))
    .filter((line) => line.text.trim().length > 0);
}

function analyseLines(lines: DocumentLine[]): AnalysedLine[] {
  let section: KbisSection = 'header';
  return lines.map((line, index) => {
    const heading = headingOf(line.text);
    if (heading) section = heading;
    const match = heading ? null : matchLabel(line.text);
    const lineConfidence = line.confidence ?? 1;
    const labelled: LabelledLine | null =
      match && match.score > 0.5
        ? {
            index,
            label: match.label,
            value: valueFromRemainder(line.text.slice(match.valueStart)),
            labelScore: Math.min(1, match.score),
            section,
            lineConfidence,
          }
        : null;
    return { index, text: line.text, left: line.left, lineConfidence, section, heading, labelled };
  });
}

const WRAPPING_LABELS: ReadonlySet<KbisLabel> = new Set<KbisLabel>([
  'activites_principales',
  'activite_principale',
  'activites_exercees',
  'adresse_siege',
  'adresse_etablissement',
  'denomination',
  'forme_juridique',
  'adresse',
  'domicile',
]);

const CONTINUATION_WORDS = /(?:,|-|\bet|\bde|\bdu|\bdes|\bla|\ble|\bles|\bà|\ben|\bd'|\bl'|:)$/i;

/** Whether `line` continues the value of `owner` (wrapped activity or address). */
function continues(owner: AnalysedLine, line: AnalysedLine, valueSoFar: string): boolean {
  if (line.labelled || line.heading) return false;
  const text = stripEdgeJunk(
    line.text.split(COLUMN_GAP).find((s) => alphanumericCount(s) >= 2) ?? '',
  );
  if (text.length === 0) return false;
  if (owner.left !== undefined && line.left !== undefined) {
    // Geometry known: a wrapped value starts in the value column, right of the labels.
    return line.left > owner.left + 0.12;
  }
  const first = text[0] ?? '';
  if (/[\p{Ll}\d]/u.test(first)) return true;
  return CONTINUATION_WORDS.test(valueSoFar.trim());
}

function continuationText(line: AnalysedLine): string {
  return stripEdgeJunk(line.text.split(COLUMN_GAP).find((s) => alphanumericCount(s) >= 2) ?? '');
}

interface FieldSource {
  value: string;
  confidence: number;
  line: AnalysedLine;
}

/** A labelled value with its wrapped continuation lines joined by single spaces. */
function readValue(lines: AnalysedLine[], owner: AnalysedLine): FieldSource | null {
  const labelled = owner.labelled;
  if (!labelled) return null;
  let value = labelled.value;
  if (WRAPPING_LABELS.has(labelled.label)) {
    for (let i = owner.index + 1; i < lines.length && i <= owner.index + 4; i++) {
      const next = lines[i];
      if (!next || !continues(owner, next, value)) break;
      value = `${value} ${continuationText(next)}`.trim();
    }
  }
  value = value.replace(/[\s,;:]+$/, '');
  if (value.length === 0) return null;
  return { value, confidence: labelled.labelScore * labelled.lineConfidence, line: owner };
}

function firstLabelled(
  lines: AnalysedLine[],
  labels: KbisLabel[],
  accept: (line: AnalysedLine) => boolean = () => true,
): FieldSource | null {
  for (const label of labels) {
    for (const line of lines) {
      if (line.labelled?.label !== label || !accept(line)) continue;
      const source = readValue(lines, line);
      if (source) return source;
    }
  }
  return null;
}

function field<T>(value: T, confidence: number): ExtractedField<T> {
  return { value, confidence: round2(confidence) };
}

function snapToVocabulary(
  text: string,
  vocabulary: readonly string[],
  threshold: number,
): { value: string; similarity: number } {
  const folded = foldToAlphanumeric(text);
  let best = { value: text, similarity: 0 };
  for (const entry of vocabulary) {
    const score = similarity(folded, foldToAlphanumeric(entry));
    if (score > best.similarity) best = { value: entry, similarity: score };
  }
  return best.similarity >= threshold ? best : { value: text, similarity: best.similarity };
}

function detectDocumentType(lines: AnalysedLine[]): ExtractedField<RegistryDocumentType> {
  const folded = foldToAlphanumeric(lines.map((l) => l.text).join(' '));
  const has = (s: string): boolean => folded.includes(foldToAlphanumeric(s));
  if (has('Registre national des entreprises') && (has('Extrait') || has('RNE'))) {
    return field('rne', 0.95);
  }
  if (has('Répertoire des Métiers') && (has('Chambre de métiers') || has('Extrait D1'))) {
    return field('rm', 0.9);
  }
  const kbisMarkers = [
    'Extrait Kbis',
    'Registre du commerce et des sociétés',
    'Greffe du Tribunal de Commerce',
    'R.C.S.',
    'Immatriculation principale',
  ].filter(has).length;
  const personnePhysique = lines.some((l) => l.section === 'person') || has('Extrait K ');
  if (kbisMarkers > 0) {
    if (personnePhysique && !lines.some((l) => l.section === 'company')) {
      return field('extrait_k', 0.6 + 0.1 * Math.min(kbisMarkers, 3));
    }
    return field('kbis', 0.6 + 0.1 * Math.min(kbisMarkers, 3));
  }
  if (has('Répertoire des Métiers')) return field('rm', 0.6);
  return field('unknown', 0.5);
}

const DIGIT_GROUP = '[0-9OoIlSB]';
const RCS_PATTERN = new RegExp(
  `((?:${DIGIT_GROUP}\\s?){9})\\s*R\\s*\\.?\\s*C\\s*\\.?\\s*S\\s*\\.?\\s*([\\p{L}][\\p{L}' -]*)`,
  'u',
);
const RM_PATTERN = new RegExp(`((?:${DIGIT_GROUP}\\s?){9})\\s*R\\s*\\.?\\s*M\\b`, 'u');

function cityFrom(text: string): string {
  const segment = text.split(COLUMN_GAP)[0] ?? '';
  const words: string[] = [];
  for (const word of segment.trim().split(/\s+/)) {
    if (!/^[\p{L}][\p{L}'-]*$/u.test(word) || words.length >= 4) break;
    words.push(word);
  }
  return words.join(' ');
}

interface RcsReading {
  siren: string;
  city: string;
  confidence: number;
}

function readRcs(lines: AnalysedLine[]): RcsReading | null {
  const labelled = lines.filter((l) =>
    ['numero_identification', 'immatriculation_rcs'].includes(l.labelled?.label ?? ''),
  );
  const candidates = [...labelled, ...lines.filter((l) => !labelled.includes(l))];
  for (const line of candidates) {
    const match = RCS_PATTERN.exec(line.text);
    if (!match) continue;
    const siren = normaliseDigitRun(match[1] ?? '');
    const city = cityFrom(match[2] ?? '');
    if (!/^\d{9}$/.test(siren) || city.length === 0) continue;
    const repaired = siren !== (match[1] ?? '').replace(/\s/g, '');
    const confidence =
      (labelled.includes(line) ? 0.97 : 0.85) * (repaired ? 0.85 : 1) * line.lineConfidence;
    return { siren, city, confidence };
  }
  return null;
}

function readSiren(lines: AnalysedLine[], rcs: RcsReading | null): ExtractedField<string | null> {
  const labelled = firstLabelled(lines, ['siren']);
  if (labelled) {
    const digits = normaliseDigitRun(labelled.value.split(/[^\d\sOoIlSB]/)[0] ?? '');
    if (/^\d{9}$/.test(digits)) {
      return field(digits, labelled.confidence * (luhnIsValid(digits) ? 1 : 0.8));
    }
  }
  if (rcs) return field(rcs.siren, rcs.confidence * (luhnIsValid(rcs.siren) ? 1 : 0.8));
  for (const line of lines) {
    const rm = RM_PATTERN.exec(line.text);
    const digits = rm ? normaliseDigitRun(rm[1] ?? '') : '';
    if (/^\d{9}$/.test(digits)) return field(digits, 0.85 * line.lineConfidence);
  }
  return EMPTY(null);
}

function readSiret(lines: AnalysedLine[]): ExtractedField<string | null> {
  const labelled = firstLabelled(lines, ['siret']);
  if (!labelled) return EMPTY(null);
  const digits = normaliseDigitRun(labelled.value.match(/^[\d\sOoIlSB]+/)?.[0] ?? '');
  if (!/^\d{14}$/.test(digits)) return field(null, 0.2);
  return field(digits, labelled.confidence * (luhnIsValid(digits) ? 1 : 0.8));
}

function readNumeroGestion(lines: AnalysedLine[]): ExtractedField<string | null> {
  const source = firstLabelled(lines, ['numero_gestion']);
  if (!source) return EMPTY(null);
  const compact = source.value.replace(/\s/g, '');
  const match = /^([0-9OoIl]{4})([A-Z8])([0-9OoIlSB]{5})/.exec(compact);
  if (!match) return field(null, 0.2);
  // The letter is A (trader), B (company), C (GIE) or D (civil company); tesseract reads B as 8.
  const letter = match[2] === '8' ? 'B' : (match[2] ?? '');
  const value = `${normaliseDigitRun(match[1] ?? '')} ${letter} ${normaliseDigitRun(match[3] ?? '')}`;
  const repaired = value.replace(/\s/g, '') !== compact.slice(0, 10);
  return field(value, source.confidence * (repaired ? 0.85 : 1));
}

export function parseCapital(text: string): CapitalAmount | null {
  const match = /(\d[\dOo\s.,]*?)\s*(euros?\b|eur\b|€)/i.exec(text);
  if (!match) return null;
  const number = (match[1] ?? '').replace(/\s/g, '').replace(/[Oo]/g, '0');
  // The last separator followed by one or two digits is the decimal mark ("8 000,00", OCR's "120 000.00").
  const decimal = /[.,](\d{1,2})$/.exec(number);
  const integerPart = (decimal ? number.slice(0, decimal.index) : number).replace(/[.,]/g, '');
  if (!/^\d+$/.test(integerPart)) return null;
  const amount = Number(integerPart) + (decimal ? Number(`0.${decimal[1] ?? '0'}`) : 0);
  return { amount, currency: 'EUR' };
}

function readCapital(lines: AnalysedLine[]): ExtractedField<CapitalAmount | null> {
  const source = firstLabelled(lines, ['capital'], (l) => l.section !== 'management');
  if (!source) return EMPTY(null);
  const capital = parseCapital(source.value);
  return capital ? field(capital, source.confidence * 0.97) : field(null, 0.2);
}

function readDate(
  lines: AnalysedLine[],
  labels: KbisLabel[],
  accept?: (line: AnalysedLine) => boolean,
): ExtractedField<string | null> {
  const source = firstLabelled(lines, labels, accept);
  if (!source) return EMPTY(null);
  const date = parseFrenchDate(source.value);
  return date ? field(date.iso, source.confidence * date.confidence) : field(null, 0.2);
}

/** The "à jour au …" date of the extract (in words on a Kbis, numeric on RNE extracts). */
function readExtractDate(lines: AnalysedLine[]): ExtractedField<string | null> {
  for (const line of lines) {
    const folded = foldToAlphanumeric(line.text);
    const at = folded.search(/ajourau|ajourle|misajourle|endatedu/);
    if (at < 0 || at > 12) continue;
    const text = line.text.replace(/^.*?\bjour\s*(?:au|le)\b|^.*?\bdate\s*du\b/i, '');
    const date = parseFrenchDate(text);
    if (date) return field(date.iso, date.confidence * line.lineConfidence);
  }
  return EMPTY(null);
}

const VERIFICATION_ALPHABET = /^[A-HJ-NP-Z2-9]{10}$/;

function readVerificationCode(lines: AnalysedLine[]): ExtractedField<string | null> {
  const source = firstLabelled(lines, ['code_verification']);
  if (!source) return EMPTY(null);
  const token = source.value
    .split(/\s+/)
    .map((t) => t.replace(/[^A-Za-z0-9]/g, '').toUpperCase())
    .find((t) => t.length >= 8);
  if (!token) return field(null, 0.2);
  // Greffes print 10 characters without I, O, 0 or 1: anything else is an OCR slip we cannot undo.
  return field(token, source.confidence * (VERIFICATION_ALPHABET.test(token) ? 1 : 0.4));
}

function readCode(lines: AnalysedLine[]): ExtractedField<string | null> {
  const source = firstLabelled(lines, ['code_ape']);
  if (!source) return EMPTY(null);
  const match = /([0-9OoIlSB]{2})\s*[.,]?\s*([0-9OoIlSB]{2})\s*([A-Z])\b/.exec(source.value);
  if (!match) return field(null, 0.2);
  const code = `${normaliseDigitRun(match[1] ?? '')}${normaliseDigitRun(match[2] ?? '')}${match[3] ?? ''}`;
  return /^\d{4}[A-Z]$/.test(code) ? field(code, source.confidence) : field(null, 0.2);
}

function titleCaseIfLower(word: string): string {
  return word === word.toLowerCase()
    ? word.replace(/(^|[-'])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : word;
}

/** "LE GOFF Yannick Pierre" → nom "LE GOFF", prénoms "Yannick Pierre" (surname is the uppercase part). */
export function splitPersonName(text: string): { nom: string; prenoms: string } {
  const words = text.trim().split(/\s+/);
  const isUpper = (w: string): boolean => /\p{L}/u.test(w) && w === w.toUpperCase();
  let cut = 0;
  while (cut < words.length && isUpper(words[cut] ?? '')) cut++;
  // An all-caps line gives no hint: keep the last word as the first name.
  if (cut === words.length && words.length > 1) cut = words.length - 1;
  return {
    nom: words.slice(0, cut).join(' '),
    prenoms: words.slice(cut).map(titleCaseIfLower).join(' '),
  };
}

function isRoleLine(line: AnalysedLine): boolean {
  if (line.labelled || line.heading) return false;
  const text = stripEdgeJunk(line.text.split(COLUMN_GAP)[0] ?? '');
  return /^\p{L}/u.test(text) && alphanumericCount(text) >= 4 && text.split(/\s+/).length <= 8;
}

function roleFor(lines: AnalysedLine[], personIndex: number): { role: string; confidence: number } {
  for (let i = personIndex - 1; i >= Math.max(0, personIndex - 2); i--) {
    const line = lines[i];
    if (!line) break;
    if (line.labelled) break;
    if (isRoleLine(line)) {
      const text = stripEdgeJunk(line.text.split(COLUMN_GAP)[0] ?? '');
      const snapped = snapToVocabulary(text, OFFICER_ROLES, 0.8);
      return { role: snapped.value, confidence: snapped.similarity >= 0.8 ? 0.95 : 0.6 };
    }
  }
  return { role: '', confidence: 0.3 };
}

function isIndividualEntrepreneur(
  documentType: RegistryDocumentType,
  forme: string | null,
): boolean {
  if (documentType === 'extrait_k' || documentType === 'rm') return true;
  const folded = foldToAlphanumeric(forme ?? '');
  return folded.includes('entrepreneurindividuel') || folded.includes('entrepriseindividuelle');
}

function readDirigeants(
  lines: AnalysedLine[],
  individual: boolean,
  individualRole: string,
): ExtractedField<Dirigeant[]> {
  const dirigeants: Dirigeant[] = [];
  let confidence = 1;
  for (const line of lines) {
    if (line.labelled?.label !== 'nom_prenoms') continue;
    const value = line.labelled.value;
    if (alphanumericCount(value) < 3) continue;
    const { nom, prenoms } = splitPersonName(value);
    const inManagement = line.section === 'management';
    if (individual && !inManagement) {
      dirigeants.push({ nom, prenoms, role: individualRole });
      confidence = Math.min(confidence, line.labelled.labelScore * line.lineConfidence);
      continue;
    }
    if (individual && dirigeants.length > 0 && !inManagement) continue;
    const { role, confidence: roleConfidence } = roleFor(lines, line.index);
    dirigeants.push({ nom, prenoms, role });
    confidence = Math.min(
      confidence,
      roleConfidence,
      line.labelled.labelScore * line.lineConfidence,
    );
  }
  return dirigeants.length === 0 ? EMPTY([]) : field(dirigeants, confidence);
}

/** Whether a "Dénomination"/"Forme juridique" line belongs to the company, not to an officer. */
function isCompanyLine(line: AnalysedLine, firstPersonIndex: number): boolean {
  if (line.section === 'management' || line.section === 'establishment') return false;
  // Without a readable "GESTION…" heading, anything after the first officer is an officer's.
  return firstPersonIndex < 0 || line.index < firstPersonIndex || line.section === 'person';
}

/**
 * Reads the fields of a Kbis, extrait K, RNE or RM extract from its text lines (text layer or
 * OCR). Every field comes with a confidence; absent fields are `null` with confidence 0.
 */
export function extractKbisFields(
  input: string | readonly (string | DocumentLine)[],
): KbisExtraction {
  const lines = analyseLines(toDocumentLines(input));
  const documentType = detectDocumentType(lines);
  const firstManagementPerson =
    lines.find(
      (l) =>
        l.labelled?.label === 'nom_prenoms' && l.section !== 'person' && l.section !== 'company',
    )?.index ?? -1;
  const companyLine = (l: AnalysedLine): boolean => isCompanyLine(l, firstManagementPerson);

  const rcsReading = readRcs(lines);
  const siren = readSiren(lines, rcsReading);
  const isRne = documentType.value === 'rne' || documentType.value === 'rm';
  const rcs =
    rcsReading && !isRne
      ? field(`${formatSiren(rcsReading.siren)} R.C.S. ${rcsReading.city}`, rcsReading.confidence)
      : EMPTY(null);
  const greffe = rcsReading && !isRne ? field(rcsReading.city, rcsReading.confidence) : EMPTY(null);

  const formeSource = firstLabelled(lines, ['forme_juridique'], companyLine);
  const forme = formeSource ? snapToVocabulary(formeSource.value, LEGAL_FORMS, 0.85) : null;
  const forme_juridique =
    formeSource && forme
      ? field(forme.value, formeSource.confidence * (forme.similarity >= 0.85 ? 1 : 0.75))
      : EMPTY(null);

  const individual = isIndividualEntrepreneur(documentType.value, forme_juridique.value);
  const individualRole =
    forme && foldToAlphanumeric(forme.value).startsWith('entrepreneurindividuel')
      ? forme.value
      : 'Entrepreneur individuel';

  let denomination: ExtractedField<string | null> = EMPTY(null);
  const denominationSource = firstLabelled(lines, ['denomination'], companyLine);
  if (denominationSource) {
    denomination = field(denominationSource.value, denominationSource.confidence);
  } else if (individual) {
    const person = firstLabelled(lines, ['nom_prenoms'], (l) => l.section !== 'management');
    if (person) denomination = field(person.value, person.confidence * 0.95);
  }

  const sigleSource =
    firstLabelled(lines, ['sigle'], companyLine) ??
    firstLabelled(lines, ['nom_commercial', 'enseigne'], (l) => l.section !== 'management');
  const siegeSource =
    firstLabelled(lines, ['adresse_siege'], companyLine) ??
    (individual ? firstLabelled(lines, ['adresse_etablissement', 'adresse']) : null);
  const activiteSource =
    firstLabelled(lines, ['activites_principales', 'activite_principale'], companyLine) ??
    firstLabelled(lines, ['activites_exercees']);

  const fields: KbisFields = {
    document_type: documentType,
    numero_gestion: readNumeroGestion(lines),
    rcs,
    greffe,
    siren,
    siret_siege: readSiret(lines),
    denomination,
    sigle: sigleSource ? field(sigleSource.value, sigleSource.confidence) : EMPTY(null),
    forme_juridique,
    capital: readCapital(lines),
    adresse_siege: siegeSource
      ? field(
          siegeSource.value,
          siegeSource.confidence * (siegeSource.line.labelled?.label === 'adresse_siege' ? 1 : 0.7),
        )
      : EMPTY(null),
    activite: activiteSource ? field(activiteSource.value, activiteSource.confidence) : EMPTY(null),
    code_ape: readCode(lines),
    date_immatriculation: readDate(lines, ['date_immatriculation']),
    date_debut_activite: readDate(lines, ['date_debut_activite', 'date_commencement']),
    dirigeants: readDirigeants(lines, individual, individualRole),
    date_extrait: readExtractDate(lines),
    code_verification: readVerificationCode(lines),
  };
  const recognised =
    documentType.value !== 'unknown' &&
    (fields.siren.value !== null || fields.denomination.value !== null);
  return { fields, recognised };
}
