// Writing CSV text: what the exporter and the template share. RFC 4180 quoting, UTF-8 with a byte-order mark and
// CRLF line ends (what Excel opens correctly), every cell formula-escaped.
import { escapeFormula } from './formula'

export const CSV_BOM = '\uFEFF'
export const CSV_EOL = '\r\n'

// A cell is quoted when it holds a quote, comma or line break, or begins or ends with whitespace (JavaScript's \s).
// An export runs this on two million cells: the edges are checked by character code (asking \s only beyond ASCII)
// and the inside by one character-class scan, instead of one regex trying `^\s|\s$` at every position.
const QUOTE_INSIDE = /[",\r\n]/
const SPACE = /\s/

function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return SPACE.test(text[at])
}

/** One cell: escaped against formulas, quoted when it holds a quote, comma, line break or edge whitespace. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = escapeFormula(typeof value === 'string' ? value : String(value))
  if (text === '') return ''
  if (!isSpaceAt(text, 0) && !isSpaceAt(text, text.length - 1) && !QUOTE_INSIDE.test(text)) return text
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`
}

/** One record with its line end. */
export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',') + CSV_EOL
}
