import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Settings, SettingsUpdate } from '@shared/api/settings';
import type { AppDatabase } from '../db/database';
import type { DatabaseSchema } from '../db/schema';

export const DEFAULT_ADAPTER = 'sim:healthy-petrol';

const EMPTY_GARAGE: Settings['garage'] = {
  name: null,
  siret: null,
  addressLine: null,
  postalCode: null,
  city: null,
  phone: null,
  email: null,
};

/**
 * Workstation settings kept as key/value rows: they are local preferences (language,
 * adapter), not synced business data.
 */
export class SettingsRepository {
  constructor(
    private readonly database: AppDatabase,
    private readonly defaults: { adapter: string },
  ) {}

  private async read(key: string): Promise<string | undefined> {
    const row = await this.database.db
      .selectFrom('garageSetting')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.value;
  }

  private async write(db: Kysely<DatabaseSchema>, key: string, value: string): Promise<void> {
    await db
      .insertInto('garageSetting')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  async get(): Promise<Settings> {
    const language = (await this.read('language')) === 'en' ? 'en' : 'fr';
    const adapter = (await this.read('adapter')) ?? this.defaults.adapter;
    const garageJson = await this.read('garage');
    const garage = garageJson
      ? { ...EMPTY_GARAGE, ...(JSON.parse(garageJson) as Partial<Settings['garage']>) }
      : EMPTY_GARAGE;
    return { language, adapter, garage };
  }

  async update(update: z.output<typeof SettingsUpdate>): Promise<Settings> {
    // Writes go through `trx`: the SQLite driver has one connection, so using the outer
    // handle inside the transaction would wait on itself forever.
    await this.database.db.transaction().execute(async (trx) => {
      if (update.language) await this.write(trx, 'language', update.language);
      if (update.adapter) await this.write(trx, 'adapter', update.adapter);
      if (update.garage) await this.write(trx, 'garage', JSON.stringify(update.garage));
    });
    return this.get();
  }
}
