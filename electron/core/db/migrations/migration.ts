import type BetterSqlite3 from 'better-sqlite3';

/**
 * A schema step. `up` runs on the raw connection inside the migrator's transaction,
 * so multi-statement DDL is atomic with the version bump.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: BetterSqlite3.Database) => void;
}
