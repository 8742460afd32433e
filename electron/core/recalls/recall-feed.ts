import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { AppError } from '@shared/api/errors';
import type { RecallPage } from './recall-formats';
import { MAX_RECORDS, invalidSource, parseRecallPayload } from './recall-formats';

/** Where recalls come from: a file given by the user, or the published service. */
export interface RecallFeed {
  /** For the job log: the file path or the URL. */
  readonly source: string;
  /** Every page of the source; a failure rejects before anything is stored. */
  pages(signal?: AbortSignal): AsyncIterable<RecallPage>;
}

/** A file is a whole export; 64 MB is ten times the full vehicle export. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** One HTTP answer: a 100-record page is ~0.5 MB, the vehicle CSV export a few MB. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const PAGE_SIZE = 100;
/** The Explore API refuses offset + limit above 10,000. */
const MAX_API_RECORDS = 10_000;
const TIMEOUT_MS = 30_000;

/**
 * The vehicle recalls of RappelConso through the Explore API v2.1 (paginated). The category
 * filter keeps pages few; records are filtered again locally, so a label change on the portal
 * costs pages, not correctness. Override with `novaevo recalls refresh --url` or
 * NOVAEVO_RECALLS_URL (an `/exports/json` or `/exports/csv` URL works too).
 */
export const DEFAULT_RECALLS_URL =
  'https://data.economie.gouv.fr/api/explore/v2.1/catalog/datasets/rappelconso0/records?where=' +
  encodeURIComponent('startswith(categorie_de_produit, "Automobiles")');

function hintOf(name: string, contentType: string | null): 'json' | 'csv' | null {
  if (contentType?.includes('json')) return 'json';
  if (contentType?.includes('csv')) return 'csv';
  const ext = extname(name.split('?')[0] ?? '').toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  return null;
}

export class FileRecallFeed implements RecallFeed {
  constructor(readonly source: string) {}

  async *pages(): AsyncIterable<RecallPage> {
    let size: number;
    try {
      size = (await stat(this.source)).size;
    } catch (error) {
      throw invalidSource(
        `fichier ${this.source} introuvable ou illisible.`,
        `file ${this.source} missing or unreadable.`,
        { file: this.source, cause: String(error) },
      );
    }
    if (size > MAX_FILE_BYTES) {
      throw invalidSource(
        `fichier de ${Math.round(size / 1e6)} Mo, au-delà de ${MAX_FILE_BYTES / 1e6} Mo.`,
        `file of ${Math.round(size / 1e6)} MB, above ${MAX_FILE_BYTES / 1e6} MB.`,
        { file: this.source, size },
      );
    }
    const text = await readFile(this.source, 'utf8');
    yield parseRecallPayload(text, this.source, hintOf(this.source, null));
  }
}

function unreachable(url: string, fr: string, en: string, details: Record<string, unknown>) {
  return new AppError(
    'RECALLS_UNREACHABLE',
    {
      fr: `Service des rappels injoignable (${url}) : ${fr} Les rappels déjà enregistrés restent disponibles.`,
      en: `Recall service unreachable (${url}): ${en} The recalls already stored remain available.`,
    },
    { url, ...details },
  );
}

/** Reads a body up to `max` bytes, refusing larger ones before allocating them. */
async function boundedText(response: Response, url: string, max: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > max) {
    throw invalidSource(
      `réponse annoncée de ${declared} octets.`,
      `answer announced at ${declared} bytes.`,
      { url, declared },
    );
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw invalidSource(`réponse de plus de ${max} octets.`, `answer larger than ${max} bytes.`, {
        url,
        max,
      });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface HttpFeedOptions {
  fetch?: typeof fetch;
  maxResponseBytes?: number;
  timeoutMs?: number;
}

export class HttpRecallFeed implements RecallFeed {
  private readonly fetch: typeof fetch;

  constructor(
    readonly source: string,
    private readonly options: HttpFeedOptions = {},
  ) {
    this.fetch = options.fetch ?? fetch;
    let parsed: URL;
    try {
      parsed = new URL(source);
    } catch {
      throw invalidSource(`adresse ${source} invalide.`, `invalid address ${source}.`, {
        url: source,
      });
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw invalidSource(`adresse ${source} non HTTP.`, `address ${source} is not HTTP.`, {
        url: source,
      });
    }
  }

  private async get(url: string, signal?: AbortSignal): Promise<RecallPage> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? TIMEOUT_MS);
    let response: Response;
    try {
      response = await this.fetch(url, {
        headers: { accept: 'application/json, text/csv;q=0.9' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      throw unreachable(url, 'pas de réponse.', 'no answer.', { cause: String(error) });
    }
    if (!response.ok) {
      throw unreachable(url, `réponse HTTP ${response.status}.`, `HTTP ${response.status}.`, {
        status: response.status,
      });
    }
    const text = await boundedText(
      response,
      url,
      this.options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
    );
    return parseRecallPayload(text, url, hintOf(url, response.headers.get('content-type')));
  }

  async *pages(signal?: AbortSignal): AsyncIterable<RecallPage> {
    const base = new URL(this.source);
    if (!base.pathname.endsWith('/records')) {
      yield await this.get(this.source, signal);
      return;
    }
    // Explore API v2.1: limit ≤ 100 and offset + limit ≤ 10,000.
    for (let offset = 0; offset + PAGE_SIZE <= Math.min(MAX_API_RECORDS, MAX_RECORDS);) {
      const url = new URL(base);
      url.searchParams.set('limit', String(PAGE_SIZE));
      url.searchParams.set('offset', String(offset));
      const page = await this.get(url.toString(), signal);
      yield page;
      offset += PAGE_SIZE;
      if (page.raws.length < PAGE_SIZE) return;
      if (page.totalCount !== null && offset >= page.totalCount) return;
    }
  }
}
