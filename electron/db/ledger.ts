import type { LedgerHow, MatchField } from '../../shared/domain'
import type { Db } from './open'
import { searchConditions } from './search-terms'
import { statement } from './statements'

export interface LedgerEntry {
  candidateId: number
  trackerResourceId: number
  how: LedgerHow
  matchedOn: MatchField | null
  syncedAt: string
  syncedBy: string | null
}

/** The resume's facts on a record Tracker Sync created (sync_ledger columns, migration 006). */
export interface ResumeFacts {
  attachSentAt: string | null
  resumeAttachedAt: string | null
  resumeFilename: string | null
}

interface LedgerRow {
  candidate_id: number
  tracker_resource_id: number
  how: LedgerHow
  matched_on: MatchField | null
  synced_at: string
  synced_by: string | null
  attach_sent_at: string | null
  resume_attached_at: string | null
  resume_filename: string | null
}

const toEntry = (row: LedgerRow): LedgerEntry => ({
  candidateId: row.candidate_id,
  trackerResourceId: row.tracker_resource_id,
  how: row.how,
  matchedOn: row.matched_on,
  syncedAt: row.synced_at,
  syncedBy: row.synced_by
})

/**
 * Records that a candidate is in TrackerRMS. The first entry wins: a candidate is created or linked once, and
 * contact data is never sent again (rule 4), so a later attempt to record another id is ignored.
 * Returns the entry that stands.
 */
export function recordLedger(db: Db, entry: LedgerEntry): LedgerEntry {
  statement(
    db,
    `INSERT INTO sync_ledger (candidate_id, tracker_resource_id, how, matched_on, synced_at, synced_by)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (candidate_id) DO NOTHING`
  ).run(entry.candidateId, entry.trackerResourceId, entry.how, entry.matchedOn, entry.syncedAt, entry.syncedBy)
  return getLedgerEntry(db, entry.candidateId) as LedgerEntry
}

export function getLedgerEntry(db: Db, candidateId: number): LedgerEntry | null {
  const row = statement(db, 'SELECT * FROM sync_ledger WHERE candidate_id = ?').get(candidateId) as LedgerRow | undefined
  return row ? toEntry(row) : null
}

export function getResumeFacts(db: Db, candidateId: number): ResumeFacts | null {
  const row = statement(db, 'SELECT attach_sent_at, resume_attached_at, resume_filename FROM sync_ledger WHERE candidate_id = ?').get(candidateId) as
    LedgerRow | undefined
  return row ? { attachSentAt: row.attach_sent_at, resumeAttachedAt: row.resume_attached_at, resumeFilename: row.resume_filename } : null
}

/** Before the attach is sent: an interruption from here on is read back, never blindly repeated. */
export function markAttachSent(db: Db, candidateId: number, at: string, filename: string): void {
  statement(db, 'UPDATE sync_ledger SET attach_sent_at = ?, resume_filename = ? WHERE candidate_id = ?').run(at, filename, candidateId)
}

export function markResumeAttached(db: Db, candidateId: number, at: string, filename: string): void {
  statement(db, 'UPDATE sync_ledger SET resume_attached_at = ?, resume_filename = ? WHERE candidate_id = ?').run(at, filename, candidateId)
}

export type LedgerListEntry = LedgerEntry & { fullName: string }

export interface LedgerFilter {
  /** Words that must each appear in the name, the TrackerRMS id, how, the field matched on or who sent it. */
  search?: string
  offset?: number
  /** Omitted: every entry. */
  limit?: number
}

/** The ledger, newest first, with each candidate's name; `total` counts every entry the search matches. */
export function searchLedger(db: Db, filter: LedgerFilter = {}): { total: number; entries: LedgerListEntry[] } {
  const search = searchConditions(filter.search, {
    nameKeys: ['c.name_key'],
    text: ['CAST(l.tracker_resource_id AS TEXT)', 'l.how', 'l.matched_on', 'l.synced_by']
  })
  const from = `FROM sync_ledger l JOIN candidates c ON c.id = l.candidate_id${search.sql.length ? ` WHERE ${search.sql.join(' AND ')}` : ''}`
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...search.params) as { n: number }).n
  const rows = db
    .prepare(`SELECT l.*, c.full_name ${from} ORDER BY l.synced_at DESC, l.candidate_id LIMIT ? OFFSET ?`)
    .all(...search.params, filter.limit ?? -1, filter.offset ?? 0) as (LedgerRow & { full_name: string })[]
  return { total, entries: rows.map((row) => ({ ...toEntry(row), fullName: row.full_name })) }
}
