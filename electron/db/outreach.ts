import { BUSY_QUEUE_STATES, type OutreachEvent, type OutreachEventKind } from '../../shared/domain'
import type { Db } from './open'
import { sqlStates } from './queue-states'

/** A backfill leaves out candidates with an export for the job in these states (sent, or on its way). */
const EXPORTED_OR_UNDER_WAY = sqlStates([...BUSY_QUEUE_STATES, 'done'])

interface EventRow {
  id: number
  job_id: number
  candidate_id: number
  kind: OutreachEventKind
  occurred_at: string
  recorded_at: string
}

const toEvent = (row: EventRow): OutreachEvent => ({
  id: row.id,
  jobId: row.job_id,
  candidateId: row.candidate_id,
  kind: row.kind,
  occurredAt: row.occurred_at,
  recordedAt: row.recorded_at
})

export function insertEvent(
  db: Db,
  event: { jobId: number; candidateId: number; kind: OutreachEventKind; occurredAt: string },
  recordedAt: string
): OutreachEvent {
  const row = db
    .prepare(
      `INSERT INTO outreach_events (job_id, candidate_id, kind, occurred_at, recorded_at) VALUES (?, ?, ?, ?, ?)
       RETURNING *`
    )
    .get(event.jobId, event.candidateId, event.kind, event.occurredAt, recordedAt) as EventRow
  return toEvent(row)
}

/** When the latest outreach event for a candidate in a job happened, or null if none was recorded. */
export function latestEventTime(db: Db, jobId: number, candidateId: number): string | null {
  const row = db.prepare('SELECT MAX(occurred_at) AS at FROM outreach_events WHERE job_id = ? AND candidate_id = ?').get(jobId, candidateId) as {
    at: string | null
  }
  return row.at
}

export interface UnsentEvent {
  candidateId: number
  fullName: string
  eventId: number
  eventKind: OutreachEventKind
  occurredAt: string
}

/**
 * For backfill: each candidate's earliest event of these kinds in the job, for candidates not exported for this
 * job yet (an export of theirs is under way or done), not in TrackerRMS when there is no TrackerRMS job to add
 * them to, and not on that TrackerRMS job already. Oldest first.
 */
export function firstUnsentEvents(db: Db, query: { jobId: number; trackerJobId: number | null; kinds: readonly OutreachEventKind[] }): UnsentEvent[] {
  if (query.kinds.length === 0) return []
  const kinds = query.kinds.map(() => '?').join(',')
  return db
    .prepare(
      `SELECT e.candidate_id AS candidateId, c.full_name AS fullName, e.id AS eventId, e.kind AS eventKind, e.occurred_at AS occurredAt
       FROM outreach_events e JOIN candidates c ON c.id = e.candidate_id
       WHERE e.job_id = @jobId AND e.kind IN (${kinds})
         AND e.id = (SELECT e2.id FROM outreach_events e2 WHERE e2.job_id = e.job_id AND e2.candidate_id = e.candidate_id
                     AND e2.kind IN (${kinds}) ORDER BY e2.occurred_at, e2.id LIMIT 1)
         AND NOT EXISTS (SELECT 1 FROM sync_queue q WHERE q.candidate_id = e.candidate_id AND q.job_id = @jobId
                         AND q.state IN ${EXPORTED_OR_UNDER_WAY})
         AND NOT (@trackerJobId IS NULL AND EXISTS (SELECT 1 FROM sync_ledger l WHERE l.candidate_id = e.candidate_id))
         AND NOT (@trackerJobId IS NOT NULL AND EXISTS (SELECT 1 FROM sync_queue q WHERE q.candidate_id = e.candidate_id
                  AND q.tracker_job_id = @trackerJobId AND q.state = 'done'))
       ORDER BY e.occurred_at, e.candidate_id`
    )
    .all({ jobId: query.jobId, trackerJobId: query.trackerJobId }, ...query.kinds, ...query.kinds) as UnsentEvent[]
}
