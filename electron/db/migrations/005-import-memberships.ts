import type { Migration } from './types'

// A CSV import puts people already stored (as candidates of other jobs) on the import's job instead of creating
// them again. Undo must take exactly those memberships away, so the change log gets a kind for them
// ('membership_added': candidate_id, job_id; undo deletes that job_candidates row), and the history counts them.
// SQLite cannot change a CHECK constraint in place: the change log is copied into a new table with the wider one.
export const migration005: Migration = {
  version: 5,
  name: 'csv imports add stored candidates to the job',
  up(db) {
    db.exec(`
      CREATE TABLE csv_import_changes_new (
        id           INTEGER PRIMARY KEY,
        import_id    INTEGER NOT NULL REFERENCES csv_imports(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('candidate_created','candidate_updated','stage_set','ledger_added','index_added','index_updated','membership_added')),
        candidate_id INTEGER,
        job_id       INTEGER,
        resource_id  INTEGER,
        previous     TEXT
      );
      INSERT INTO csv_import_changes_new (id, import_id, kind, candidate_id, job_id, resource_id, previous)
        SELECT id, import_id, kind, candidate_id, job_id, resource_id, previous FROM csv_import_changes;
      DROP TABLE csv_import_changes;
      ALTER TABLE csv_import_changes_new RENAME TO csv_import_changes;
      CREATE INDEX csv_import_changes_import ON csv_import_changes(import_id, kind);

      ALTER TABLE csv_imports ADD COLUMN added_count INTEGER NOT NULL DEFAULT 0;
    `)
  }
}
