import type { Migration } from './types'

// The export becomes a state machine whose correctness rests on typed facts, not on the wording of audit rows:
// - sync_queue gets the state 'waiting' (a step waits for a capability, e.g. the Widget API, with waiting_for),
//   and the facts of each step: checked_at (no duplicate found), create_sent_at (written BEFORE the create is sent,
//   so a record found after an interruption is known to be our own), list_sent_at / listed_at (the job list).
// - sync_ledger (one row per candidate and TrackerRMS record) gets the resume's facts: attach_sent_at (written
//   before sending it, so an interrupted attach is read back instead of repeated) and resume_attached_at.
// SQLite cannot widen a CHECK in place, so sync_queue is copied into a new table (foreign keys are off while
// migrations run: see migrate() in open.ts). Old rows get the facts their step implies; an item stopped at
// 'checked' may have sent its create, so it is treated as such (the next try looks for its record first).
export const migration006: Migration = {
  version: 6,
  name: 'export facts and the waiting state',
  up(db) {
    db.exec(`
      CREATE TABLE sync_queue_new (
        id                  INTEGER PRIMARY KEY,
        candidate_id        INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        job_id              INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
        tracker_job_id      INTEGER,
        origin              TEXT NOT NULL CHECK (origin IN ('trigger','manual','backfill')),
        event_id            INTEGER REFERENCES outreach_events(id) ON DELETE SET NULL,
        state               TEXT NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending','running','retry_wait','blocked_auth','waiting','done','failed','cancelled')),
        waiting_for         TEXT CHECK (waiting_for IS NULL OR waiting_for IN ('widget')),
        step                TEXT NOT NULL DEFAULT 'queued'
                            CHECK (step IN ('queued','checked','created','resume_attached','listed')),
        attempts            INTEGER NOT NULL DEFAULT 0,
        next_run_at         TEXT NOT NULL,
        tracker_resource_id INTEGER,
        checked_at          TEXT,
        create_sent_at      TEXT,
        list_sent_at        TEXT,
        listed_at           TEXT,
        last_error          TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        CHECK ((state = 'waiting') = (waiting_for IS NOT NULL))
      );
      INSERT INTO sync_queue_new (id, candidate_id, job_id, tracker_job_id, origin, event_id, state, step, attempts, next_run_at,
                                  tracker_resource_id, checked_at, create_sent_at, listed_at, last_error, created_at, updated_at)
        SELECT id, candidate_id, job_id, tracker_job_id, origin, event_id, state, step, attempts, next_run_at, tracker_resource_id,
               CASE WHEN step = 'checked' THEN updated_at END,
               CASE WHEN step = 'checked' THEN updated_at END,
               CASE WHEN step = 'listed' THEN updated_at END,
               last_error, created_at, updated_at
        FROM sync_queue;
      DROP TABLE sync_queue;
      ALTER TABLE sync_queue_new RENAME TO sync_queue;
      CREATE INDEX sync_queue_due ON sync_queue(state, next_run_at);
      CREATE INDEX sync_queue_candidate ON sync_queue(candidate_id, state);

      ALTER TABLE sync_ledger ADD COLUMN attach_sent_at TEXT;
      ALTER TABLE sync_ledger ADD COLUMN resume_attached_at TEXT;
      ALTER TABLE sync_ledger ADD COLUMN resume_filename TEXT;
      UPDATE sync_ledger SET resume_attached_at = (
        SELECT MIN(a.at) FROM sync_attempts a WHERE a.candidate_id = sync_ledger.candidate_id AND a.step = 'resume' AND a.outcome = 'ok')
      WHERE how = 'created';
    `)
  }
}
