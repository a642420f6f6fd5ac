// The rows of an import as staging holds them: what pass 1 read (StagedInput), what pass 2 reads back (StagedRow,
// with what a dry run rarely needs loaded on first use) and what planning decided (RowOutcome).
import type { CandidateFields, Stage } from '../../shared/domain'
import type { DuplicateField, RowAction, RowProblem } from '../../shared/csv'
import { CANDIDATE_COLUMNS } from '../db/candidates'

/** A row as pass 1 read it. */
export interface StagedInput {
  row: number
  /** Null when the row has errors. */
  fields: CandidateFields | null
  stage: Stage | null
  trackerId: number | null
  keys: { email: string | null; linkedin: string | null; name: string | null }
  errors: RowProblem[]
  warnings: RowProblem[]
}

export interface StagedRow {
  readonly row: number
  readonly valid: boolean
  /** Null for an invalid row. */
  readonly fields: CandidateFields | null
  readonly stage: Stage | null
  readonly trackerId: number | null
  readonly keys: { email: string | null; linkedin: string | null; name: string | null }
  readonly errors: RowProblem[]
  readonly warnings: RowProblem[]
  /** An earlier valid row of the file that is the same person (set after pass 1). */
  dupRow: number | null
  /** A later row of the file is the same person as this one. */
  isTarget: boolean
  dupField: DuplicateField | null
  dupValue: string | null
  /** The first candidate already in the job that is the same person (set by markJobMatches). */
  jobMatch: { candidateId: number; name: string; field: DuplicateField; value: string } | null
}

/** A candidate of the job as it was before the import, with its duplicate keys. */
export interface JobKeys {
  id: number
  full_name: string
  tracker_id: number | null
  email_key: string | null
  linkedin_key: string | null
  name_key: string | null
}

export interface RowOutcome {
  row: number
  action: RowAction
  candidateId: number | null
  dupField: DuplicateField | null
  dupValue: string | null
  dupRow: number | null
  dupCandidateId: number | null
  dupCandidateName: string | null
  warnings: RowProblem[]
  /** Dry run of an update whose target is a candidate an earlier row would create: that row. */
  targetRow: number | null
}

export interface OutcomeRecord {
  row: number
  action: RowAction
  candidate_id: number | null
  dup_field: DuplicateField | null
  dup_value: string | null
  dup_row: number | null
  dup_candidate_id: number | null
  dup_candidate_name: string | null
  warnings: string | null
  target_row: number | null
}

export const toOutcome = (r: OutcomeRecord): RowOutcome => ({
  row: r.row,
  action: r.action,
  candidateId: r.candidate_id,
  dupField: r.dup_field,
  dupValue: r.dup_value,
  dupRow: r.dup_row,
  dupCandidateId: r.dup_candidate_id,
  dupCandidateName: r.dup_candidate_name,
  warnings: r.warnings ? (JSON.parse(r.warnings) as RowProblem[]) : [],
  targetRow: r.target_row
})

/** Field -> staging column: the candidate's own column names, one TEXT column each (no JSON to encode and parse). */
export const FIELD_COLUMN = Object.entries(CANDIDATE_COLUMNS) as [keyof CandidateFields, string][]

export function fieldsFrom(record: Record<string, unknown>): CandidateFields {
  const fields = {} as Record<keyof CandidateFields, string | null>
  for (const [field, column] of FIELD_COLUMN) fields[field] = record[column] as string | null
  return fields as CandidateFields
}

/** What PagedRow needs from staging for the parts its page did not read. */
export interface RowSource {
  fieldsOf(row: number): CandidateFields | null
  keysOf(row: number): StagedRow['keys']
  json<T>(row: number, column: 'errors' | 'warnings'): T | null
}

export interface PageRecord {
  row: number
  valid: number
  /** The candidate columns (CANDIDATE_COLUMNS), when the page read them. */
  [column: string]: unknown
  email_key?: string | null
  linkedin_key?: string | null
  name_key?: string | null
  stage: Stage | null
  tracker_id: number | null
  n_errors: number
  n_warnings: number
  dup_row: number | null
  dup_field: DuplicateField | null
  dup_value: string | null
  is_target: number
  job_cid: number | null
  job_name: string | null
  job_field: DuplicateField | null
  job_value: string | null
}

/** A staged row read back; what the page did not read comes from staging on first use. */
export class PagedRow implements StagedRow {
  readonly row: number
  readonly valid: boolean
  readonly stage: Stage | null
  readonly trackerId: number | null
  readonly dupRow: number | null
  readonly dupField: DuplicateField | null
  readonly dupValue: string | null
  readonly isTarget: boolean
  readonly jobMatch: StagedRow['jobMatch']
  private cache: { fields?: CandidateFields | null; errors?: RowProblem[]; warnings?: RowProblem[]; keys?: StagedRow['keys'] } = {}

  constructor(
    private readonly staging: RowSource,
    private readonly record: PageRecord
  ) {
    this.row = record.row
    this.valid = record.valid === 1
    this.stage = record.stage
    this.trackerId = record.tracker_id
    this.dupRow = record.dup_row
    this.dupField = record.dup_field
    this.dupValue = record.dup_value
    this.isTarget = record.is_target === 1
    this.jobMatch =
      record.job_cid === null ? null : { candidateId: record.job_cid, name: record.job_name ?? '', field: record.job_field as DuplicateField, value: record.job_value ?? '' }
  }

  get fields(): CandidateFields | null {
    if (this.cache.fields === undefined) {
      this.cache.fields = !this.valid ? null : FIELD_COLUMN[0][1] in this.record ? fieldsFrom(this.record) : this.staging.fieldsOf(this.row)
    }
    return this.cache.fields
  }

  get keys(): StagedRow['keys'] {
    if (!this.cache.keys) {
      const r = this.record
      this.cache.keys =
        r.email_key !== undefined
          ? { email: r.email_key ?? null, linkedin: r.linkedin_key ?? null, name: r.name_key ?? null }
          : (this.staging.keysOf(this.row) as StagedRow['keys'])
    }
    return this.cache.keys
  }

  get errors(): RowProblem[] {
    return (this.cache.errors ??= this.record.n_errors ? (this.staging.json<RowProblem[]>(this.row, 'errors') ?? []) : [])
  }

  get warnings(): RowProblem[] {
    return (this.cache.warnings ??= this.record.n_warnings ? (this.staging.json<RowProblem[]>(this.row, 'warnings') ?? []) : [])
  }
}

