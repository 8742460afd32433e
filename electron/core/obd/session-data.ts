import { randomUUID } from 'node:crypto';
import type { CoreContext } from '../app/core-context';
import { notFound } from '../db/synced-writer';
import {
  forEachSampleInTimeOrder,
  readSessionChunks,
  readSessionSeries,
  unpackFloat64,
} from '../db/telemetry-chunks';
import { customerDisplayName } from '../workshop/mappers';
import { pidDefinition } from '@shared/obd/pids';
import type { ObdUnit } from '@shared/obd/units';
import { normalizeVin } from '@shared/workshop/vin';

export type DataContext = Pick<CoreContext, 'database' | 'writer'>;

export interface LiveMarker {
  id: string;
  t: number;
  label: string;
}

export interface ClearRecord {
  at: string;
  results: Array<{ ecu: string | null; outcome: 'cleared' | 'refused'; reason: string | null }>;
  remaining: Array<{ ecu: string | null; code: string; status: string }>;
}

type ScanJson = Record<string, unknown>;

function parseScanJson(text: unknown): ScanJson {
  if (typeof text !== 'string') return { format: 1, ecus: [], readiness: null, cleared: false };
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as ScanJson;
  } catch {
    // A damaged scan JSON is replaced by a fresh one rather than blocking the workbench.
  }
  return { format: 1, ecus: [], readiness: null, cleared: false };
}

/**
 * Markers and the record of a clear live in the session's `scan` JSON, updated through the
 * writer. Why not a table: markers are a handful per session, always read with it, and this
 * way they sync with the session row's own outbox entry, need no migration (0003 is being
 * taken by a concurrent capability) and are versioned with the scan format. Every other key
 * of the JSON (the diagnosis' `format`, `ecus`, `readiness`, …) is kept as it is.
 */
async function patchScanJson(
  context: DataContext,
  sessionId: string,
  patch: (scan: ScanJson) => ScanJson,
): Promise<ScanJson> {
  return context.writer.write(async (tx) => {
    const row = await tx.getLive('diagnosticSession', sessionId);
    const next = patch(parseScanJson(row['scan']));
    await tx.update('diagnosticSession', sessionId, null, { scan: JSON.stringify(next) });
    return next;
  });
}

