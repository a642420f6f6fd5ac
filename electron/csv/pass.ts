// One pass over a file's rows: each row is read and checked (shared/csv/row.ts), matched against the job, the
// stored candidates not on it (stored-keys.ts) and the earlier rows (dedupe.ts) by its strong keys, then by its full
// name against the job and the earlier rows (name-keys.ts), planned (plan.ts) and, when
// applying, written (execute.ts) — then forgotten. What the
// report needs is kept as it goes: counts, the first rows as stored, and problems and duplicates up to a limit.
// Nothing holds all the rows, so memory stays flat; a dry run and an apply share every decision.
import {
  namesCandidates,
  resolveMapping,
  RowReader,
  rowPlan,
  type ExplicitMapping,
  type FoundHeader,
  type MappingResolution,
  type PlannedRow,
  type ReadRow,
  type RowAction,
  type RowProblem
} from '../../shared/csv'
import { CANDIDATE_FIELDS } from '../../shared/candidate-fields'
import type { CandidateFields } from '../../shared/domain'
import { detach } from '../../shared/csv/detach'
import { validationError } from '../../shared/errors'
import { keyBits, toldApartMessage } from '../../shared/same-name'
import { candidateKeys, getCandidate } from '../db/candidates'
import type { Db } from '../db/open'
import { jobsOfCandidate } from '../db/same-person'
import { FileKeys, JobKeys, type FileMatch, type JobMatch, type RowKeys } from './dedupe'
import type { Executor } from './execute'
import { Planner, type EarlierOutcome, type RowOutcome } from './plan'
import type { DataRow, ReadHandlers } from './reader'
import { IdTable } from './id-table'
import { NameKeys } from './name-keys'
import { StoredKeys, type StoredMatch } from './stored-keys'

/** A duplicate as the report lists it: for an added candidate, with the jobs they were already on. */
export type ListedDuplicate = RowOutcome & { dupJobs: { id: number; title: string }[] | null }

export interface PassOptions {
  db: Db
  jobId: number
  policy: 'skip' | 'update' | 'create'
  explicit: ExplicitMapping
  previewRows: number
  maxProblems: number
  /** Null for a dry run. */
  executor: Executor | null
  /** Stop at the first invalid row (an apply that does not skip invalid rows is then refused). */
  stopAtInvalid: boolean
}

/** Thrown by a pass with stopAtInvalid, to end (and roll back) an apply that will be refused. */
export class InvalidRowFound extends Error {
  constructor() {
    super('The file has invalid rows.')
  }
}

/** Outcomes of earlier rows by row number, for updates of a candidate an earlier row created (policy update only). */
class EarlierOutcomes {
  // Paged int32 tables by row number (id-table.ts: no copying as they grow). Each value is stored plus one, so 0
  // stays "no outcome yet" and 1 is "none" (a row that made or matched no candidate, or has no target row).
  private readonly candidate = new IdTable()
  private readonly target = new IdTable()

  set(row: number, outcome: RowOutcome): void {
    this.candidate.set(row, (outcome.candidateId ?? 0) + 1)
    this.target.set(row, (outcome.targetRow ?? 0) + 1)
  }

  get(row: number): EarlierOutcome | null {
    const candidate = this.candidate.get(row)
    if (candidate === undefined) return null
    const target = this.target.get(row) as number
    return { row, candidateId: candidate === 1 ? null : candidate - 1, targetRow: target === 1 ? null : target - 1 }
  }
}

export class ImportPass implements ReadHandlers {
  resolution: MappingResolution | null = null
  readonly counts: Record<RowAction, number> = { new: 0, add: 0, update: 0, skip: 0, invalid: 0 }
  readonly preview: PlannedRow[] = []
  readonly errors: RowProblem[] = []
  errorCount = 0
  readonly warnings: RowProblem[] = []
  warningCount = 0
  readonly duplicates: ListedDuplicate[] = []
  duplicateCount = 0

  private reader: RowReader | null = null
  private readonly planner: Planner
  private readonly jobKeys: JobKeys
  private readonly storedKeys: StoredKeys
  private readonly fileKeys = new FileKeys()
  private readonly names = new NameKeys()
  /** Stored candidates this import adds to the job, by the row that adds them: a later row of theirs is a duplicate of that row. */
  private readonly addedBy = new IdTable()
  /** The job lists of listed duplicates, shared (see jobsBefore). */
  private readonly jobLists = new Map<string, { id: number; title: string }[]>()
  private readonly earlier: EarlierOutcomes | null
  private readonly earlierOf: (row: number) => EarlierOutcome | null
  /** Fields of the preview's rows: a previewed update of a row created earlier in the file shows them merged. */
  private readonly previewFields = new Map<number, CandidateFields>()

