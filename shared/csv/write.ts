// Writing CSV text: what the exporter and the template share. RFC 4180 quoting, UTF-8 with a byte-order mark and
// CRLF line ends (what Excel opens correctly), every cell formula-escaped.
import { escapeFormula } from './formula'

export const CSV_BOM = '\uFEFF'
export const CSV_EOL = '\r\n'

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/** One cell: escaped against formulas, quoted when it holds a quote, comma, line break or edge whitespace. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = escapeFormula(String(value))
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record with its line end. */
export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',') + CSV_EOL
}
