// Formula-injection neutralisation (OWASP "CSV Injection") and its exact inverse.
//
// A spreadsheet treats a cell that begins with = + - @ (or a tab or carriage return before one of those) as a
// formula. On export, a value that begins with any number of apostrophes followed by one of those characters gets
// ONE more apostrophe in front; on import, a cell that begins with one or more apostrophes followed by one of those
// characters loses ONE apostrophe. Exported values therefore come back exactly as they were, including values that
// legitimately begin with "=", "-", "+44…" or "'": export(v) matches the import pattern exactly when v matches the
// export pattern, and the import pattern is a subset of the export pattern, so unescape(escape(v)) === v for every v.

const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/
const ESCAPED = /^'+[=+\-@\t\r]/

/** The value as written to a CSV cell so that no spreadsheet runs it. */
export function escapeFormula(value: string): string {
  return NEEDS_ESCAPE.test(value) ? `'${value}` : value
}

/** The inverse of escapeFormula, applied to every imported cell before anything else. */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell
}
