// Recognising column headers: case-, accent- and punctuation-insensitive, with the names that TrackerRMS, LinkedIn,
// Outlook and Google exports and everyday spreadsheets (English, German, French, Spanish, Dutch, Polish) use.
// "E-mail", "email address" and "EMAIL_ADDRESS" are one header here. The names themselves are header-names.ts.
import { CSV_FIELD_HEADERS, EXPORT_ONLY_COLUMNS, IMPORT_FIELDS, type ImportField } from './columns'
import { HEADER_NAMES } from './header-names'

/** A header reduced to lower-case letters and digits ("E-mail Address" -> "emailaddress"). */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

export type HeaderMeaning = { kind: 'field'; field: ImportField } | { kind: 'export-only' } | { kind: 'unknown' }

/** Per folded name: its field, and its place in the field's list (lower is read first). */
const NAME_BY_KEY = new Map<string, { field: ImportField; rank: number }>()
for (const field of IMPORT_FIELDS) {
  HEADER_NAMES[field].forEach((name, rank) => NAME_BY_KEY.set(headerKey(name), { field, rank }))
  // the field's own name ("linkedinUrl") counts as its template header
  const key = headerKey(field)
  if (!NAME_BY_KEY.has(key)) NAME_BY_KEY.set(key, { field, rank: Math.max(0, HEADER_NAMES[field].indexOf(CSV_FIELD_HEADERS[field])) })
}
const EXPORT_ONLY_KEYS = new Set(Object.values(EXPORT_ONLY_COLUMNS).map((c) => headerKey(c.header)))

/** What a header means to the automatic mapping. */
export function headerMeaning(header: string): HeaderMeaning {
  const key = headerKey(header)
  const name = NAME_BY_KEY.get(key)
  if (name) return { kind: 'field', field: name.field }
  if (EXPORT_ONLY_KEYS.has(key)) return { kind: 'export-only' }
  return { kind: 'unknown' }
}

/**
 * Where a column stands among the columns that fill one field: its header's place in the field's list of names, so
 * that "Mobile Phone" is read before "Business Phone". A header that is not one of the field's names (mapped by hand,
 * or by its values) comes after all of them.
 */
export function headerRank(header: string, field: ImportField): number {
  const name = NAME_BY_KEY.get(headerKey(header))
  return name && name.field === field ? name.rank : Number.MAX_SAFE_INTEGER
}

/** Every name (key form) that maps to a field; for the test that no name belongs to two fields. */
export function synonymKeys(): [string, ImportField][] {
  return IMPORT_FIELDS.flatMap((field) => [field, ...HEADER_NAMES[field]].map((name) => [headerKey(name), field] as [string, ImportField]))
}
