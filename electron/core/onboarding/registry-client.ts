import type { RegistryCompany, RegistryOutcome } from '../../../shared/onboarding/checks';

export const DEFAULT_REGISTRY_URL = 'https://recherche-entreprises.api.gouv.fr';

/** The part of a `GET /search` result the checks use (API Recherche d'entreprises). */
export interface RechercheEntreprisesResult {
  siren: string;
  nom_complet: string;
  nom_raison_sociale?: string | null;
  sigle?: string | null;
  etat_administratif: 'A' | 'C' | string;
  activite_principale?: string | null;
  nature_juridique?: string | null;
  date_creation?: string | null;
  siege?: {
    siret?: string;
    adresse?: string | null;
    code_postal?: string | null;
    libelle_commune?: string | null;
    activite_principale?: string | null;
    etat_administratif?: string;
  } | null;
  dirigeants?: { nom?: string; prenoms?: string; qualite?: string; type_dirigeant?: string }[];
}

export interface RechercheEntreprisesResponse {
  results: RechercheEntreprisesResult[];
  total_results: number;
  page: number;
  per_page: number;
  total_pages: number;
}

export type RegistryErrorKind =
  'timeout' | 'rate_limited' | 'server' | 'network' | 'http' | 'bad_response' | 'aborted';

export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Whether trying again later can help (the offline queue keeps these). */
  get transient(): boolean {
    return this.kind !== 'http' && this.kind !== 'bad_response' && this.kind !== 'aborted';
  }
}

export interface RegistryClientOptions {
  baseUrl?: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt, on 429, 5xx, timeouts and network errors. */
  maxRetries?: number;
  /** First back-off delay; doubled each retry (with jitter), or the server's Retry-After. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new RegistryError('aborted', 'aborted'));
      },
      { once: true },
    );
  });
}

/** "45.20A" → "4520A". */
function nafWithoutDot(code: string | null | undefined): string | null {
  return code ? code.replace('.', '').toUpperCase() : null;
}

export function toRegistryCompany(result: RechercheEntreprisesResult): RegistryCompany {
  return {
    siren: result.siren,
    name: result.nom_complet || result.nom_raison_sociale || '',
    active: result.etat_administratif === 'A',
    headOfficeAddress: result.siege?.adresse ?? null,
    nafCode: nafWithoutDot(result.siege?.activite_principale ?? result.activite_principale),
  };
}

function isSearchResponse(value: unknown): value is RechercheEntreprisesResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { results?: unknown }).results)
  );
}

/** Client for the public API Recherche d'entreprises (no key; about 7 requests per second). */
export class RegistryClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(options: RegistryClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_REGISTRY_URL).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 8_000;
    this.maxRetries = options.maxRetries ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
  }

  private async attempt(url: string, signal?: AbortSignal): Promise<RechercheEntreprisesResponse> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal?.aborted)
        throw new RegistryError('aborted', 'aborted', undefined, { cause: error });
      if (timeout.aborted)
        throw new RegistryError('timeout', `no answer within ${this.timeoutMs} ms`, undefined, {
          cause: error,
        });
      throw new RegistryError(
        'network',
        error instanceof Error ? error.message : String(error),
        undefined,
        { cause: error },
      );
    }
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'));
      await response.body?.cancel();
      const error = new RegistryError('rate_limited', 'rate limited (429)', 429);
      (error as RegistryError & { retryAfterMs?: number }).retryAfterMs = Number.isFinite(
        retryAfter,
      )
        ? retryAfter * 1000
        : undefined;
      throw error;
    }
    if (response.status >= 500) {
      await response.body?.cancel();
      throw new RegistryError('server', `server error ${response.status}`, response.status);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new RegistryError('http', `HTTP ${response.status}`, response.status);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (timeout.aborted)
        throw new RegistryError('timeout', `no answer within ${this.timeoutMs} ms`, undefined, {
          cause: error,
        });
      throw new RegistryError('bad_response', 'response is not JSON', response.status, {
        cause: error,
      });
    }
    if (!isSearchResponse(body))
      throw new RegistryError('bad_response', 'unexpected JSON shape', response.status);
    return body;
  }

  /** `GET /search?q=<siren>` with retries; the result whose `siren` equals the one asked, or null. */
  async findBySiren(
    siren: string,
    signal?: AbortSignal,
  ): Promise<RechercheEntreprisesResult | null> {
    const url = `${this.baseUrl}/search?q=${encodeURIComponent(siren)}&page=1&per_page=5`;
    for (let attempt = 0; ; attempt++) {
      try {
        const body = await this.attempt(url, signal);
        // Full-text search may return namesakes: only an exact SIREN counts.
        return body.results.find((r) => r.siren === siren) ?? null;
      } catch (error) {
        if (!(error instanceof RegistryError) || !error.transient || attempt >= this.maxRetries)
          throw error;
        const retryAfterMs = (error as RegistryError & { retryAfterMs?: number }).retryAfterMs;
        const backoff = this.baseDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
        await sleep(Math.min(this.maxDelayMs, retryAfterMs ?? backoff), signal);
      }
    }
  }

  /** The registry outcome the checks take: a transient failure becomes `unreachable` (check pending). */
  async lookup(siren: string, signal?: AbortSignal): Promise<RegistryOutcome> {
    try {
      const result = await this.findBySiren(siren, signal);
      return result ? { kind: 'found', company: toRegistryCompany(result) } : { kind: 'not_found' };
    } catch (error) {
      if (error instanceof RegistryError && error.transient)
        return { kind: 'unreachable', reason: error.message };
      throw error;
    }
  }
}
