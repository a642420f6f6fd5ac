// Deciding what happens to each row: new candidate, a stored candidate added to the job, update of an existing one,
// skipped as a duplicate, or invalid. The same code plans a dry run and, inside the apply transaction, the real
// thing, so the preview says exactly what applying would do. A candidate already in the job comes first, then a
// stored candidate who is not on the job (stored-keys.ts), then an earlier row of the file, each by TrackerRMS ID,
// email or LinkedIn URL; only then the full name, against the job and the earlier rows (name-keys.ts), which is the
// same person only when no key tells them apart (otherwise a new candidate, with a warning).
//
// A stored candidate not on the job is added to it under every policy: one person stays one candidate (a twin
// would be a second local row for one TrackerRMS record). The policy only decides their details: `update` fills
// them in from the row as for a duplicate in the job; `skip` and `create` keep the stored ones.
import type { CandidateFields } from '../../shared/domain'
import type { DuplicateField, DuplicatePolicy, RowAction, RowProblem } from '../../shared/csv'
import type { Db } from '../db/open'
import type { FileMatch, JobMatch } from './dedupe'
import type { StoredMatch } from './stored-keys'

export interface RowOutcome {
  row: number
  action: RowAction
  /** The candidate created, added or updated; null for a dry run's new rows and for invalid rows. */
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

/** What planning needs to know about an earlier row of the file. */
export interface EarlierOutcome {
  row: number
  candidateId: number | null
  targetRow: number | null
}

export interface PlanInput {
  row: number
  valid: boolean
  trackerId: number | null
  job: JobMatch | null
  /** A stored candidate not on the job (null when the row matches one in the job). */
  stored: StoredMatch | null
  file: FileMatch | null
  /** A row that is a different person from a namesake (same full name, a different email …): the warning saying so. */
  apart: RowProblem | null
}

const NO_WARNINGS: RowProblem[] = []

export class Planner {
  private readonly ledgerOf

  constructor(
    db: Db,
    private readonly policy: DuplicatePolicy
  ) {
    this.ledgerOf = db.prepare('SELECT tracker_resource_id AS id FROM sync_ledger WHERE candidate_id = ?')
  }

  /** `earlier` gives the outcome of an earlier row of this file (only asked for with policy update). */
  plan(input: PlanInput, earlier: (row: number) => EarlierOutcome | null): RowOutcome {
    const outcome: RowOutcome = {
      row: input.row,
      action: 'new',
      candidateId: null,
      dupField: null,
      dupValue: null,
      dupRow: null,
      dupCandidateId: null,
      dupCandidateName: null,
      warnings: NO_WARNINGS,
      targetRow: null
    }
    if (!input.valid) {
      outcome.action = 'invalid'
      return outcome
    }
    if (input.apart) outcome.warnings = [input.apart]
    const { job, file } = input
    if (job) {
      outcome.dupField = job.field
      outcome.dupValue = job.value
      outcome.dupCandidateId = job.candidateId
      outcome.dupCandidateName = job.name
      if (this.policy === 'skip') {
        outcome.action = 'skip'
        outcome.candidateId = job.candidateId
      } else if (this.policy === 'update') {
        outcome.action = 'update'
        outcome.candidateId = job.candidateId
        outcome.warnings = this.ledgerWarning(input, job.candidateId)
      }
      return outcome
    }
    const stored = input.stored
    if (stored) {
      outcome.action = 'add'
      outcome.candidateId = stored.candidateId
      outcome.dupField = stored.field
      outcome.dupValue = stored.value
      outcome.dupCandidateId = stored.candidateId
      outcome.dupCandidateName = stored.name
      if (this.policy === 'update') outcome.warnings = this.ledgerWarning(input, stored.candidateId)
      return outcome
    }
    if (file) {
      outcome.dupField = file.field
      outcome.dupValue = file.value
      outcome.dupRow = file.row
      if (this.policy === 'skip') outcome.action = 'skip'
      else if (this.policy === 'update') {
        // the candidate the earlier row became (it was created or updated by this import)
        const first = earlier(file.row)
        const target = first?.candidateId ?? null
        outcome.action = 'update'
        outcome.candidateId = target
        outcome.targetRow = target === null ? (first?.targetRow ?? first?.row ?? file.row) : null
        if (target !== null) outcome.warnings = this.ledgerWarning(input, target)
      }
    }
    return outcome
  }

  /** A candidate keeps the first TrackerRMS record it was linked to (rule 4); a different id in the file is reported. */
  private ledgerWarning(input: PlanInput, candidateId: number): RowProblem[] {
    if (input.trackerId === null) return NO_WARNINGS
    const entry = this.ledgerOf.get(candidateId) as { id: number } | undefined
    if (!entry || entry.id === input.trackerId) return NO_WARNINGS
    return [
      {
        row: input.row,
        column: null,
        message: `Candidate ${candidateId} is already TrackerRMS record ${entry.id}; the file's TrackerRMS ID ${input.trackerId} is not recorded.`
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
