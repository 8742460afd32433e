import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '@shared/api/errors';
import { companionFiles, createPrivateFile, ensurePrivateDir, makePrivate } from './file-safety';

export type RecoverMethod = 'sqlite3' | 'copy';

export interface RecoverResult {
  path: string;
  method: RecoverMethod;
  /** Why `sqlite3 .recover` was not used, when it was tried first. */
  fallbackReason: string | null;
  /** Rows recovered per table. */
  tables: Record<string, number>;
  /** Tables (and index builds) where damaged pages were skipped. */
  damaged: string[];
  schemaVersion: number;
  integrity: string;
}

export interface RecoverOptions {
  source: string;
  out: string;
  /** `auto`: the sqlite3 tool's `.recover` when it works here, else the row copy. */
  method?: RecoverMethod | 'auto';
  /** The sqlite3 executable (tests point it elsewhere). */
  sqlite3?: string;
}

function recoverError(fr: string, en: string, details: unknown): AppError {
  return new AppError('VALIDATION', { fr, en }, details);
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code);
}

/** Tables FTS3/4/5 and R*Tree virtual tables create and fill themselves. */
const SHADOW_SUFFIXES = [
  '_data',
  '_idx',
  '_content',
  '_docsize',
  '_config',
  '_segments',
  '_segdir',
  '_stat',
  '_node',
  '_rowid',
  '_parent',
];

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `sqlite3 COPY .recover | sqlite3 OUT`; rejects with the tool's complaint when it fails. */
function recoverWithTool(tool: string, copy: string, out: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const reader = spawn(tool, [copy, '.recover'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const writer = spawn(tool, [out], { stdio: ['pipe', 'ignore', 'pipe'] });
    let complaints = '';
    const collect = (chunk: Buffer) => (complaints += chunk.toString());
    reader.stderr.on('data', collect);
    writer.stderr.on('data', collect);
    reader.stdout.pipe(writer.stdin);
    writer.stdin.on('error', () => undefined);
    let pending = 2;
    let failed: string | null = null;
    const done = (code: number | null, who: string) => {
      if (code !== 0) failed ??= `${who} exited with ${code}: ${complaints.trim()}`;
      if (--pending > 0) return;
      const problem = failed ?? (/error/i.test(complaints) ? complaints.trim() : null);
      if (problem) reject(new Error(problem.split('\n')[0]));
      else resolvePromise();
    };
    reader.on('error', (error) => {
      failed ??= error.message;
    });
    writer.on('error', (error) => {
      failed ??= error.message;
    });
    reader.on('close', (code) => done(code, 'sqlite3 .recover'));
    writer.on('close', (code) => done(code, 'sqlite3'));
  });
}

/**
 * Copies every row SQLite can still read, table by table in rowid order. A damaged page
 * stops the scan; it resumes past the damage by seeking further and further ahead (1, 2,
 * 4… rowids), so one bad leaf costs its own rows, not the rest of the table.
 */
function recoverByCopy(
  copy: string,
  out: string,
): Omit<RecoverResult, 'path' | 'method' | 'fallbackReason' | 'integrity'> {
  const from = new BetterSqlite3(copy, { readonly: true, fileMustExist: true });
  const to = new BetterSqlite3(out);
  const tables: Record<string, number> = {};
  const damaged: string[] = [];
  try {
    to.pragma('foreign_keys = OFF');
    const schemaVersion = Number(from.pragma('user_version', { simple: true }));
    const schema = from
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { type: string; name: string; sql: string }[];
    const isVirtual = (entry: { sql: string }) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(entry.sql);
    const virtualTables = schema.filter((entry) => entry.type === 'table' && isVirtual(entry));
    // FTS shadow tables (`<name>_data`, `_idx`…) are created with their virtual table and
    // rebuilt from the content table: derived data, not copied.
    const isShadow = (name: string) =>
      virtualTables.some((v) => SHADOW_SUFFIXES.some((suffix) => name === v.name + suffix));
    const plainTables = schema.filter(
      (entry) => entry.type === 'table' && !isVirtual(entry) && !isShadow(entry.name),
    );
    for (const table of plainTables) {
      to.exec(table.sql);
      const columns = (from.pragma(`table_info(${quote(table.name)})`) as { name: string }[]).map(
        (column) => column.name,
      );
      const select = from
        .prepare(
          `SELECT rowid AS "__rowid", ${columns.map(quote).join(', ')} FROM ${quote(table.name)} WHERE rowid > ? ORDER BY rowid`,
        )
        .safeIntegers(true);
      const insert = to.prepare(
        `INSERT OR IGNORE INTO ${quote(table.name)} (rowid, ${columns.map(quote).join(', ')}) VALUES (${['?', ...columns.map(() => '?')].join(', ')})`,
      );
      let after = -(2n ** 63n);
      let count = 0;
      let skip = 1n;
      to.transaction(() => {
        for (;;) {
          try {
            for (const row of select.iterate(after) as Iterable<Record<string, unknown>>) {
              const rowid = row.__rowid as bigint;
              insert.run(rowid, ...columns.map((column) => row[column]));
              after = rowid;
              count++;
              skip = 1n;
            }
            break;
          } catch (error) {
            if (!isCorruption(error)) throw error;
            if (!damaged.includes(table.name)) damaged.push(table.name);
            if (after > 2n ** 62n || skip > 2n ** 62n) break;
            after += skip;
            skip *= 2n;
          }
        }
      })();
      tables[table.name] = count;
    }
    for (const table of virtualTables) {
      try {
        to.exec(table.sql);
        to.prepare(
          `INSERT INTO ${quote(table.name)} (${quote(table.name)}) VALUES ('rebuild')`,
        ).run();
      } catch {
        damaged.push(`index ${table.name}`);
      }
    }
    for (const entry of schema.filter((e) => e.type !== 'table')) {
      try {
        to.exec(entry.sql);
      } catch {
        // A unique index over rows recovered twice, a trigger on a lost table: the rows
        // matter more, and the app's next migration check reports what is missing.
        damaged.push(`${entry.type} ${entry.name}`);
      }
    }
    to.pragma(`user_version = ${schemaVersion}`);
    return { tables, damaged, schemaVersion };
  } finally {
    from.close();
    to.close();
  }
}

