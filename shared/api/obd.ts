import { z } from 'zod';
import { OBD_UNITS } from '../obd/units';
import { Id, IsoDateTime } from './common';
import { mutation, query } from './define';
import { DiagnosisReportSchema, DtcStatusSchema } from './diagnosis';

/**
 * The Atelier's view of the OBD engine: one adapter connection per core (a workbench has
 * one adapter), scans stored as diagnostic sessions, live data streamed as events and
 * stored in telemetry batches as it comes.
 */

const Pid = z.string().regex(/^[0-9A-F]{2}$/);
const ObdUnitSchema = z.enum(OBD_UNITS);
/** A decoded value: a number, or an object for bit-field PIDs (readiness, fuel system…). */
const JsonObject = z.record(z.string(), z.unknown());
export const PidValueSchema = z.object({
  pid: Pid,
  name: z.string(),
  value: z.union([z.number(), JsonObject]),
  unit: ObdUnitSchema.nullable(),
});

export const AdapterString = z
  .string()
  .trim()
  .min(4)
  .max(200)
  .regex(/^(serial|tcp|sim):/, { message: 'invalid_adapter' });

export const SerialAdapterSchema = z.object({
  path: z.string(),
  kind: z.enum(['usb', 'bluetooth', 'other']),
  manufacturer: z.string().nullable(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
  serialNumber: z.string().nullable(),
  /** Known USB-serial chip of OBD adapters (FTDI, CH340, CP210x, PL2303) or an rfcomm link. */
  likelyObd: z.boolean(),
  /** Adapter string to connect with, e.g. `serial:/dev/ttyUSB0`. */
  adapter: z.string(),
});

export const ConnectionStepSchema = z.enum([
  'port_opened',
  'adapter_identified',
  'protocol_found',
  'vehicle_answering',
]);

export const ConnectionStatusSchema = z.object({
  state: z.enum([
    'closed',
    'connecting',
    'initializing',
    'no-vehicle',
    'ready',
    'reconnecting',
    'failed',
  ]),
  adapter: z.string().nullable(),
  /** Steps reached so far in this connection attempt, in order. */
  steps: z.array(ConnectionStepSchema),
  identity: z.string().nullable(),
  stnIdentity: z.string().nullable(),
  protocol: z.string().nullable(),
  voltage: z.number().nullable(),
  ecus: z.array(z.string()),
  /**
   * Why the last attempt or the link failed, with the likely fix, in both languages
   * (`code`: NO_DATA, UNABLE_TO_CONNECT, PORT_BUSY, PORT_NOT_FOUND, DISCONNECTED, …).
   */
  error: z
    .object({ code: z.string(), message: z.object({ fr: z.string(), en: z.string() }) })
    .nullable(),
  /** Live session currently recording, if any. */
  liveSessionId: Id.nullable(),
  /** While `reconnecting`: attempt number (from 1) and the back-off before it, for the banner. */
  reconnect: z
    .object({ attempt: z.number().int().positive(), nextDelayMs: z.number() })
    .nullable()
    .optional(),
});
export type ConnectionStatus = z.infer<typeof ConnectionStatusSchema>;

export const EcuCodesSchema = z.object({
  ecu: z.string().nullable(),
  name: z.string().nullable(),
  dtcs: z.array(z.object({ code: z.string(), status: DtcStatusSchema })),
  freezeFrame: z.object({ dtc: z.string().nullable(), values: z.array(PidValueSchema) }).nullable(),
  /** PID 01 decoded: MIL, DTC count, monitors (name → available/complete). */
  readiness: JsonObject.nullable(),
  supportedPids: z.array(Pid),
});

export const ScanOutcomeSchema = z.object({
  sessionId: Id,
  vehicleId: Id.nullable(),
  startedAt: IsoDateTime,
  durationMs: z.number(),
  adapter: z.string(),
  identity: z.string().nullable(),
  protocol: z.string().nullable(),
  voltage: z.number().nullable(),
  vin: z.string().nullable(),
  ecus: z.array(EcuCodesSchema),
  snapshot: z.array(PidValueSchema.extend({ ecu: z.string().nullable() })),
  /** Steps that failed without stopping the scan, e.g. a mode the car does not support. */
  warnings: z.array(
    z.object({ code: z.string(), message: z.object({ fr: z.string(), en: z.string() }) }),
  ),
  report: DiagnosisReportSchema.nullable(),
});
export type ScanOutcome = z.infer<typeof ScanOutcomeSchema>;

export const VinDecodeSchema = z.object({
  vin: z.string(),
  valid: z.boolean(),
  wmi: z.string().nullable(),
  manufacturer: z.string().nullable(),
  country: z.string().nullable(),
  /** Candidate model years (the year character repeats every 30 years). */
  modelYears: z.array(z.number().int()),
  checkDigitWarning: z.boolean(),
});

export const LiveSampleSchema = z.object({
  /** Epoch milliseconds when the adapter's answer arrived. */
  t: z.number(),
  pid: Pid,
  ecu: z.string().nullable(),
  value: z.number(),
});

export const SupportedPidSchema = z.object({
  pid: Pid,
  name: z.string(),
  unit: ObdUnitSchema.nullable(),
  ecus: z.array(z.string().nullable()),
  /** Numeric PIDs can be charted; bit-field PIDs are shown as text. */
  numeric: z.boolean(),
});

export const obdApi = {
  /** Serial ports (likely OBD adapters first), simulator scenarios and the remembered adapter. */
  'obd.listAdapters': query(
    z.object({}),
    z.object({
      serial: z.array(SerialAdapterSchema),
      scenarios: z.array(z.object({ name: z.string(), description: z.string() })),
      wifiDefault: z.string(),
      lastAdapter: z.string().nullable(),
    }),
  ),
  'obd.status': query(z.object({}), ConnectionStatusSchema),
  /** Connects (remembering the adapter); progress arrives as `obd.status` events. */
  'obd.connect': mutation(z.object({ adapter: AdapterString }), ConnectionStatusSchema),
  'obd.disconnect': mutation(z.object({}), ConnectionStatusSchema),
  /** Decodes a VIN and finds the matching vehicle and customer. */
  'obd.identifyVehicle': query(
    z.object({ vin: z.string().trim().min(1).max(40) }),
    z.object({
      decoded: VinDecodeSchema,
      match: z
        .object({ vehicleId: Id, customerId: Id, plate: z.string().nullable(), owner: z.string() })
        .nullable(),
    }),
  ),
  /**
   * Full scan stored as a diagnostic session, then diagnosed. Runs as a task (progress in
   * `task.progress`, cancellable with `tasks.cancel` and the given `taskId`).
   */
  'obd.scan': mutation(
    z.object({
      vehicleId: Id.nullable().default(null),
      mileageKm: z.number().int().min(0).max(3_000_000).nullable().default(null),
      technician: z.string().trim().max(100).nullable().default(null),
      taskId: z.string().min(1).max(100).optional(),
    }),
    ScanOutcomeSchema,
  ),
  /**
   * Mode 04, only with `confirm: true`; re-reads codes and readiness afterwards and records
   * the clear on the session (history uses it for codes that come back).
   */
  'obd.clearCodes': mutation(
    z.object({ sessionId: Id, confirm: z.literal(true) }),
    z.object({
      results: z.array(
        z.object({
          ecu: z.string().nullable(),
          outcome: z.enum(['cleared', 'refused']),
          reason: z.string().nullable(),
        }),
      ),
      remaining: z.array(
        z.object({ ecu: z.string().nullable(), code: z.string(), status: DtcStatusSchema }),
      ),
      readiness: z.array(z.object({ ecu: z.string().nullable(), status: JsonObject })),
    }),
  ),
  'obd.supportedPids': query(z.object({}), z.object({ pids: z.array(SupportedPidSchema) })),
  /**
   * Starts live polling of `pids`; samples arrive as `obd.samples` events. With `record`,
   * they are committed in batches to the session as they come.
   */
  'obd.startLive': mutation(
    z.object({
      sessionId: Id,
      pids: z.array(Pid).min(1).max(24),
      rateHz: z.number().min(0.2).max(20).default(10),
      record: z.boolean().default(false),
    }),
    z.object({ liveId: z.string(), pids: z.array(Pid) }),
  ),
  'obd.stopLive': mutation(z.object({}), z.object({ stopped: z.boolean() })),
  'obd.setRecording': mutation(
    z.object({ record: z.boolean() }),
    z.object({ recording: z.boolean() }),
  ),
  /** A named point in time on the recording ("accélération", "ralenti chaud"…). */
  'obd.addMarker': mutation(
    z.object({ sessionId: Id, label: z.string().trim().min(1).max(100), t: z.number().optional() }),
    z.object({ id: z.string(), t: z.number(), label: z.string() }),
  ),
  /** Stored samples of a session, columnar, for replay, comparison and export. */
  'obd.liveSeries': query(
    z.object({ sessionId: Id, pids: z.array(Pid).optional() }),
    z.object({
      series: z.array(
        z.object({
          pid: Pid,
          name: z.string(),
          unit: ObdUnitSchema.nullable(),
          t: z.array(z.number()),
          v: z.array(z.number()),
        }),
      ),
      markers: z.array(z.object({ id: z.string(), t: z.number(), label: z.string() })),
    }),
  ),
  /** CSV of the stored samples (one row per sample: time, pid, name, value, unit). */
  'obd.exportCsv': query(
    z.object({ sessionId: Id, pids: z.array(Pid).optional() }),
    z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }),
  ),
  /** Codes that appeared, disappeared or stayed between two sessions of a vehicle. */
  'obd.compareSessions': query(
    z.object({ before: Id, after: Id }),
    z.object({
      appeared: z.array(z.string()),
      gone: z.array(z.string()),
      recurring: z.array(z.string()),
    }),
  ),
};

export const obdEvents = {
  'obd.status': ConnectionStatusSchema,
  /** Batches of live samples (about every 100 ms) for the charts. */
  'obd.samples': z.object({
    liveId: z.string(),
    samples: z.array(LiveSampleSchema),
    recording: z.boolean(),
  }),
};
