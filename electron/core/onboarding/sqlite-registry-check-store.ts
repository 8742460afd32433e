import type { AppDatabase } from '../db/database';
import type { PendingRegistryCheck, RegistryCheckStore } from './registry-queue';

/**
 * The registry retry queue in the local database (`registry_check_queue`), so a check queued
 * while offline survives a restart. Local only: another workstation has its own network.
 */
export class SqliteRegistryCheckStore implements RegistryCheckStore {
  constructor(private readonly database: AppDatabase) {}

  async get(siren: string): Promise<PendingRegistryCheck | null> {
    const row = await this.database.db
      .selectFrom('registryCheckQueue')
      .selectAll()
      .where('siren', '=', siren)
      .executeTakeFirst();
    return row ?? null;
  }

  async put(entry: PendingRegistryCheck): Promise<void> {
    await this.database.db
      .insertInto('registryCheckQueue')
      .values({ ...entry })
      .onConflict((oc) =>
        oc.column('siren').doUpdateSet({
          attempts: entry.attempts,
          nextAttemptAt: entry.nextAttemptAt,
          lastError: entry.lastError,
        }),
      )
      .execute();
  }

  async remove(siren: string): Promise<void> {
    await this.database.db.deleteFrom('registryCheckQueue').where('siren', '=', siren).execute();
  }

  async listDue(nowIso: string): Promise<PendingRegistryCheck[]> {
    return this.database.db
      .selectFrom('registryCheckQueue')
      .selectAll()
      .where('nextAttemptAt', '<=', nowIso)
      .orderBy('nextAttemptAt')
      .execute();
  }

  async count(): Promise<number> {
    const row = await this.database.db
      .selectFrom('registryCheckQueue')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
