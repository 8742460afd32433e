import { endianness } from 'node:os';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Telemetry is stored packed: one `telemetry_chunk` row per (batch, PID, ECU) holding the
 * sample times and values as little-endian Float64 arrays (epoch milliseconds and values).
 * An hour of 10 Hz data for 12 PIDs is 720 rows instead of 432,000, read with a byte copy per
 * row straight into the Float64Array columns the diagnosis engine works on.
 *
 * The byte format is part of the schema (migration 0004 writes it): changing it needs a new
 * migration. Within a chunk the samples are sorted by time, ties kept in arrival order. A NaN
 * value means "no numeric value" (a NULL `telemetry_sample.value` carried over by migration
 * 0004); readers skip such samples, as they skipped NULL values before.
 *
 * Sync: chunks are append-only facts owned by their synced `telemetry_batch` row, keyed by
 * `batch_id`, written in the batch's transaction and never updated. A future sync ships a
 * batch's chunks with its outbox entry (same transaction, so they are complete) and applies
 * them idempotently on `(batch_id, pid, ecu)`; a tombstoned batch hides its chunks.
 */

const LITTLE_ENDIAN = endianness() === 'LE';
const BYTES = Float64Array.BYTES_PER_ELEMENT;

/** Little-endian Float64 bytes of `values`. */
export function packFloat64(values: ArrayLike<number>): Buffer {
  const out = Buffer.allocUnsafeSlow(values.length * BYTES);
  if (LITTLE_ENDIAN) {
    new Float64Array(out.buffer, out.byteOffset, values.length).set(values);
  } else {
    for (let i = 0; i < values.length; i++) out.writeDoubleLE(values[i] ?? Number.NaN, i * BYTES);
  }
  return out;
}

function lengthOf(blob: Uint8Array): number {
  if (blob.byteLength % BYTES !== 0) {
    throw new Error(`damaged telemetry chunk: ${blob.byteLength} bytes is not a multiple of 8`);
  }
  return blob.byteLength / BYTES;
}

/**
 * The doubles packed in `blob`. When the bytes are 8-aligned the result is a view sharing
 * `blob`'s memory (no copy), otherwise an aligned copy: treat it as read-only.
 */
export function unpackFloat64(blob: Uint8Array): Float64Array {
  const n = lengthOf(blob);
  if (LITTLE_ENDIAN && blob.byteOffset % BYTES === 0) {
    return new Float64Array(blob.buffer, blob.byteOffset, n);
  }
  const out = new Float64Array(n);
  copyFloat64Into(blob, out, 0);
  return out;
}

/** Decodes `blob` into `target` from index `offset` (a byte copy); returns the count. */
export function copyFloat64Into(blob: Uint8Array, target: Float64Array, offset: number): number {
  const n = lengthOf(blob);
  if (offset < 0 || offset + n > target.length) throw new RangeError('target too short');
  if (LITTLE_ENDIAN) {
    new Uint8Array(target.buffer, target.byteOffset + offset * BYTES, n * BYTES).set(blob);
  } else {
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    for (let i = 0; i < n; i++) target[offset + i] = view.getFloat64(i * BYTES, true);
  }
  return n;
}

export interface PackedChunk {
  pid: string;
  ecu: string | null;
  firstTs: number;
  lastTs: number;
  sampleCount: number;
  ts: Buffer;
  value: Buffer;
}

/** Indices of `ts` in time order, ties in index order; null when already sorted. */
function sortOrder(ts: ArrayLike<number>): Uint32Array | null {
  let sorted = true;
  for (let i = 1; i < ts.length && sorted; i++) sorted = (ts[i - 1] ?? 0) <= (ts[i] ?? 0);
  if (sorted) return null;
  const order = Uint32Array.from({ length: ts.length }, (_, i) => i);
  return order.sort((a, b) => (ts[a] ?? 0) - (ts[b] ?? 0) || a - b);
}

/** One chunk of samples (times in epoch ms), sorted by time with ties in arrival order. */
export function packChunk(
  pid: string,
  ecu: string | null,
  ts: ArrayLike<number>,
  values: ArrayLike<number>,
): PackedChunk {
  if (ts.length !== values.length || ts.length === 0) {
    throw new RangeError(`chunk needs as many times as values (${ts.length}/${values.length})`);
  }
  const order = sortOrder(ts);
  let t: ArrayLike<number> = ts;
  let v: ArrayLike<number> = values;
  if (order) {
    t = Float64Array.from(order, (i) => ts[i] ?? 0);
    v = Float64Array.from(order, (i) => values[i] ?? Number.NaN);
  }
  return {
    pid,
    ecu,
    firstTs: t[0] ?? 0,
    lastTs: t[t.length - 1] ?? 0,
    sampleCount: t.length,
    ts: packFloat64(t),
    value: packFloat64(v),
  };
}

