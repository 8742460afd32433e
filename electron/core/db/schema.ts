import type { Generated } from 'kysely';

/**
 * Kysely table types, camelCase (the CamelCasePlugin maps them to the snake_case
 * columns created by the migrations). SQLite booleans are 0/1 integers.
 */
export interface SyncedColumns {
  id: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  deletedAt: string | null;
  /** Fields written by a newer app version, kept verbatim so sync never drops them. */
  extra: string;
}

export interface GarageSettingTable {
  key: string;
  value: string;
}

export interface CustomerTable extends SyncedColumns {
  kind: 'person' | 'company';
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  phone: string | null;
  email: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  consentSms: number;
  consentEmail: number;
  consentMarketing: number;
  notes: string | null;
}

export interface VehicleTable extends SyncedColumns {
  customerId: string;
  vin: string | null;
  plate: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
  fuel: string | null;
  engine: string | null;
  notes: string | null;
}

export interface MileageReadingTable extends SyncedColumns {
  vehicleId: string;
  km: number;
  readAt: string;
  source: 'manual' | 'obd' | 'import';
  sessionId: string | null;
}

export interface DiagnosticSessionTable extends SyncedColumns {
  vehicleId: string | null;
  startedAt: string;
  endedAt: string | null;
  adapter: string | null;
  adapterIdentity: string | null;
  protocol: string | null;
  vinRead: string | null;
  mileageKm: number | null;
  technician: string | null;
  status: 'open' | 'closed' | 'aborted';
  /** JSON: the scan summary (ECUs, supported PIDs, readiness, snapshot). */
  scan: string | null;
  /** JSON: the diagnosis report stored with the session. */
  report: string | null;
  /** What actually fixed the car, recorded by the mechanic; feeds similar cases. */
  resolution: string | null;
}

/** What a repair did for a session (and one of its codes): the garage's resolved cases. */
export interface RepairOutcomeTable extends SyncedColumns {
  sessionId: string;
  code: string | null;
  knownProblem: string | null;
  causeKey: string | null;
  /** JSON array of part ids. */
  parts: string;
  note: string | null;
  outcome: 'fixed' | 'not_fixed';
  labourHours: number | null;
  technician: string | null;
  recordedAt: string;
}

/** A published recall (RappelConso), local reference data (migration 0006). */
export interface RecallTable {
  reference: string;
  version: number | null;
  category: string;
  subcategory: string | null;
  make: string | null;
  makeKey: string | null;
  models: string | null;
  /** JSON array of normalised model tokens. */
  modelTokens: string;
  identification: string | null;
  marketingPeriod: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  reason: string | null;
  risks: string | null;
  actions: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string;
  importedAt: string;
}

export interface RecallImportRunTable {
  id: Generated<number>;
  kind: 'import' | 'refresh';
  source: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'failed';
  fetched: number;
  stored: number;
  skipped: number;
  error: string | null;
}

export interface DtcReadingTable extends SyncedColumns {
  sessionId: string;
  ecu: string | null;
  code: string;
  status: 'stored' | 'pending' | 'permanent';
  freezeFrame: string | null;
  readAt: string;
}

export interface TelemetryBatchTable extends SyncedColumns {
  sessionId: string;
  startedAt: number;
  endedAt: number;
  sampleCount: number;
}

/**
 * Packed samples of one (batch, PID, ECU): `ts` and `value` are little-endian Float64 arrays
 * of `sampleCount` elements (see `telemetry-chunks.ts`). Append-only, owned by the batch.
 */
export interface TelemetryChunkTable {
  rowid: Generated<number>;
  batchId: string;
  sessionId: string;
  pid: string;
  ecu: string | null;
  firstTs: number;
  lastTs: number;
  sampleCount: number;
  ts: Uint8Array;
  value: Uint8Array;
}

