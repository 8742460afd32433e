import type { Result } from '@shared/api/errors';
import { CONTRACT_VERSION } from '@shared/api/contract';
import type { AppDatabase } from '../db/database';
import { openDatabase } from '../db/database';
import { SyncedWriter } from '../db/synced-writer';
import { DEFAULT_ADAPTER, SettingsRepository } from '../settings/settings-repository';
import { CustomerRepository } from '../workshop/customer-repository';
import { VehicleRepository } from '../workshop/vehicle-repository';
import { databasePath } from './data-dir';
import { dispatch } from './dispatch';
import { EventBus } from './event-bus';
import type { Handlers } from './handlers';
import { APP_VERSION } from './version';

export interface CoreOptions {
  dataDir: string;
  transport: 'electron' | 'browser-host';
  /** Adapter used until one is saved in the settings (`--adapter`). */
  adapter?: string;
}

/**
 * The headless application: owns the database and the services, knows nothing of
 * Electron or HTTP. Transports call `dispatch` and subscribe to `events`.
 */
export interface Core {
  dispatch(name: string, input: unknown): Promise<Result<unknown>>;
  events: EventBus;
  database: AppDatabase;
  handlers: Handlers;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const path = databasePath(options.dataDir);
  const database = await openDatabase({ path, appVersion: APP_VERSION });
  const events = new EventBus();
  const writer = new SyncedWriter(database.db, (changes) => {
    for (const change of changes) events.emit('data.changed', change);
  });
  const customers = new CustomerRepository(database, writer);
  const vehicles = new VehicleRepository(database, writer);
  const settings = new SettingsRepository(database, {
    adapter: options.adapter ?? DEFAULT_ADAPTER,
  });

  const handlers: Handlers = {
    'system.info': async () => ({
      appVersion: APP_VERSION,
      contractVersion: CONTRACT_VERSION,
      schemaVersion: database.schemaVersion,
      dataDir: options.dataDir,
      databasePath: path,
      transport: options.transport,
    }),
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'customers.search': (input) => customers.search(input.query, input.limit, input.offset),
    'customers.get': (input) => customers.get(input.id),
    'customers.create': (input) => customers.create(input),
    'customers.update': (input) => customers.update(input.id, input.revision, input.values),
    'customers.delete': (input) => customers.delete(input.id),
    'vehicles.get': (input) => vehicles.get(input.id),
    'vehicles.create': (input) => vehicles.create(input),
    'vehicles.update': (input) => vehicles.update(input.id, input.revision, input.values),
    'vehicles.delete': (input) => vehicles.delete(input.id),
    'vehicles.addMileage': (input) => vehicles.addMileage(input.vehicleId, input.km),
  };

  return {
    dispatch: (name, input) => dispatch(handlers, name, input),
    events,
    database,
    handlers,
    close: () => database.close(),
  };
}
