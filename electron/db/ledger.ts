import type { LedgerHow, MatchField } from '../../shared/domain'
import type { Db } from './open'
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

export function listLedger(db: Db): (LedgerEntry & { fullName: string })[] {
  const rows = db
    .prepare(`SELECT l.*, c.full_name FROM sync_ledger l JOIN candidates c ON c.id = l.candidate_id ORDER BY l.synced_at DESC, l.candidate_id`)
    .all() as (LedgerRow & { full_name: string })[]
  return rows.map((row) => ({ ...toEntry(row), fullName: row.full_name }))
}
