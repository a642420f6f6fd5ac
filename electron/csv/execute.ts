// Writing one planned row to the app's database, inside the apply transaction, and logging each change so that
// undo can reverse it exactly. A Stage column is history: it sets the stage in the job but records NO outreach
// event, so an import never fires a sync trigger.
import type { CandidateFields, Stage } from '../../shared/domain'
import { addToJob, CANDIDATE_COLUMNS, getCandidate, setStage, updateCandidate } from '../db/candidates'
import { changeLog, logCreatedCandidates } from '../db/imports'
import { getLedgerEntry, recordLedger } from '../db/ledger'
import type { Db } from '../db/open'
import { upsertIndexRecord } from '../db/tracker-index'
import type { RowKeys } from './dedupe'
import { providedFields } from './plan'

/** A valid row as the executor writes it. */
export interface ValidRow {
  fields: CandidateFields
  stage: Stage | null
  trackerId: number | null
  keys: RowKeys
}

export interface Executor {
  create(row: ValidRow): number
  update(candidateId: number, row: ValidRow): void
  /** Logs what only the end of the import knows (the candidates it created). */
  finish(): void
}

const FIELD_NAMES = Object.keys(CANDIDATE_COLUMNS) as (keyof CandidateFields)[]

export function createExecutor(db: Db, options: { importId: number; jobId: number; now: string; maxIdBefore: number }): Executor {
  const { importId, jobId, now, maxIdBefore } = options
  const log = changeLog(db, importId)
  const isNew = (candidateId: number) => candidateId > maxIdBefore
  const updated = new Set<number>()
  const staged = new Set<number>()
  const indexed = new Set<number>()
  const jobStage = db.prepare('SELECT stage, stage_changed_at FROM job_candidates WHERE job_id = ? AND candidate_id = ?')
  const indexRow = db.prepare('SELECT * FROM tracker_index WHERE resource_id = ?')
  // db/candidates' insertCandidate re-reads the row with RETURNING *, which inside a 100,000-row transaction costs
  // several times the insert itself (SQLite journals each such statement). Same column list and keys, no RETURNING.
  const insert = db.prepare(
    `INSERT INTO candidates (${FIELD_NAMES.map((f) => CANDIDATE_COLUMNS[f]).join(', ')}, name_key, email_key, linkedin_key, created_at, updated_at)
     VALUES (${FIELD_NAMES.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`
  )
  const values: unknown[] = new Array(FIELD_NAMES.length + 5)

  /** The TrackerRMS id makes the candidate known to TrackerRMS: an 'imported' ledger entry and an index entry. */
  function linkTracker(candidateId: number, row: ValidRow, created: boolean): void {
    const resourceId = row.trackerId
    if (resourceId === null) return
    const existing = created ? null : getLedgerEntry(db, candidateId) // a candidate created just now has none
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
      for (let i = 0; i < FIELD_NAMES.length; i++) values[i] = fields[FIELD_NAMES[i]]
      let i = FIELD_NAMES.length
      values[i++] = row.keys.name ?? ''
      values[i++] = row.keys.email
      values[i++] = row.keys.linkedin
      values[i++] = now
      values[i] = now
      const id = Number(insert.run(values).lastInsertRowid)
      addToJob(db, jobId, id, row.stage ?? 'sourced', now)
      linkTracker(id, row, true)
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
      linkTracker(candidateId, row, false)
    },
    finish() {
      logCreatedCandidates(db, importId, jobId, maxIdBefore)
    }
  }
}
