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

export interface TelemetrySampleTable {
  rowid: Generated<number>;
  batchId: string;
  sessionId: string;
  ecu: string | null;
  pid: string;
  ts: number;
  value: number | null;
  valueJson: string | null;
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

export interface DatabaseSchema {
  garageSetting: GarageSettingTable;
  customer: CustomerTable;
  vehicle: VehicleTable;
  mileageReading: MileageReadingTable;
  diagnosticSession: DiagnosticSessionTable;
  dtcReading: DtcReadingTable;
  telemetryBatch: TelemetryBatchTable;
  telemetrySample: TelemetrySampleTable;
  outbox: OutboxTable;
  schemaMigration: SchemaMigrationTable;
}

/** Tables whose rows carry the synced columns and go through the outbox. */
export type SyncedTableName =
  'customer' | 'vehicle' | 'mileageReading' | 'diagnosticSession' | 'dtcReading' | 'telemetryBatch';
