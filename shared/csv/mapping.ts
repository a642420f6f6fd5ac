// From a file's header row to the field each column fills: automatic (headers.ts), overridden by an explicit
// mapping (a JSON file for the CLI, the mapping step of the wizard, or a mapping saved by name).
import { CSV_COLUMNS, CSV_FIELD_HEADERS, CSV_FIELDS, type CsvField } from './columns'
import { headerKey, headerMeaning } from './headers'

/** Header text -> field (a field name like "email", or a template header like "Email"); null or "" ignores the column. */
export type ExplicitMapping = Record<string, string | null>

export interface ColumnMapping {
  /** 0-based position in the file. */
  index: number
  header: string
  field: CsvField | null
  /** auto: recognised header; explicit: from the given mapping; export-only: a column of our exports, ignored; unknown: ignored. */
  source: 'auto' | 'explicit' | 'export-only' | 'unknown'
}

export interface MappingResolution {
  columns: ColumnMapping[]
  /** Reasons the file cannot be imported with this mapping (each says what to do). Empty when usable. */
  problems: string[]
  /** Things worth telling the user that do not stop the import. */
  notes: string[]
}

const NAME_FIELDS: readonly CsvField[] = ['fullName', 'firstName', 'lastName']
/** Id headers that could be any system's: the mapping says it reads them as TrackerRMS ids. */
const AMBIGUOUS_ID_KEYS = ['id', 'recordid']

/** The field a mapping target names, null for "ignore", undefined when it names nothing we know. */
function fieldFromTarget(target: string | null): CsvField | null | undefined {
  if (target === null || target.trim() === '' || headerKey(target) === 'ignore') return null
  const exact = CSV_FIELDS.find((f) => f === target)
  if (exact) return exact
  const meaning = headerMeaning(target)
  return meaning.kind === 'field' ? meaning.field : undefined
}

/** Checks the shape of a mapping read from JSON (a file, IPC, the database). */
export function parseExplicitMapping(value: unknown): { ok: true; mapping: ExplicitMapping } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'A mapping is a JSON object of "column header": "field" pairs, e.g. {"Forename": "firstName"}.' }
  const mapping: ExplicitMapping = {}
  for (const [header, target] of Object.entries(value as Record<string, unknown>)) {
    if (target !== null && typeof target !== 'string')
      return { ok: false, message: `Mapping of "${header}": give a field name as text, or null to ignore the column.` }
    if (fieldFromTarget(target) === undefined)
      return {
        ok: false,
        message: `Mapping of "${header}": "${target}" is not a field. Fields: ${CSV_FIELDS.join(', ')} (or the template headers: ${CSV_COLUMNS.map((c) => c.header).join(', ')}); null ignores the column.`
      }
    mapping[header] = target
  }
  return { ok: true, mapping }
}

const columnName = (index: number, header: string) => `column ${index + 1} ("${header}")`

export function resolveMapping(headers: readonly string[], explicit: ExplicitMapping = {}): MappingResolution {
  const problems: string[] = []
  const notes: string[] = []
  const explicitByExact = new Map(Object.entries(explicit))
  const explicitByKey = new Map(Object.entries(explicit).map(([header, target]) => [headerKey(header), target]))
  const used = new Set<string>()

  const columns = headers.map((header, index): ColumnMapping => {
    const target = explicitByExact.has(header) ? explicitByExact.get(header) : explicitByKey.get(headerKey(header))
    if (target !== undefined) {
      used.add(headerKey(header))
      return { index, header, field: fieldFromTarget(target) ?? null, source: 'explicit' }
    }
    const meaning = headerMeaning(header)
    if (meaning.kind === 'field') return { index, header, field: meaning.field, source: 'auto' }
    return { index, header, field: null, source: meaning.kind }
  })

  for (const header of Object.keys(explicit)) if (!used.has(headerKey(header))) notes.push(`The mapping mentions "${header}", but the file has no such column.`)

  // Two columns with the same header cannot be told apart by a mapping, so one of them would be dropped unseen.
  const seen = new Map<string, ColumnMapping>()
  for (const column of columns) {
    const key = headerKey(column.header)
    const first = seen.get(key)
    if (first && key !== '' && (first.field || column.field))
      problems.push(
        `The header has two columns called "${column.header}" (${columnName(first.index, first.header)} and column ${column.index + 1}). Rename one of them in the file and import again.`
      )
    if (!first) seen.set(key, column)
  }

  const mapped = columns.filter((c) => c.field)
  if (mapped.length === 0) {
    problems.push(
      `None of the columns is a candidate field (${headers.map((h) => `"${h}"`).join(', ')}). Use the template's headers (${CSV_COLUMNS.map((c) => c.header).join(', ')}) or give a mapping.`
    )
  } else if (!mapped.some((c) => NAME_FIELDS.includes(c.field as CsvField))) {
    problems.push(`No column gives the candidates' names. Add a "Full Name" column (or "First Name" and "Last Name"), or map the column that holds them.`)
  }

  const unnamed = columns.filter((c) => c.source === 'unknown' && c.header.trim() === '').map((c) => c.index + 1)
  if (unnamed.length === 1) notes.push(`Column ${unnamed[0]} has no header; it is not imported.`)
  if (unnamed.length > 1) notes.push(`Columns ${unnamed.join(', ')} have no header; they are not imported.`)
  for (const column of columns) {
    if (column.source === 'unknown' && column.header.trim() !== '') notes.push(`Column "${column.header}" is not a candidate field; it is not imported.`)
    if (column.field === 'trackerId' && column.source === 'auto' && AMBIGUOUS_ID_KEYS.includes(headerKey(column.header)))
      notes.push(
        `Column "${column.header}" is read as the TrackerRMS ID: candidates with one count as already in TrackerRMS. If it holds another system's ids, map it to nothing.`
      )
  }
  const byField = new Map<CsvField, ColumnMapping[]>()
  for (const column of mapped) byField.set(column.field as CsvField, [...(byField.get(column.field as CsvField) ?? []), column])
  for (const [field, list] of byField)
    if (list.length > 1 && new Set(list.map((c) => headerKey(c.header))).size > 1)
      notes.push(`${CSV_FIELD_HEADERS[field]} comes from ${list.map((c) => `"${c.header}"`).join(', then ')} (the first non-empty one in each row).`)

  return { columns, problems, notes }
}

/** The mapping as header -> field for every column, e.g. to save it under a name. */
export function mappingOf(columns: readonly ColumnMapping[]): ExplicitMapping {
  return Object.fromEntries(columns.filter((c) => c.header.trim() !== '').map((c) => [c.header, c.field]))
}
