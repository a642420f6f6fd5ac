import type { OutreachEvent, OutreachEventKind } from '../../shared/domain'
import type { Db } from './open'

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
