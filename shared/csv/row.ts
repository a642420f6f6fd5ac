// One data row of a file -> a candidate's fields, its stage and TrackerRMS id, with every problem named by row and
// column. Field cleaning and checking is shared/candidate-fields (the one validator); this adds what only CSV has.
// An import reads 100,000+ rows, so the mapping is compiled once per file (RowReader) and a row costs one pass over
// its mapped cells, one input object and the validator.
import { cleanCandidateFields, quoted, type CandidateInput } from '../candidate-fields'
import type { CandidateFields, Stage } from '../domain'
import { isLinkedInProfileUrl } from '../normalize/linkedin'
import { badBytesIn, badBytesMessage, withReplacementCharacters } from './bad-bytes'
import { CSV_FIELD_HEADERS, type ImportField } from './columns'
import { parseStage, parseTrackerId, pickEmail, pickPhone, STAGE_CHOICES } from './cells'
import { unescapeFormula } from './formula'
import { readingOrder, type ColumnMapping } from './mapping'
import type { RowProblem } from './types'

export interface ReadRow {
  /** Null when the row has errors. */
  fields: CandidateFields | null
  stage: Stage | null
  trackerId: number | null
  errors: RowProblem[]
  warnings: RowProblem[]
}

/**
 * The mapped columns, grouped by field, each field's in reading order (several columns may feed one field: the first
 * non-empty wins). byValues: a LinkedIn column recognised by its values, whose other values are left out.
 */
export type RowPlan = { field: ImportField; columns: { index: number; header: string; byValues: boolean }[] }[]

export function rowPlan(mapping: readonly ColumnMapping[]): RowPlan {
  const byField = new Map<ImportField, ColumnMapping[]>()
  for (const column of mapping) if (column.field) byField.set(column.field, [...(byField.get(column.field) ?? []), column])
  return [...byField].map(([field, columns]) => ({
    field,
    columns: readingOrder(columns).map((c) => ({ index: c.index, header: c.header, byValues: c.source === 'values' }))
  }))
}

const NAME_FIELDS: readonly ImportField[] = ['fullName', 'firstName', 'middleName', 'lastName']
/** Cells that may hold a list where one value is wanted: the first is kept, with a warning naming the rest. */
const LIST_CELLS = [
  { field: 'email', pick: pickEmail, what: 'addresses' },
  { field: 'phone', pick: pickPhone, what: 'numbers' }
] as const
/** The problems of a row that has none: shared, and frozen so that nobody adds to it. */
const NONE = Object.freeze([]) as unknown as RowProblem[]
const APOSTROPHE = 0x27

/** Whether a cell holds anything but whitespace; most cells start with a visible ASCII character. */
function hasText(value: string): boolean {
  const first = value.charCodeAt(0)
  return (first > 0x20 && first < 0x7f) || value.trim() !== ''
}

/** The cell as the user meant it (formula escape reversed), or null when it is empty. */
function cellValue(cells: readonly string[], index: number): string | null {
  const cell = cells[index]
  if (cell === undefined || cell === '') return null
  const value = cell.charCodeAt(0) === APOSTROPHE ? unescapeFormula(cell) : cell
  return hasText(value) ? value : null
}

/** A file's mapping compiled for reading rows: which cells feed which field, and the headers messages name. */
export class RowReader {
  private readonly fields: ImportField[]
  private readonly columns: number[][]
  private readonly headers: string[][]
  /** Per field: whether each column takes only LinkedIn profiles (null when none of them is such a column). */
  private readonly byValues: (boolean[] | null)[]
  /** Per field: the header named when the field has no value in a row (its first column). */
  private readonly firstHeader = new Map<ImportField, string>()
  private readonly slot = new Map<ImportField, number>()
  /** The name columns, for the error of a row without any name. */
  private readonly nameColumns: string | null
  // Scratch space for the row being read (read() is synchronous and not re-entrant): per field the header its value
  // came from, and the row's problems (copied out only when there are any).
  private readonly from: (string | null)[]
  private readonly errors: RowProblem[] = []
  private readonly warnings: RowProblem[] = []

  constructor(
    plan: RowPlan,
    private readonly headerCount: number
  ) {
    this.fields = plan.map((p) => p.field)
    this.columns = plan.map((p) => p.columns.map((c) => c.index))
    this.headers = plan.map((p) => p.columns.map((c) => c.header))
    this.byValues = plan.map((p) => (p.columns.some((c) => c.byValues) ? p.columns.map((c) => c.byValues) : null))
    this.from = plan.map(() => null)
    plan.forEach((p, i) => {
      this.slot.set(p.field, i)
      this.firstHeader.set(p.field, p.columns[0].header)
    })
    this.nameColumns =
      plan
        .filter((p) => NAME_FIELDS.includes(p.field))
        .flatMap((p) => p.columns.map((c) => c.header))
        .join(' / ') || null
  }

