import type { Migration } from './types'

// CSV imports: one row per applied import (what the history and "undo last import" show), the exact changes each
// made so that undo can reverse them, and mappings saved by name. Rows being read are staged outside this database
// (electron/csv/staging.ts), so nothing here is ever half-written.
export const migration002: Migration = {
  version: 2,
  name: 'csv imports, their changes, saved mappings',
  up(db) {
    db.exec(`
      CREATE TABLE csv_imports (
        id            INTEGER PRIMARY KEY,
        file_name     TEXT NOT NULL,
        job_id        INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
        job_title     TEXT NOT NULL,
        policy        TEXT NOT NULL CHECK (policy IN ('skip','update','create')),
        encoding      TEXT NOT NULL,
        delimiter     TEXT NOT NULL,
        rows_total    INTEGER NOT NULL DEFAULT 0,
        new_count     INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0,
        invalid_count INTEGER NOT NULL DEFAULT 0,
        applied_at    TEXT NOT NULL,
        undone_at     TEXT
      );

      -- What an import changed, for undo. candidate_id/resource_id are not foreign keys: the history outlives them.
      --   candidate_created  candidate_id            undo deletes the candidate
      --   candidate_updated  candidate_id, previous  undo restores the previous fields (JSON)
      --   stage_set          candidate_id, job_id, previous  undo restores stage and stage_changed_at (JSON)
      --   ledger_added       candidate_id, resource_id       undo removes the 'imported' ledger entry
      --   index_added        resource_id             undo removes the TrackerRMS index entry if nothing else uses it
      --   index_updated      resource_id, previous   undo restores the index entry's previous values (JSON)
      CREATE TABLE csv_import_changes (
        id           INTEGER PRIMARY KEY,
        import_id    INTEGER NOT NULL REFERENCES csv_imports(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('candidate_created','candidate_updated','stage_set','ledger_added','index_added','index_updated')),
        candidate_id INTEGER,
        job_id       INTEGER,
        resource_id  INTEGER,
        previous     TEXT
      );
      CREATE INDEX csv_import_changes_import ON csv_import_changes(import_id, kind);

      CREATE TABLE csv_mappings (
        name       TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
        mapping    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `)
  }
}
