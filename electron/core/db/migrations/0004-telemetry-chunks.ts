import { packChunk } from '../telemetry-chunks';
import type { Migration } from './migration';

/**
 * Telemetry samples move from one row each (`telemetry_sample`) to packed chunks: one
 * `telemetry_chunk` row per (batch, PID, ECU) with the times and values as little-endian
 * Float64 arrays (format in `../telemetry-chunks.ts`). Materialising 432,000 rows for an hour
 * of 10 Hz data took 0.6–1.5 s; 720 chunk rows decode with a byte copy each, and telemetry
 * takes about a tenth of the space (16 bytes per sample instead of a row with two UUIDs plus
 * its index entry; an existing file reuses the freed pages rather than shrinking).
 *
 * Chunks are append-only facts owned by their synced `telemetry_batch` row (`batch_id`),
 * written in the same transaction as the batch and its outbox entry. The batch stays the
 * synced unit: a future sync carries a batch's chunks with it, applies them idempotently on
 * the unique `(batch_id, pid, ecu)` key, and never updates them.
 *
 * Existing samples are carried over: grouped by (batch, PID, ECU) in the order they were
 * stored, each group sorted by time with ties in storage order, and the chunks inserted in the
 * order of their first sample so readers break same-millisecond ties as `ORDER BY ts, rowid`
 * did. A NULL value (no version ever wrote one: every writer filtered non-finite values)
 * becomes NaN, which readers skip as they skipped NULL; `value_json` was never written and is
 * not kept. The sample count is checked before `telemetry_sample` is dropped.
 */
export const migration0004TelemetryChunks: Migration = {
  version: 4,
  name: 'telemetry_chunks',
  up: (db) => {
    db.exec(`
      CREATE TABLE telemetry_chunk (
        batch_id TEXT NOT NULL REFERENCES telemetry_batch (id),
        session_id TEXT NOT NULL,
        pid TEXT NOT NULL,
        ecu TEXT,
        first_ts INTEGER NOT NULL,
        last_ts INTEGER NOT NULL,
        sample_count INTEGER NOT NULL CHECK (sample_count > 0),
        ts BLOB NOT NULL CHECK (length(ts) = 8 * sample_count),
        value BLOB NOT NULL CHECK (length(value) = 8 * sample_count),
        CHECK (first_ts <= last_ts)
      ) STRICT;
      CREATE INDEX telemetry_chunk_series ON telemetry_chunk (session_id, pid, first_ts);
      -- One chunk per (batch, PID, ECU); a missing ECU is keyed as an empty blob, which no
      -- TEXT value equals. Also serves the foreign key's look-ups from telemetry_batch.
      CREATE UNIQUE INDEX telemetry_chunk_batch
        ON telemetry_chunk (batch_id, pid, ifnull(ecu, x''));
    `);

    interface Group {
      batchId: string;
      sessionId: string;
      pid: string;
      ecu: string | null;
      ts: number[];
      v: number[];
    }
    const groups = new Map<string, Group>();
    let carried = 0;
    const rows = db
      .prepare(
        'SELECT batch_id, session_id, pid, ecu, ts, value FROM telemetry_sample ORDER BY rowid',
      )
      .raw(true)
      .iterate() as Iterable<[string, string, string, string | null, number, number | null]>;
    for (const [batchId, sessionId, pid, ecu, ts, value] of rows) {
      const key = JSON.stringify([batchId, pid, ecu]);
      let group = groups.get(key);
      if (!group) {
        group = { batchId, sessionId, pid, ecu, ts: [], v: [] };
        groups.set(key, group);
      }
      group.ts.push(ts);
      group.v.push(value ?? Number.NaN);
      carried++;
    }

    const insert = db.prepare(
      `INSERT INTO telemetry_chunk
         (batch_id, session_id, pid, ecu, first_ts, last_ts, sample_count, ts, value)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const group of groups.values()) {
      const chunk = packChunk(group.pid, group.ecu, group.ts, group.v);
      insert.run(
        group.batchId,
        group.sessionId,
        chunk.pid,
        chunk.ecu,
        chunk.firstTs,
        chunk.lastTs,
        chunk.sampleCount,
        chunk.ts,
        chunk.value,
      );
    }

    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM telemetry_sample) AS samples,
                (SELECT ifnull(sum(sample_count), 0) FROM telemetry_chunk) AS packed`,
      )
      .get() as { samples: number; packed: number };
    if (counts.samples !== carried || counts.packed !== carried) {
      throw new Error(
        `telemetry_chunk migration lost samples (${counts.samples} stored, ${carried} read, ${counts.packed} packed)`,
      );
    }
    db.exec('DROP TABLE telemetry_sample;');
  },
};
