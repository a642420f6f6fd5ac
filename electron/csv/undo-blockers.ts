// What stops an undo: something the import wrote that has changed since (an edit, an outreach event, a queued or
// finished sync, another job, a stage change). Read before the undo takes the write lock (a long read over a big
// import's change log must not hold other processes' writes).
import type { ImportRecord } from '../../shared/csv'
import type { Db } from '../db/open'

export interface Blocker {
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

export function blockersOf(db: Db, record: ImportRecord): Blocker[] {
  return db.prepare(BLOCKERS_SQL).all({ id: record.id, at: record.appliedAt }) as Blocker[]
}

export function blockedMessage(record: ImportRecord, blockers: Blocker[]): string {
  const list = blockers.slice(0, 5).map((b) => `candidate ${b.id} (${b.full_name}) ${b.why}`)
  const more = blockers.length > 5 ? `, and more` : ''
  return (
    `The last import (${record.fileName} into "${record.jobTitle}", ${record.appliedAt}) cannot be undone, because what it ` +
    `changed has changed since: ${list.join('; ')}${more}. Nothing was undone.`
  )
}
