// A cell of a worksheet as the text it shows, for the same checks a CSV cell goes through: text as it is (formatted
// runs joined), a number with all its digits (number-text.ts), a date as its format shows it (date-text.ts), TRUE or
// FALSE, a formula's result as last calculated and saved (never the formula), a link's text (a cell holds the text
// it shows; the address is elsewhere, so a cell showing a LinkedIn address gives the address and one showing a name
// gives the name), an empty cell as ''. An error (#N/A, #REF! …) is empty too: it is no one's phone or name, and an
// empty name or email is reported like any missing one.
import { dateText, serialToDate } from './date-text'
import { isDateFormat } from './format-code'
import { numberText } from './number-text'
import { unescapeOffice } from './xml-text'

/** Number formats seen so far and whether each is a date's (a sheet uses a handful). */
const dateFormats = new Map<string, boolean>()

function isDate(code: string | undefined): boolean {
  if (code === undefined) return false
  let known = dateFormats.get(code)
  if (known === undefined) {
    known = isDateFormat(code)
    if (dateFormats.size < 1000) dateFormats.set(code, known)
  }
  return known
}

export interface CellContext {
  /** The workbook's text table (shared-strings.ts). */
  sharedStrings: string[]
  date1904: boolean
}

/**
 * `type`: the cell's t attribute (s: a text of the table, str: a formula's text, inlineStr, b: TRUE/FALSE, e: an
 * error, d: an ISO date; absent: a number); `value`: its <v> (or inline text), decoded; `format`: its number format.
 */
export function cellText(type: string | undefined, value: string, format: string | undefined, context: CellContext): string {
  switch (type) {
    case 's':
      return unescapeOffice(context.sharedStrings[Number(value)] ?? '')
    case 'str':
    case 'inlineStr':
      return unescapeOffice(value)
    case 'b':
      return value === '1' || value === 'true' ? 'TRUE' : 'FALSE'
    case 'e':
      return ''
    case 'd': {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`)
      return Number.isNaN(date.getTime()) ? value : dateText(date, format)
    }
    default: {
      if (value === '') return ''
      const n = Number(value)
      if (!Number.isFinite(n)) return value
      return isDate(format) ? dateText(serialToDate(n, context.date1904), format) : numberText(n, format)
    }
  }
}
