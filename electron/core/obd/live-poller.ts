import { decodeEcuMessage } from '@shared/obd/decode-answer';
import { byteToHex } from '@shared/obd/hex';
import { isObdError } from '@shared/obd/obd-error';
import type { ObdFailure } from '@shared/obd/obd-error';
import { pidDefinition } from '@shared/obd/pids';
import { isCanProtocol } from '@shared/obd/protocols';
import type { ObdRequest } from '@shared/obd/request';
import type { ObdUnit, StructuredValue } from '@shared/obd/units';
import type { ElmSession } from './elm-session';

export interface PidGroup {
  name: string;
  pids: number[];
  /** 0 = most important. Due PIDs of a lower number are asked first. */
  priority: number;
  rateHz: number;
}

export interface LiveSample {
  /** Epoch milliseconds when the answer arrived. */
  at: number;
  ecu: string | null;
  pid: string;
  name: string;
  value: number | StructuredValue;
  unit: ObdUnit | null;
  /** Request-to-answer time of the request that carried this sample. */
  latencyMs: number;
}

export type SampleSink = (samples: LiveSample[]) => void | Promise<void>;

export interface LivePollerOptions {
  groups: PidGroup[];
  sink: SampleSink;
  /** At most six on CAN (ELM327DSJ p. 45); forced to 1 when multi-PID is unsupported or on K-line. */
  maxPidsPerRequest?: number;
  /** Sink deliveries allowed in flight before polling waits for the sink (back-pressure). */
  maxPendingDeliveries?: number;
  /** A PID that returns nothing this many times in a row is dropped from polling. */
  dropAfterMisses?: number;
  onError?: (error: ObdFailure) => void;
}

export interface PollerStats {
  requests: number;
  samples: number;
  samplesPerSecond: number;
  meanLatencyMs: number;
  droppedPids: string[];
  errors: number;
}

interface PidState {
  pid: number;
  priority: number;
  periodMs: number;
  dueAt: number;
  misses: number;
}

const STARVATION_PERIODS = 5;
/** Bytes in a CAN single frame after the PCI: a longer answer is multi-frame. */
const SINGLE_FRAME_PAYLOAD = 7;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Live-data scheduler: per-PID period from its group's rate, due PIDs asked by priority then
 * lateness (a PID late by several periods is promoted so nothing starves), batched up to six
 * per request on CAN, with the response-count digit learned per batch so the adapter returns
 * as soon as every ECU has answered instead of waiting out its timeout.
 */
export class LivePoller {
  private readonly states: PidState[];
  private readonly controller = new AbortController();
  private readonly expectedAnswers = new Map<string, number>();
  private readonly pendingDeliveries = new Set<Promise<void>>();
  private latencyEwma = 0;
  private multiFrameHint = true;
  private statsValue = {
    requests: 0,
    samples: 0,
    latencyTotal: 0,
    errors: 0,
    droppedPids: [] as string[],
  };
  private startedAt = 0;

  constructor(
    private readonly session: ElmSession,
    private readonly options: LivePollerOptions,
  ) {
    const byPid = new Map<number, PidState>();
    for (const group of options.groups) {
      const periodMs = 1000 / Math.max(0.01, group.rateHz);
      for (const pid of group.pids) {
        if (!pidDefinition(pid) || pid % 0x20 === 0) continue;
        const existing = byPid.get(pid);
        if (!existing || group.priority < existing.priority || periodMs < existing.periodMs) {
          byPid.set(pid, { pid, priority: group.priority, periodMs, dueAt: 0, misses: 0 });
        }
      }
    }
    this.states = [...byPid.values()];
  }

  stop(): void {
    this.controller.abort();
  }

  stats(): PollerStats {
    const elapsedS = Math.max(0.001, (Date.now() - this.startedAt) / 1000);
    return {
      requests: this.statsValue.requests,
      samples: this.statsValue.samples,
      samplesPerSecond: this.statsValue.samples / elapsedS,
      meanLatencyMs:
        this.statsValue.requests === 0
          ? 0
          : this.statsValue.latencyTotal / this.statsValue.requests,
      droppedPids: [...this.statsValue.droppedPids],
      errors: this.statsValue.errors,
    };
  }

  /** Polls until `stop()` or the signal; resolves after the last sink delivery settled. */
  async run(signal?: AbortSignal): Promise<PollerStats> {
    signal?.addEventListener('abort', () => this.stop(), { once: true });
    const stopSignal = this.controller.signal;
    this.startedAt = Date.now();
    while (!stopSignal.aborted && this.states.length > 0) {
      const now = Date.now();
      const batch = this.nextBatch(now);
      if (batch.length === 0) {
        const nextDue = Math.min(...this.states.map((s) => s.dueAt));
        await sleep(Math.max(1, nextDue - now), stopSignal);
        continue;
      }
      await this.backPressure();
      try {
        await this.poll(batch);
      } catch (error) {
        this.statsValue.errors++;
        if (isObdError(error)) {
          this.options.onError?.(error.toFailure());
          if (['DISCONNECTED', 'NOT_CONNECTED'].includes(error.code)) await sleep(500, stopSignal);
        } else {
          throw error;
        }
      }
    }
    await Promise.allSettled([...this.pendingDeliveries]);
    return this.stats();
  }

