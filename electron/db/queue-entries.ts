// The queue as the screens list it: each export with its candidate's name and its job's title, filtered, searched
// and limited in one query (no lookup per row, no filtering of thousands of rows in JavaScript).
import type { QueueEntry } from '../../shared/api'
import type { QueueState } from '../../shared/domain'
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
  job_title: string | null
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
      `SELECT q.*, c.full_name AS candidate_name, j.title AS job_title
       FROM sync_queue q LEFT JOIN candidates c ON c.id = q.candidate_id LEFT JOIN jobs j ON j.id = q.job_id
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
  return { ...item, candidateName: row.candidate_name ?? `Candidate ${row.candidate_id} (removed)`, jobTitle: row.job_title }
}
