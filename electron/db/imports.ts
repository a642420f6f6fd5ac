// The csv_imports history, the per-import change log that undo reverses, and saved column mappings.
import type { DuplicatePolicy, ExplicitMapping, ImportRecord, SavedMapping } from '../../shared/csv'
import type { Db } from './open'

export type ChangeKind =
  | 'candidate_created'
  | 'candidate_updated'
  | 'stage_set'
  | 'ledger_added'
  | 'index_added'
  | 'index_updated'
  /** A stored candidate put on the import's job (migration 005): undo removes that membership only. */
  | 'membership_added'

export interface Change {
  kind: ChangeKind
  candidateId?: number | null
  jobId?: number | null
  resourceId?: number | null
  /** Values before the import (JSON-serialisable), for kinds that restore. */
  previous?: unknown
}

export interface ChangeRow {
  id: number
  kind: ChangeKind
  candidateId: number | null
  jobId: number | null
  resourceId: number | null
  previous: unknown
}

interface ImportRow {
  id: number
  file_name: string
  job_id: number | null
  job_title: string
  policy: DuplicatePolicy
  rows_total: number
  new_count: number
  added_count: number
  updated_count: number
  skipped_count: number
  invalid_count: number
  applied_at: string
  undone_at: string | null
  state: ImportRecord['state']
}

const toRecord = (row: ImportRow): ImportRecord => ({
  id: row.id,
  fileName: row.file_name,
  jobId: row.job_id,
  jobTitle: row.job_title,
  policy: row.policy,
  counts: {
    rows: row.rows_total,
    new: row.new_count,
    added: row.added_count,
    updated: row.updated_count,
    skipped: row.skipped_count,
    invalid: row.invalid_count
  },
  appliedAt: row.applied_at,
  undoneAt: row.undone_at,
  state: row.state
})

export function insertImport(
  db: Db,
  record: { fileName: string; jobId: number; jobTitle: string; policy: DuplicatePolicy; encoding: string; delimiter: string; appliedAt: string }
): number {
  const row = db
    .prepare(
      `INSERT INTO csv_imports (file_name, job_id, job_title, policy, encoding, delimiter, applied_at)
       VALUES (@fileName, @jobId, @jobTitle, @policy, @encoding, @delimiter, @appliedAt) RETURNING id`
    )
    .get(record) as { id: number }
  return row.id
}

export function setImportCounts(db: Db, id: number, counts: ImportRecord['counts']): void {
  db.prepare(`UPDATE csv_imports SET rows_total = ?, new_count = ?, added_count = ?, updated_count = ?, skipped_count = ?, invalid_count = ? WHERE id = ?`).run(
    counts.rows,
    counts.new,
    counts.added,
    counts.updated,
    counts.skipped,
    counts.invalid,
    id
  )
}

/** A writer bound to one import, with its statement prepared once (an import may log 100,000+ changes). */
export function changeLog(db: Db, importId: number): (change: Change) => void {
  const insert = db.prepare('INSERT INTO csv_import_changes (import_id, kind, candidate_id, job_id, resource_id, previous) VALUES (?, ?, ?, ?, ?, ?)')
  return (change) =>
    void insert.run(
      importId,
      change.kind,
      change.candidateId ?? null,
      change.jobId ?? null,
      change.resourceId ?? null,
      change.previous === undefined ? null : JSON.stringify(change.previous)
    )
}

/**
 * Logs every candidate a slice of an import created, in one statement at the slice's end: they are exactly the
 * candidates with an id above the largest one before the slice (SQLite gives new rows max(id) + 1, and the slice's
 * transaction is the only writer). One INSERT … SELECT instead of thousands of single inserts.
 */
export function logCreatedCandidates(db: Db, importId: number, jobId: number, maxIdBefore: number): void {
  db.prepare(
    `INSERT INTO csv_import_changes (import_id, kind, candidate_id, job_id)
     SELECT ?, 'candidate_created', id, ? FROM candidates WHERE id > ? ORDER BY id`
  ).run(importId, jobId, maxIdBefore)
}

