import type { Migration } from './types'

// The tables of DESIGN.md. Times are ISO-8601 UTC strings (they sort as text). Keys ending in _key hold the
// duplicate-check normalisations from shared/normalize, indexed so that lookups never scan.
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE jobs (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
        company     TEXT,
        location    TEXT,
        created_at  TEXT NOT NULL
      );

      CREATE TABLE candidates (
        id                INTEGER PRIMARY KEY,
        first_name        TEXT,
        last_name         TEXT,
        full_name         TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
        name_key          TEXT NOT NULL,
        email             TEXT,
        email_key         TEXT,
        phone             TEXT,
        linkedin_url      TEXT,
        linkedin_key      TEXT,
        city              TEXT,
        state             TEXT,
        country           TEXT,
        current_title     TEXT,
        current_company   TEXT,
        summary           TEXT,
        experience        TEXT,
        education         TEXT,
        skills            TEXT,
        notes             TEXT,
        duplicate_warning TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      );
      CREATE INDEX candidates_name_key ON candidates(name_key);
      CREATE INDEX candidates_email_key ON candidates(email_key) WHERE email_key IS NOT NULL;
      CREATE INDEX candidates_linkedin_key ON candidates(linkedin_key) WHERE linkedin_key IS NOT NULL;

      CREATE TABLE job_candidates (
        job_id           INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        candidate_id     INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        stage            TEXT NOT NULL DEFAULT 'sourced'
                         CHECK (stage IN ('sourced','sequence','replied','interested','not_interested')),
        stage_changed_at TEXT NOT NULL,
        added_at         TEXT NOT NULL,
        PRIMARY KEY (job_id, candidate_id)
      );
      CREATE INDEX job_candidates_candidate ON job_candidates(candidate_id);
      CREATE INDEX job_candidates_job_stage ON job_candidates(job_id, stage);

      -- Append-only. Triggers read events, never stages.
      CREATE TABLE outreach_events (
        id           INTEGER PRIMARY KEY,
        job_id       INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL
                     CHECK (kind IN ('sourced','sequence','replied','interested','not_interested')),
        occurred_at  TEXT NOT NULL,
        recorded_at  TEXT NOT NULL
      );
      CREATE INDEX outreach_events_job_candidate ON outreach_events(job_id, candidate_id, occurred_at);

      CREATE TABLE job_sync (
        job_id             INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
        trigger            TEXT NOT NULL DEFAULT 'never'
                           CHECK (trigger IN ('never','sequence','replied','interested')),
        trigger_set_at     TEXT,
        tracker_job_id     INTEGER CHECK (tracker_job_id IS NULL OR tracker_job_id > 0),
        tracker_job_title  TEXT,
        tracker_job_client TEXT,
        updated_at         TEXT
      );

      -- One row per (candidate, job) export. job_id is the local job (null for a manual export from no job);
      -- tracker_job_id is the TrackerRMS job whose long list the record goes on (null: create/link only).
      CREATE TABLE sync_queue (
        id                  INTEGER PRIMARY KEY,
        candidate_id        INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        job_id              INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
        tracker_job_id      INTEGER,
        origin              TEXT NOT NULL CHECK (origin IN ('trigger','manual','backfill')),
        event_id            INTEGER REFERENCES outreach_events(id) ON DELETE SET NULL,
        state               TEXT NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending','running','retry_wait','blocked_auth','done','failed','cancelled')),
        step                TEXT NOT NULL DEFAULT 'queued'
                            CHECK (step IN ('queued','checked','created','resume_attached','listed')),
        attempts            INTEGER NOT NULL DEFAULT 0,
        next_run_at         TEXT NOT NULL,
        tracker_resource_id INTEGER,
        last_error          TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      );
      CREATE INDEX sync_queue_due ON sync_queue(state, next_run_at);
      CREATE INDEX sync_queue_candidate ON sync_queue(candidate_id, state);

      -- Per candidate: the TrackerRMS record it is (or was linked to), and how that came about.
      CREATE TABLE sync_ledger (
        candidate_id        INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        tracker_resource_id INTEGER NOT NULL,
        how                 TEXT NOT NULL CHECK (how IN ('created','linked','imported')),
        matched_on          TEXT CHECK (matched_on IS NULL OR matched_on IN ('email','linkedin','name')),
        synced_at           TEXT NOT NULL,
        synced_by           TEXT
      );
      CREATE INDEX sync_ledger_resource ON sync_ledger(tracker_resource_id);

      -- Audit trail: one row per attempt per step.
      CREATE TABLE sync_attempts (
        id           INTEGER PRIMARY KEY,
        queue_id     INTEGER REFERENCES sync_queue(id) ON DELETE SET NULL,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        step         TEXT NOT NULL,
        outcome      TEXT NOT NULL,
        message      TEXT,
        at           TEXT NOT NULL
      );
      CREATE INDEX sync_attempts_candidate ON sync_attempts(candidate_id, at);
      CREATE INDEX sync_attempts_queue ON sync_attempts(queue_id);

      -- Known TrackerRMS resources, for the duplicate check (TrackerRMS ignores text filters in its searches).
      CREATE TABLE tracker_index (
        resource_id  INTEGER PRIMARY KEY,
        full_name    TEXT,
        name_key     TEXT,
        email_key    TEXT,
        linkedin_key TEXT,
        updated_at   TEXT,
        source       TEXT NOT NULL CHECK (source IN ('crawl','created','linked','imported')),
        seen_at      TEXT NOT NULL
      );
      CREATE INDEX tracker_index_name_key ON tracker_index(name_key) WHERE name_key IS NOT NULL;
      CREATE INDEX tracker_index_email_key ON tracker_index(email_key) WHERE email_key IS NOT NULL;
      CREATE INDEX tracker_index_linkedin_key ON tracker_index(linkedin_key) WHERE linkedin_key IS NOT NULL;

      -- Crawl progress of tracker_index: one row per TrackerRMS REST host.
      CREATE TABLE tracker_crawl (
        host             TEXT PRIMARY KEY,
        watermark        TEXT,
        full_crawl_at    TEXT,
        last_refresh_at  TEXT
      );

      -- Region, hosts, connected_at/by, delays. Never the token.
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `)
  }
}