export async function assertSession(context: DataContext, sessionId: string): Promise<void> {
  const row = await context.database.db
    .selectFrom('diagnosticSession')
    .select('id')
    .where('id', '=', sessionId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('diagnosticSession', sessionId);
}

export async function addMarker(
  context: DataContext,
  sessionId: string,
  label: string,
  t: number,
): Promise<LiveMarker> {
  const marker: LiveMarker = { id: randomUUID(), t: Math.round(t), label };
  await patchScanJson(context, sessionId, (scan) => ({
    ...scan,
    markers: [...markersIn(scan), marker],
  }));
  return marker;
}

function markersIn(scan: ScanJson): LiveMarker[] {
  const markers = scan['markers'];
  if (!Array.isArray(markers)) return [];
  return markers.filter(
    (m): m is LiveMarker =>
      m !== null &&
      typeof m === 'object' &&
      typeof (m as LiveMarker).id === 'string' &&
      typeof (m as LiveMarker).t === 'number' &&
      typeof (m as LiveMarker).label === 'string',
  );
}

export async function readMarkers(context: DataContext, sessionId: string): Promise<LiveMarker[]> {
  const row = await context.database.db
    .selectFrom('diagnosticSession')
    .select('scan')
    .where('id', '=', sessionId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('diagnosticSession', sessionId);
  return markersIn(parseScanJson(row.scan)).sort((a, b) => a.t - b.t);
}

/** `cleared: true` is what the diagnosis history reads ("came back after a clear"). */
export async function recordClear(
  context: DataContext,
  sessionId: string,
  record: ClearRecord,
): Promise<void> {
  await patchScanJson(context, sessionId, (scan) => {
    const clears = Array.isArray(scan['clears']) ? (scan['clears'] as unknown[]) : [];
    return { ...scan, cleared: true, clears: [...clears, record] };
  });
}

export interface Series {
  pid: string;
  name: string;
  unit: ObdUnit | null;
  ecu: string | null;
  t: number[];
  v: number[];
}

/**
 * Stored numeric samples of a session, one column pair per PID. When two ECUs report the same
 * PID the one with the most samples is kept (as the diagnosis does): interleaving two sensors
 * would draw a zigzag.
 */
export function readSeries(
  context: DataContext,
  sessionId: string,
  pids: readonly string[] | undefined,
): Series[] {
  return readSessionSeries(context.database.raw, sessionId, pids).map(({ pid, ecu, t, v }) => {
    const definition = pidDefinition(parseInt(pid, 16));
    return {
      pid,
      name: definition?.name ?? `PID ${pid}`,
      unit: definition?.unit ?? null,
      ecu,
      t: Array.from(t),
      v: Array.from(v),
    };
  });
}

export const CSV_HEADER = 'time_iso;t_ms;pid;name;value;unit';

/** French spreadsheets: `;` between fields, a decimal comma, CRLF line ends. */
function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * `(ms) => new Date(ms).toISOString()`, the date and time of day formatted once per second:
 * an hour of 10 Hz data for 12 PIDs is 432,000 lines over 3,600 seconds.
 */
export function isoTimeFormatter(): (ms: number) => string {
  let lastSecond = Number.NaN;
  let prefix = '';
  return (ms) => {
    if (!Number.isInteger(ms) || ms < 0 || ms >= 253_402_300_800_000) {
      return new Date(ms).toISOString();
    }
    const second = Math.floor(ms / 1000);
    if (second !== lastSecond) {
      lastSecond = second;
      prefix = new Date(second * 1000).toISOString().slice(0, 20);
    }
    return `${prefix}${String(ms - second * 1000).padStart(3, '0')}Z`;
  };
}

function csvText(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every stored numeric sample of the session (all ECUs), in time order. `t_ms` counts from the
 * session's first sample, `time_iso` is the absolute UTC time.
 */
export function exportCsv(
  context: DataContext,
  sessionId: string,
  pids: readonly string[] | undefined,
): { csv: string; rows: number } {
  const chunks = readSessionChunks(context.database.raw, sessionId);
  const wanted = pids ? new Set(pids) : null;
  const lines = [CSV_HEADER];
  // `t_ms` counts from the first numeric sample of the whole session, whichever PIDs are
  // exported.
  let first = Number.POSITIVE_INFINITY;
  for (const chunk of chunks) {
    const t = unpackFloat64(chunk.ts);
    const v = unpackFloat64(chunk.value);
    for (let i = 0; i < t.length; i++) {
      const ts = t[i] ?? 0;
      if (ts < first && !Number.isNaN(v[i])) first = ts;
    }
  }
  const names = new Map<string, { prefix: string; unit: string }>();
  const isoTime = isoTimeFormatter();
  let count = 0;
  forEachSampleInTimeOrder(
    wanted ? chunks.filter((chunk) => wanted.has(chunk.pid)) : chunks,
    (ts, pid, value) => {
      let name = names.get(pid);
      if (name === undefined) {
        const definition = pidDefinition(parseInt(pid, 16));
        name = {
          prefix: `${pid};${csvText(definition?.name ?? `PID ${pid}`)}`,
          unit: csvText(definition?.unit ?? ''),
        };
        names.set(pid, name);
      }
      lines.push(`${isoTime(ts)};${ts - first};${name.prefix};${csvNumber(value)};${name.unit}`);
      count++;
    },
  );
  return { csv: lines.join('\r\n') + '\r\n', rows: count };
}

export async function compareSessions(
  context: DataContext,
  before: string,
  after: string,
): Promise<{ appeared: string[]; gone: string[]; recurring: string[] }> {
  await assertSession(context, before);
  await assertSession(context, after);
  const codesOf = async (sessionId: string): Promise<Set<string>> => {
    const rows = await context.database.db
      .selectFrom('dtcReading')
      .select('code')
      .where('sessionId', '=', sessionId)
      .where('deletedAt', 'is', null)
      .execute();
    return new Set(rows.map((r) => r.code));
  };
  const a = await codesOf(before);
  const b = await codesOf(after);
  const sorted = (set: Iterable<string>) => [...set].sort();
  return {
    appeared: sorted([...b].filter((code) => !a.has(code))),
    gone: sorted([...a].filter((code) => !b.has(code))),
    recurring: sorted([...b].filter((code) => a.has(code))),
  };
}

export interface VehicleMatch {
  vehicleId: string;
  customerId: string;
  plate: string | null;
  owner: string;
}

export async function findVehicleByVin(
  context: DataContext,
  vin: string,
): Promise<VehicleMatch | null> {
  const normalized = normalizeVin(vin);
  if (normalized.length !== 17) return null;
  const row = await context.database.db
    .selectFrom('vehicle')
    .innerJoin('customer', 'customer.id', 'vehicle.customerId')
    .select([
      'vehicle.id',
      'vehicle.customerId',
      'vehicle.plate',
      'customer.kind',
      'customer.firstName',
      'customer.lastName',
      'customer.companyName',
    ])
    .where('vehicle.vin', '=', normalized)
    .where('vehicle.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    vehicleId: row.id,
    customerId: row.customerId,
    plate: row.plate,
    owner: customerDisplayName(row),
  };
}