  read(cells: readonly string[], row: number): ReadRow {
    const errors = this.errors
    const warnings = this.warnings
    errors.length = 0
    warnings.length = 0

    if (cells.length > this.headerCount) {
      const extra = cells.slice(this.headerCount).filter((cell) => cell.trim() !== '')
      if (extra.length)
        errors.push({
          row,
          column: null,
          message: `The row has ${cells.length} cells but the header has ${this.headerCount} columns, so ${quoted(extra[0], 40)} and what follows have no column. A delimiter inside a value needs quotes around the value.`
        })
    }

    // The first non-empty cell of each field's columns, and the header it came from.
    const input: CandidateInput = {}
    const from = this.from
    let stageText: string | null = null
    let idText: string | null = null
    let middleName: string | null = null
    for (let f = 0; f < this.fields.length; f++) {
      const columns = this.columns[f]
      const byValues = this.byValues[f]
      let value: string | null = null
      let c = 0
      for (; c < columns.length; c++) {
        value = cellValue(cells, columns[c])
        if (value !== null && byValues?.[c] && !isLinkedInProfileUrl(value)) {
          warnings.push({
            row,
            column: this.headers[f][c],
            message: `${quoted(value.trim(), 60)} is not a LinkedIn profile address, so it is left out (the column is read as the LinkedIn URL because its other values are).`
          })
          value = null
        }
        if (value !== null) break
      }
      from[f] = value === null ? null : this.headers[f][c]
      if (value === null) continue
      const bad = badBytesIn(value)
      if (bad !== null) {
        errors.push({ row, column: from[f], message: badBytesMessage(value, bad) })
        value = withReplacementCharacters(value)
      }
      const field = this.fields[f]
      if (field === 'stage') stageText = value
      else if (field === 'trackerId') idText = value
      else if (field === 'middleName') middleName = value
      else input[field] = value
    }
    // First Name holds every given name ("Ann Marie"), so a middle name joins it.
    if (middleName !== null) input.firstName = input.firstName == null ? middleName : `${input.firstName.trim()} ${middleName.trim()}`

    for (let i = 0; i < LIST_CELLS.length; i++) {
      const { field, pick, what } = LIST_CELLS[i]
      const value = input[field]
      if (value == null) continue
      const picked = pick(value)
      if (picked.dropped.length === 0) continue
      input[field] = picked.value
      warnings.push({
        row,
        column: this.headerOf(field, from),
        message: `The cell holds ${picked.dropped.length + 1} ${what}; kept the first (${picked.value}), left out ${picked.dropped.join(', ')}.`
      })
    }

    let stage: Stage | null = null
    if (stageText !== null) {
      stage = parseStage(stageText)
      if (!stage)
        errors.push({ row, column: this.headerOf('stage', from), message: `${quoted(stageText.trim(), 40)} is not a stage. Stages: ${STAGE_CHOICES}.` })
    }

    let trackerId: number | null = null
    if (idText !== null) {
      trackerId = parseTrackerId(idText)
      if (trackerId === null)
        errors.push({
          row,
          column: this.headerOf('trackerId', from),
          message: `${quoted(idText.trim(), 40)} is not a TrackerRMS ID (a positive whole number).`
        })
    }

    const cleaned = cleanCandidateFields(input)
    if (!cleaned.ok) {
      for (const e of cleaned.errors) {
        const noName = e.field === 'fullName' && input.fullName == null && input.firstName == null && input.lastName == null
        errors.push({ row, column: noName ? this.nameColumns : this.headerOf(e.field, from), message: e.message })
      }
    }
    return {
      fields: errors.length === 0 && cleaned.ok ? cleaned.fields : null,
      stage,
      trackerId,
      errors: errors.length ? errors.slice() : NONE,
      warnings: warnings.length ? warnings.slice() : NONE
    }
  }

  /** The header of the column a field's value came from; else the field's first column; else the template's. */
  private headerOf(field: ImportField, from: (string | null)[]): string {
    const slot = this.slot.get(field)
    return (slot === undefined ? null : from[slot]) ?? this.firstHeader.get(field) ?? CSV_FIELD_HEADERS[field]
  }
}

const readers = new WeakMap<RowPlan, Map<number, RowReader>>()

/** One row, read with the plan's compiled reader (compiled on first use). */
export function readRow(cells: readonly string[], row: number, plan: RowPlan, headerCount: number): ReadRow {
  let byCount = readers.get(plan)
  if (!byCount) readers.set(plan, (byCount = new Map()))
  let reader = byCount.get(headerCount)
  if (!reader) byCount.set(headerCount, (reader = new RowReader(plan, headerCount)))
  return reader.read(cells, row)
}
