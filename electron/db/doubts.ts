// Exports held for the user's decision (sync_doubts): the TrackerRMS record with the candidate's full name but
// another email or LinkedIn URL, as it was read when the export was held, so both people can be shown side by side.
import type { DoubtfulMatch, MatchPerson } from '../../shared/api/sync'
import type { ContactField } from '../../shared/domain'
import type { Db } from './open'
import { statement } from './statements'

export interface Doubt {
  queueId: number
  resourceId: number
  theirs: MatchPerson
  differs: ContactField[]
  foundAt: string
}

/** Records (or replaces: an export held again) what the export was held for. */
export function recordDoubt(db: Db, doubt: Doubt): void {
  statement(
    db,
    `INSERT OR REPLACE INTO sync_doubts (queue_id, resource_id, full_name, email, linkedin_url, differs, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(doubt.queueId, doubt.resourceId, doubt.theirs.fullName, doubt.theirs.email, doubt.theirs.linkedinUrl, doubt.differs.join(','), doubt.foundAt)
}

export interface DoubtRow {
  resource_id: number
  full_name: string | null
  email: string | null
  linkedin_url: string | null
  differs: string
}

export function getDoubt(db: Db, queueId: number): { resourceId: number; differs: ContactField[] } | null {
  const row = statement(db, 'SELECT resource_id, full_name, email, linkedin_url, differs FROM sync_doubts WHERE queue_id = ?').get(queueId) as
    DoubtRow | undefined
  return row ? { resourceId: row.resource_id, differs: row.differs.split(',') as ContactField[] } : null
}

/** The two people side by side, from a held export's doubt and its candidate's current contact fields. */
export function toDoubtfulMatch(doubt: DoubtRow, ours: MatchPerson): DoubtfulMatch {
  return {
    ours,
    theirs: { resourceId: doubt.resource_id, fullName: doubt.full_name, email: doubt.email, linkedinUrl: doubt.linkedin_url },
    differs: doubt.differs.split(',') as ContactField[]
  }
}
