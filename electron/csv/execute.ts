// Writing one planned row to the app's database, inside a slice of the apply (db/write-slices.ts), and logging each
// change so that undo can reverse it exactly. A Stage column is history: it sets the stage in the job but records NO outreach
// event, so an import never fires a sync trigger. A stored candidate put on the job gets the row's stage the same way.
import type { CandidateFields, Stage } from '../../shared/domain'
import { addManyToJob, CANDIDATE_COLUMNS, getCandidate, setStage, updateCandidate } from '../db/candidates'
import { changeLog, logAddedIndexEntries, logAddedMemberships, logCreatedCandidates, logLedgerOfCreatedCandidates } from '../db/imports'
import { getLedgerEntry, recordLedger } from '../db/ledger'
import type { Db } from '../db/open'
import { upsertIndexRecord } from '../db/tracker-index'
import type { RowKeys } from './dedupe'
import { providedFields } from './plan'

/** A valid row as the executor writes it. */
interface ValidRow {
  fields: CandidateFields
  stage: Stage | null
  trackerId: number | null
  keys: RowKeys
}

export interface Executor {
  create(row: ValidRow): number
  /** Puts a stored candidate who is not on the job on it, at the row's stage; with `updateFields`, also updates them as update() does. */
  add(candidateId: number, row: ValidRow, updateFields: boolean): void
  /** `addedHere`: a stored candidate an earlier row of this import put on the job (add). */
  update(candidateId: number, row: ValidRow, addedHere: boolean): void
  /** Starts a slice (the apply's transactions: another process may have added candidates between two). */
  beginSlice(): void
  /** Writes what is batched and logs the candidates this slice created (call last in each slice's transaction). */
  endSlice(): void
}

const FIELD_NAMES = Object.keys(CANDIDATE_COLUMNS) as (keyof CandidateFields)[]
const JOB_BATCH = 1000

export function createExecutor(db: Db, options: { importId: number; jobId: number; now: string }): Executor {
  const { importId, jobId, now } = options
  const log = changeLog(db, importId)
  // The ids this import created: SQLite gives new rows max(id) + 1 and a slice is the only writer while it runs, so
  // each slice creates the ids above the largest one at its start. Nearly always one range (another process would
  // have to add a candidate between two slices to start a second).
  const created: [from: number, to: number][] = []
  let sliceMaxBefore = 0
  const maxId = db.prepare('SELECT COALESCE(MAX(id), 0) FROM candidates').pluck()
  const isNew = (candidateId: number) => {
    for (let i = created.length - 1; i >= 0; i--) if (candidateId > created[i][0] && candidateId <= created[i][1]) return true
    return candidateId > sliceMaxBefore
  }
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
  // Written in batches (one statement per JOB_BATCH rows instead of one per row): the job memberships of created and
  // added candidates (with the change log of the added ones), and the index entries this import added (for the
  // change log). Candidates created by this import need no per-row log: finish() logs them, and their ledger
  // entries, from the tables.
  const jobRows: [number, Stage][] = []
  const addedMemberships: number[] = []
  const addedIndexEntries: number[] = []
  const flushJobRows = () => {
    if (jobRows.length === 0) return
    addManyToJob(db, jobId, jobRows, now)
    jobRows.length = 0
    logAddedMemberships(db, importId, jobId, addedMemberships)
    addedMemberships.length = 0
  }

  /** The TrackerRMS id makes the candidate known to TrackerRMS: an 'imported' ledger entry and an index entry. */
  function linkTracker(candidateId: number, row: ValidRow, created: boolean): void {
    const resourceId = row.trackerId
    if (resourceId === null) return
    const existing = created ? null : getLedgerEntry(db, candidateId) // a candidate created just now has none
    if (existing && existing.trackerResourceId !== resourceId) return // reported by the planner; the first id stands
    if (!existing) {
      recordLedger(db, { candidateId, trackerResourceId: resourceId, how: 'imported', matchedOn: null, syncedAt: now, syncedBy: null })
      if (!isNew(candidateId)) log({ kind: 'ledger_added', candidateId, resourceId })
    }
    if (!indexed.has(resourceId)) {
      indexed.add(resourceId)
      const previous = indexRow.get(resourceId)
      if (previous) log({ kind: 'index_updated', resourceId, previous })
      else addedIndexEntries.push(resourceId)
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
      if (jobRows.push([id, row.stage ?? 'sourced']) === JOB_BATCH) flushJobRows()
      linkTracker(id, row, true)
      return id
    },
    add(candidateId, row, updateFields) {
      addedMemberships.push(candidateId)
      if (jobRows.push([candidateId, row.stage ?? 'sourced']) === JOB_BATCH) flushJobRows()
      if (updateFields) updateFieldsOf(candidateId, row)
    },
    update(candidateId, row, addedHere) {
      // undo takes a membership this import made away whole, so its stage there needs no log
      const putOnByThisImport = isNew(candidateId) || addedHere
      if (putOnByThisImport) flushJobRows() // its stage in the job is read below
      updateFieldsOf(candidateId, row)
      if (row.stage) {
        const current = jobStage.get(jobId, candidateId) as { stage: Stage; stage_changed_at: string } | undefined
        if (current && current.stage !== row.stage) {
          if (!putOnByThisImport && !staged.has(candidateId)) {
            staged.add(candidateId)
            log({ kind: 'stage_set', candidateId, jobId, previous: { stage: current.stage, stageChangedAt: current.stage_changed_at } })
          }
          setStage(db, jobId, candidateId, row.stage, now)
        }
      }
    },
    beginSlice() {
      sliceMaxBefore = maxId.get() as number
    },
    endSlice() {
      flushJobRows()
      const sliceMax = maxId.get() as number
      if (sliceMax > sliceMaxBefore) {
        logCreatedCandidates(db, importId, jobId, sliceMaxBefore)
        logLedgerOfCreatedCandidates(db, importId, sliceMaxBefore)
        const last = created[created.length - 1]
        if (last && last[1] === sliceMaxBefore) last[1] = sliceMax
        else created.push([sliceMaxBefore, sliceMax])
      }
      sliceMaxBefore = Number.MAX_SAFE_INTEGER // between slices nothing is this import's new candidate but the ranges
      logAddedIndexEntries(db, importId, addedIndexEntries)
      addedIndexEntries.length = 0
    }
  }

  /** The row's non-empty values over a stored candidate's (logged once, for undo), and its TrackerRMS link. */
  function updateFieldsOf(candidateId: number, row: ValidRow): void {
    if (!isNew(candidateId) && !updated.has(candidateId)) {
      updated.add(candidateId)
      const before = getCandidate(db, candidateId)
      if (before) log({ kind: 'candidate_updated', candidateId, previous: before })
    }
    updateCandidate(db, candidateId, providedFields(row.fields), now)
    linkTracker(candidateId, row, false)
  }
}