  private executor: Executor | null

  constructor(private readonly options: PassOptions) {
    this.executor = options.executor
    // The job as it is now (for an apply, just before its first slice): duplicates are judged against it.
    this.jobKeys = new JobKeys(options.db, options.jobId, this.names)
    this.storedKeys = new StoredKeys(options.db, options.jobId)
    this.planner = new Planner(options.db, options.policy)
    this.earlier = options.policy === 'update' ? new EarlierOutcomes() : null
    this.earlierOf = (row) => this.earlier?.get(row) ?? null
  }

  /** From now on the rows are written (an apply builds the pass before its first transaction, then writes with it). */
  writeWith(executor: Executor): void {
    this.executor = executor
  }

  isHeader(cells: string[]): boolean {
    return namesCandidates(cells, this.options.explicit)
  }

  onHeader(headers: string[], _row?: number, found?: FoundHeader): void {
    const resolution = resolveMapping(headers, this.options.explicit, found)
    if (resolution.problems.length) throw validationError('file', resolution.problems.join(' '))
    this.resolution = resolution
    this.reader = new RowReader(rowPlan(resolution.columns), headers.length)
  }

  onRows(rows: DataRow[]): void {
    for (let i = 0; i < rows.length; i++) this.onRow(rows[i])
  }

  private onRow({ row, cells }: DataRow): void {
    const { options } = this
    const read = (this.reader as RowReader).read(cells, row)
    this.note(read.errors, this.errors, 'errorCount')
    const fields = read.fields
    let keys: RowKeys | null
    let outcome: RowOutcome
    if (fields === null) {
      if (options.stopAtInvalid) throw new InvalidRowFound()
      outcome = this.planner.plan({ row, valid: false, trackerId: null, job: null, stored: null, file: null, apart: null }, this.earlierOf)
    } else {
      const k = candidateKeys(fields)
      keys = { trackerId: read.trackerId, email: k.email_key, linkedin: k.linkedin_key, name: k.name_key || null }
      let job = this.jobKeys.match(keys)
      let stored = job ? null : this.storedKeys.match(keys)
      // a key of a stored candidate always matches them first, so the earlier rows need not remember it
      let file = this.fileKeys.matchAndAdd(row, stored ? this.storedKeys.withoutStoredKeys(keys, stored) : keys)
      if (stored) [stored, file] = this.onceAdded(stored, file)
      let apart: RowProblem | null = null
      if (keys.name !== null) {
        const name = keys.name
        // the full name comes after every strong key; a row matched on one tells its namesake what keys it has
        if (job || stored || file) this.names.note(row, name, keyBits(keys), job?.candidateId ?? null, job || stored ? null : (file as FileMatch).row)
        else ({ job, file, apart } = this.byName(row, name, keyBits(keys), fields.fullName))
      }
      outcome = this.planner.plan({ row, valid: true, trackerId: read.trackerId, job, stored, file, apart }, this.earlierOf)
      if (outcome.action === 'add') this.addedBy.set(outcome.candidateId as number, row)
      const executor = this.executor
      if (executor) {
        const valid = { fields, stage: read.stage, trackerId: read.trackerId, keys }
        const id = outcome.candidateId
        if (outcome.action === 'new') outcome.candidateId = executor.create(valid)
        else if (outcome.action === 'add' && options.policy !== 'update') executor.add(id as number, valid, false)
        else if (outcome.action === 'add' || (outcome.action === 'update' && id !== null)) {
          // the candidate's fields are updated, and with them maybe the keys a stored candidate is matched by
          const kept = this.storedKeys.beforeWrite(id as number)
          if (outcome.action === 'add') executor.add(id as number, valid, true)
          else executor.update(id as number, valid, this.addedBy.get(id as number) !== undefined)
          this.storedKeys.afterWrite(id as number, kept)
        }
      }
    }
    this.counts[outcome.action]++
    this.earlier?.set(row, outcome)
    this.note(read.warnings, this.warnings, 'warningCount')
    this.note(outcome.warnings, this.warnings, 'warningCount')
    if (outcome.dupField !== null) {
      this.duplicateCount++
      if (this.duplicates.length < options.maxProblems)
        this.duplicates.push({ ...outcome, dupValue: outcome.dupValue === null ? null : detach(outcome.dupValue), dupJobs: this.jobsBefore(outcome) })
    }
    if (this.preview.length < options.previewRows) {
      if (fields) this.previewFields.set(row, fields)
      this.preview.push(this.plannedRow(read, outcome))
    }
  }

