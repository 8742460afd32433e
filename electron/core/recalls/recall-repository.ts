import { sql } from 'kysely';
import type { RecallImportRun } from '@shared/api/recalls';
import type { RecallRecord } from '@shared/recalls/recall-record';
import type { AppDatabase } from '../db/database';

/** Rows per insert statement: 20 columns each stays far below SQLite's parameter limit. */
const CHUNK = 200;

function toRecord(row: {
  reference: string;
  version: number | null;
  category: string;
  subcategory: string | null;
  make: string | null;
  makeKey: string | null;
  models: string | null;
  modelTokens: string;
  identification: string | null;
  marketingPeriod: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  reason: string | null;
  risks: string | null;
  actions: string | null;
  url: string | null;
  publishedAt: string | null;
}): RecallRecord {
  let tokens: string[] = [];
  try {
    const parsed = JSON.parse(row.modelTokens) as unknown;
    if (Array.isArray(parsed)) tokens = parsed.filter((t): t is string => typeof t === 'string');
  } catch {
    tokens = [];
  }
  return { ...row, modelTokens: tokens };
}

/**
 * Recalls (local reference data, migration 0006) and the log of their imports. Not synced:
 * every workstation can import or refresh them from the public source.
 */
export class RecallRepository {
  constructor(private readonly database: AppDatabase) {}

  private get db() {
    return this.database.db;
  }

  /**
   * Stores a whole import in one transaction: a record replaces the stored one with the same
   * reference unless the stored one has a newer published version.
   */
  async upsert(
    records: readonly RecallRecord[],
    source: string,
    importedAt: string,
  ): Promise<number> {
    let stored = 0;
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < records.length; i += CHUNK) {
        const rows = records.slice(i, i + CHUNK).map((r) => ({
          ...r,
          modelTokens: JSON.stringify(r.modelTokens),
          source,
          importedAt,
        }));
        const result = await trx
          .insertInto('recall')
          .values(rows)
          .onConflict((oc) =>
            oc
              .column('reference')
              .doUpdateSet((eb) => ({
                version: eb.ref('excluded.version'),
                category: eb.ref('excluded.category'),
                subcategory: eb.ref('excluded.subcategory'),
                make: eb.ref('excluded.make'),
                makeKey: eb.ref('excluded.makeKey'),
                models: eb.ref('excluded.models'),
                modelTokens: eb.ref('excluded.modelTokens'),
                identification: eb.ref('excluded.identification'),
                marketingPeriod: eb.ref('excluded.marketingPeriod'),
                periodStart: eb.ref('excluded.periodStart'),
                periodEnd: eb.ref('excluded.periodEnd'),
                reason: eb.ref('excluded.reason'),
                risks: eb.ref('excluded.risks'),
                actions: eb.ref('excluded.actions'),
                url: eb.ref('excluded.url'),
                publishedAt: eb.ref('excluded.publishedAt'),
                source: eb.ref('excluded.source'),
                importedAt: eb.ref('excluded.importedAt'),
              }))
              .where(
                sql<boolean>`recall.version IS NULL OR excluded.version IS NULL OR excluded.version >= recall.version`,
              ),
          )
          .executeTakeFirst();
        stored += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
    });
    return stored;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('recall')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Candidates for a vehicle: its make's recalls, and any notice listing its VIN. */
  async candidates(makeKey: string | null, vin: string | null): Promise<RecallRecord[]> {
    if (makeKey === null && vin === null) return [];
    const rows = await this.db
      .selectFrom('recall')
      .select([
        'reference',
        'version',
        'category',
        'subcategory',
        'make',
        'makeKey',
        'models',
        'modelTokens',
        'identification',
        'marketingPeriod',
        'periodStart',
        'periodEnd',
        'reason',
        'risks',
        'actions',
        'url',
        'publishedAt',
      ])
      .where((eb) =>
        eb.or([
          ...(makeKey !== null ? [eb('makeKey', '=', makeKey)] : []),
          ...(vin !== null ? [eb('identification', 'like', `%${vin}%`)] : []),
        ]),
      )
      .limit(5000)
      .execute();
    return rows.map(toRecord);
  }

  async startRun(kind: RecallImportRun['kind'], source: string, at: string): Promise<number> {
    const row = await this.db
      .insertInto('recallImportRun')
      .values({
        kind,
        source: source.slice(0, 2000),
        startedAt: at,
        status: 'running',
        fetched: 0,
        stored: 0,
        skipped: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async finishRun(
    id: number,
    values: Pick<RecallImportRun, 'status' | 'fetched' | 'stored' | 'skipped' | 'error'> & {
      finishedAt: string;
    },
  ): Promise<RecallImportRun> {
    await this.db
      .updateTable('recallImportRun')
      .set({ ...values, error: values.error?.slice(0, 2000) ?? null })
      .where('id', '=', id)
      .execute();
    return this.db
      .selectFrom('recallImportRun')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  async lastRun(): Promise<RecallImportRun | null> {
    return (
      (await this.db
        .selectFrom('recallImportRun')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst()) ?? null
    );
  }

  async lastSuccessAt(): Promise<string | null> {
    const row = await this.db
      .selectFrom('recallImportRun')
      .select('finishedAt')
      .where('status', '=', 'ok')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.finishedAt ?? null;
  }
}
