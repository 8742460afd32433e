import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { DatabaseSchema, SyncedColumns, SyncedTableName } from './schema';
import { uuidv7 } from './uuidv7';

export interface DataChange {
  entity: SyncedTableName;
  id: string;
  op: 'insert' | 'update' | 'delete';
}

type Row<T extends SyncedTableName> = Selectable<DatabaseSchema[T]>;
type NewValues<T extends SyncedTableName> = Omit<
  Insertable<DatabaseSchema[T]>,
  keyof SyncedColumns
>;
type Patch<T extends SyncedTableName> = Omit<Updateable<DatabaseSchema[T]>, keyof SyncedColumns>;

/**
 * Kysely cannot follow a generic table name through its builder types; the synced tables
 * share the columns this class touches, so it works on this erased view of them.
 */
type AnySyncedDb = Kysely<Record<SyncedTableName, SyncedColumns & Record<string, unknown>>>;

/**
 * The one write path for synced rows: each write stamps the sync columns and appends an
 * outbox entry in the same transaction (as Actual applies data and log together), so a
 * future sync pushes exactly what was committed, in order.
 */
export class SyncedTransaction {
  readonly changes: DataChange[] = [];

  constructor(
    readonly trx: Transaction<DatabaseSchema>,
    private readonly now: () => Date,
  ) {}

  private get erased(): AnySyncedDb {
    return this.trx as unknown as AnySyncedDb;
  }

  async insert<T extends SyncedTableName>(table: T, values: NewValues<T>): Promise<Row<T>> {
    const stamp = this.now().toISOString();
    const row = {
      ...values,
      id: uuidv7(),
      createdAt: stamp,
      updatedAt: stamp,
      revision: 1,
      deletedAt: null,
      extra: '{}',
    };
    await this.erased
      .insertInto(table)
      .values(row as never)
      .execute();
    await this.appendOutbox(table, row.id, 'insert', 1, row);
    this.changes.push({ entity: table, id: row.id, op: 'insert' });
    return row as unknown as Row<T>;
  }

  /**
   * `expectedRevision` gives optimistic concurrency: an edit made from a stale screen
   * (another workstation saved in between) is refused instead of silently overwriting.
   */
  async update<T extends SyncedTableName>(
    table: T,
    id: string,
    expectedRevision: number | null,
    patch: Patch<T>,
  ): Promise<Row<T>> {
    const current = await this.getLive(table, id);
    if (expectedRevision !== null && current.revision !== expectedRevision) {
      throw new AppError(
        'CONFLICT',
        {
          fr: 'Cette fiche a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d’enregistrer.',
          en: 'This record was changed in the meantime (here or on another workstation). Reload it before saving.',
        },
        { id, expectedRevision, currentRevision: current.revision },
      );
    }
    const revision = current.revision + 1;
    const updatedAt = this.now().toISOString();
    await this.erased
      .updateTable(table as SyncedTableName)
      .set({ ...patch, revision, updatedAt } as never)
      .where('id', '=', id)
      .execute();
    const row = { ...current, ...patch, revision, updatedAt };
    await this.appendOutbox(table, id, 'update', revision, row);
    this.changes.push({ entity: table, id, op: 'update' });
    return row as unknown as Row<T>;
  }

  /** Tombstones keep the row so sync can propagate the deletion and history stays intact. */
  async softDelete(table: SyncedTableName, id: string): Promise<void> {
    const current = await this.getLive(table, id);
    const revision = current.revision + 1;
    const deletedAt = this.now().toISOString();
    await this.erased
      .updateTable(table)
      .set({ deletedAt, updatedAt: deletedAt, revision } as never)
      .where('id', '=', id)
      .execute();
    await this.appendOutbox(table, id, 'delete', revision, { id, deletedAt });
    this.changes.push({ entity: table, id, op: 'delete' });
  }

  async getLive(
    table: SyncedTableName,
    id: string,
  ): Promise<SyncedColumns & Record<string, unknown>> {
    const row = await this.erased
      .selectFrom(table)
      .selectAll()
      .where('id', '=', id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound(table, id);
    return row as SyncedColumns & Record<string, unknown>;
  }

  private async appendOutbox(
    entity: SyncedTableName,
    rowId: string,
    op: DataChange['op'],
    revision: number,
    payload: unknown,
  ): Promise<void> {
    await this.trx
      .insertInto('outbox')
      .values({
        opId: uuidv7(),
        entity,
        rowId,
        op,
        revision,
        payload: JSON.stringify(payload),
        createdAt: this.now().toISOString(),
        pushedAt: null,
      })
      .execute();
  }
}

export function notFound(entity: string, id: string): AppError {
  return new AppError(
    'NOT_FOUND',
    {
      fr: `Élément introuvable (${entity} ${id}) : il a peut-être été supprimé.`,
      en: `Not found (${entity} ${id}): it may have been deleted.`,
    },
    { entity, id },
  );
}

export class SyncedWriter {
  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly onCommitted: (changes: readonly DataChange[]) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs `work` in one transaction; listeners hear about the changes only once committed. */
  async write<T>(work: (tx: SyncedTransaction) => Promise<T>): Promise<T> {
    let changes: DataChange[] = [];
    const result = await this.db.transaction().execute(async (trx) => {
      const tx = new SyncedTransaction(trx, this.now);
      const value = await work(tx);
      changes = tx.changes;
      return value;
    });
    if (changes.length > 0) this.onCommitted(changes);
    return result;
  }
}
