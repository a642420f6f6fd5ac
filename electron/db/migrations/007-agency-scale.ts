import type { Migration } from './types'

// Agency scale (100,000 TrackerRMS candidates, several recruiters on one TrackerRMS):
// - tracker_crawl keeps a checkpoint of the first full read of the candidate list, written after every page, so an
//   interrupted read (a crash, a restart, a network cut) carries on where it stopped: when it started (the rows it
//   has read carry that time as seen_at), the listing variant, the next page, the rows read and TrackerRMS's total.
// - sync_queue's waiting_for gains 'index' (no create before the first full read is done: the full-name rule needs
//   every name) and 'record' (TrackerRMS says it has this person, but Tracker Sync cannot see the record yet).
//   SQLite cannot widen a CHECK in place, so the table is copied (as in 006).
// - tracker_twins: two TrackerRMS records of one person, one created by this app, the other first seen afterwards
//   (another recruiter's desktop created it at about the same time). TrackerRMS has no merge call: the pair is shown
//   until someone merges them in TrackerRMS.
export const migration007: Migration = {
  version: 7,
  name: 'resumable first read, waiting for the index, duplicate pairs',
  up(db) {
    db.exec(`
      ALTER TABLE tracker_crawl ADD COLUMN crawl_started_at TEXT;
      ALTER TABLE tracker_crawl ADD COLUMN crawl_variant TEXT;
      ALTER TABLE tracker_crawl ADD COLUMN crawl_next_page INTEGER;
      ALTER TABLE tracker_crawl ADD COLUMN crawl_rows INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE tracker_crawl ADD COLUMN crawl_total INTEGER;

      CREATE TABLE sync_queue_new (
        id                  INTEGER PRIMARY KEY,
        candidate_id        INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        job_id              INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
        tracker_job_id      INTEGER,
        origin              TEXT NOT NULL CHECK (origin IN ('trigger','manual','backfill')),
        event_id            INTEGER REFERENCES outreach_events(id) ON DELETE SET NULL,
        state               TEXT NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending','running','retry_wait','blocked_auth','waiting','done','failed','cancelled')),
        waiting_for         TEXT CHECK (waiting_for IS NULL OR waiting_for IN ('widget','index','record')),
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
      INSERT INTO sync_queue_new SELECT id, candidate_id, job_id, tracker_job_id, origin, event_id, state, waiting_for, step, attempts,
        next_run_at, tracker_resource_id, checked_at, create_sent_at, list_sent_at, listed_at, last_error, created_at, updated_at
        FROM sync_queue;
      DROP TABLE sync_queue;
      ALTER TABLE sync_queue_new RENAME TO sync_queue;
      CREATE INDEX sync_queue_due ON sync_queue(state, next_run_at);
      CREATE INDEX sync_queue_candidate ON sync_queue(candidate_id, state);

      CREATE TABLE tracker_twins (
        id                 INTEGER PRIMARY KEY,
        candidate_id       INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        ours_resource_id   INTEGER NOT NULL,
        other_resource_id  INTEGER NOT NULL,
        matched_on         TEXT NOT NULL CHECK (matched_on IN ('email','linkedin','name')),
        ours_updated_at    TEXT,
        other_updated_at   TEXT,
        found_at           TEXT NOT NULL,
        UNIQUE (ours_resource_id, other_resource_id)
      );
      CREATE INDEX tracker_twins_candidate ON tracker_twins(candidate_id);
    `)
  }
}
