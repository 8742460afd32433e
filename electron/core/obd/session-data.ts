import { randomUUID } from 'node:crypto';
import type { CoreContext } from '../app/core-context';
import { notFound } from '../db/synced-writer';
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
  const raw = context.database.raw;
  const groups = raw
    .prepare(
      `SELECT pid, ecu, count(*) AS n FROM telemetry_sample
       WHERE session_id = ? AND value IS NOT NULL GROUP BY pid, ecu ORDER BY pid, n DESC, ecu`,
    )
    .all(sessionId) as Array<{ pid: string; ecu: string | null; n: number }>;
  const wanted = pids ? new Set(pids) : null;
  const chosen = new Map<string, { ecu: string | null; n: number }>();
  for (const group of groups) {
    if (wanted && !wanted.has(group.pid)) continue;
    if (!chosen.has(group.pid)) chosen.set(group.pid, group);
  }
  const select = raw
    .prepare(
      `SELECT ts, value FROM telemetry_sample
       WHERE session_id = ? AND pid = ? AND ecu IS ? AND value IS NOT NULL ORDER BY ts, rowid`,
    )
    .raw(true);
  const series: Series[] = [];
  for (const [pid, { ecu, n }] of chosen) {
    const t = new Array<number>(n);
    const v = new Array<number>(n);
    let i = 0;
    for (const row of select.iterate(sessionId, pid, ecu) as Iterable<[number, number]>) {
      t[i] = row[0];
      v[i] = row[1];
      i++;
    }
    t.length = i;
    v.length = i;
    const definition = pidDefinition(parseInt(pid, 16));
    series.push({
      pid,
      name: definition?.name ?? `PID ${pid}`,
      unit: definition?.unit ?? null,
      ecu,
      t,
      v,
    });
  }
  return series;
}

export const CSV_HEADER = 'time_iso;t_ms;pid;name;value;unit';

/** French spreadsheets: `;` between fields, a decimal comma, CRLF line ends. */
function csvNumber(value: number): string {
  return String(value).replace('.', ',');
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
  const rows = context.database.raw
    .prepare(
      `SELECT ts, pid, value FROM telemetry_sample
       WHERE session_id = ? AND value IS NOT NULL ORDER BY ts, rowid`,
    )
    .raw(true)
    .all(sessionId) as Array<[number, string, number]>;
  const wanted = pids ? new Set(pids) : null;
  const lines = [CSV_HEADER];
  const first = rows[0]?.[0] ?? 0;
  const names = new Map<string, string>();
  let count = 0;
  for (const [ts, pid, value] of rows) {
    if (wanted && !wanted.has(pid)) continue;
    let prefix = names.get(pid);
    if (prefix === undefined) {
      const definition = pidDefinition(parseInt(pid, 16));
      prefix = `${pid};${csvText(definition?.name ?? `PID ${pid}`)}`;
      names.set(pid, prefix);
      names.set(`${pid}:unit`, definition?.unit ?? '');
    }
    lines.push(
      `${new Date(ts).toISOString()};${ts - first};${prefix};${csvNumber(value)};${csvText(names.get(`${pid}:unit`) ?? '')}`,
    );
    count++;
  }
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
