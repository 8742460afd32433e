import { parentPort } from 'node:worker_threads';
import type { ExtractJob, ExtractedDocument } from './document-extract';
import { extractDocument } from './document-extract';
import { DocumentIntakeError } from './intake-errors';

/**
 * Entry of the document worker thread (bundled by electron-vite through `?nodeWorker`): runs
 * the extractions it is sent, one at a time, reporting page starts, then each result or
 * refusal. Started with `resourceLimits` and watched by a per-page clock
 * (document-worker-client.ts): whatever a hostile file does here ends this thread, never
 * the app.
 */
export type WorkerRequest = ExtractJob & { id: number };

export type WorkerMessage =
  | { id: number; type: 'page'; page: number; pageCount: number; stage: 'text' | 'render' }
  | { id: number; type: 'done'; result: ExtractedDocument }
  | { id: number; type: 'refused'; code: DocumentIntakeError['code']; detail: string }
  | { id: number; type: 'failed'; message: string };

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    const { id } = request;
    queue = queue.then(() =>
      extractDocument(request, (page, pageCount, stage) =>
        post({ id, type: 'page', page, pageCount, stage }),
      )
        .then((result) => {
          const pages = result.pages.map((page) => ({ ...page, png: new Uint8Array(page.png) }));
          post(
            { id, type: 'done', result: { ...result, pages } },
            pages.map((page) => page.png.buffer as ArrayBuffer),
          );
        })
        .catch((error: unknown) => {
          if (error instanceof DocumentIntakeError) {
            post({ id, type: 'refused', code: error.code, detail: error.detail });
          } else {
            post({
              id,
              type: 'failed',
              message: error instanceof Error ? error.message : String(error),
            });
          }
        }),
    );
  });
}
