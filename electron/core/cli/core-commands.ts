import { copyFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '@shared/api/errors';
import { createCore } from '../app/core';
import { databasePath, defaultDataDir } from '../app/data-dir';
import { APP_VERSION } from '../app/version';
import { openDatabase } from '../db/database';
import { createPrivateFile, ensurePrivateDir, makePrivate } from '../db/file-safety';
import type { RecoverMethod } from '../db/recover';
import { recoverDatabase } from '../db/recover';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/registry';
import { startBrowserHost } from '../host/browser-host';
import { MIN_TOKEN_LENGTH, weakTokenReason } from '../host/host-token';
import { isLoopbackAddress } from '../host/request-guard';
import { installProcessSafetyNet } from '../host/safety-net';
import { createLogger } from '../log/logger';
import { defaultRendererDir } from '../host/static-files';
import type { CliArgs, CliCommand, CliIo } from './command';
import {
  CliUsageError,
  EXIT_FAILURE,
  EXIT_OK,
  flag,
  numberOption,
  printJson,
  stringOption,
} from './command';

const serveLog = createLogger('serve');

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
  usage: 'novaevo serve [--port N] [--host H --allow-lan] [--data-dir D] [--adapter A] [--json]',
  options: {
    port: { type: 'string', description: 'TCP port (default: a free one)' },
    host: { type: 'string', description: 'address to bind (default 127.0.0.1)' },
    'allow-lan': {
      type: 'boolean',
      description: 'required with a --host other than loopback: other machines can connect',
    },
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
    const listenHost = stringOption(args, 'host') ?? '127.0.0.1';
    const remote = !isLoopbackAddress(listenHost);
    if (remote && !flag(args, 'allow-lan')) {
      throw new CliUsageError(
        `--host ${listenHost} lets other machines reach the app: add --allow-lan to confirm`,
      );
    }
    const fixedToken = process.env.NOVAEVO_HOST_TOKEN || undefined;
    const weakness = fixedToken === undefined ? null : weakTokenReason(fixedToken);
    if (weakness) {
      io.stderr(
        `NOVAEVO_HOST_TOKEN refusé : au moins ${MIN_TOKEN_LENGTH} caractères aléatoires (A-Z a-z 0-9 . _ ~ -) sont exigés (${weakness}). Laissez-le vide pour un jeton aléatoire.\n` +
          `NOVAEVO_HOST_TOKEN refused: at least ${MIN_TOKEN_LENGTH} random characters (A-Z a-z 0-9 . _ ~ -) are required (${weakness}). Leave it unset for a random token.\n`,
      );
      return EXIT_FAILURE;
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
      host: listenHost,
      allowRemote: remote,
      ...(fixedToken ? { token: fixedToken } : {}),
    }).catch(async (error: unknown) => {
      await core.close();
      throw error;
    });
    // An exception that escapes a request must not end every open session: logged, kept
    // running (each one is a bug to fix where it was thrown).
    const removeSafetyNet = installProcessSafetyNet(serveLog);
    if (remote) {
      io.stderr(
        'ATTENTION : le poste écoute sur le réseau local. Toute machine du réseau qui obtient l’adresse ci-dessous (avec son jeton) accède aux données du garage ; le trafic n’est pas chiffré.\n' +
          'WARNING: listening on the local network. Any machine on the network that obtains the address below (with its token) reaches the garage’s data; traffic is not encrypted.\n',
      );
    }
    if (flag(args, 'json')) {
      io.stdout(
        JSON.stringify({ url: host.url, lanUrls: host.lanUrls, port: host.port, dataDir }) + '\n',
      );
    } else {
      io.stdout(`NovaEvo Workshop : ${host.url}\n`);
      for (const lanUrl of host.lanUrls) io.stdout(`Réseau local / LAN : ${lanUrl}\n`);
      io.stdout(`Données / data: ${dataDir}\n`);
    }
    try {
      await waitForAbort(io.signal);
      await host.close();
      await core.close();
    } finally {
      removeSafetyNet();
    }
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
    // openDatabase ran quick_check before opening and refuses a damaged file (DB_CORRUPT).
    const integrity = 'ok';
    const counts = database.raw
      .prepare(
        `SELECT
           (SELECT count(*) FROM customer WHERE deleted_at IS NULL) AS customers,
           (SELECT count(*) FROM vehicle WHERE deleted_at IS NULL) AS vehicles,
           (SELECT count(*) FROM diagnostic_session WHERE deleted_at IS NULL) AS sessions,
           (SELECT count(*) FROM outbox WHERE pushed_at IS NULL) AS pendingOutbox`,
      )
      .get() as Record<string, number>;
    const wal = `${path}-wal`;
    return {
      path,
      sizeBytes: statSync(path).size,
      walSizeBytes: existsSync(wal) ? statSync(wal).size : 0,
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
        io.stdout(`Taille / size: ${info.sizeBytes} octets / bytes (WAL ${info.walSizeBytes})\n`);
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
    ensurePrivateDir(dirname(out));
    try {
      const database = await openDatabase({ path, appVersion: APP_VERSION, migrate: false });
      try {
        createPrivateFile(out);
        await database.raw.backup(out);
        makePrivate(out);
      } finally {
        await database.close();
      }
    } catch (error) {
      if (error instanceof AppError && error.code === 'DB_CORRUPT' && existsSync(path)) {
        // A file SQLite cannot read is still copied byte for byte: it is what a repair
        // attempt or a support engineer will need.
        copyFileSync(path, out);
        makePrivate(out);
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

export const dbRecoverCommand: CliCommand = {
  path: ['db', 'recover'],
  summary: 'salvage the readable rows of a damaged database into a new file (never in place)',
  usage: 'novaevo db recover [--data-dir D] [--out FILE] [--method auto|sqlite3|copy] [--json]',
  options: {
    ...dataDirOption,
    ...jsonOption,
    out: { type: 'string', description: 'new file (default: novaevo.recovered-<date>.sqlite)' },
    method: {
      type: 'string',
      description: 'auto (sqlite3 .recover when it works, else row copy), sqlite3 or copy',
    },
  },
  async run(args, io) {
    const json = flag(args, 'json');
    const method = stringOption(args, 'method') ?? 'auto';
    if (!['auto', 'sqlite3', 'copy'].includes(method)) {
      throw new CliUsageError('--method expects auto, sqlite3 or copy');
    }
    const dataDir = dataDirOf(args);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = stringOption(args, 'out') ?? join(dataDir, `novaevo.recovered-${stamp}.sqlite`);
    try {
      const result = await recoverDatabase({
        source: databasePath(dataDir),
        out,
        method: method as RecoverMethod | 'auto',
      });
      if (json) printJson(io, { ok: true, ...result });
      else {
        io.stdout(`Récupéré / recovered (${result.method}): ${result.path}\n`);
        for (const [table, rows] of Object.entries(result.tables)) {
          io.stdout(`  ${table.padEnd(28)} ${rows}\n`);
        }
        if (result.damaged.length > 0) {
          io.stdout(`Pages perdues / lost pages: ${result.damaged.join(', ')}\n`);
        }
        io.stdout(
          "Arrêtez l'application, mettez novaevo.sqlite de côté et renommez ce fichier en novaevo.sqlite.\n" +
            'Stop the app, move novaevo.sqlite aside and rename this file to novaevo.sqlite.\n',
        );
      }
      return EXIT_OK;
    } catch (error) {
      if (error instanceof AppError) {
        printAppError(io, error, json);
        return EXIT_FAILURE;
      }
      throw error;
    }
  },
};

export const coreCliCommands: CliCommand[] = [
  serveCommand,
  dbInfoCommand,
  dbMigrateCommand,
  dbBackupCommand,
  dbRecoverCommand,
];
