import type { Migration } from './types'

// Doubtful matches are decided by the user, never silently: a TrackerRMS record with the same full name but another
// email or LinkedIn URL is neither linked nor created until the user says which.
// - sync_queue's waiting_for gains 'decision' (held until the user decides), with the decision itself ('link' or
//   'create'; skipping cancels the export) and the TrackerRMS record it concerns; and record_how, whether the export
//   created its record, linked an existing one, or found the candidate already synced (its outcome says which).
//   SQLite cannot widen a CHECK in place, so the table is copied (as in 006 and 007). An old row that sent its create
//   and has its record created it; for the others it is not known.
// - sync_doubts: for a held export, the TrackerRMS record as it was read when the export was held (name, email,
//   LinkedIn URL) and which of the fields differ, so the user sees both people side by side.
export const migration009: Migration = {
  version: 9,
  name: 'doubtful matches wait for the user’s decision',
  up(db) {
    db.exec(`
      CREATE TABLE sync_queue_new (
        id                   INTEGER PRIMARY KEY,
        candidate_id         INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        job_id               INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
        tracker_job_id       INTEGER,
        origin               TEXT NOT NULL CHECK (origin IN ('trigger','manual','backfill')),
        event_id             INTEGER REFERENCES outreach_events(id) ON DELETE SET NULL,
        state                TEXT NOT NULL DEFAULT 'pending'
                             CHECK (state IN ('pending','running','retry_wait','blocked_auth','waiting','done','failed','cancelled')),
        waiting_for          TEXT CHECK (waiting_for IS NULL OR waiting_for IN ('widget','index','record','decision')),
        step                 TEXT NOT NULL DEFAULT 'queued'
                             CHECK (step IN ('queued','checked','created','resume_attached','listed')),
        attempts             INTEGER NOT NULL DEFAULT 0,
        next_run_at          TEXT NOT NULL,
        tracker_resource_id  INTEGER,
        checked_at           TEXT,
        create_sent_at       TEXT,
        list_sent_at         TEXT,
        listed_at            TEXT,
        decision             TEXT CHECK (decision IS NULL OR decision IN ('link','create')),
        decision_resource_id INTEGER,
        record_how           TEXT CHECK (record_how IS NULL OR record_how IN ('created','linked','existing')),
        last_error           TEXT,
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL,
        CHECK ((state = 'waiting') = (waiting_for IS NOT NULL)),
        CHECK (decision IS NOT 'link' OR decision_resource_id IS NOT NULL)
      );
      INSERT INTO sync_queue_new (id, candidate_id, job_id, tracker_job_id, origin, event_id, state, waiting_for, step, attempts, next_run_at,
                                  tracker_resource_id, checked_at, create_sent_at, list_sent_at, listed_at, record_how, last_error, created_at, updated_at)
        SELECT id, candidate_id, job_id, tracker_job_id, origin, event_id, state, waiting_for, step, attempts, next_run_at,
               tracker_resource_id, checked_at, create_sent_at, list_sent_at, listed_at,
               CASE WHEN tracker_resource_id IS NOT NULL AND create_sent_at IS NOT NULL THEN 'created' END,
               last_error, created_at, updated_at
        FROM sync_queue;
      DROP TABLE sync_queue;
      ALTER TABLE sync_queue_new RENAME TO sync_queue;
      CREATE INDEX sync_queue_due ON sync_queue(state, next_run_at);
      CREATE INDEX sync_queue_candidate ON sync_queue(candidate_id, state);

      CREATE TABLE sync_doubts (
        queue_id      INTEGER PRIMARY KEY REFERENCES sync_queue(id) ON DELETE CASCADE,
        resource_id   INTEGER NOT NULL,
        full_name     TEXT,
        email         TEXT,
        linkedin_url  TEXT,
        differs       TEXT NOT NULL CHECK (differs IN ('email','linkedin','email,linkedin')),
        found_at      TEXT NOT NULL
      );
    `)
  }
}
