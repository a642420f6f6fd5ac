// From a file's header row to the field each column fills: automatic (headers.ts; a LinkedIn column also by its
// values, value-mapping.ts), overridden by an explicit mapping (a JSON file for the CLI, the mapping step of the
// wizard, or a mapping saved by name).
import { CSV_COLUMNS, CSV_FIELD_HEADERS, IMPORT_COLUMNS, IMPORT_FIELDS, type ImportField } from './columns'
import { skippedRowsNote, type FoundHeader } from './header-row'
import { headerKey, headerMeaning, headerRank } from './headers'
import { linkedinColumnByValues } from './value-mapping'

/** Header text -> field (a field name like "email", or a template header like "Email"); null or "" ignores the column. */
export type ExplicitMapping = Record<string, string | null>

export interface ColumnMapping {
  /** 0-based position in the file. */
  index: number
  header: string
  field: ImportField | null
  /**
   * auto: recognised header; values: its values are LinkedIn profiles (value-mapping.ts); explicit: from the given
   * mapping; export-only: a column of our exports, ignored; unknown: ignored.
   */
  source: 'auto' | 'values' | 'explicit' | 'export-only' | 'unknown'
}

export interface MappingResolution {
  columns: ColumnMapping[]
  /** Reasons the file cannot be imported with this mapping (each says what to do). Empty when usable. */
  problems: string[]
  /** Things worth telling the user that do not stop the import. */
  notes: string[]
}

const NAME_FIELDS: readonly ImportField[] = ['fullName', 'firstName', 'lastName']
/** Id headers that could be any system's: the mapping says it reads them as TrackerRMS ids. */
const AMBIGUOUS_ID_KEYS = ['id', 'recordid']

/** The field a mapping target names, null for "ignore", undefined when it names nothing we know. */
function fieldFromTarget(target: string | null): ImportField | null | undefined {
  if (target === null || target.trim() === '' || headerKey(target) === 'ignore') return null
  const exact = IMPORT_FIELDS.find((f) => f === target)
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
        message: `Mapping of "${header}": "${target}" is not a field. Fields: ${IMPORT_FIELDS.join(', ')} (or their headers: ${IMPORT_COLUMNS.map((c) => c.header).join(', ')}); null ignores the column.`
      }
    mapping[header] = target
  }
  return { ok: true, mapping }
}

const columnName = (index: number, header: string) => `column ${index + 1} ("${header}")`

/** Each column's field from its header and the given mapping (no checks, no notes). */
function columnsOf(headers: readonly string[], explicit: ExplicitMapping): { columns: ColumnMapping[]; used: Set<string> } {
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
  return { columns, used }
}

/** Whether a row, read as a header, names the candidates: the test for the header row (header-row.ts). */
export function namesCandidates(cells: readonly string[], explicit: ExplicitMapping = {}): boolean {
  return columnsOf(cells, explicit).columns.some((c) => c.field !== null && NAME_FIELDS.includes(c.field))
}

/** The columns in the order a row reads them: per field by its place in the field's names (headers.ts), then in file order. */
export function readingOrder<C extends { index: number; header: string; field: ImportField | null }>(columns: readonly C[]): C[] {
  return columns
    .filter((c) => c.field !== null)
    .map((c) => ({ c, rank: headerRank(c.header, c.field as ImportField) }))
    .sort((a, b) => a.rank - b.rank || a.c.index - b.c.index)
    .map(({ c }) => c)
}

/** Unknown columns are named one per note when there are a few; an Outlook export has some sixty. */
const UNKNOWN_NAMED_ONE_BY_ONE = 3
const UNKNOWN_LISTED = 8

/**
 * `found`: where the reader found the header (the rows skipped above it, the first data rows, for a LinkedIn column
 * recognised by its values); absent when only the header is known.
 */
export function resolveMapping(headers: readonly string[], explicit: ExplicitMapping = {}, found?: FoundHeader): MappingResolution {
  const problems: string[] = []
  const notes: string[] = []
  const { columns, used } = columnsOf(headers, explicit)
  const skipped = found ? skippedRowsNote(found, headers) : null
  if (skipped) notes.push(skipped)

  for (const header of Object.keys(explicit)) if (!used.has(headerKey(header))) notes.push(`The mapping mentions "${header}", but the file has no such column.`)

  if (found && !columns.some((c) => c.field === 'linkedinUrl')) {
    const candidates = columns.filter((c) => c.source === 'unknown' && c.header.trim() !== '').map((c) => c.index)
    const index = linkedinColumnByValues(candidates, found.sample)
    if (index !== null) {
      columns[index] = { ...columns[index], field: 'linkedinUrl', source: 'values' }
      notes.push(
        `Column "${columns[index].header}" holds LinkedIn profile addresses, so it is imported as the LinkedIn URL (a value that is not a profile address is left out, with a warning).`
      )
    }
  }

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
  } else if (!mapped.some((c) => NAME_FIELDS.includes(c.field as ImportField))) {
    problems.push(`No column gives the candidates' names. Add a "Full Name" column (or "First Name" and "Last Name"), or map the column that holds them.`)
  }

  const unnamed = columns.filter((c) => c.source === 'unknown' && c.header.trim() === '').map((c) => c.index + 1)
  if (unnamed.length === 1) notes.push(`Column ${unnamed[0]} has no header; it is not imported.`)
  if (unnamed.length > 1) notes.push(`Columns ${unnamed.join(', ')} have no header; they are not imported.`)
  const unknown = columns.filter((c) => c.source === 'unknown' && c.header.trim() !== '')
  if (unknown.length <= UNKNOWN_NAMED_ONE_BY_ONE) {
    for (const column of unknown) notes.push(`Column "${column.header}" is not a candidate field; it is not imported.`)
  } else {
    const listed = unknown.slice(0, UNKNOWN_LISTED).map((c) => `"${c.header}"`)
    const rest = unknown.length - listed.length
    notes.push(`${unknown.length} columns are not candidate fields and are not imported: ${listed.join(', ')}${rest ? ` and ${rest} more` : ''}.`)
  }
  for (const column of columns)
    if (column.field === 'trackerId' && column.source === 'auto' && AMBIGUOUS_ID_KEYS.includes(headerKey(column.header)))
      notes.push(
        `Column "${column.header}" is read as the TrackerRMS ID: candidates with one count as already in TrackerRMS. If it holds another system's ids, map it to nothing.`
      )
  const byField = new Map<ImportField, ColumnMapping[]>()
  for (const column of mapped) byField.set(column.field as ImportField, [...(byField.get(column.field as ImportField) ?? []), column])
  for (const [field, list] of byField)
    if (list.length > 1 && new Set(list.map((c) => headerKey(c.header))).size > 1)
      notes.push(
        `${CSV_FIELD_HEADERS[field]} comes from ${readingOrder(list)
          .map((c) => `"${c.header}"`)
          .join(', then ')} (the first non-empty one in each row).`
      )
  const middle = byField.get('middleName')
  if (middle) notes.push(`Column "${readingOrder(middle)[0].header}" is added to the first name, which holds all given names ("Ann" and "Marie": "Ann Marie").`)

  return { columns, problems, notes }
}

/** The mapping as header -> field for every column, e.g. to save it under a name. */
export function mappingOf(columns: readonly ColumnMapping[]): ExplicitMapping {
  return Object.fromEntries(columns.filter((c) => c.header.trim() !== '').map((c) => [c.header, c.field]))
}
