// The queue as the screens list it: each export with its candidate's name and its job's title, filtered, searched
// and limited in one query (no lookup per row, no filtering of thousands of rows in JavaScript).
import type { QueueEntry } from '../../shared/api'
import type { QueueState } from '../../shared/domain'
import { toDoubtfulMatch } from './doubts'
import type { Db } from './open'
import { toQueueItem, type QueueRow } from './queue'
import { sqlStates } from './queue-states'
import { searchConditions } from './search-terms'

export interface QueueEntryFilter {
  states?: readonly QueueState[]
  candidateId?: number
  /** Words that must each appear in the candidate's name, the job's title or the TrackerRMS id. */
  search?: string
  /** These exports only (in this order). */
  ids?: readonly number[]
  limit: number
}

interface EntryRow extends QueueRow {
  candidate_name: string | null
  candidate_email: string | null
  candidate_linkedin: string | null
  job_title: string | null
  /** The held export's doubtful match (sync_doubts), when it waits for the user's decision. */
  doubt_resource_id: number | null
  doubt_full_name: string | null
  doubt_email: string | null
  doubt_linkedin_url: string | null
  doubt_differs: string | null
}

/** Newest first (or in the order of `ids`). A candidate deleted since keeps a placeholder name. */
export function queueEntries(db: Db, filter: QueueEntryFilter): QueueEntry[] {
  const where: string[] = []
  const params: unknown[] = []
  if (filter.states?.length) where.push(`q.state IN ${sqlStates(filter.states)}`)
  if (filter.candidateId !== undefined) {
    where.push('q.candidate_id = ?')
    params.push(filter.candidateId)
  }
  if (filter.ids) {
    if (filter.ids.length === 0) return []
    where.push(`q.id IN (${filter.ids.map(() => '?').join(',')})`)
    params.push(...filter.ids)
  }
  const search = searchConditions(filter.search, { nameKeys: ['c.name_key'], text: ['j.title', 'CAST(q.tracker_resource_id AS TEXT)'] })
  where.push(...search.sql)
  params.push(...search.params)
  const rows = db
    .prepare(
      `SELECT q.*, c.full_name AS candidate_name, c.email AS candidate_email, c.linkedin_url AS candidate_linkedin, j.title AS job_title,
         d.resource_id AS doubt_resource_id, d.full_name AS doubt_full_name, d.email AS doubt_email, d.linkedin_url AS doubt_linkedin_url,
         d.differs AS doubt_differs
       FROM sync_queue q LEFT JOIN candidates c ON c.id = q.candidate_id LEFT JOIN jobs j ON j.id = q.job_id
         LEFT JOIN sync_doubts d ON d.queue_id = q.id AND q.waiting_for = 'decision'
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY q.id DESC LIMIT ?`
    )
    .all(...params, filter.limit) as EntryRow[]
  const entries = rows.map(toEntry)
  if (!filter.ids) return entries
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  return filter.ids.flatMap((id) => byId.get(id) ?? [])
}

function toEntry(row: EntryRow): QueueEntry {
  const { eventId: _event, ...item } = toQueueItem(row)
  const candidateName = row.candidate_name ?? `Candidate ${row.candidate_id} (removed)`
  const match =
    row.doubt_resource_id === null
      ? null
      : toDoubtfulMatch(
          {
            resource_id: row.doubt_resource_id,
            full_name: row.doubt_full_name,
            email: row.doubt_email,
            linkedin_url: row.doubt_linkedin_url,
            differs: row.doubt_differs ?? ''
          },
          { fullName: candidateName, email: row.candidate_email, linkedinUrl: row.candidate_linkedin }
        )
  return { ...item, candidateName, jobTitle: row.job_title, match }
}
