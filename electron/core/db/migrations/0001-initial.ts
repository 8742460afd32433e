import type { Migration } from './migration';

const SYNCED = `
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  deleted_at TEXT,
  extra TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra))`;

/**
 * First schema: garage settings, customers, vehicles with their mileage history, and the
 * diagnostic tables the OBD and diagnosis capabilities write to, plus the sync outbox.
 */
export const migration0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE schema_migration (
        version INTEGER PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        app_version TEXT NOT NULL
      ) STRICT;

      CREATE TABLE garage_setting (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE customer (${SYNCED},
        kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
        first_name TEXT,
        last_name TEXT,
        company_name TEXT,
        phone TEXT,
        email TEXT,
        address_line TEXT,
        postal_code TEXT,
        city TEXT,
        consent_sms INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1)),
        consent_email INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1)),
        consent_marketing INTEGER NOT NULL DEFAULT 0 CHECK (consent_marketing IN (0, 1)),
        notes TEXT
      ) STRICT;
      CREATE INDEX customer_name ON customer (last_name COLLATE NOCASE, company_name COLLATE NOCASE)
        WHERE deleted_at IS NULL;

      CREATE TABLE vehicle (${SYNCED},
        customer_id TEXT NOT NULL REFERENCES customer (id),
        vin TEXT CHECK (vin IS NULL OR length(vin) = 17),
        plate TEXT,
        make TEXT,
        model TEXT,
        year INTEGER,
        fuel TEXT CHECK (fuel IS NULL OR fuel IN
          ('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'lpg', 'cng', 'ethanol', 'other')),
        engine TEXT,
        notes TEXT
      ) STRICT;
      CREATE INDEX vehicle_customer ON vehicle (customer_id);
      -- A VIN identifies one car: two live rows with the same VIN are a data-entry error.
      CREATE UNIQUE INDEX vehicle_vin_live ON vehicle (vin) WHERE deleted_at IS NULL AND vin IS NOT NULL;

      CREATE TABLE mileage_reading (${SYNCED},
        vehicle_id TEXT NOT NULL REFERENCES vehicle (id),
        km INTEGER NOT NULL CHECK (km >= 0),
        read_at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'obd', 'import')),
        session_id TEXT
      ) STRICT;
      CREATE INDEX mileage_reading_vehicle ON mileage_reading (vehicle_id, read_at);

      CREATE TABLE diagnostic_session (${SYNCED},
        vehicle_id TEXT REFERENCES vehicle (id),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        adapter TEXT,
        adapter_identity TEXT,
        protocol TEXT,
        vin_read TEXT,
        mileage_km INTEGER,
        technician TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'aborted')),
        scan TEXT CHECK (scan IS NULL OR json_valid(scan)),
        report TEXT CHECK (report IS NULL OR json_valid(report)),
        resolution TEXT
      ) STRICT;
      CREATE INDEX diagnostic_session_vehicle ON diagnostic_session (vehicle_id, started_at);

      CREATE TABLE dtc_reading (${SYNCED},
        session_id TEXT NOT NULL REFERENCES diagnostic_session (id),
        ecu TEXT,
        code TEXT NOT NULL CHECK (code GLOB '[PCBU][0-3][0-9A-F][0-9A-F][0-9A-F]'),
        status TEXT NOT NULL CHECK (status IN ('stored', 'pending', 'permanent')),
        freeze_frame TEXT CHECK (freeze_frame IS NULL OR json_valid(freeze_frame)),
        read_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dtc_reading_session ON dtc_reading (session_id);
      CREATE INDEX dtc_reading_code ON dtc_reading (code);

      -- Samples are append-only facts synced by batch: the batch is the synced row.
      CREATE TABLE telemetry_batch (${SYNCED},
        session_id TEXT NOT NULL REFERENCES diagnostic_session (id),
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL,
        sample_count INTEGER NOT NULL CHECK (sample_count >= 0)
      ) STRICT;
      CREATE INDEX telemetry_batch_session ON telemetry_batch (session_id, started_at);

      CREATE TABLE telemetry_sample (
        batch_id TEXT NOT NULL REFERENCES telemetry_batch (id),
        session_id TEXT NOT NULL,
        ecu TEXT,
        pid TEXT NOT NULL,
        ts INTEGER NOT NULL,
        value REAL,
        value_json TEXT
      ) STRICT;
      CREATE INDEX telemetry_sample_series ON telemetry_sample (session_id, pid, ts);

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        op_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        revision INTEGER NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        created_at TEXT NOT NULL,
        pushed_at TEXT
      ) STRICT;
      CREATE INDEX outbox_unpushed ON outbox (seq) WHERE pushed_at IS NULL;

      -- Search documents, one per live customer (names, phones, e-mail, plates, VINs),
      -- maintained by the repository layer. The FTS5 index uses trigrams so a fragment of a
      -- plate or phone number matches; the document table's sort_key index gives ordered
      -- pages and name-prefix lookups without sorting every match.
      CREATE TABLE customer_search_doc (
        doc_id INTEGER PRIMARY KEY,
        customer_id TEXT NOT NULL UNIQUE,
        sort_key TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
      CREATE INDEX customer_search_doc_sort ON customer_search_doc (sort_key);
      CREATE VIRTUAL TABLE customer_search USING fts5(
        body,
        content = 'customer_search_doc',
        content_rowid = 'doc_id',
        tokenize = 'trigram remove_diacritics 1'
      );
      CREATE TRIGGER customer_search_doc_insert AFTER INSERT ON customer_search_doc BEGIN
        INSERT INTO customer_search (rowid, body) VALUES (new.doc_id, new.body);
      END;
      CREATE TRIGGER customer_search_doc_delete AFTER DELETE ON customer_search_doc BEGIN
        INSERT INTO customer_search (customer_search, rowid, body) VALUES ('delete', old.doc_id, old.body);
      END;
      CREATE TRIGGER customer_search_doc_update AFTER UPDATE ON customer_search_doc BEGIN
        INSERT INTO customer_search (customer_search, rowid, body) VALUES ('delete', old.doc_id, old.body);
        INSERT INTO customer_search (rowid, body) VALUES (new.doc_id, new.body);
      END;
    `);
  },
};