export interface OutboxTable {
  seq: Generated<number>;
  opId: string;
  entity: string;
  rowId: string;
  op: 'insert' | 'update' | 'delete';
  revision: number;
  payload: string;
  createdAt: string;
  pushedAt: string | null;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  appliedAt: string;
  appVersion: string;
}

/** Issue 6: the onboarded garage (synced). JSON columns are TEXT. */
export interface GarageProfileTable extends SyncedColumns {
  garageName: string;
  contactName: string;
  email: string;
  phone: string;
  siren: string;
  siretSiege: string | null;
  denomination: string;
  formeJuridique: string | null;
  rcs: string | null;
  greffe: string | null;
  adresseSiege: string | null;
  codeApe: string | null;
  activite: string | null;
  dateImmatriculation: string | null;
  dateExtrait: string | null;
  documentType: 'kbis' | 'extrait_k' | 'rne' | 'rm' | 'unknown';
  documentSha256: string;
  extractedFields: string;
  correctedFields: string;
  services: string;
  brands: string;
  certifications: string;
  openingHours: string;
  technicians: string;
  workshopAddressLine: string;
  workshopPostalCode: string;
  workshopCity: string;
  affiliationPartnerId: string | null;
  affiliationDisclosure: string | null;
  status: 'active' | 'suspended';
  activatedAt: string;
  trustLevel: 'non_verifie' | 'declaratif' | 'document_verifie' | 'registre_verifie';
  trustScore: number;
  trustReasons: string;
  trustAssessedAt: string;
}

/** Append-only history of onboarding checks (synced). */
export interface OnboardingCheckRunTable extends SyncedColumns {
  siren: string | null;
  draftId: string;
  runAt: string;
  trigger: 'wizard' | 'registry_retry' | 'activation';
  fields: string;
  checks: string;
  trustLevel: GarageProfileTable['trustLevel'];
  trustScore: number;
  trustReasons: string;
}

export interface OnboardingDocumentTable {
  sha256: string;
  fileName: string;
  mime: string;
  format: 'pdf' | 'jpeg' | 'png' | 'tiff' | 'webp';
  sizeBytes: number;
  storedPath: string;
  uploadedAt: string;
  readResult: string | null;
  readAt: string | null;
}

export interface OnboardingDraftTable {
  id: string;
  status: 'in_progress' | 'activated';
  currentStep: string;
  account: string | null;
  passwordHash: string | null;
  documentSha256: string | null;
  review: string | null;
  checks: string | null;
  profile: string | null;
  affiliation: string | null;
  profileId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AccountCredentialTable {
  profileId: string;
  passwordHash: string;
  createdAt: string;
}

export interface RegistryCheckQueueTable {
  siren: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
}

export interface DatabaseSchema {
  garageSetting: GarageSettingTable;
  customer: CustomerTable;
  vehicle: VehicleTable;
  mileageReading: MileageReadingTable;
  diagnosticSession: DiagnosticSessionTable;
  dtcReading: DtcReadingTable;
  repairOutcome: RepairOutcomeTable;
  recall: RecallTable;
  recallImportRun: RecallImportRunTable;
  telemetryBatch: TelemetryBatchTable;
  telemetryChunk: TelemetryChunkTable;
  outbox: OutboxTable;
  schemaMigration: SchemaMigrationTable;
  garageProfile: GarageProfileTable;
  onboardingCheckRun: OnboardingCheckRunTable;
  onboardingDocument: OnboardingDocumentTable;
  onboardingDraft: OnboardingDraftTable;
  accountCredential: AccountCredentialTable;
  registryCheckQueue: RegistryCheckQueueTable;
}

/** Tables whose rows carry the synced columns and go through the outbox. */
export type SyncedTableName =
  | 'customer'
  | 'vehicle'
  | 'mileageReading'
  | 'diagnosticSession'
  | 'dtcReading'
  | 'repairOutcome'
  | 'telemetryBatch'
  | 'garageProfile'
  | 'onboardingCheckRun';
