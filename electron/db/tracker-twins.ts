// Two TrackerRMS records of one person (tracker_twins): one this app created, the other first seen in the list
// afterwards — another recruiter's desktop created it at about the same time. Found while the index is read.
import type { MatchField } from '../../shared/domain'
import type { Db } from './open'
import { statement } from './statements'

export interface TwinMatch {
  candidateId: number
  oursResourceId: number
  oursUpdatedAt: string | null
  matchedOn: MatchField
}

export interface Twin extends TwinMatch {
  otherResourceId: number
  otherUpdatedAt: string | null
  foundAt: string
  fullName: string
}

/** Whether this app has created any record (the twin check is skipped until it has). */
export function hasCreatedRecords(db: Db): boolean {
  return statement(db, `SELECT 1 FROM sync_ledger WHERE how = 'created' LIMIT 1`).get() !== undefined
}

export function isIndexed(db: Db, resourceId: number): boolean {
  return statement(db, 'SELECT 1 FROM tracker_index WHERE resource_id = ?').get(resourceId) !== undefined
}

/** Records this app created that share the email, LinkedIn URL or full name key with another record. */
export function createdRecordsMatching(db: Db, keys: { email: string | null; linkedin: string | null; name: string | null }, otherId: number): TwinMatch[] {
  const found = new Map<number, TwinMatch>()
  for (const [field, key] of [
    ['email', keys.email],
    ['linkedin', keys.linkedin],
    ['name', keys.name]
  ] as [MatchField, string | null][]) {
    if (!key) continue
    const rows = statement(
      db,
      `SELECT l.candidate_id, i.resource_id, i.updated_at FROM tracker_index i
       JOIN sync_ledger l ON l.tracker_resource_id = i.resource_id AND l.how = 'created'
       WHERE i.${field}_key = ? AND i.resource_id <> ?`
    ).all(key, otherId) as { candidate_id: number; resource_id: number; updated_at: string | null }[]
    for (const r of rows)
      if (!found.has(r.resource_id))
        found.set(r.resource_id, { candidateId: r.candidate_id, oursResourceId: r.resource_id, oursUpdatedAt: r.updated_at, matchedOn: field })
  }
  return [...found.values()]
}

/** Records a pair once; true when it is new. */
export function recordTwin(db: Db, twin: Omit<Twin, 'fullName'>): boolean {
  return (
    statement(
      db,
      `INSERT OR IGNORE INTO tracker_twins (candidate_id, ours_resource_id, other_resource_id, matched_on, ours_updated_at, other_updated_at, found_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`
    ).run(twin.candidateId, twin.oursResourceId, twin.otherResourceId, twin.matchedOn, twin.oursUpdatedAt, twin.otherUpdatedAt, twin.foundAt).changes > 0
  )
}

interface TwinRow {
  candidate_id: number
  ours_resource_id: number
  other_resource_id: number
  matched_on: MatchField
  ours_updated_at: string | null
  other_updated_at: string | null
  found_at: string
  full_name: string
}

const toTwin = (r: TwinRow): Twin => ({
  candidateId: r.candidate_id,
  oursResourceId: r.ours_resource_id,
  otherResourceId: r.other_resource_id,
  matchedOn: r.matched_on,
  oursUpdatedAt: r.ours_updated_at,
  otherUpdatedAt: r.other_updated_at,
  foundAt: r.found_at,
  fullName: r.full_name
})

/** Every pair found (newest first), or one candidate's. */
export function listTwins(db: Db, candidateId?: number): Twin[] {
  const rows = statement(
    db,
    `SELECT t.*, c.full_name FROM tracker_twins t JOIN candidates c ON c.id = t.candidate_id
     WHERE ? IS NULL OR t.candidate_id = ? ORDER BY t.found_at DESC, t.id DESC LIMIT 500`
  ).all(candidateId ?? null, candidateId ?? null) as TwinRow[]
  return rows.map(toTwin)
}