export interface ChunkSample {
  pid: string;
  ecu: string | null;
  /** Epoch milliseconds (whole). */
  ts: number;
  value: number;
}

/**
 * Groups samples into one chunk per (PID, ECU), chunks in the order their first sample came:
 * inserted in that order, their rowids keep the tie order of samples sharing a millisecond.
 */
export function buildChunks(samples: Iterable<ChunkSample>): PackedChunk[] {
  const groups = new Map<string, Map<string | null, { ts: number[]; v: number[] }>>();
  const order: Array<{ pid: string; ecu: string | null; ts: number[]; v: number[] }> = [];
  for (const sample of samples) {
    let byEcu = groups.get(sample.pid);
    if (!byEcu) groups.set(sample.pid, (byEcu = new Map()));
    let group = byEcu.get(sample.ecu);
    if (!group) {
      group = { ts: [], v: [] };
      byEcu.set(sample.ecu, group);
      order.push({ pid: sample.pid, ecu: sample.ecu, ...group });
    }
    group.ts.push(sample.ts);
    group.v.push(sample.value);
  }
  return order.map((g) => packChunk(g.pid, g.ecu, g.ts, g.v));
}

/** A chunk row as stored, in the columns the readers need. */
export interface StoredChunk {
  pid: string;
  ecu: string | null;
  sampleCount: number;
  ts: Uint8Array;
  value: Uint8Array;
}

/**
 * The session's chunks in insertion order: batch after batch, within a batch in the order each
 * PID's first sample came. With `pids`, only those PIDs', in that order for each PID.
 */
export function readSessionChunks(
  raw: BetterSqlite3.Database,
  sessionId: string,
  pids?: readonly string[],
): StoredChunk[] {
  const columns = 'SELECT pid, ecu, sample_count AS sampleCount, ts, value FROM telemetry_chunk';
  if (!pids) {
    return raw
      .prepare(`${columns} WHERE session_id = ? ORDER BY rowid`)
      .all(sessionId) as StoredChunk[];
  }
  const select = raw.prepare(`${columns} WHERE session_id = ? AND pid = ? ORDER BY rowid`);
  const out: StoredChunk[] = [];
  for (const pid of new Set(pids)) out.push(...(select.all(sessionId, pid) as StoredChunk[]));
  return out;
}

export interface DecodedSeries {
  t: Float64Array;
  v: Float64Array;
}

/**
 * One (PID, ECU) series from its chunks (given in insertion order): concatenated with a byte
 * copy per chunk, samples without a numeric value dropped, and sorted by time (ties in
 * insertion order) in the rare case chunks overlap.
 */
export function decodeSeries(chunks: readonly StoredChunk[]): DecodedSeries {
  let total = 0;
  for (const chunk of chunks) total += chunk.sampleCount;
  let t = new Float64Array(total);
  let v = new Float64Array(total);
  let at = 0;
  for (const chunk of chunks) {
    const n = copyFloat64Into(chunk.ts, t, at);
    if (copyFloat64Into(chunk.value, v, at) !== n) {
      throw new Error('damaged telemetry chunk: times and values differ in length');
    }
    at += n;
  }
  // One pass to spot samples without a value and out-of-order times; both are rare.
  let missing = 0;
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < at; i++) {
    if (Number.isNaN(v[i])) {
      missing++;
      continue;
    }
    const time = t[i] ?? 0;
    if (time < previous) sorted = false;
    previous = time;
  }
  if (missing > 0) {
    let kept = 0;
    for (let i = 0; i < at; i++) {
      const value = v[i] ?? Number.NaN;
      if (Number.isNaN(value)) continue;
      t[kept] = t[i] ?? 0;
      v[kept] = value;
      kept++;
    }
    t = t.subarray(0, kept);
    v = v.subarray(0, kept);
  }
  const order = sorted ? null : sortOrder(t);
  if (order) {
    const sortedT = Float64Array.from(order, (i) => t[i] ?? 0);
    v = Float64Array.from(order, (i) => v[i] ?? 0);
    t = sortedT;
  }
  return { t, v };
}

