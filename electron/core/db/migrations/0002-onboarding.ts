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

const json = (column: string, nullable = false) =>
  nullable
    ? `${column} TEXT CHECK (${column} IS NULL OR json_valid(${column}))`
    : `${column} TEXT NOT NULL CHECK (json_valid(${column}))`;

const TRUST_LEVELS = `('non_verifie', 'declaratif', 'document_verifie', 'registre_verifie')`;
const STEPS = `('account', 'document', 'review', 'checks', 'profile', 'affiliation', 'activation')`;

/**
 * Garage onboarding (issue 6). Synced: the garage profile and the append-only history of its
 * checks. Local to this workstation: the wizard draft, the uploaded document (its bytes stay
 * in the data folder, named by hash), the registry retry queue and the password hash.
 */
export const migration0002Onboarding: Migration = {
  version: 2,
  name: 'onboarding',
  up: (db) => {
    db.exec(`
      CREATE TABLE garage_profile (${SYNCED},
        garage_name TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        siren TEXT NOT NULL CHECK (siren GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
        siret_siege TEXT,
        denomination TEXT NOT NULL,
        forme_juridique TEXT,
        rcs TEXT,
        greffe TEXT,
        adresse_siege TEXT,
        code_ape TEXT,
        activite TEXT,
        date_immatriculation TEXT,
        date_extrait TEXT,
        document_type TEXT NOT NULL CHECK (document_type IN ('kbis', 'extrait_k', 'rne', 'rm', 'unknown')),
        document_sha256 TEXT NOT NULL CHECK (length(document_sha256) = 64),
        ${json('extracted_fields')},
        ${json('corrected_fields')},
        ${json('services')},
        ${json('brands')},
        ${json('certifications')},
        ${json('opening_hours')},
        ${json('technicians')},
        workshop_address_line TEXT NOT NULL,
        workshop_postal_code TEXT NOT NULL,
        workshop_city TEXT NOT NULL,
        affiliation_partner_id TEXT,
        affiliation_disclosure TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
        activated_at TEXT NOT NULL,
        trust_level TEXT NOT NULL CHECK (trust_level IN ${TRUST_LEVELS}),
        trust_score INTEGER NOT NULL CHECK (trust_score BETWEEN 0 AND 100),
        ${json('trust_reasons')},
        trust_assessed_at TEXT NOT NULL
      ) STRICT;
      -- One live profile per company on an installation: the duplicate-SIREN rule, enforced
      -- by the database too so two workstations activating at once cannot both win.
      CREATE UNIQUE INDEX garage_profile_siren_live ON garage_profile (siren) WHERE deleted_at IS NULL;

      -- Every run of the checks, as it was: appended, never rewritten (a fact, like a reading).
      CREATE TABLE onboarding_check_run (${SYNCED},
        siren TEXT,
        draft_id TEXT NOT NULL,
        run_at TEXT NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('wizard', 'registry_retry', 'activation')),
        ${json('fields')},
        ${json('checks')},
        trust_level TEXT NOT NULL CHECK (trust_level IN ${TRUST_LEVELS}),
        trust_score INTEGER NOT NULL CHECK (trust_score BETWEEN 0 AND 100),
        ${json('trust_reasons')}
      ) STRICT;
      CREATE INDEX onboarding_check_run_siren ON onboarding_check_run (siren, run_at);
      CREATE TRIGGER onboarding_check_run_append_only
        BEFORE UPDATE OF siren, draft_id, run_at, trigger, fields, checks, trust_level, trust_score, trust_reasons
        ON onboarding_check_run
      BEGIN
        SELECT RAISE(ABORT, 'onboarding_check_run is append-only');
      END;

      CREATE TABLE onboarding_document (
        sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('pdf', 'jpeg', 'png', 'tiff', 'webp')),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        stored_path TEXT NOT NULL,
        uploaded_at TEXT NOT NULL,
        ${json('read_result', true)},
        read_at TEXT
      ) STRICT;

      CREATE TABLE onboarding_draft (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        status TEXT NOT NULL CHECK (status IN ('in_progress', 'activated')),
        current_step TEXT NOT NULL CHECK (current_step IN ${STEPS}),
        ${json('account', true)},
        password_hash TEXT,
        document_sha256 TEXT REFERENCES onboarding_document (sha256),
        ${json('review', true)},
        ${json('checks', true)},
        ${json('profile', true)},
        ${json('affiliation', true)},
        profile_id TEXT REFERENCES garage_profile (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- The wizard resumes one draft: a second open draft would make "where was I?" ambiguous.
      CREATE UNIQUE INDEX onboarding_draft_one_open ON onboarding_draft (status)
        WHERE status = 'in_progress';

      -- The local account's password never leaves the workstation, so it is not synced.
      CREATE TABLE account_credential (
        profile_id TEXT PRIMARY KEY NOT NULL REFERENCES garage_profile (id),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Registry checks waiting for the network (RegistryCheckStore).
      CREATE TABLE registry_check_queue (
        siren TEXT PRIMARY KEY NOT NULL CHECK (length(siren) = 9),
        attempts INTEGER NOT NULL CHECK (attempts >= 1),
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX registry_check_queue_due ON registry_check_queue (next_attempt_at);
    `);
  },
};
