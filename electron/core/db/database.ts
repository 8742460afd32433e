import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import type { SqliteDatabase } from 'kysely';
import { AppError } from '@shared/api/errors';
import { createLogger } from '../log/logger';
import {
  companionFiles,
  createPrivateFile,
  ensurePrivateDir,
  headerDamage,
  keepDamagedCopy,
  makePrivate,
  quickCheckDamage,
} from './file-safety';
import type { Migration } from './migrations/migration';
import { MIGRATIONS } from './migrations/registry';
import type { DatabaseSchema } from './schema';

const log = createLogger('db');
/** Signal Desktop logs SQL slower than this; so do we, to find what blocks the core. */
const SLOW_QUERY_MS = 40;

export interface AppDatabase {
  path: string;
  raw: BetterSqlite3.Database;
  db: Kysely<DatabaseSchema>;
  schemaVersion: number;
  /** Path of the backup taken before migrating, when one was needed. */
  backupPath: string | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  path: string;
  appVersion: string;
  /** Tests pass their own list to exercise failures; the app uses the registry. */
  migrations?: readonly Migration[];
  /** Apply pending migrations (default). `false` opens read-only for `db info`. */
  migrate?: boolean;
  now?: () => Date;
}

function corrupt(path: string, cause: string, copy: string | null): AppError {
  const kept = copy
    ? {
        fr: ` Une copie du fichier endommagé est conservée : ${copy}.`,
        en: ` A copy of the damaged file was kept: ${copy}.`,
      }
    : { fr: '', en: '' };
  return new AppError(
    'DB_CORRUPT',
    {
      fr: `Le fichier de base de données ${path} est endommagé ou n'est pas une base SQLite (${cause}). Il n'a été ni ouvert en écriture ni modifié.${kept.fr} Restaurez une sauvegarde, ou récupérez ce qui peut l'être avec « novaevo db recover », puis relancez.`,
      en: `The database file ${path} is damaged or not an SQLite database (${cause}). It was neither opened for writing nor modified.${kept.en} Restore a backup, or salvage what can be with "novaevo db recover", then start again.`,
    },
    { path, cause, ...(copy ? { copy } : {}) },
  );
}

function isSqliteCorruption(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(NOTADB|CORRUPT)/.test(code);
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; with better-sqlite3, preparing costs more than running
 * a small query. Our SQL text repeats (parameters are bound), so prepared statements are
 * kept, least recently used evicted. Streaming (`iterate`) gets a fresh statement, since a
 * statement that is being iterated cannot be reused.
 */
function withStatementCache(raw: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare: (sqlText: string) => {
      let statement = cache.get(sqlText);
      if (statement) {
        cache.delete(sqlText);
      } else {
        statement = raw.prepare(sqlText);
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
      }
      cache.set(sqlText, statement);
      const cached = statement;
      return {
        reader: cached.reader,
        all: (parameters) => cached.all(...(parameters as unknown[])),
        run: (parameters) => cached.run(...(parameters as unknown[])),
        iterate: (parameters) => raw.prepare(sqlText).iterate(...(parameters as unknown[])),
      };
    },
  };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<AppDatabase> {
  const { path, appVersion, migrations = MIGRATIONS, migrate = true } = options;
  const now = options.now ?? (() => new Date());
  if (migrate) ensurePrivateDir(dirname(path));
  else if (!existsSync(path)) {
    throw new AppError(
      'NOT_FOUND',
      { fr: `Aucune base de données à ${path}.`, en: `No database at ${path}.` },
      { path },
    );
  }
  // Checked before SQLite opens the file for writing (which could checkpoint a WAL into a
  // damaged file): the header, the length it announces, then every page (quick_check).
  if (existsSync(path) && statSync(path).size > 0) {
    const damage = headerDamage(path) ?? quickCheckDamage(path);
    if (damage) {
      log.error('damaged database refused', { path, damage });
      throw corrupt(path, damage, migrate ? keepDamagedCopy(path, now()) : null);
    }
  }
  if (migrate) {
    createPrivateFile(path);
    for (const file of companionFiles(path)) makePrivate(file);
  }

  const raw = new BetterSqlite3(path, { readonly: !migrate });
  let backupPath: string | null = null;
  try {
    if (migrate) raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('synchronous = NORMAL');
    const current = Number(raw.pragma('user_version', { simple: true }));
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new AppError(
        'DB_FROM_FUTURE',
        {
          fr: `La base ${path} a été créée par une version plus récente de NovaEvo Workshop (schéma ${current}, cette version connaît ${latest}). Mettez l'application à jour ; la base n'a pas été modifiée.`,
          en: `The database ${path} was written by a newer NovaEvo Workshop (schema ${current}, this version knows ${latest}). Update the app; the database was left untouched.`,
        },
        { path, schemaVersion: current, supported: latest },
      );
    }
    const pending = migrations.filter((m) => m.version > current);
    if (migrate && pending.length > 0) {
      if (current > 0) {
        backupPath = `${path}.backup-v${current}-${timestamp(now())}`;
        createPrivateFile(backupPath);
        await raw.backup(backupPath);
        makePrivate(backupPath);
        log.info('backed up before migrating', { backupPath });
      }
      for (const migration of pending) applyMigration(raw, migration, appVersion, now());
    }
    const db = new Kysely<DatabaseSchema>({
      dialect: new SqliteDialect({ database: withStatementCache(raw) }),
      plugins: [new CamelCasePlugin()],
      log: (event) => {
        if (event.queryDurationMillis > SLOW_QUERY_MS) {
          log.warn('slow query', {
            ms: Math.round(event.queryDurationMillis),
            sql: event.query.sql,
          });
        }
        if (event.level === 'error') log.debug('query failed', { sql: event.query.sql });
      },
    });
    const schemaVersion = Number(raw.pragma('user_version', { simple: true }));
    return {
      path,
      raw,
      db,
      schemaVersion,
      backupPath,
      close: async () => {
        await db.destroy();
        // Kysely only closes a connection it has used: one used through `raw` alone (db info,
        // tests) stayed open, its WAL never checkpointed and removed.
        if (raw.open) raw.close();
      },
    };
  } catch (error) {
    raw.close();
    if (isSqliteCorruption(error)) {
      throw corrupt(path, error.code, migrate ? keepDamagedCopy(path, now()) : null);
    }
    throw error;
  }
}

function applyMigration(
  raw: BetterSqlite3.Database,
  migration: Migration,
  appVersion: string,
  appliedAt: Date,
): void {
  try {
    // IMMEDIATE takes the write lock up front so a second workstation's core cannot
    // interleave; the version bump commits or rolls back with the DDL.
    raw
      .transaction(() => {
        migration.up(raw);
        raw.pragma(`user_version = ${migration.version}`);
        raw
          .prepare(
            'INSERT INTO schema_migration (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)',
          )
          .run(migration.version, migration.name, appliedAt.toISOString(), appVersion);
      })
      .immediate();
    log.info('migrated', { version: migration.version, name: migration.name });
  } catch (error) {
    if (isSqliteCorruption(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'DB_MIGRATION_FAILED',
      {
        fr: `La mise à jour ${migration.version} (${migration.name}) de la base a échoué : ${reason}. La base est restée dans son état précédent.`,
        en: `Database migration ${migration.version} (${migration.name}) failed: ${reason}. The database was left as it was.`,
      },
      { version: migration.version, name: migration.name, reason },
    );
  }
}