export interface PidSeries extends DecodedSeries {
  pid: string;
  ecu: string | null;
}

/**
 * One series per PID, PIDs in ascending order. When several ECUs report the same PID (engine
 * and gearbox both send coolant temperature) the ECU with the most numeric samples is kept,
 * the lowest ECU name on a tie (no ECU first): interleaving two sensors would draw a zigzag
 * and look like noise to the anomaly detection.
 */
export function readSessionSeries(
  raw: BetterSqlite3.Database,
  sessionId: string,
  pids?: readonly string[],
): PidSeries[] {
  const byPid = new Map<string, Map<string | null, StoredChunk[]>>();
  for (const chunk of readSessionChunks(raw, sessionId, pids)) {
    let byEcu = byPid.get(chunk.pid);
    if (!byEcu) byPid.set(chunk.pid, (byEcu = new Map()));
    const list = byEcu.get(chunk.ecu);
    if (list) list.push(chunk);
    else byEcu.set(chunk.ecu, [chunk]);
  }
  const out: PidSeries[] = [];
  for (const pid of [...byPid.keys()].sort()) {
    let best: PidSeries | null = null;
    for (const [ecu, chunks] of byPid.get(pid) ?? []) {
      const series = decodeSeries(chunks);
      if (series.t.length === 0) continue;
      if (
        best === null ||
        series.t.length > best.t.length ||
        (series.t.length === best.t.length && (ecu ?? '') < (best.ecu ?? ''))
      ) {
        best = { pid, ecu, ...series };
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/**
 * Visits every numeric sample of `chunks` in time order; samples of the same millisecond in
 * chunk order (insertion order), then in their order within the chunk. A k-way merge over the
 * chunks, each already sorted by time; a chunk joins the heap only once the merge reaches its
 * first sample, so the heap holds the few chunks that overlap (about one per PID), not the
 * whole session's.
 */
export function forEachSampleInTimeOrder(
  chunks: readonly StoredChunk[],
  visit: (ts: number, pid: string, value: number) => void,
): void {
  const count = chunks.length;
  const times = chunks.map((chunk) => unpackFloat64(chunk.ts));
  const values = chunks.map((chunk) => unpackFloat64(chunk.value));
  const pids = chunks.map((chunk) => chunk.pid);
  const position = new Uint32Array(count);
  // Chunks waiting to join, by (first time, chunk order).
  const waiting = Uint32Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => (times[a]?.[0] ?? 0) - (times[b]?.[0] ?? 0) || a - b,
  );
  let nextWaiting = 0;
  // Binary min-heap of chunk indices keyed by (time of the chunk's next sample, chunk index).
  const heap = new Uint32Array(count);
  const key = new Float64Array(count);
  let size = 0;
  const less = (a: number, b: number) => {
    const ka = key[a] ?? 0;
    const kb = key[b] ?? 0;
    return ka < kb || (ka === kb && a < b);
  };
  const up = (from: number) => {
    let i = from;
    const c = heap[i] ?? 0;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] ?? 0;
      if (!less(c, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = c;
  };
  const down = (from: number) => {
    let i = from;
    const c = heap[i] ?? 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let m = l;
      if (r < size && less(heap[r] ?? 0, heap[l] ?? 0)) m = r;
      const child = heap[m] ?? 0;
      if (!less(child, c)) break;
      heap[i] = child;
      i = m;
    }
    heap[i] = c;
  };
  for (;;) {
    // Admit every waiting chunk that starts no later than the current minimum.
    while (nextWaiting < count) {
      const c = waiting[nextWaiting] ?? 0;
      const first = times[c]?.[0];
      if (first === undefined) {
        nextWaiting++;
        continue;
      }
      if (size > 0 && first > (key[heap[0] ?? 0] ?? 0)) break;
      key[c] = first;
      heap[size++] = c;
      up(size - 1);
      nextWaiting++;
    }
    if (size === 0) return;
    const c = heap[0] ?? 0;
    const t = times[c] ?? EMPTY;
    const p = position[c] ?? 0;
    const value = values[c]?.[p] ?? Number.NaN;
    if (!Number.isNaN(value)) visit(t[p] ?? 0, pids[c] ?? '', value);
    position[c] = p + 1;
    if (p + 1 < t.length) {
      key[c] = t[p + 1] ?? 0;
    } else {
      size--;
      heap[0] = heap[size] ?? 0;
    }
    if (size > 0) down(0);
  }
}

const EMPTY = new Float64Array(0);
