import type { RecallImportRun, VehicleRecall } from '@shared/api/recalls';
import { AppError } from '@shared/api/errors';
import { recallsForVehicle } from '@shared/recalls/recall-match';
import type { RecallRecord } from '@shared/recalls/recall-record';
import { toRecallRecords } from '@shared/recalls/recall-record';
import { makeKeyOf } from '@shared/recalls/vehicle-keys';
import type { CoreContext } from '../app/core-context';
import { notFound } from '../db/synced-writer';
import { createLogger } from '../log/logger';
import type { HttpFeedOptions, RecallFeed } from './recall-feed';
import { DEFAULT_RECALLS_URL, FileRecallFeed, HttpRecallFeed } from './recall-feed';
import { RecallRepository } from './recall-repository';

const log = createLogger('recalls');

export interface RecallServiceOptions {
  now?: () => Date;
  /** The published source refreshed by default (NOVAEVO_RECALLS_URL overrides it). */
  defaultUrl?: string;
  http?: HttpFeedOptions;
}

export interface RecallStatus {
  total: number;
  lastRun: RecallImportRun | null;
  lastSuccessAt: string | null;
}

function errorText(error: unknown): string {
  return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
}

/** Imports and refreshes the recalls, and finds those that may concern a vehicle. */
export class RecallService {
  readonly repository: RecallRepository;
  private readonly now: () => Date;

  constructor(
    private readonly context: Pick<CoreContext, 'database'>,
    private readonly options: RecallServiceOptions = {},
  ) {
    this.repository = new RecallRepository(context.database);
    this.now = options.now ?? (() => new Date());
  }

  get defaultUrl(): string {
    return this.options.defaultUrl ?? process.env['NOVAEVO_RECALLS_URL'] ?? DEFAULT_RECALLS_URL;
  }

  /**
   * Reads every page of the feed, then stores everything in one transaction: a source that
   * fails half way changes nothing. Each run is logged, failed ones with their error.
   */
  async run(kind: RecallImportRun['kind'], feed: RecallFeed, signal?: AbortSignal) {
    const runId = await this.repository.startRun(kind, feed.source, this.now().toISOString());
    let fetched = 0;
    let skipped = 0;
    const records: RecallRecord[] = [];
    try {
      for await (const page of feed.pages(signal)) {
        fetched += page.raws.length;
        const mapped = toRecallRecords(page.raws);
        records.push(...mapped.records);
        skipped += mapped.skipped;
      }
      const stored = await this.repository.upsert(records, feed.source, this.now().toISOString());
      const finished = await this.repository.finishRun(runId, {
        status: 'ok',
        fetched,
        stored,
        skipped,
        error: null,
        finishedAt: this.now().toISOString(),
      });
      log.info('recalls imported', { kind, source: feed.source, fetched, stored, skipped });
      return finished;
    } catch (error) {
      await this.repository.finishRun(runId, {
        status: 'failed',
        fetched,
        stored: 0,
        skipped,
        error: errorText(error),
        finishedAt: this.now().toISOString(),
      });
      log.warn('recall import failed', { kind, source: feed.source, error: errorText(error) });
      throw error;
    }
  }

  importFile(path: string): Promise<RecallImportRun> {
    return this.run('import', new FileRecallFeed(path));
  }

  async refresh(url: string = this.defaultUrl, signal?: AbortSignal): Promise<RecallImportRun> {
    return this.run('refresh', new HttpRecallFeed(url, this.options.http), signal);
  }

  async status(): Promise<RecallStatus> {
    return {
      total: await this.repository.count(),
      lastRun: await this.repository.lastRun(),
      lastSuccessAt: await this.repository.lastSuccessAt(),
    };
  }

  async forVehicle(vehicleId: string): Promise<VehicleRecall[]> {
    const vehicle = await this.context.database.db
      .selectFrom('vehicle')
      .select(['make', 'model', 'year', 'vin'])
      .where('id', '=', vehicleId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!vehicle) throw notFound('vehicle', vehicleId);
    const candidates = await this.repository.candidates(
      vehicle.make === null ? null : makeKeyOf(vehicle.make),
      vehicle.vin,
    );
    return recallsForVehicle(candidates, vehicle).map(({ record, match }) => ({
      reference: record.reference,
      make: record.make,
      models: record.models,
      marketingPeriod: record.marketingPeriod,
      periodStart: record.periodStart,
      periodEnd: record.periodEnd,
      reason: record.reason,
      risks: record.risks,
      actions: record.actions,
      url: record.url,
      publishedAt: record.publishedAt,
      match,
    }));
  }
}
