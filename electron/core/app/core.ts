import { CONTRACT_VERSION } from '@shared/api/contract';
import type { Result } from '@shared/api/errors';
import type { AppDatabase } from '../db/database';
import { openDatabase } from '../db/database';
import { SyncedWriter } from '../db/synced-writer';
import { createLogger } from '../log/logger';
import { diagnosisHandlers } from '../diagnosis/handlers';
import { onboardingHandlers } from '../onboarding/handlers';
import { obdHandlers } from '../obd/handlers';
import { recallsHandlers } from '../recalls/handlers';
import { RecallService } from '../recalls/recall-service';
import { DEFAULT_ADAPTER, SettingsRepository } from '../settings/settings-repository';
import { workshopHandlers } from '../workshop/handlers';
import type { CoreContext } from './core-context';
import { databasePath } from './data-dir';
import { dispatch } from './dispatch';
import { EventBus } from './event-bus';
import type { Handlers } from './handlers';
import { TaskRegistry } from './task-registry';
import { APP_VERSION } from './version';

const log = createLogger('core');

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
  context: CoreContext;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const path = databasePath(options.dataDir);
  const database = await openDatabase({ path, appVersion: APP_VERSION });
  const events = new EventBus();
  const writer = new SyncedWriter(database.db, (changes) => {
    for (const change of changes) events.emit('data.changed', change);
  });
  const tasks = new TaskRegistry(events);
  const cleanups: (() => Promise<void> | void)[] = [];
  const context: CoreContext = {
    dataDir: options.dataDir,
    transport: options.transport,
    database,
    writer,
    events,
    tasks,
    adapterOverride: options.adapter ?? null,
    onClose: (cleanup) => cleanups.push(cleanup),
  };
  const recalls = new RecallService(context);
  const settings = new SettingsRepository(database, {
    adapter: options.adapter ?? DEFAULT_ADAPTER,
  });

  // Each capability contributes the handlers of its namespaces; `Handlers` makes the
  // compiler check that together they cover the whole contract.
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
    'tasks.cancel': async (input) => ({ cancelled: tasks.cancel(input.taskId) }),
    ...workshopHandlers(context),
    ...diagnosisHandlers(context, recalls),
    ...onboardingHandlers(context),
    ...obdHandlers(context),
    ...recallsHandlers(recalls),
  };

  let closed = false;
  return {
    dispatch: (name, input) => dispatch(handlers, name, input),
    events,
    database,
    handlers,
    context,
    close: async () => {
      if (closed) return;
      closed = true;
      tasks.cancelAll();
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          log.warn('cleanup failed', { error: String(error) });
        }
      }
      await database.close();
    },
  };
}
