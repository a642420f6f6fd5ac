// Pass 2 of an import: every staged row, in file order, a page at a time, planned (dry run) or planned and written
// (apply; the caller wraps this in ONE synchronous transaction). Outcomes go back to staging for the report.
import { CANDIDATE_FIELDS } from '../../shared/candidate-fields'
import type { CandidateFields } from '../../shared/domain'
import type { PlannedRow, RowAction } from '../../shared/csv'
import { getCandidate } from '../db/candidates'
import type { Db } from '../db/open'
import type { Executor } from './execute'
import { Planner } from './plan'
import type { RowOutcome, StagedRow, Staging } from './staging'

const PAGE = 1000

export interface RunOptions {
  db: Db
  staging: Staging
  planner: Planner
  previewRows: number
  /** Absent for a dry run. */
  executor?: Executor
  onPage?(rowsDone: number): void
}

export function runPlan(options: RunOptions): { preview: PlannedRow[]; counts: Record<RowAction, number> } {
  const { db, staging, planner, executor } = options
  const preview: PlannedRow[] = []
  const counts: Record<RowAction, number> = { new: 0, update: 0, skip: 0, invalid: 0 }
  let after = 0
  let done = 0
  for (;;) {
    const page = staging.page(after, PAGE, executor !== undefined)
    if (page.length === 0) break
    const outcomes = new Map<number, RowOutcome>()
    const targets = new Set(page.filter((r) => r.isTarget).map((r) => r.row))
    const earlier = (row: number) => outcomes.get(row) ?? staging.outcomeOf(row)
    for (const row of page) {
      const outcome = planner.plan(row, earlier)
      if (executor && row.valid) {
        const valid = row as StagedRow & { fields: CandidateFields }
        if (outcome.action === 'new') outcome.candidateId = executor.create(valid)
        else if (outcome.action === 'update' && outcome.candidateId !== null) executor.update(outcome.candidateId, valid)
      }
      counts[outcome.action]++
      outcomes.set(row.row, outcome)
      if (preview.length < options.previewRows) preview.push(plannedRow(db, staging, row, outcome))
    }
    staging.saveOutcomes([...outcomes.values()].filter((o) => o.action !== 'new' || o.dupField || o.warnings.length || targets.has(o.row)))
    after = page[page.length - 1].row
    done += page.length
    options.onPage?.(done)
  }
  return { preview, counts }
}

/** The row as it would be stored (as it was stored, after apply). */
function plannedRow(db: Db, staging: Staging, row: StagedRow, outcome: RowOutcome): PlannedRow {
  let fields: CandidateFields | null = row.fields
  if (row.fields && outcome.action === 'update') {
    const current = outcome.candidateId !== null ? getCandidate(db, outcome.candidateId) : null
    const base = current ?? (outcome.targetRow !== null ? staging.fieldsOf(outcome.targetRow) : null)
    if (base) fields = Planner.merge(pick(base), row.fields)
  }
  return {
    row: row.row,
    action: outcome.action,
    candidateId: outcome.candidateId,
    fields,
    stage: row.stage,
    trackerId: row.trackerId,
    duplicate: outcome.dupField
      ? {
          field: outcome.dupField,
          value: outcome.dupValue ?? '',
          row: outcome.dupRow,
          candidateId: outcome.dupCandidateId,
          candidateName: outcome.dupCandidateName
        }
      : null,
    errors: row.errors,
    warnings: [...row.warnings, ...outcome.warnings]
  }
}

/** Only the candidate fields (a stored candidate also has id, times, warnings). */
function pick(source: CandidateFields): CandidateFields {
  return Object.fromEntries(CANDIDATE_FIELDS.map((f) => [f, source[f]])) as unknown as CandidateFields
}