/** Logs the ledger entries a slice of an import added for the candidates it created (candidates above `maxIdBefore`). */
export function logLedgerOfCreatedCandidates(db: Db, importId: number, maxIdBefore: number): void {
  db.prepare(
    `INSERT INTO csv_import_changes (import_id, kind, candidate_id, resource_id)
     SELECT ?, 'ledger_added', candidate_id, tracker_resource_id FROM sync_ledger
      WHERE candidate_id > ? AND how = 'imported' ORDER BY candidate_id`
  ).run(importId, maxIdBefore)
}

/** Logs the job memberships an import gave stored candidates, in one statement. */
export function logAddedMemberships(db: Db, importId: number, jobId: number, candidateIds: readonly number[]): void {
  if (candidateIds.length === 0) return
  db.prepare(`INSERT INTO csv_import_changes (import_id, kind, candidate_id, job_id) SELECT ?, 'membership_added', value, ? FROM json_each(?)`).run(
    importId,
    jobId,
    JSON.stringify(candidateIds)
  )
}

/** Logs the TrackerRMS index entries an import added, in one statement. */
export function logAddedIndexEntries(db: Db, importId: number, resourceIds: readonly number[]): void {
  if (resourceIds.length === 0) return
  db.prepare(`INSERT INTO csv_import_changes (import_id, kind, resource_id) SELECT ?, 'index_added', value FROM json_each(?)`).run(
    importId,
    JSON.stringify(resourceIds)
  )
}

/** The next `limit` changes of one kind an import made (undo works through them in this order, removing each it reverses). */
export function changesOf(db: Db, importId: number, kind: ChangeKind, limit: number): ChangeRow[] {
  const rows = db
    .prepare('SELECT id, kind, candidate_id, job_id, resource_id, previous FROM csv_import_changes WHERE import_id = ? AND kind = ? ORDER BY id LIMIT ?')
    .all(importId, kind, limit) as {
    id: number
    kind: ChangeKind
    candidate_id: number | null
    job_id: number | null
    resource_id: number | null
    previous: string | null
  }[]
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    candidateId: r.candidate_id,
    jobId: r.job_id,
    resourceId: r.resource_id,
    previous: r.previous === null ? null : JSON.parse(r.previous)
  }))
}

/** Removes reversed changes from the log, so that an undo interrupted half-way goes on where it stopped. */
export function dropChanges(db: Db, ids: readonly number[]): void {
  if (ids.length) db.prepare('DELETE FROM csv_import_changes WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids))
}

/** The most recent import that has not been undone (it may still be applying, or being undone). */
export function lastOpenImport(db: Db): ImportRecord | null {
  const row = db.prepare("SELECT * FROM csv_imports WHERE state <> 'undone' ORDER BY id DESC LIMIT 1").get() as ImportRow | undefined
  return row ? toRecord(row) : null
}

export function importById(db: Db, id: number): ImportRecord | null {
  const row = db.prepare('SELECT * FROM csv_imports WHERE id = ?').get(id) as ImportRow | undefined
  return row ? toRecord(row) : null
}

export function listImports(db: Db, limit = 50): ImportRecord[] {
  return (db.prepare('SELECT * FROM csv_imports ORDER BY id DESC LIMIT ?').all(limit) as ImportRow[]).map(toRecord)
}

export function saveMapping(db: Db, name: string, mapping: ExplicitMapping, now: string): SavedMapping {
  db.prepare(
    `INSERT INTO csv_mappings (name, mapping, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET name = excluded.name, mapping = excluded.mapping, updated_at = excluded.updated_at`
  ).run(name, JSON.stringify(mapping), now, now)
  return getMapping(db, name) as SavedMapping
}

export function getMapping(db: Db, name: string): SavedMapping | null {
  const row = db.prepare('SELECT name, mapping, updated_at FROM csv_mappings WHERE name = ?').get(name) as
    { name: string; mapping: string; updated_at: string } | undefined
  return row ? { name: row.name, mapping: JSON.parse(row.mapping) as ExplicitMapping, updatedAt: row.updated_at } : null
}

export function listMappings(db: Db): SavedMapping[] {
  const rows = db.prepare('SELECT name, mapping, updated_at FROM csv_mappings ORDER BY name').all() as { name: string; mapping: string; updated_at: string }[]
  return rows.map((row) => ({ name: row.name, mapping: JSON.parse(row.mapping) as ExplicitMapping, updatedAt: row.updated_at }))
}

export function deleteMapping(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM csv_mappings WHERE name = ?').run(name).changes > 0
}
