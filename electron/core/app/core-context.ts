import type { AppDatabase } from '../db/database';
import type { SyncedWriter } from '../db/synced-writer';
import type { EventBus } from './event-bus';
import type { TaskRegistry } from './task-registry';

/** What every capability's services and handlers are built from. */
export interface CoreContext {
  dataDir: string;
  transport: 'electron' | 'browser-host';
  database: AppDatabase;
  writer: SyncedWriter;
  events: EventBus;
  tasks: TaskRegistry;
  /** Adapter string given on the command line (`--adapter`), if any. */
  adapterOverride: string | null;
  /** Called on shutdown, in reverse order of registration (close ports, workers…). */
  onClose(cleanup: () => Promise<void> | void): void;
}
