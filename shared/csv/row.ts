// One data row of a file -> a candidate's fields, its stage and TrackerRMS id, with every problem named by row and
// column. Field cleaning and checking is shared/candidate-fields (the one validator); this adds what only CSV has.
import { CANDIDATE_FIELDS, cleanCandidateFields, quoted, type CandidateInput } from '../candidate-fields'
import type { CandidateFields, Stage } from '../domain'
import { CSV_FIELD_HEADERS, type CsvField } from './columns'
import { parseStage, parseTrackerId, pickEmail, STAGE_CHOICES } from './cells'
import { unescapeFormula } from './formula'
import type { ColumnMapping } from './mapping'
import type { RowProblem } from './types'

export interface ReadRow {
  /** Null when the row has errors. */
  fields: CandidateFields | null
  stage: Stage | null
  trackerId: number | null
  errors: RowProblem[]
  warnings: RowProblem[]
}

/** The mapped columns, grouped by field in file order (several columns may feed one field: first non-empty wins). */
export type RowPlan = { field: CsvField; columns: { index: number; header: string }[] }[]

export function rowPlan(mapping: readonly ColumnMapping[]): RowPlan {
  const byField = new Map<CsvField, { index: number; header: string }[]>()
  for (const column of mapping) {
    if (!column.field) continue
    byField.set(column.field, [...(byField.get(column.field) ?? []), { index: column.index, header: column.header }])
  }
  return [...byField].map(([field, columns]) => ({ field, columns }))
}

export function readRow(cells: readonly string[], row: number, plan: RowPlan, headerCount: number): ReadRow {
  const errors: RowProblem[] = []
  const warnings: RowProblem[] = []
  const problem = (list: RowProblem[], column: string | null, message: string) => list.push({ row, column, message })

  const extra = cells.length > headerCount ? cells.slice(headerCount).filter((cell) => cell.trim() !== '') : []
  if (extra.length)
    problem(
      errors,
      null,
      `The row has ${cells.length} cells but the header has ${headerCount} columns, so ${quoted(extra[0], 40)} and what follows have no column. A delimiter inside a value needs quotes around the value.`
    )

  const values = new Map<CsvField, { value: string; header: string }>()
  for (const { field, columns } of plan) {
    for (const { index, header } of columns) {
      const value = unescapeFormula(cells[index] ?? '')
      if (value.trim() !== '') {
        values.set(field, { value, header })
        break
      }
    }
  }
  const headerOf = (field: CsvField) => values.get(field)?.header ?? plan.find((p) => p.field === field)?.columns[0].header ?? CSV_FIELD_HEADERS[field]

  const input: CandidateInput = {}
  for (const field of CANDIDATE_FIELDS) input[field] = values.get(field)?.value

  const email = values.get('email')
  if (email) {
    const picked = pickEmail(email.value)
    if (picked.dropped.length) {
      input.email = picked.value
      problem(warnings, email.header, `The cell holds ${picked.dropped.length + 1} addresses; kept the first (${picked.value}), left out ${picked.dropped.join(', ')}.`)
    }
  }

  let stage: Stage | null = null
  const stageCell = values.get('stage')
  if (stageCell) {
    stage = parseStage(stageCell.value)
    if (!stage) problem(errors, stageCell.header, `${quoted(stageCell.value.trim(), 40)} is not a stage. Stages: ${STAGE_CHOICES}.`)
  }

  let trackerId: number | null = null
  const idCell = values.get('trackerId')
  if (idCell) {
    trackerId = parseTrackerId(idCell.value)
    if (trackerId === null) problem(errors, idCell.header, `${quoted(idCell.value.trim(), 40)} is not a TrackerRMS ID (a positive whole number).`)
  }

  const cleaned = cleanCandidateFields(input)
  if (!cleaned.ok) {
    for (const e of cleaned.errors) {
      const column =
        e.field === 'fullName' && !values.has('fullName') && !values.has('firstName') && !values.has('lastName')
          ? plan.filter((p) => ['fullName', 'firstName', 'lastName'].includes(p.field)).flatMap((p) => p.columns.map((c) => c.header)).join(' / ') || null
          : headerOf(e.field)
      problem(errors, column, e.message)
    }
  }
  return { fields: errors.length === 0 && cleaned.ok ? cleaned.fields : null, stage, trackerId, errors, warnings }
}
