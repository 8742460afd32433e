import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/**
 * The database holds customers' personal data: its folder is private to the user (0700) and
 * every file SQLite or we write there is 0600 — the database, its WAL and shared-memory
 * files, backups and the copies kept of a damaged file. No-ops where POSIX modes do not exist.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) chmodSync(dir, PRIVATE_DIR_MODE);
}

export function makePrivate(file: string): void {
  if (posix && existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/** The database and the files SQLite keeps next to it. */
export function companionFiles(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
}

/**
 * Creates an empty file 0600 where SQLite is about to create one: SQLite gives its WAL and
 * shared-memory files the mode of the database file, so they are born private too.
 */
export function createPrivateFile(path: string): void {
  if (existsSync(path)) return;
  closeSync(openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600));
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Reads the 100-byte header: the magic string, the page size and, when the header's own
 * "valid for" counter says it is current, the page count — a file shorter than that count
 * was truncated (a copy cut short, a full disk). Returns why the file is damaged, or null.
 */
export function headerDamage(path: string): string | null {
  const size = statSync(path).size;
  if (size === 0) return null;
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100) return 'truncated header';
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return 'bad header';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return 'bad page size';
  }
  const changeCounter = header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  if (pageCount > 0 && validFor === changeCounter && size < pageCount * pageSize) {
    return `truncated (${size} of ${pageCount * pageSize} bytes)`;
  }
  return null;
}

/**
 * `PRAGMA quick_check` on a read-only connection: it reads every page (b-tree structure,
 * record formats, NOT NULL and CHECK constraints; not index contents, which integrity_check
 * adds at several times the cost). Read-only, so a damaged file is never checkpointed into.
 */
export function quickCheckDamage(path: string): string | null {
  let raw: BetterSqlite3.Database | null = null;
  // A read-only connection to a WAL database creates the -wal and -shm files when they are
  // missing, and leaves them behind: those it made are removed again.
  const made = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  try {
    raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const rows = raw.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[];
    const messages = rows.map((row) => row.quick_check);
    return messages.length === 1 && messages[0] === 'ok' ? null : messages.join('; ');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^SQLITE_(NOTADB|CORRUPT)/.test(code)) return code;
    throw error;
  } finally {
    raw?.close();
    for (const file of made) rmSync(file, { force: true });
  }
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function sameContent(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  try {
    const ba = Buffer.alloc(1 << 20);
    const bb = Buffer.alloc(1 << 20);
    for (let position = 0; ; position += ba.length) {
      const ra = readSync(fa, ba, 0, ba.length, position);
      const rb = readSync(fb, bb, 0, bb.length, position);
      if (ra !== rb || !ba.subarray(0, ra).equals(bb.subarray(0, rb))) return false;
      if (ra === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

/**
 * Copies a damaged database, and its WAL and shared-memory files, aside as
 * `<name>.damaged-<timestamp>[-wal|-shm]` (0600) before anything else touches it: the copy is
 * what a recovery or a support engineer starts from. Never overwrites (a suffix is added on a
 * name clash); a file identical to the latest copy is not copied again, so a database that
 * fails at every launch does not fill the disk. Returns the copy of the main file.
 */
export function keepDamagedCopy(path: string, now: Date): string {
  const dir = dirname(path);
  const name = basename(path);
  const previous = readdirSync(dir)
    .filter((entry) => entry.startsWith(`${name}.damaged-`) && !/-(wal|shm|journal)$/.test(entry))
    .sort()
    .at(-1);
  if (previous && sameContent(path, join(dir, previous))) {
    const walAlso = !existsSync(`${path}-wal`) || existsSync(join(dir, `${previous}-wal`));
    if (walAlso) return join(dir, previous);
  }
  let target = join(dir, `${name}.damaged-${timestamp(now)}`);
  for (let n = 2; existsSync(target); n++)
    target = join(dir, `${name}.damaged-${timestamp(now)}-${n}`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(path + suffix)) continue;
    copyFileSync(path + suffix, target + suffix, constants.COPYFILE_EXCL);
    makePrivate(target + suffix);
  }
  return target;
}
