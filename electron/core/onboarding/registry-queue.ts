import type { RegistryOutcome } from '../../../shared/onboarding/checks';

/** A registry check that could not run (network down) and waits for a retry. */
export interface PendingRegistryCheck {
  siren: string;
  attempts: number;
  /** ISO timestamp of the next try. */
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
}

/** Where pending checks live; the app wires it to SQLite, tests use the in-memory one. */
export interface RegistryCheckStore {
  get(siren: string): Promise<PendingRegistryCheck | null>;
  put(entry: PendingRegistryCheck): Promise<void>;
  remove(siren: string): Promise<void>;
  listDue(nowIso: string): Promise<PendingRegistryCheck[]>;
}

const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

/** 1 min, 2, 4, … capped at 6 h: the registry is retried often at first, then gently. */
export function retryDelayMs(attempts: number, firstRetryMs = FIRST_RETRY_MS): number {
  return Math.min(MAX_RETRY_MS, firstRetryMs * 2 ** Math.max(0, attempts - 1));
}

export async function enqueueRegistryCheck(
  store: RegistryCheckStore,
  siren: string,
  now: Date,
  reason: string,
  firstRetryMs = FIRST_RETRY_MS,
): Promise<PendingRegistryCheck> {
  const existing = await store.get(siren);
  const attempts = (existing?.attempts ?? 0) + 1;
  const entry: PendingRegistryCheck = {
    siren,
    attempts,
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, firstRetryMs)).toISOString(),
    lastError: reason,
    createdAt: existing?.createdAt ?? now.toISOString(),
  };
  await store.put(entry);
  return entry;
}

export interface QueueRunResult {
  resolved: { siren: string; outcome: RegistryOutcome }[];
  stillPending: PendingRegistryCheck[];
}

/**
 * Retries every due check. A resolved outcome (found, not found) is handed to `onResolved` and
 * leaves the queue; an unreachable registry pushes the next attempt further out.
 */
export async function processPendingRegistryChecks(
  store: RegistryCheckStore,
  lookup: (siren: string) => Promise<RegistryOutcome>,
  now: Date,
  onResolved: (siren: string, outcome: RegistryOutcome) => Promise<void>,
  options: { firstRetryMs?: number; force?: boolean } = {},
): Promise<QueueRunResult> {
  const result: QueueRunResult = { resolved: [], stillPending: [] };
  // `force` (the user's "retry now") takes every entry, due or not.
  const due = await store.listDue(options.force ? '9999-12-31T23:59:59.999Z' : now.toISOString());
  for (const entry of due) {
    const outcome = await lookup(entry.siren);
    if (outcome.kind === 'unreachable') {
      result.stillPending.push(
        await enqueueRegistryCheck(store, entry.siren, now, outcome.reason, options.firstRetryMs),
      );
      continue;
    }
    await onResolved(entry.siren, outcome);
    await store.remove(entry.siren);
    result.resolved.push({ siren: entry.siren, outcome });
  }
  return result;
}

export class InMemoryRegistryCheckStore implements RegistryCheckStore {
  private readonly entries = new Map<string, PendingRegistryCheck>();

  async get(siren: string): Promise<PendingRegistryCheck | null> {
    return this.entries.get(siren) ?? null;
  }

  async put(entry: PendingRegistryCheck): Promise<void> {
    this.entries.set(entry.siren, { ...entry });
  }

  async remove(siren: string): Promise<void> {
    this.entries.delete(siren);
  }

  async listDue(nowIso: string): Promise<PendingRegistryCheck[]> {
    return [...this.entries.values()].filter((e) => e.nextAttemptAt <= nowIso);
  }
}