  /**
   * A row no strong key matched, by its full name: the job's candidate or the earlier row it is the same person as,
   * or (when a key both have differs) the warning that it is a different person with the same name.
   */
  private byName(row: number, name: string, bits: number, fullName: string): { job: JobMatch | null; file: FileMatch | null; apart: RowProblem | null } {
    const match = this.names.match(row, name, bits)
    if (match === null) return { job: null, file: null, apart: null }
    const { candidateId, apart } = match
    const job = candidateId !== null ? this.jobKeys.found(candidateId, 'name', name) : null
    if (apart === 0) return { job, file: job ? null : { row: match.row as number, field: 'name', value: name }, apart: null }
    const namesake = job ? `candidate ${job.candidateId}` : `row ${match.row}`
    return { job: null, file: null, apart: { row, column: null, message: toldApartMessage(namesake, job ? job.name : fullName, apart, 'imported') } }
  }

  /** A stored candidate an earlier row already added: this row is a duplicate of that row, not a second add. */
  private onceAdded(stored: StoredMatch, file: FileMatch | null): [StoredMatch | null, FileMatch | null] {
    const addedAt = this.addedBy.get(stored.candidateId)
    return addedAt === undefined ? [stored, file] : [null, { row: addedAt, field: stored.field, value: stored.value }]
  }

  /**
   * For a row that adds a stored candidate: the other jobs they are on (the import's job left out, so a dry run and
   * an apply agree). One list per distinct set of jobs, shared by every row with that set: the report may list
   * 10,000 such rows, nearly all from the same job or two.
   */
  private jobsBefore(outcome: RowOutcome): ListedDuplicate['dupJobs'] {
    if (outcome.action !== 'add') return null
    const jobs = jobsOfCandidate(this.options.db, outcome.candidateId as number, this.options.jobId)
    const key = jobs.map((j) => j.id).join(',')
    let shared = this.jobLists.get(key)
    if (!shared) this.jobLists.set(key, (shared = jobs.map((j) => ({ id: j.id, title: detach(j.title) }))))
    return shared
  }

  private note(problems: RowProblem[], list: RowProblem[], count: 'errorCount' | 'warningCount'): void {
    if (problems.length === 0) return
    this[count] += problems.length
    for (const problem of problems) if (list.length < this.options.maxProblems) list.push({ ...problem, message: detach(problem.message) })
  }

  /** The row as it would be stored (as it was stored, after apply). */
  private plannedRow(read: ReadRow, outcome: RowOutcome): PlannedRow {
    let fields = read.fields
    if (fields && outcome.action === 'update') {
      const current = outcome.candidateId !== null ? getCandidate(this.options.db, outcome.candidateId) : null
      const base = current ?? (outcome.targetRow !== null ? (this.previewFields.get(outcome.targetRow) ?? null) : null)
      if (base) fields = Planner.merge(pick(base), fields)
    } else if (fields && outcome.action === 'add') {
      // the stored candidate: updated from the row with policy update, kept as stored otherwise
      const current = getCandidate(this.options.db, outcome.candidateId as number)
      if (current) fields = this.options.policy === 'update' ? Planner.merge(pick(current), fields) : pick(current)
    }
    return {
      row: outcome.row,
      action: outcome.action,
      candidateId: outcome.candidateId,
      fields,
      stage: read.stage,
      trackerId: read.fields ? read.trackerId : null,
      duplicate: outcome.dupField
        ? {
            field: outcome.dupField,
            value: outcome.dupValue ?? '',
            row: outcome.dupRow,
            candidateId: outcome.dupCandidateId,
            candidateName: outcome.dupCandidateName,
            jobs: this.jobsBefore(outcome)
          }
        : null,
      errors: read.errors,
      warnings: [...read.warnings, ...outcome.warnings]
    }
  }
}

/** Only the candidate fields (a stored candidate also has id, times, warnings). */
function pick(source: CandidateFields): CandidateFields {
  return Object.fromEntries(CANDIDATE_FIELDS.map((f) => [f, source[f]])) as unknown as CandidateFields
}
