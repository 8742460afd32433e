import { buildChunks } from '../db/telemetry-chunks';
import { createLogger } from '../log/logger';
import type { DataContext } from './session-data';

const log = createLogger('obd-recorder');

export interface RecordedSample {
  /** Epoch milliseconds. */
  t: number;
  pid: string;
  ecu: string | null;
  value: number;
}

export interface RecorderOptions {
  /** Commit at least this often while samples come (ms). */
  flushIntervalMs?: number;
  /** Commit as soon as this many samples wait. */
  maxPending?: number;
}

/**
 * Commits live samples as they come: every `flushIntervalMs` (500 ms) or `maxPending` (200)
 * samples, one `telemetry_batch` row (synced, through the writer) and its `telemetry_chunk`
 * rows (one per PID and ECU, samples packed) in the same transaction. A pulled adapter or a closed app loses at most the last
 * half-second; commits are chained so batches land in order and never overlap.
 */
export class LiveRecorder {
  private pending: RecordedSample[] = [];
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | null;
  private storedCount = 0;
  private batchCount = 0;
  private closed = false;
  private readonly maxPending: number;

  constructor(
    private readonly context: DataContext,
    readonly sessionId: string,
    options: RecorderOptions = {},
  ) {
    this.maxPending = options.maxPending ?? 200;
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs ?? 500);
    this.timer.unref?.();
  }

  get stored(): number {
    return this.storedCount;
  }

  get batches(): number {
    return this.batchCount;
  }

  add(samples: readonly RecordedSample[]): void {
    if (this.closed) return;
    for (const sample of samples) this.pending.push(sample);
    if (this.pending.length >= this.maxPending) void this.flush();
  }

  /** Resolves once everything added so far is committed (or failed and logged). */
  flush(): Promise<void> {
    const rows = this.pending;
    if (rows.length > 0) {
      this.pending = [];
      this.chain = this.chain.then(() =>
        this.commit(rows).catch((error: unknown) =>
          log.error('telemetry batch not stored', {
            sessionId: this.sessionId,
            samples: rows.length,
            error: String(error),
          }),
        ),
      );
    }
    return this.chain;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
    this.closed = true;
  }

  private async commit(rows: readonly RecordedSample[]): Promise<void> {
    let startedAt = Number.POSITIVE_INFINITY;
    let endedAt = Number.NEGATIVE_INFINITY;
    for (const row of rows) {
      if (row.t < startedAt) startedAt = row.t;
      if (row.t > endedAt) endedAt = row.t;
    }
    const chunks = buildChunks(
      rows.map((row) => ({ pid: row.pid, ecu: row.ecu, ts: Math.round(row.t), value: row.value })),
    );
    await this.context.writer.write(async (tx) => {
      const batch = await tx.insert('telemetryBatch', {
        sessionId: this.sessionId,
        startedAt: Math.round(startedAt),
        endedAt: Math.round(endedAt),
        sampleCount: rows.length,
      });
      // Chunks are append-only facts owned by the synced batch row (they travel with it),
      // inserted in the writer's transaction; in first-sample order, which readers use to
      // order samples of the same millisecond.
      await tx.trx
        .insertInto('telemetryChunk')
        .values(chunks.map((chunk) => ({ ...chunk, batchId: batch.id, sessionId: this.sessionId })))
        .execute();
    });
    this.storedCount += rows.length;
    this.batchCount++;
  }
}
