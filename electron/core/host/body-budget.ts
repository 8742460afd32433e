import type { IncomingMessage } from 'node:http';

/**
 * Bytes of request bodies the host holds at once, across all requests. A request reserves
 * its declared length before one byte is read and keeps the reservation until its answer is
 * sent (the parsed JSON and decoded document it leads to are proportional to it), so parallel
 * large uploads cannot add up beyond the budget: the ones that do not fit get 503 at once.
 */
export class BodyBudget {
  private used = 0;

  constructor(readonly capacity: number) {}

  get inFlight(): number {
    return this.used;
  }

  tryReserve(bytes: number): boolean {
    if (bytes < 0 || this.used + bytes > this.capacity) return false;
    this.used += bytes;
    return true;
  }

  release(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }
}

export type BodyOutcome =
  { ok: true; body: Buffer } | { ok: false; status: 411 | 413 | 503 | 400; reason: string };

export interface BodyReader {
  /** Reads the body within its reservation; `release` must be called once the answer is sent. */
  read(): Promise<BodyOutcome>;
  release(): void;
}

/**
 * Reserves room for a request's body and reads it. A body without `content-length`
 * (chunked) reserves the per-request maximum up front, since its size is unknown.
 */
export function reserveBody(
  req: IncomingMessage,
  budget: BodyBudget,
  maxBytes: number,
): BodyReader | Exclude<BodyOutcome, { ok: true }> {
  const header = req.headers['content-length'];
  const chunked = header === undefined;
  if (chunked && req.headers['transfer-encoding'] === undefined) {
    // No body at all.
    return { read: async () => ({ ok: true, body: Buffer.alloc(0) }), release: () => undefined };
  }
  const declared = chunked ? maxBytes : Number(header);
  if (!Number.isSafeInteger(declared) || declared < 0) {
    return { ok: false, status: 400, reason: 'bad content-length' };
  }
  if (declared > maxBytes) return { ok: false, status: 413, reason: 'body too large' };
  if (!budget.tryReserve(declared)) return { ok: false, status: 503, reason: 'busy' };
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      budget.release(declared);
    },
    read: async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of req) {
          const buffer = chunk as Buffer;
          size += buffer.length;
          if (size > declared) {
            return { ok: false, status: 413, reason: 'body too large' } as const;
          }
          chunks.push(buffer);
        }
      } catch {
        return { ok: false, status: 400, reason: 'body interrupted' } as const;
      }
      return { ok: true, body: Buffer.concat(chunks, size) } as const;
    },
  };
}
