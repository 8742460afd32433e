import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import type { DocumentLine } from '../../../shared/onboarding/kbis-extract';
import { DocumentWorker } from './document-worker-client';
import type { WorkerClock } from './document-worker-client';
import { DocumentIntakeError } from './intake-errors';

export interface OcrProgress {
  status: string;
  /** 0–1 within the current status. */
  progress: number;
}

export interface OcrPageResult {
  lines: DocumentLine[];
  text: string;
  /** Mean word confidence 0–1. */
  confidence: number;
  durationMs: number;
}

export interface OcrServiceOptions {
  /** The worker is terminated after this long without work (default 60 s). */
  idleTimeoutMs?: number;
  /**
   * Tesseract page segmentation: 6 (one uniform block) keeps a label and its value on one line on
   * the fixtures, where 4 dropped lines of the blurred 150 dpi scan.
   */
  pageSegmentationMode?: '4' | '6';
  /** Clock of the document worker's page and idle timers (tests). */
  clock?: WorkerClock;
}

export interface RecogniseOptions {
  signal?: AbortSignal;
  onProgress?: (progress: OcrProgress) => void;
}

/** Every file tesseract.js needs, resolved from node_modules so nothing is fetched from a CDN. */
export function tesseractPaths(): { workerPath: string; corePath: string; langPath: string } {
  const require = createRequire(import.meta.url);
  const tesseractRoot = path.dirname(require.resolve('tesseract.js/package.json'));
  const coreRoot = path.dirname(require.resolve('tesseract.js-core/package.json'));
  const french = require('@tesseract.js-data/fra') as { langPath: string };
  return {
    workerPath: path.join(tesseractRoot, 'src', 'worker-script', 'node', 'index.js'),
    corePath: coreRoot,
    // The package's index points at its 4.0.0 folder holding fra.traineddata.gz.
    langPath: french.langPath,
  };
}

interface TesseractLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/**
 * One long-lived tesseract.js worker: created on first use, reused across pages, terminated
 * after an idle period. Jobs run one at a time; cancelling one terminates the worker, since
 * tesseract cannot interrupt a page, and the next job starts a fresh one.
 */
export class OcrService {
  private worker: Tesseract.Worker | null = null;
  private starting: Promise<Tesseract.Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private progressListener: ((progress: OcrProgress) => void) | null = null;
  private readonly idleTimeoutMs: number;
  private readonly pageSegmentationMode: '4' | '6';
  /** Milliseconds the last worker start took (loading the WASM core and the French model). */
  lastWarmUpMs: number | null = null;
  /**
   * The thread a document is measured, parsed, rendered and prepared in before OCR: owned
   * here so whoever holds the OCR service (a core, a CLI command) releases both together.
   */
  readonly documents: DocumentWorker;

  constructor(options: OcrServiceOptions = {}) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
    this.pageSegmentationMode = options.pageSegmentationMode ?? '6';
    this.documents = new DocumentWorker({
      idleTimeoutMs: this.idleTimeoutMs,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  }

  get isRunning(): boolean {
    return this.worker !== null;
  }

  private async ensureWorker(): Promise<Tesseract.Worker> {
    if (this.worker) return this.worker;
    this.starting ??= (async () => {
      const started = performance.now();
      const paths = tesseractPaths();
      const worker = await Tesseract.createWorker('fra', Tesseract.OEM.LSTM_ONLY, {
        ...paths,
        cacheMethod: 'none',
        gzip: true,
        logger: (message: { status: string; progress: number }) =>
          this.progressListener?.({ status: message.status, progress: message.progress }),
        errorHandler: () => undefined,
      });
      await worker.setParameters({
        tessedit_pageseg_mode: this.pageSegmentationMode as unknown as Tesseract.PSM,
        // Keeps the wide gap between the label column and the value column in the text.
        preserve_interword_spaces: '1',
      });
      this.lastWarmUpMs = performance.now() - started;
      this.worker = worker;
      return worker;
    })().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  /** Starts the worker ahead of the first page; returns how long that took. */
  async warmUp(): Promise<number> {
    await this.ensureWorker();
    this.armIdleTimer();
    return this.lastWarmUpMs ?? 0;
  }

  recognise(
    image: Buffer,
    imageWidth: number,
    options: RecogniseOptions = {},
  ): Promise<OcrPageResult> {
    const job = this.queue.then(() => this.runJob(image, imageWidth, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async runJob(
    image: Buffer,
    imageWidth: number,
    options: RecogniseOptions,
  ): Promise<OcrPageResult> {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw new DocumentIntakeError('ocr_cancelled');
    this.clearIdleTimer();
    const worker = await this.ensureWorker();
    const started = performance.now();
    this.progressListener = onProgress ?? null;
    const onAbort = (): void => {
      void this.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // No `rotateAuto`: pages arrive deskewed by prepareImageForOcr.
      const recognition = worker.recognize(image, {}, { text: true, blocks: true });
      const aborted = new Promise<never>((_, reject) => {
        signal?.addEventListener('abort', () => reject(new DocumentIntakeError('ocr_cancelled')), {
          once: true,
        });
      });
      const { data } = await Promise.race([recognition, aborted]);
      const lines: DocumentLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines as TesseractLine[]) {
            lines.push({
              text: line.text.replace(/\n$/, ''),
              left: imageWidth > 0 ? line.bbox.x0 / imageWidth : undefined,
              confidence: line.confidence / 100,
            });
          }
        }
      }
      return {
        lines,
        text: data.text,
        confidence: data.confidence / 100,
        durationMs: performance.now() - started,
      };
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.progressListener = null;
      this.armIdleTimer();
    }
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private armIdleTimer(): void {
    this.clearIdleTimer();
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => void this.terminate(), this.idleTimeoutMs);
    // An idle OCR worker must not keep the CLI or a test process alive.
    this.idleTimer.unref();
  }

  async terminate(): Promise<void> {
    await this.documents.terminate();
    this.clearIdleTimer();
    const worker = this.worker ?? (this.starting ? await this.starting.catch(() => null) : null);
    this.worker = null;
    if (worker) await worker.terminate().catch(() => undefined);
  }
}
