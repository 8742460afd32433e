import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '@shared/api/errors';
import { createCore } from '../app/core';
import { databasePath, defaultDataDir } from '../app/data-dir';
import { APP_VERSION } from '../app/version';
import { openDatabase } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/registry';
import { startBrowserHost } from '../host/browser-host';
import { defaultRendererDir } from '../host/static-files';
import type { CliArgs, CliCommand, CliIo } from './command';
import { CliUsageError, EXIT_OK, flag, numberOption, printJson, stringOption } from './command';

const dataDirOption = {
  'data-dir': { type: 'string', description: 'data folder (default: the user data folder)' },
} as const;
const jsonOption = { json: { type: 'boolean', description: 'machine-readable output' } } as const;

function dataDirOf(args: CliArgs): string {
  return stringOption(args, 'data-dir') ?? defaultDataDir();
}

export const serveCommand: CliCommand = {
  path: ['serve'],
  summary: 'start the browser host and print its address',
  usage: 'novaevo serve [--port N] [--host H] [--data-dir D] [--adapter A] [--json]',
  options: {
    port: { type: 'string', description: 'TCP port (default: a free one)' },
    host: { type: 'string', description: 'address to bind (default 127.0.0.1)' },
    adapter: {
      type: 'string',
      description: 'OBD adapter (sim:NAME, serial:PATH[@BAUD], tcp:HOST:PORT)',
    },
    ...dataDirOption,
    ...jsonOption,
  },
  async run(args, io) {
    const port = numberOption(args, 'port') ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new CliUsageError('--port expects a port number (0-65535)');
    }
    const dataDir = dataDirOf(args);
    const adapter = stringOption(args, 'adapter');
    const core = await createCore({
      dataDir,
      transport: 'browser-host',
      ...(adapter ? { adapter } : {}),
    });
    const host = await startBrowserHost({
      core,
      rendererDir: defaultRendererDir(),
      port,
      host: stringOption(args, 'host') ?? '127.0.0.1',
      ...(process.env.NOVAEVO_HOST_TOKEN ? { token: process.env.NOVAEVO_HOST_TOKEN } : {}),
    });
    if (flag(args, 'json')) {
      io.stdout(JSON.stringify({ url: host.url, port: host.port, dataDir }) + '\n');
    } else {
      io.stdout(`NovaEvo Workshop : ${host.url}\n`);
      io.stdout(`Données / data: ${dataDir}\n`);
    }
    await waitForAbort(io.signal);
    await host.close();
    await core.close();
    return EXIT_OK;
  },
};

function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}

async function describeDatabase(dataDir: string) {
  const path = databasePath(dataDir);
  const database = await openDatabase({ path, appVersion: APP_VERSION, migrate: false });
  try {
    const integrity = String(database.raw.pragma('quick_check', { simple: true }));
    const counts = database.raw
      .prepare(
        `SELECT
           (SELECT count(*) FROM customer WHERE deleted_at IS NULL) AS customers,
           (SELECT count(*) FROM vehicle WHERE deleted_at IS NULL) AS vehicles,
           (SELECT count(*) FROM diagnostic_session WHERE deleted_at IS NULL) AS sessions,
           (SELECT count(*) FROM outbox WHERE pushed_at IS NULL) AS pendingOutbox`,
      )
      .get() as Record<string, number>;
    return {
      path,
      sizeBytes: statSync(path).size,
      schemaVersion: database.schemaVersion,
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
      upToDate: database.schemaVersion === LATEST_SCHEMA_VERSION,
      journalMode: String(database.raw.pragma('journal_mode', { simple: true })),
      integrity,
      counts,
    };
  } finally {
    await database.close();
  }
}

function printAppError(io: CliIo, error: AppError, json: boolean): void {
  if (json) printJson(io, { ok: false, error: error.toApiError() });
  else io.stderr(`${error.localized.fr}\n${error.localized.en}\n`);
}

export const dbInfoCommand: CliCommand = {
  path: ['db', 'info'],
  summary: 'schema version, size, integrity and row counts of the local database',
  usage: 'novaevo db info [--data-dir D] [--json]',
  options: { ...dataDirOption, ...jsonOption },
  async run(args, io) {
    const json = flag(args, 'json');
    try {
      const info = await describeDatabase(dataDirOf(args));
      if (json) printJson(io, info);
      else {
        io.stdout(`Base / database: ${info.path}\n`);
        io.stdout(
          `Schéma / schema: ${info.schemaVersion} (dernier / latest ${info.latestSchemaVersion})\n`,
        );
        io.stdout(`Intégrité / integrity: ${info.integrity}\n`);
        io.stdout(
          `Clients: ${info.counts.customers}  Véhicules: ${info.counts.vehicles}  Sessions: ${info.counts.sessions}\n`,
        );
      }
      return EXIT_OK;
    } catch (error) {
      if (error instanceof AppError) {
        printAppError(io, error, json);
        return 1;
      }
      throw error;
    }
  },
};

export const dbMigrateCommand: CliCommand = {
  path: ['db', 'migrate'],
  summary: 'create the database or apply pending migrations (a backup is taken first)',
  usage: 'novaevo db migrate [--data-dir D] [--json]',
  options: { ...dataDirOption, ...jsonOption },
  async run(args, io) {
    const json = flag(args, 'json');
    const path = databasePath(dataDirOf(args));
    try {
      const database = await openDatabase({ path, appVersion: APP_VERSION });
      const result = {
        path,
        schemaVersion: database.schemaVersion,
        backupPath: database.backupPath,
      };
      await database.close();
      if (json) printJson(io, result);
      else io.stdout(`Schéma / schema ${result.schemaVersion}: ${path}\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof AppError) {
        printAppError(io, error, json);
        return 1;
      }
      throw error;
    }
  },
};

export const dbBackupCommand: CliCommand = {
  path: ['db', 'backup'],
  summary: 'write a consistent copy of the database (online backup, safe while the app runs)',
  usage: 'novaevo db backup [--data-dir D] [--out FILE] [--json]',
  options: {
    ...dataDirOption,
    ...jsonOption,
    out: { type: 'string', description: 'backup file (default: backups/ in the data folder)' },
  },
  async run(args, io) {
    const json = flag(args, 'json');
    const dataDir = dataDirOf(args);
    const path = databasePath(dataDir);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = stringOption(args, 'out') ?? join(dataDir, 'backups', `novaevo-${stamp}.sqlite`);
    mkdirSync(dirname(out), { recursive: true });
    try {
      const database = await openDatabase({ path, appVersion: APP_VERSION, migrate: false });
      try {
        await database.raw.backup(out);
      } finally {
        await database.close();
      }
    } catch (error) {
      if (error instanceof AppError && error.code === 'DB_CORRUPT' && existsSync(path)) {
        // A file SQLite cannot read is still copied byte for byte: it is what a repair
        // attempt or a support engineer will need.
        copyFileSync(path, out);
        if (json) printJson(io, { ok: true, path: out, raw: true });
        else io.stdout(`Copie brute / raw copy: ${out}\n`);
        return EXIT_OK;
      }
      if (error instanceof AppError) {
        printAppError(io, error, json);
        return 1;
      }
      throw error;
    }
    const result = { ok: true, path: out, sizeBytes: statSync(out).size };
    if (json) printJson(io, result);
    else io.stdout(`Sauvegarde / backup: ${out}\n`);
    return EXIT_OK;
  },
};

export const coreCliCommands: CliCommand[] = [
  serveCommand,
  dbInfoCommand,
  dbMigrateCommand,
  dbBackupCommand,
];