function countRows(path: string): { tables: Record<string, number>; schemaVersion: number } {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const entries = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; sql: string }[];
    const virtual = entries.filter((e) => /^\s*CREATE\s+VIRTUAL/i.test(e.sql)).map((e) => e.name);
    const names = entries
      .map((e) => e.name)
      .filter(
        (name) =>
          !virtual.includes(name) &&
          !virtual.some((v) => SHADOW_SUFFIXES.some((suffix) => name === v + suffix)),
      );
    const tables: Record<string, number> = {};
    for (const name of names) {
      tables[name] = Number(
        db
          .prepare(`SELECT count(*) FROM ${quote(name)}`)
          .pluck()
          .get(),
      );
    }
    return { tables, schemaVersion: Number(db.pragma('user_version', { simple: true })) };
  } finally {
    db.close();
  }
}

function integrityOf(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/**
 * Salvages what can be read of a damaged database into a new file, never in place: the
 * source (and its WAL) is copied into a private work folder first, so neither tool can
 * checkpoint into or otherwise touch the original. The result is written under a temporary
 * name and renamed once complete.
 */
export async function recoverDatabase(options: RecoverOptions): Promise<RecoverResult> {
  const source = resolve(options.source);
  const out = resolve(options.out);
  if (!existsSync(source)) {
    throw new AppError(
      'NOT_FOUND',
      { fr: `Aucune base de données à ${source}.`, en: `No database at ${source}.` },
      { path: source },
    );
  }
  if (companionFiles(source).includes(out) || existsSync(out)) {
    throw recoverError(
      `Le fichier de sortie ${out} existe déjà ou est la base elle-même : la récupération écrit toujours un nouveau fichier.`,
      `The output ${out} already exists or is the database itself: recovery always writes a new file.`,
      { out },
    );
  }
  ensurePrivateDir(dirname(out));
  const work = mkdtempSync(join(dirname(out), `.${basename(out)}.work-`));
  const copy = join(work, 'source.sqlite');
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  try {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(source + suffix)) copyFileSync(source + suffix, copy + suffix);
    }
    const wanted = options.method ?? 'auto';
    let method: RecoverMethod = 'copy';
    let fallbackReason: string | null = null;
    let copied: ReturnType<typeof recoverByCopy> | null = null;
    if (wanted !== 'copy') {
      createPrivateFile(partial);
      try {
        await recoverWithTool(options.sqlite3 ?? 'sqlite3', copy, partial);
        method = 'sqlite3';
      } catch (error) {
        if (wanted === 'sqlite3') throw error;
        fallbackReason = error instanceof Error ? error.message : String(error);
        rmSync(partial, { force: true });
        rmSync(`${partial}-journal`, { force: true });
      }
    }
    if (method === 'copy') {
      createPrivateFile(partial);
      copied = recoverByCopy(copy, partial);
    }
    const integrity = integrityOf(partial);
    const counted = countRows(partial);
    renameSync(partial, out);
    makePrivate(out);
    return {
      path: out,
      method,
      fallbackReason,
      tables: counted.tables,
      damaged: copied?.damaged ?? [],
      schemaVersion: counted.schemaVersion,
      integrity,
    };
  } catch (error) {
    rmSync(partial, { force: true });
    if (isCorruption(error)) {
      throw new AppError(
        'DB_CORRUPT',
        {
          fr: `Le schéma de ${source} est illisible : rien ne peut en être récupéré automatiquement. Restaurez une sauvegarde.`,
          en: `The schema of ${source} is unreadable: nothing can be recovered automatically. Restore a backup.`,
        },
        { path: source },
      );
    }
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
