import type { Migration } from './migration';

/**
 * French product recalls (RappelConso open data, issue 17), vehicle categories only. Public
 * reference data that every workstation can fetch or import again: stored locally, not synced,
 * replaced record by record on each import (the published version number wins).
 *
 * `recall_import_run` is the job log of imports and refreshes: when the data was last refreshed,
 * from where, how many records, and why a run failed.
 */
export const migration0006Recalls: Migration = {
  version: 6,
  name: 'recalls',
  up: (db) => {
    db.exec(`
      CREATE TABLE recall (
        reference TEXT PRIMARY KEY NOT NULL CHECK (length(reference) BETWEEN 1 AND 40),
        version INTEGER,
        category TEXT NOT NULL,
        subcategory TEXT,
        make TEXT,
        make_key TEXT,
        models TEXT,
        model_tokens TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(model_tokens) AND json_type(model_tokens) = 'array'),
        identification TEXT,
        marketing_period TEXT,
        period_start TEXT CHECK (period_start IS NULL OR period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        period_end TEXT CHECK (period_end IS NULL OR period_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        reason TEXT,
        risks TEXT,
        actions TEXT,
        url TEXT,
        published_at TEXT,
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX recall_make ON recall (make_key);

      CREATE TABLE recall_import_run (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('import', 'refresh')),
        source TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed')),
        fetched INTEGER NOT NULL DEFAULT 0 CHECK (fetched >= 0),
        stored INTEGER NOT NULL DEFAULT 0 CHECK (stored >= 0),
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
        error TEXT
      ) STRICT;
      CREATE INDEX recall_import_run_finished ON recall_import_run (status, finished_at);
    `);
  },
};
