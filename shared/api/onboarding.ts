import { z } from 'zod';
import { REVIEW_FIELDS } from '../onboarding/review-fields';
import { normalizePhone } from '../workshop/phone';
import { Empty, Id, IsoDateTime, SyncedRowMeta } from './common';
import { mutation, query } from './define';

/** The wizard's steps, in order. `activation` is the summary and the final confirmation. */
export const ONBOARDING_STEPS = [
  'account',
  'document',
  'review',
  'checks',
  'profile',
  'affiliation',
  'activation',
] as const;
export const OnboardingStep = z.enum(ONBOARDING_STEPS);
export type OnboardingStep = z.infer<typeof OnboardingStep>;

// ---------------------------------------------------------------------------------------------
// Domain shapes (mirror shared/onboarding/types.ts so the contract validates what crosses it).

const Confidence = z.number().min(0).max(1);
const fieldOf = <T extends z.ZodType>(value: T) => z.object({ value, confidence: Confidence });
const Text = z.string().nullable();

export const RegistryDocumentTypeSchema = z.enum(['kbis', 'extrait_k', 'rne', 'rm', 'unknown']);
export const DirigeantSchema = z.object({ nom: z.string(), prenoms: z.string(), role: z.string() });
export const CapitalSchema = z.object({ amount: z.number(), currency: z.string() });

export const KbisFieldsSchema = z.object({
  document_type: fieldOf(RegistryDocumentTypeSchema),
  numero_gestion: fieldOf(Text),
  rcs: fieldOf(Text),
  greffe: fieldOf(Text),
  siren: fieldOf(Text),
  siret_siege: fieldOf(Text),
  denomination: fieldOf(Text),
  sigle: fieldOf(Text),
  forme_juridique: fieldOf(Text),
  capital: fieldOf(CapitalSchema.nullable()),
  adresse_siege: fieldOf(Text),
  activite: fieldOf(Text),
  code_ape: fieldOf(Text),
  date_immatriculation: fieldOf(Text),
  date_debut_activite: fieldOf(Text),
  dirigeants: fieldOf(z.array(DirigeantSchema)),
  date_extrait: fieldOf(Text),
  code_verification: fieldOf(Text),
});
export type KbisFieldsDto = z.infer<typeof KbisFieldsSchema>;

export const CheckStatusSchema = z.enum(['ok', 'warning', 'failed', 'pending']);
export const BilingualSchema = z.object({ fr: z.string(), en: z.string() });
export const CheckSchema = z.object({
  id: z.enum([
    'siren_luhn',
    'siret_luhn',
    'recency',
    'rcs_siren_match',
    'activity_automotive',
    'registry',
    'duplicate_siren',
    'pdf_edited',
    'text_layer_consistency',
    'image_edited',
  ]),
  status: CheckStatusSchema,
  message: BilingualSchema,
});
export const TrustLevelSchema = z.enum([
  'non_verifie',
  'declaratif',
  'document_verifie',
  'registre_verifie',
]);
export const TrustSchema = z.object({
  score: z.number().int().min(0).max(100),
  level: TrustLevelSchema,
  reasons: z.array(BilingualSchema),
});

// ---------------------------------------------------------------------------------------------
// Step inputs. Drafts accept anything of the right shape (saved as the user types, so nothing
// is lost); the strict schemas below decide whether a step is complete.

/** Review fields the user may correct, all as text (dates ISO, capital as a decimal). */
export const EDITABLE_KBIS_FIELDS = REVIEW_FIELDS;
export type EditableKbisField = (typeof EDITABLE_KBIS_FIELDS)[number];

export const SERVICES = [
  'entretien',
  'mecanique',
  'diagnostic',
  'carrosserie',
  'peinture',
  'pneumatiques',
  'climatisation',
  'vitrage',
  'electrique_hybride',
  'depannage',
] as const;
export const SKILLS = [
  'mecanique',
  'diagnostic',
  'electricite',
  'carrosserie',
  'peinture',
  'climatisation',
  'pneumatiques',
  'haute_tension',
] as const;
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const Short = (max: number) => z.string().max(max);

export const AccountDraftSchema = z.object({
  garageName: Short(200).default(''),
  contactName: Short(200).default(''),
  email: Short(200).default(''),
  phone: Short(40).default(''),
  /** Only ever sent, never returned: the core keeps a scrypt hash. Empty keeps the saved one. */
  password: Short(200).optional(),
});
export type AccountDraft = z.infer<typeof AccountDraftSchema>;

/** Longest officer name, first names and role the review step accepts (checked as issues). */
export const DIRIGEANT_LIMITS = { nom: 100, prenoms: 150, role: 100 } as const;
/** Officers a review may list; a bound on the request, far above any real extract. */
export const MAX_DIRIGEANTS = 100;

