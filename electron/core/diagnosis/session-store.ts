import type { ParsedScanSummary, ScanSummary } from '@shared/api/diagnosis';
import { ScanSummarySchema } from '@shared/api/diagnosis';
import { AppError } from '@shared/api/errors';
import type { CoreContext } from '../app/core-context';
import type { SyncedTransaction } from '../db/synced-writer';
import { buildChunks } from '../db/telemetry-chunks';

/** What `diagnostic_session.scan` holds (JSON), versioned because it outlives app versions. */
export interface StoredScan {
  format: 1;
  ecus: ParsedScanSummary['ecus'];
  readiness: ParsedScanSummary['readiness'];
  /** Codes cleared (mode 04) at the end of the session: a code seen later "came back". */
  cleared: boolean;
  /** Mode 06 results, when the scan read them (absent from sessions stored before). */
  monitorTests?: ParsedScanSummary['monitorTests'];
}

/**
 * Telemetry is synced by batch; one batch per minute of recording keeps each sync payload
 * small (12 PIDs at 10 Hz → ~7,200 samples) while an hour stays at 60 synced rows.
 */
const BATCH_WINDOW_MS = 60_000;

export interface StoredSession {
  sessionId: string;
  dtcCount: number;
  sampleCount: number;
  batchCount: number;
}

export type StoreContext = Pick<CoreContext, 'database' | 'writer'>;

function parseSummary(summary: ScanSummary): ParsedScanSummary {
  const parsed = ScanSummarySchema.safeParse(summary);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      {
        fr: 'Résumé de lecture OBD invalide : la session n’a pas été enregistrée.',
        en: 'Invalid OBD scan summary: the session was not stored.',
      },
      parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  for (const series of parsed.data.live) {
    if (series.t.length !== series.v.length) {
      throw new AppError(
        'VALIDATION',
        {
          fr: `Série PID ${series.pid} : autant d’instants que de valeurs sont attendus.`,
          en: `PID ${series.pid} series: as many times as values are expected.`,
        },
        { pid: series.pid, times: series.t.length, values: series.v.length },
      );
    }
  }
  return parsed.data;
}

interface FlatSample {
  pid: string;
  ecu: string | null;
  ts: number;
  value: number;
}

function flattenLive(live: ParsedScanSummary['live'], startMs: number): FlatSample[] {
  const samples: FlatSample[] = [];
  for (const series of live) {
    for (let i = 0; i < series.t.length; i++) {
      const value = series.v[i];
      const t = series.t[i];
      if (value === undefined || t === undefined || !Number.isFinite(value)) continue;
      samples.push({ pid: series.pid, ecu: series.ecu, ts: Math.round(startMs + t), value });
    }
  }
  return samples.sort((a, b) => a.ts - b.ts);
}

async function storeTelemetry(
  tx: SyncedTransaction,
  sessionId: string,
  samples: readonly FlatSample[],
): Promise<number> {
  let batches = 0;
  let start = 0;
  while (start < samples.length) {
    const first = samples[start];
    if (!first) break;
    let end = start;
    while (end < samples.length && (samples[end]?.ts ?? 0) < first.ts + BATCH_WINDOW_MS) end++;
    const last = samples[end - 1] ?? first;
    const batch = await tx.insert('telemetryBatch', {
      sessionId,
      startedAt: first.ts,
      endedAt: last.ts,
      sampleCount: end - start,
    });
    // Samples are append-only facts owned by their synced batch row, not synced rows
    // themselves: packed one chunk per PID and ECU, in the writer's transaction.
    const chunks = buildChunks(samples.slice(start, end));
    await tx.trx
      .insertInto('telemetryChunk')
      .values(chunks.map((chunk) => ({ ...chunk, batchId: batch.id, sessionId })))
      .execute();
    batches++;
    start = end;
  }
  return batches;
}

/**
 * Stores one scan as a diagnostic session: the session row (with the scan JSON), one
 * `dtc_reading` per code and ECU, the odometer as an OBD mileage reading, and the live data as
 * telemetry batches — all in one transaction, so a session is never half stored.
 */
export async function storeScanSession(
  context: StoreContext,
  summary: ScanSummary,
): Promise<StoredSession> {
  const scan = parseSummary(summary);
  const startMs = Date.parse(scan.startedAt);
  if (Number.isNaN(startMs)) {
    throw new AppError(
      'VALIDATION',
      { fr: 'Date de début de session invalide.', en: 'Invalid session start date.' },
      { startedAt: scan.startedAt },
    );
  }
  const samples = flattenLive(scan.live, startMs);
  const stored: StoredScan = {
    format: 1,
    ecus: scan.ecus,
    readiness: scan.readiness,
    cleared: scan.cleared,
    ...(scan.monitorTests.length > 0 ? { monitorTests: scan.monitorTests } : {}),
  };
  return context.writer.write(async (tx) => {
    if (scan.vehicleId !== null) await tx.getLive('vehicle', scan.vehicleId);
    const session = await tx.insert('diagnosticSession', {
      vehicleId: scan.vehicleId,
      startedAt: scan.startedAt,
      endedAt: scan.endedAt,
      adapter: scan.adapter,
      adapterIdentity: scan.adapterIdentity,
      protocol: scan.protocol,
      vinRead: scan.vin,
      mileageKm: scan.mileageKm,
      technician: scan.technician,
      status: 'closed',
      scan: JSON.stringify(stored),
      report: null,
      resolution: null,
    });
    // Two ECUs reporting the same code are two facts; the same reading twice is one.
    const seen = new Set<string>();
    for (const dtc of scan.dtcs) {
      const key = `${dtc.code}|${dtc.ecu ?? ''}|${dtc.status}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await tx.insert('dtcReading', {
        sessionId: session.id,
        ecu: dtc.ecu,
        code: dtc.code,
        status: dtc.status,
        freezeFrame: dtc.freezeFrame ? JSON.stringify(dtc.freezeFrame) : null,
        readAt: scan.startedAt,
      });
    }
    if (scan.vehicleId !== null && scan.mileageKm !== null) {
      await tx.insert('mileageReading', {
        vehicleId: scan.vehicleId,
        km: scan.mileageKm,
        readAt: scan.startedAt,
        source: 'obd',
        sessionId: session.id,
      });
    }
    const batchCount = await storeTelemetry(tx, session.id, samples);
    return {
      sessionId: session.id,
      dtcCount: seen.size,
      sampleCount: samples.length,
      batchCount,
    };
  });
}

export function parseStoredScan(json: string | null): StoredScan | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as Partial<StoredScan> | null;
    if (value === null || typeof value !== 'object') return null;
    return {
      format: 1,
      ecus: Array.isArray(value.ecus) ? value.ecus : [],
      readiness: value.readiness ?? null,
      cleared: value.cleared === true,
      ...(Array.isArray(value.monitorTests) ? { monitorTests: value.monitorTests } : {}),
    };
  } catch {
    return null;
  }
}
