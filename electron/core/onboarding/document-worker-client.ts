/// <reference types="electron-vite/node" />
import type { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from './document-extract';
import type { DocumentFormat, IntakeLimits } from './document-format';
import { INTAKE_LIMITS } from './document-format';
import type { WorkerMessage, WorkerRequest } from './document-worker';
// electron-vite emits the worker as its own chunk in out/ builds; Vitest and the benchmarks
// bundle it from source (scripts/node-worker/source-module.mjs).
import startDocumentWorker from './document-worker?nodeWorker';
import { DocumentIntakeError } from './intake-errors';

/** The timer functions the per-page and idle clocks use; tests may pass their own. */
export interface WorkerClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: WorkerClock = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending clock must not keep the CLI or a test process alive.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface ExtractOptions {
  limits?: IntakeLimits;
  signal?: AbortSignal;
  /** A page starts being read or rendered. */
  onPage?: (page: number, pageCount: number, stage: 'text' | 'render') => void;
}

export interface DocumentWorkerOptions {
  /** The thread is ended after this long without work (default 60 s). */
  idleTimeoutMs?: number;
  clock?: WorkerClock;
}

/**
 * One long-lived worker thread that measures, parses, renders and prepares documents
 * (document-extract.ts), with a bounded heap (`resourceLimits`) and a clock per page. A
 * document that exhausts either is refused (`pdf_too_complex`, `image_too_complex`) and the
 * thread is terminated; the next document starts a fresh one. Jobs run one at a time.
 */
export class DocumentWorker {
  private worker: Worker | null = null;
  private heapMb = 0;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: unknown = null;
  private readonly clock: WorkerClock;
  private readonly idleTimeoutMs: number;

  constructor(options: DocumentWorkerOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  }

  get isRunning(): boolean {
    return this.worker !== null;
  }

  extract(
    bytes: Uint8Array,
    format: DocumentFormat,
    options: ExtractOptions = {},
  ): Promise<ExtractedDocument> {
    const job = this.queue.then(() => this.run(bytes, format, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  async terminate(): Promise<void> {
    this.clearIdle();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private clearIdle(): void {
    if (this.idleTimer !== null) this.clock.clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private thread(limits: IntakeLimits): Worker {
    if (this.worker && this.heapMb === limits.workerHeapMb) return this.worker;
    void this.worker?.terminate();
    const worker = startDocumentWorker({
      resourceLimits: {
        maxOldGenerationSizeMb: limits.workerHeapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.ceil(limits.workerHeapMb / 8)),
      },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    this.worker = worker;
    this.heapMb = limits.workerHeapMb;
    return worker;
  }

  private run(
    bytes: Uint8Array,
    format: DocumentFormat,
    options: ExtractOptions,
  ): Promise<ExtractedDocument> {
    const limits = options.limits ?? INTAKE_LIMITS;
    const tooComplex = format === 'pdf' ? 'pdf_too_complex' : 'image_too_complex';
    const corrupt = format === 'pdf' ? 'pdf_corrupt' : 'image_corrupt';
    this.clearIdle();
    if (options.signal?.aborted) return Promise.reject(new DocumentIntakeError('ocr_cancelled'));
    const worker = this.thread(limits);
    const id = this.nextId++;
    // A copy is handed over (transferred): the caller keeps its bytes.
    const copy = new Uint8Array(bytes);
    return new Promise<ExtractedDocument>((resolve, reject) => {
      let settled = false;
      let timer: unknown = null;
      const settle = (outcome: () => void, keepThread: boolean) => {
        if (settled) return;
        settled = true;
        if (timer !== null) this.clock.clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (keepThread) this.armIdle();
        else if (this.worker === worker) void this.terminate();
        outcome();
      };
      // Timeouts, cancellation and crashes end the thread: a page cannot be interrupted.
      const fail = (error: DocumentIntakeError, keepThread = false) =>
        settle(() => reject(error), keepThread);
      const arm = () => {
        if (timer !== null) this.clock.clearTimeout(timer);
        timer = this.clock.setTimeout(
          () =>
            fail(
              new DocumentIntakeError(
                tooComplex,
                `timeout:${Math.round(limits.pageTimeoutMs / 1000)}`,
              ),
            ),
          limits.pageTimeoutMs,
        );
      };
      const onAbort = () => fail(new DocumentIntakeError('ocr_cancelled'));
      const onMessage = (message: WorkerMessage) => {
        if (message.id !== id) return;
        switch (message.type) {
          case 'page':
            arm();
            options.onPage?.(message.page, message.pageCount, message.stage);
            return;
          case 'done':
            settle(() => resolve(message.result), true);
            return;
          case 'refused':
            fail(new DocumentIntakeError(message.code, message.detail), true);
            return;
          case 'failed':
            fail(new DocumentIntakeError(corrupt, message.message), true);
            return;
        }
      };
      const onError = (error: Error & { code?: string }) =>
        fail(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DocumentIntakeError(tooComplex, `memory:${limits.workerHeapMb}`)
            : new DocumentIntakeError(corrupt, error.message),
        );
      // Ended without a word: out of memory outside the JavaScript heap, or crashed.
      const onExit = () =>
        fail(new DocumentIntakeError(tooComplex, `memory:${limits.workerHeapMb}`));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      arm();
      const request: WorkerRequest = { id, bytes: copy, format, limits };
      worker.postMessage(request, [copy.buffer as ArrayBuffer]);
    });
  }

  private armIdle(): void {
    this.clearIdle();
    this.idleTimer = this.clock.setTimeout(() => void this.terminate(), this.idleTimeoutMs);
  }
}