/** One officer as typed in the review step (trimmed and checked by `validateReview`). */
export const ReviewDirigeantSchema = z.object({
  nom: Short(2000),
  prenoms: Short(2000),
  role: Short(2000),
});

const reviewTextShape = Object.fromEntries(
  EDITABLE_KBIS_FIELDS.map((field) => [field, Short(2000).optional()]),
) as Record<EditableKbisField, z.ZodOptional<z.ZodString>>;

/** The review step's values: each text field, and the officers' list replaced as a whole. */
export const ReviewValuesSchema = z.strictObject({
  ...reviewTextShape,
  dirigeants: z.array(ReviewDirigeantSchema).max(MAX_DIRIGEANTS).optional(),
});
export type ReviewValuesInput = z.infer<typeof ReviewValuesSchema>;

export const OpeningHoursSchema = z.object({
  day: z.enum(WEEK_DAYS),
  closed: z.boolean(),
  open: Short(5),
  close: Short(5),
});
export const TechnicianSchema = z.object({
  name: Short(200),
  skills: z.array(z.enum(SKILLS)).max(SKILLS.length),
});
export const ProfileDraftSchema = z.object({
  services: z.array(z.enum(SERVICES)).max(SERVICES.length).default([]),
  brands: Short(1000).default(''),
  certifications: Short(1000).default(''),
  openingHours: z.array(OpeningHoursSchema).max(7).default([]),
  technicians: z.array(TechnicianSchema).max(50).default([]),
  workshopAddress: z
    .object({ line: Short(200), postalCode: Short(10), city: Short(100) })
    .default({ line: '', postalCode: '', city: '' }),
});
export type ProfileDraft = z.infer<typeof ProfileDraftSchema>;

export const AffiliationDraftSchema = z.object({
  partnerId: Short(60).default(''),
  disclosure: Short(2000).default(''),
});
export type AffiliationDraft = z.infer<typeof AffiliationDraftSchema>;

export interface FieldIssue {
  /** Dotted path inside the step's values, e.g. `email`, `technicians.0.name`. */
  path: string;
  /** A message key: `required`, `invalid_email`, … (the UI translates it). */
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function validateAccount(values: AccountDraft, hasPassword: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.garageName.trim().length < 2) issues.push({ path: 'garageName', message: 'required' });
  if (values.contactName.trim().length < 2)
    issues.push({ path: 'contactName', message: 'required' });
  if (values.email.trim() === '') issues.push({ path: 'email', message: 'required' });
  else if (!EMAIL.test(values.email.trim()))
    issues.push({ path: 'email', message: 'invalid_email' });
  if (values.phone.trim() === '') issues.push({ path: 'phone', message: 'required' });
  else if (normalizePhone(values.phone) === null)
    issues.push({ path: 'phone', message: 'invalid_phone' });
  const password = values.password ?? '';
  if (password === '' && !hasPassword) issues.push({ path: 'password', message: 'required' });
  else if (password !== '' && password.length < 8)
    issues.push({ path: 'password', message: 'password_too_short' });
  return issues;
}

export function validateReview(values: ReviewValuesInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const text = (field: EditableKbisField) => (values[field] ?? '').trim();
  if (text('denomination') === '') issues.push({ path: 'denomination', message: 'required' });
  const siren = text('siren').replace(/\s/g, '');
  if (siren === '') issues.push({ path: 'siren', message: 'required' });
  else if (!/^\d{9}$/.test(siren)) issues.push({ path: 'siren', message: 'invalid_siren' });
  const siret = text('siret_siege').replace(/\s/g, '');
  if (siret !== '' && !/^\d{14}$/.test(siret))
    issues.push({ path: 'siret_siege', message: 'invalid_siret' });
  if (text('adresse_siege') === '') issues.push({ path: 'adresse_siege', message: 'required' });
  for (const field of ['date_immatriculation', 'date_debut_activite', 'date_extrait'] as const) {
    const value = text(field);
    if (value !== '' && !isRealIsoDate(value))
      issues.push({ path: field, message: 'invalid_date' });
  }
  if (text('date_extrait') === '') issues.push({ path: 'date_extrait', message: 'required' });
  const amount = text('capital_amount').replace(',', '.').replace(/\s/g, '');
  if (amount !== '' && !/^\d+(\.\d{1,2})?$/.test(amount))
    issues.push({ path: 'capital_amount', message: 'invalid_amount' });
  const ape = text('code_ape').replace('.', '').toUpperCase();
  if (ape !== '' && !/^\d{4}[A-Z]$/.test(ape))
    issues.push({ path: 'code_ape', message: 'invalid_code_ape' });
  (values.dirigeants ?? []).forEach((dirigeant, index) => {
    const path = `dirigeants.${index}`;
    const nom = dirigeant.nom.trim();
    const role = dirigeant.role.trim();
    if (nom === '') issues.push({ path: `${path}.nom`, message: 'dirigeant_nom_required' });
    else if (nom.length > DIRIGEANT_LIMITS.nom)
      issues.push({ path: `${path}.nom`, message: 'dirigeant_nom_too_long' });
    if (dirigeant.prenoms.trim().length > DIRIGEANT_LIMITS.prenoms)
      issues.push({ path: `${path}.prenoms`, message: 'dirigeant_prenoms_too_long' });
    if (role === '') issues.push({ path: `${path}.role`, message: 'dirigeant_role_required' });
    else if (role.length > DIRIGEANT_LIMITS.role)
      issues.push({ path: `${path}.role`, message: 'dirigeant_role_too_long' });
  });
  return issues;
}

