// Writing one planned row to the app's database, inside the apply transaction, and logging each change so that
// undo can reverse it exactly. A Stage column is history: it sets the stage in the job but records NO outreach
// event, so an import never fires a sync trigger.
import type { CandidateFields, Stage } from '../../shared/domain'
import { addToJob, CANDIDATE_COLUMNS, getCandidate, setStage, updateCandidate } from '../db/candidates'
import { changeLog } from '../db/imports'
import { getLedgerEntry, recordLedger } from '../db/ledger'
import type { Db } from '../db/open'
import { upsertIndexRecord } from '../db/tracker-index'
import { providedFields } from './plan'
import type { StagedRow } from './staging'

export interface Executor {
  create(row: StagedRow & { fields: CandidateFields }): number
  update(candidateId: number, row: StagedRow & { fields: CandidateFields }): void
}

export function createExecutor(db: Db, options: { importId: number; jobId: number; now: string; maxIdBefore: number }): Executor {
  const { jobId, now, maxIdBefore } = options
  const log = changeLog(db, options.importId)
  const isNew = (candidateId: number) => candidateId > maxIdBefore
  const updated = new Set<number>()
  const staged = new Set<number>()
  const indexed = new Set<number>()
  const jobStage = db.prepare('SELECT stage, stage_changed_at FROM job_candidates WHERE job_id = ? AND candidate_id = ?')
  const indexRow = db.prepare('SELECT * FROM tracker_index WHERE resource_id = ?')
  // db/candidates' insertCandidate re-reads the row with RETURNING *, which inside a 100,000-row transaction costs
  // several times the insert itself (SQLite journals each such statement). Same column list and keys, no RETURNING.
  const fieldNames = Object.keys(CANDIDATE_COLUMNS) as (keyof CandidateFields)[]
  const insert = db.prepare(
    `INSERT INTO candidates (${fieldNames.map((f) => CANDIDATE_COLUMNS[f]).join(', ')}, name_key, email_key, linkedin_key, created_at, updated_at)
     VALUES (${fieldNames.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`
  )

  /** The TrackerRMS id makes the candidate known to TrackerRMS: an 'imported' ledger entry and an index entry. */
  function linkTracker(candidateId: number, row: StagedRow & { fields: CandidateFields }): void {
    const resourceId = row.trackerId
    if (resourceId === null) return
    const existing = getLedgerEntry(db, candidateId)
    if (existing && existing.trackerResourceId !== resourceId) return // reported by the planner; the first id stands
    if (!existing) {
      recordLedger(db, { candidateId, trackerResourceId: resourceId, how: 'imported', matchedOn: null, syncedAt: now, syncedBy: null })
      log({ kind: 'ledger_added', candidateId, resourceId })
    }
    if (!indexed.has(resourceId)) {
      indexed.add(resourceId)
      const previous = indexRow.get(resourceId)
      log(previous ? { kind: 'index_updated', resourceId, previous } : { kind: 'index_added', resourceId })
    }
    const { fullName, email, linkedinUrl } = row.fields
    upsertIndexRecord(db, { resourceId, fullName, email, linkedinUrl, updatedAt: null }, 'imported', now)
  }

  return {
    create(row) {
      const fields = row.fields
      const { name, email, linkedin } = row.keys // computed with candidateKeys when the row was staged
      const id = Number(insert.run(...fieldNames.map((f) => fields[f]), name ?? '', email, linkedin, now, now).lastInsertRowid)
      addToJob(db, jobId, id, row.stage ?? 'sourced', now)
      log({ kind: 'candidate_created', candidateId: id, jobId })
      linkTracker(id, row)
      return id
    },
    update(candidateId, row) {
      if (!isNew(candidateId) && !updated.has(candidateId)) {
        updated.add(candidateId)
        const before = getCandidate(db, candidateId)
        if (before) log({ kind: 'candidate_updated', candidateId, previous: before })
      }
      updateCandidate(db, candidateId, providedFields(row.fields), now)
      if (row.stage) {
        const current = jobStage.get(jobId, candidateId) as { stage: Stage; stage_changed_at: string } | undefined
        if (current && current.stage !== row.stage) {
          if (!isNew(candidateId) && !staged.has(candidateId)) {
            staged.add(candidateId)
            log({ kind: 'stage_set', candidateId, jobId, previous: { stage: current.stage, stageChangedAt: current.stage_changed_at } })
          }
          setStage(db, jobId, candidateId, row.stage, now)
        }
      }
      linkTracker(candidateId, row)
    }
  }
}