  private batchLimit(): number {
    const info = this.session.info;
    const limit = Math.min(6, Math.max(1, this.options.maxPidsPerRequest ?? 6));
    return info?.multiPid && isCanProtocol(this.session.protocol) ? limit : 1;
  }

  private nextBatch(now: number): PidState[] {
    const due = this.states.filter((s) => s.dueAt <= now);
    const starved = (s: PidState): boolean => now - s.dueAt > STARVATION_PERIODS * s.periodMs;
    due.sort(
      (a, b) =>
        Number(starved(b)) - Number(starved(a)) || a.priority - b.priority || a.dueAt - b.dueAt,
    );
    return due.slice(0, this.batchLimit());
  }

  /**
   * Adaptive pacing: from the measured latency, the link's request capacity; when the groups
   * ask for more than that, the lower-priority PIDs slow down in proportion so the top group
   * keeps its rate and nothing starves.
   */
  private effectivePeriod(state: PidState): number {
    if (this.latencyEwma === 0) return state.periodMs;
    const top = Math.min(...this.states.map((s) => s.priority));
    if (state.priority === top) return state.periodMs;
    const demand = this.states.reduce((sum, s) => sum + 1000 / s.periodMs, 0) / this.batchLimit();
    const capacity = 1000 / this.latencyEwma;
    return demand > capacity ? (state.periodMs * demand) / capacity : state.periodMs;
  }

  private async backPressure(): Promise<void> {
    const max = this.options.maxPendingDeliveries ?? 8;
    while (this.pendingDeliveries.size >= max) await Promise.race(this.pendingDeliveries);
  }

  private async poll(batch: PidState[]): Promise<void> {
    const pids = batch.map((s) => s.pid);
    const key = pids.map(byteToHex).join('');
    const request: ObdRequest = { service: 0x01, pids, frame: null, responseCount: null };
    const answerBytes =
      1 + pids.reduce((sum, pid) => sum + 1 + (pidDefinition(pid)?.bytes ?? 0), 0);
    const expected = this.expectedAnswers.get(key);
    const fitsOneFrame = answerBytes <= SINGLE_FRAME_PAYLOAD;
    const hinted = expected !== undefined && (fitsOneFrame || this.multiFrameHint);
    const sentAt = Date.now();
    const parsed = await this.session.request(request, {
      priority: 'poll',
      ...(hinted ? { responseCount: expected } : {}),
    });
    // Whether a multi-frame message counts as one response differs between clones: learn it.
    if (hinted && !fitsOneFrame && parsed.failures.some((f) => f.code === 'ISO_TP_INCOMPLETE')) {
      this.multiFrameHint = false;
    }
    const at = Date.now();
    const latencyMs = at - sentAt;
    this.statsValue.requests++;
    this.statsValue.latencyTotal += latencyMs;
    this.latencyEwma =
      this.latencyEwma === 0 ? latencyMs : this.latencyEwma * 0.8 + latencyMs * 0.2;

    const samples: LiveSample[] = [];
    for (const message of parsed.messages) {
      const decoded = decodeEcuMessage(message, this.session.protocol);
      for (const value of decoded.values ?? []) {
        samples.push({
          at,
          ecu: decoded.ecu,
          pid: value.pid,
          name: value.name,
          value: value.value,
          unit: value.unit,
          latencyMs,
        });
      }
    }
    if (parsed.messages.length > 0 && expected === undefined)
      this.expectedAnswers.set(key, parsed.messages.length);

    const answered = new Set(samples.map((s) => s.pid));
    for (const state of batch) {
      state.dueAt = sentAt + this.effectivePeriod(state);
      if (answered.has(byteToHex(state.pid))) {
        state.misses = 0;
      } else if (++state.misses >= (this.options.dropAfterMisses ?? 3)) {
        this.states.splice(this.states.indexOf(state), 1);
        this.statsValue.droppedPids.push(byteToHex(state.pid));
      }
    }
    if (samples.length === 0) return;
    this.statsValue.samples += samples.length;
    const delivery = Promise.resolve()
      .then(() => this.options.sink(samples))
      .catch((error: unknown) =>
        this.options.onError?.({
          code: 'MALFORMED_ANSWER',
          message: `sink failed: ${String(error)}`,
        }),
      )
      .finally(() => this.pendingDeliveries.delete(delivery));
    this.pendingDeliveries.add(delivery);
  }
}
