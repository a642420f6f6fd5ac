// Undoing the most recent import: its created candidates removed, the job memberships it gave stored candidates
// removed (the candidates stay), updated candidates and stages restored, the ledger and TrackerRMS index entries it
// added removed. All in one transaction, and only when nothing it touched
// has changed since (an edit, an outreach event, a sync): otherwise nothing is undone and the message says why.
import { CANDIDATE_FIELDS } from '../../shared/candidate-fields'
import type { CandidateFields, Stage } from '../../shared/domain'
import type { ImportRecord, UndoResult } from '../../shared/csv'
import { conflict, notFound } from '../../shared/errors'
import { setStage, updateCandidate } from '../db/candidates'
import { changesOf, lastOpenImport, markUndone } from '../db/imports'
import type { Db } from '../db/open'

interface Blocker {
  id: number
  full_name: string
  why: string
}

const BLOCKERS_SQL = `
  SELECT c.id, c.full_name, 'was edited after the import' AS why
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind IN ('candidate_created', 'candidate_updated') AND c.updated_at <> @at
  UNION ALL
  SELECT c.id, c.full_name, 'has outreach events recorded since'
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind = 'candidate_created' AND EXISTS (SELECT 1 FROM outreach_events e WHERE e.candidate_id = c.id)
  UNION ALL
  SELECT c.id, c.full_name, 'has been queued for TrackerRMS since'
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind = 'candidate_created' AND EXISTS (SELECT 1 FROM sync_queue q WHERE q.candidate_id = c.id)
  UNION ALL
  SELECT c.id, c.full_name, 'has been synced to TrackerRMS since'
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind = 'candidate_created'
     AND EXISTS (SELECT 1 FROM sync_ledger l WHERE l.candidate_id = c.id AND l.how <> 'imported')
  UNION ALL
  SELECT c.id, c.full_name, 'has been added to another job since'
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind = 'candidate_created'
     AND EXISTS (SELECT 1 FROM job_candidates jc WHERE jc.candidate_id = c.id AND jc.job_id IS NOT ch.job_id)
  UNION ALL
  SELECT c.id, c.full_name, 'changed stage after the import'
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
    JOIN job_candidates jc ON jc.job_id = ch.job_id AND jc.candidate_id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind IN ('stage_set', 'membership_added') AND jc.stage_changed_at <> @at
  UNION ALL
  SELECT c.id, c.full_name, 'has outreach events in this job recorded since'
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind = 'membership_added'
     AND EXISTS (SELECT 1 FROM outreach_events e WHERE e.job_id = ch.job_id AND e.candidate_id = c.id AND e.recorded_at >= @at)
  UNION ALL
  SELECT c.id, c.full_name, 'has been queued for TrackerRMS from this job since'
    FROM csv_import_changes ch JOIN candidates c ON c.id = ch.candidate_id
   WHERE ch.import_id = @id AND ch.kind = 'membership_added'
     AND EXISTS (SELECT 1 FROM sync_queue q WHERE q.job_id = ch.job_id AND q.candidate_id = c.id AND q.created_at >= @at)
  LIMIT 20`

export function undoLastImport(db: Db, now: string): UndoResult {
  return db
    .transaction((): UndoResult => {
      const record = lastOpenImport(db)
      if (!record) throw notFound('There is no import to undo.')
      const blockers = db.prepare(BLOCKERS_SQL).all({ id: record.id, at: record.appliedAt }) as Blocker[]
      if (blockers.length) throw conflict(blockedMessage(record, blockers))

      const result: UndoResult = {
        import: { ...record, undoneAt: now },
        candidatesRemoved: 0,
        membershipsRemoved: 0,
        candidatesRestored: 0,
        stagesRestored: 0,
        ledgerEntriesRemoved: 0,
        indexEntriesRemoved: 0,
        indexEntriesRestored: 0
      }
      const removeLedger = db.prepare(`DELETE FROM sync_ledger WHERE candidate_id = ? AND tracker_resource_id = ? AND how = 'imported'`)
      for (const change of changesOf(db, record.id, 'ledger_added'))
        result.ledgerEntriesRemoved += removeLedger.run(change.candidateId, change.resourceId).changes

      for (const change of changesOf(db, record.id, 'candidate_updated')) {
        const previous = change.previous as CandidateFields & { updatedAt: string }
        if (updateCandidate(db, change.candidateId as number, pickFields(previous), previous.updatedAt)) result.candidatesRestored++
      }
      for (const change of changesOf(db, record.id, 'stage_set')) {
        const previous = change.previous as { stage: Stage; stageChangedAt: string }
        setStage(db, change.jobId as number, change.candidateId as number, previous.stage, previous.stageChangedAt)
        result.stagesRestored++
      }
      const removeMembership = db.prepare('DELETE FROM job_candidates WHERE job_id = ? AND candidate_id = ?')
      for (const change of changesOf(db, record.id, 'membership_added'))
        result.membershipsRemoved += removeMembership.run(change.jobId, change.candidateId).changes
      const removeCandidate = db.prepare('DELETE FROM candidates WHERE id = ?')
      for (const change of changesOf(db, record.id, 'candidate_created')) result.candidatesRemoved += removeCandidate.run(change.candidateId).changes

      // An index entry the import added goes unless something else now relies on it (a sync linked to it, a crawl saw it).
      const removeIndex = db.prepare(
        `DELETE FROM tracker_index WHERE resource_id = ? AND source = 'imported'
         AND NOT EXISTS (SELECT 1 FROM sync_ledger WHERE tracker_resource_id = ?)`
      )
      for (const change of changesOf(db, record.id, 'index_added')) result.indexEntriesRemoved += removeIndex.run(change.resourceId, change.resourceId).changes
      for (const change of changesOf(db, record.id, 'index_updated'))
        if (restoreIndexRow(db, change.previous as Record<string, unknown>, record.appliedAt)) result.indexEntriesRestored++

      markUndone(db, record.id, now)
      return result
    })
    .immediate()
}

/** Puts back an index entry as it was, unless a crawl or a sync has refreshed it since the import. */
function restoreIndexRow(db: Db, previous: Record<string, unknown>, appliedAt: string): boolean {
  const columns = Object.keys(previous).filter((column) => column !== 'resource_id' && /^[a-z_]+$/.test(column))
  const sets = columns.map((column) => `${column} = @${column}`).join(', ')
  return db.prepare(`UPDATE tracker_index SET ${sets} WHERE resource_id = @resource_id AND seen_at = @appliedAt`).run({ ...previous, appliedAt }).changes > 0
}

const pickFields = (source: CandidateFields): CandidateFields => Object.fromEntries(CANDIDATE_FIELDS.map((f) => [f, source[f]])) as unknown as CandidateFields

function blockedMessage(record: ImportRecord, blockers: Blocker[]): string {
  const list = blockers.slice(0, 5).map((b) => `candidate ${b.id} (${b.full_name}) ${b.why}`)
  const more = blockers.length > 5 ? `, and more` : ''
  return (
    `The last import (${record.fileName} into "${record.jobTitle}", ${record.appliedAt}) cannot be undone, because what it ` +
    `changed has changed since: ${list.join('; ')}${more}. Nothing was undone.`
  )
}
