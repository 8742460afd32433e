import type { Migration } from './migration';

// Same synced columns as 0001 (docs/decisions/0002-synced-rows.md); repeated, not imported,
// because a shipped migration must never change when another file does.
const SYNCED = `
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  deleted_at TEXT,
  extra TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra))`;

/**
 * What a repair did (issue 17): one synced row per outcome the mechanic records for a diagnostic
 * session, optionally for one of its codes and the known problem and cause it confirmed. Fixed
 * outcomes are the garage's resolved cases, which rank the causes of later diagnoses ("3 cas
 * résolus sur 4 : bobine") and give measured labour times. Append-mostly facts: a correction is a
 * new row (or a tombstone), never an edit of the original.
 *
 * `diagnostic_session.resolution` (free text) stays as the session's summary for similar cases;
 * it is not copied here, since a migration must not write synced rows behind the outbox.
 */
export const migration0005RepairOutcome: Migration = {
  version: 5,
  name: 'repair_outcome',
  up: (db) => {
    db.exec(`
      CREATE TABLE repair_outcome (${SYNCED},
        session_id TEXT NOT NULL REFERENCES diagnostic_session (id),
        code TEXT CHECK (code IS NULL OR code GLOB '[PCBU][0-3][0-9A-F][0-9A-F][0-9A-F]'),
        known_problem TEXT CHECK (known_problem IS NULL OR length(known_problem) BETWEEN 1 AND 100),
        cause_key TEXT CHECK (cause_key IS NULL OR length(cause_key) BETWEEN 1 AND 100),
        parts TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(parts) AND json_type(parts) = 'array'),
        note TEXT CHECK (note IS NULL OR length(note) <= 2000),
        outcome TEXT NOT NULL CHECK (outcome IN ('fixed', 'not_fixed')),
        labour_hours REAL CHECK (labour_hours IS NULL OR (labour_hours > 0 AND labour_hours <= 100)),
        technician TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX repair_outcome_session ON repair_outcome (session_id);
      -- Ranking looks outcomes up by code and by known problem.
      CREATE INDEX repair_outcome_code ON repair_outcome (code) WHERE code IS NOT NULL;
      CREATE INDEX repair_outcome_problem ON repair_outcome (known_problem)
        WHERE known_problem IS NOT NULL;
    `);
  },
};