export function validateProfile(values: ProfileDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.services.length === 0) issues.push({ path: 'services', message: 'pick_one_service' });
  const address = values.workshopAddress;
  if (address.line.trim() === '')
    issues.push({ path: 'workshopAddress.line', message: 'required' });
  if (!/^\d{5}$/.test(address.postalCode.trim()))
    issues.push({ path: 'workshopAddress.postalCode', message: 'invalid_postal_code' });
  if (address.city.trim() === '')
    issues.push({ path: 'workshopAddress.city', message: 'required' });
  values.openingHours.forEach((hours, index) => {
    if (hours.closed) return;
    if (!TIME.test(hours.open) || !TIME.test(hours.close) || hours.open >= hours.close)
      issues.push({ path: `openingHours.${index}`, message: 'invalid_hours' });
  });
  if (values.openingHours.every((hours) => hours.closed))
    issues.push({ path: 'openingHours', message: 'open_one_day' });
  if (values.technicians.length === 0)
    issues.push({ path: 'technicians', message: 'add_one_technician' });
  values.technicians.forEach((technician, index) => {
    if (technician.name.trim() === '')
      issues.push({ path: `technicians.${index}.name`, message: 'required' });
  });
  return issues;
}

export function validateAffiliation(values: AffiliationDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const partner = values.partnerId.trim();
  if (partner !== '' && !/^[A-Za-z0-9_-]{3,60}$/.test(partner))
    issues.push({ path: 'partnerId', message: 'invalid_partner_id' });
  // Customers must be told about a commercial link (Code de la consommation, L.111-7).
  if (partner !== '' && values.disclosure.trim().length < 20)
    issues.push({ path: 'disclosure', message: 'disclosure_required' });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// What the API returns.

export const DocumentFormatSchema = z.enum(['pdf', 'jpeg', 'png', 'tiff', 'webp']);

export const ReadSummarySchema = z.object({
  source: z.enum(['text_layer', 'ocr']),
  pageCount: z.number().int(),
  documentType: RegistryDocumentTypeSchema,
  totalMs: z.number(),
});

export const DocumentInfoSchema = z.object({
  sha256: z.string().length(64),
  fileName: z.string(),
  mime: z.string(),
  format: DocumentFormatSchema,
  sizeBytes: z.number().int(),
  uploadedAt: IsoDateTime,
  read: ReadSummarySchema.nullable(),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const ChecksResultSchema = z.object({
  runAt: IsoDateTime,
  checks: z.array(CheckSchema),
  trust: TrustSchema,
  /** True while the registry check waits in the retry queue. */
  registryPending: z.boolean(),
});
export type ChecksResult = z.infer<typeof ChecksResultSchema>;

export const DraftSchema = z.object({
  id: Id,
  status: z.enum(['in_progress', 'activated']),
  currentStep: OnboardingStep,
  completedSteps: z.array(OnboardingStep),
  account: AccountDraftSchema.omit({ password: true })
    .extend({ hasPassword: z.boolean() })
    .nullable(),
  document: DocumentInfoSchema.nullable(),
  review: z
    .object({
      fields: KbisFieldsSchema,
      values: ReviewValuesSchema,
      corrected: z.array(z.string()),
    })
    .nullable(),
  checks: ChecksResultSchema.nullable(),
  profile: ProfileDraftSchema.nullable(),
  affiliation: AffiliationDraftSchema.nullable(),
  profileId: Id.nullable(),
  updatedAt: IsoDateTime,
});
export type OnboardingDraft = z.infer<typeof DraftSchema>;

export const SaveStepInput = z.discriminatedUnion('step', [
  z.object({ step: z.literal('account'), values: AccountDraftSchema, advance: z.boolean() }),
  z.object({ step: z.literal('review'), values: ReviewValuesSchema, advance: z.boolean() }),
  z.object({ step: z.literal('profile'), values: ProfileDraftSchema, advance: z.boolean() }),
  z.object({
    step: z.literal('affiliation'),
    values: AffiliationDraftSchema,
    advance: z.boolean(),
  }),
]);
export type SaveStepInput = z.input<typeof SaveStepInput>;

export const FieldIssueSchema = z.object({ path: z.string(), message: z.string() });

export const GarageProfileSchema = SyncedRowMeta.extend({
  garageName: z.string(),
  contactName: z.string(),
  email: z.string(),
  phone: z.string(),
  siren: z.string(),
  denomination: z.string(),
  documentType: RegistryDocumentTypeSchema,
  documentSha256: z.string(),
  fields: KbisFieldsSchema,
  corrected: z.array(z.string()),
  services: z.array(z.string()),
  brands: z.array(z.string()),
  certifications: z.array(z.string()),
  openingHours: z.array(OpeningHoursSchema),
  technicians: z.array(TechnicianSchema),
  workshopAddress: z.object({ line: z.string(), postalCode: z.string(), city: z.string() }),
  affiliationPartnerId: z.string().nullable(),
  affiliationDisclosure: z.string().nullable(),
  status: z.enum(['active', 'suspended']),
  activatedAt: IsoDateTime,
  trust: TrustSchema,
  trustAssessedAt: IsoDateTime,
});
export type GarageProfile = z.infer<typeof GarageProfileSchema>;

export const CheckRunSchema = z.object({
  id: Id,
  runAt: IsoDateTime,
  trigger: z.enum(['wizard', 'registry_retry', 'activation']),
  siren: z.string().nullable(),
  checks: z.array(CheckSchema),
  trust: TrustSchema,
});
export type CheckRun = z.infer<typeof CheckRunSchema>;

/** Base64 of 50 MB plus slack: anything longer is refused before it is decoded. */
export const MAX_UPLOAD_BASE64_CHARS = Math.ceil((50 * 1024 * 1024) / 3) * 4 + 16;

export const onboardingApi = {
  /** The current wizard draft (created empty on first call), or the last activated one. */
  'onboarding.getDraft': query(Empty, DraftSchema),
  /** Saves one step's input as typed; `advance` moves on when the step validates. */
  'onboarding.saveStep': mutation(
    SaveStepInput,
    z.object({ draft: DraftSchema, errors: z.array(FieldIssueSchema) }),
  ),
  /** Goes back to a step already reached (the stepper). */
  'onboarding.goToStep': mutation(z.object({ step: OnboardingStep }), DraftSchema),
  /** Stores the document (hashed, in the data folder) and attaches it to the draft. */
  'onboarding.uploadDocument': mutation(
    z.object({
      fileName: z.string().min(1).max(255),
      mime: z.string().max(100),
      // Length checked by the handler first, with the intake's own message; this bound only
      // keeps absurd bodies out of the parser.
      dataBase64: z.string().max(MAX_UPLOAD_BASE64_CHARS * 2),
    }),
    DraftSchema,
  ),
  /**
   * Reads the draft's document as a task: `task.progress` events under `taskId` (chosen by the
   * caller so it can cancel with `tasks.cancel`); results are cached by the document's hash.
   */
  'onboarding.readDocument': mutation(
    z.object({ taskId: z.string().min(1).max(100).optional() }),
    DraftSchema,
  ),
  /** Offline checks plus the registry; a registry that cannot be reached leaves it `pending`. */
  'onboarding.runChecks': mutation(Empty, DraftSchema),
  /** Retries the queued registry checks now instead of waiting for the back-off timer. */
  'onboarding.retryRegistryChecks': mutation(
    Empty,
    z.object({ resolved: z.number().int(), stillPending: z.number().int() }),
  ),
  /** Creates the garage profile from a complete draft; refuses a SIREN already onboarded. */
  'onboarding.activate': mutation(
    Empty,
    z.object({ draft: DraftSchema, profile: GarageProfileSchema }),
  ),
  /** Leaves an activated draft behind and starts a new, empty one. */
  'onboarding.startNew': mutation(Empty, DraftSchema),
  /** A garage profile with its trust level and check history (the latest one when no id). */
  'onboarding.getProfile': query(
    z.object({ id: Id.optional() }),
    z.object({ profile: GarageProfileSchema, history: z.array(CheckRunSchema) }).nullable(),
  ),
};
