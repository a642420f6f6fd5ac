// Deciding what happens to each staged row: new candidate, update of an existing one, skipped as a duplicate, or
// invalid. The same code plans a dry run and, inside the apply transaction, the real thing, so the preview says
// exactly what applying would do. Both kinds of duplicates are marked in staging before planning: inside the file
// (Staging.markDuplicatesInFile) and against the job's candidates as they are (Staging.markJobMatches(jobKeys())).
import type { CandidateFields } from '../../shared/domain'
import type { DuplicateField, DuplicatePolicy, RowProblem } from '../../shared/csv'
import type { Db } from '../db/open'
import type { JobKeys, RowOutcome, StagedRow } from './staging'

export class Planner {
  private readonly ledgerOf

  constructor(
    private readonly db: Db,
    private readonly jobId: number,
    private readonly policy: DuplicatePolicy
  ) {
    this.ledgerOf = db.prepare('SELECT tracker_resource_id AS id FROM sync_ledger WHERE candidate_id = ?')
  }

  /** The job's candidates with their duplicate keys, as they are now (read before planning, inside the apply transaction). */
  *jobKeys(): Generator<JobKeys> {
    yield* this.db
      .prepare(
        `SELECT c.id, c.full_name, l.tracker_resource_id AS tracker_id, c.email_key, c.linkedin_key, NULLIF(c.name_key, '') AS name_key
           FROM job_candidates jc JOIN candidates c ON c.id = jc.candidate_id LEFT JOIN sync_ledger l ON l.candidate_id = c.id
          WHERE jc.job_id = ?`
      )
      .iterate(this.jobId) as IterableIterator<JobKeys>
  }

  /** The largest candidate id now: candidates created by this import get higher ones. */
  maxCandidateId(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM candidates').get() as { n: number }).n
  }

  /** `earlier` gives the outcome of an earlier row of this file (this page's, or from staging). */
  plan(row: StagedRow, earlier: (row: number) => RowOutcome | null): RowOutcome {
    const base = { row: row.row, dupField: null, dupValue: null, dupRow: null, dupCandidateId: null, dupCandidateName: null, warnings: [] as RowProblem[], targetRow: null }
    if (!row.valid) return { ...base, action: 'invalid', candidateId: null }
    const match = row.jobMatch
    if (match) {
      const dup = { ...base, dupField: match.field, dupValue: match.value, dupCandidateId: match.candidateId, dupCandidateName: match.name }
      if (this.policy === 'skip') return { ...dup, action: 'skip', candidateId: match.candidateId }
      if (this.policy === 'create') return { ...dup, action: 'new', candidateId: null }
      return { ...dup, action: 'update', candidateId: match.candidateId, warnings: this.ledgerWarning(row, match.candidateId) }
    }
    if (row.dupRow !== null) {
      const dup = { ...base, dupField: row.dupField, dupValue: row.dupValue, dupRow: row.dupRow }
      if (this.policy === 'skip') return { ...dup, action: 'skip', candidateId: null }
      if (this.policy === 'create') return { ...dup, action: 'new', candidateId: null }
      // update: the candidate the earlier row became (it was created or updated by this import)
      const first = earlier(row.dupRow)
      const target = first?.candidateId ?? null
      const targetRow = target === null ? (first?.targetRow ?? first?.row ?? row.dupRow) : null
      return { ...dup, action: 'update', candidateId: target, targetRow, warnings: target === null ? [] : this.ledgerWarning(row, target) }
    }
    return { ...base, action: 'new', candidateId: null }
  }

  /** A candidate keeps the first TrackerRMS record it was linked to (rule 4); a different id in the file is reported. */
  private ledgerWarning(row: StagedRow, candidateId: number): RowProblem[] {
    if (row.trackerId === null) return []
    const entry = this.ledgerOf.get(candidateId) as { id: number } | undefined
    if (!entry || entry.id === row.trackerId) return []
    return [
      {
        row: row.row,
        column: null,
        message: `Candidate ${candidateId} is already TrackerRMS record ${entry.id}; the file's TrackerRMS ID ${row.trackerId} is not recorded.`
      }
    ]
  }

  /** The fields an update would leave: the file's non-empty values over the current ones. */
  static merge(current: CandidateFields, incoming: CandidateFields): CandidateFields {
    const next = { ...current }
    for (const [field, value] of Object.entries(incoming) as [keyof CandidateFields, string | null][])
      if (value !== null) (next as Record<string, string | null>)[field] = value
    return next
  }
}

/** The file's non-empty values: an update never blanks a field because a cell was empty. */
export function providedFields(fields: CandidateFields): Partial<CandidateFields> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as Partial<CandidateFields>
}
