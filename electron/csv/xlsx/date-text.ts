// A date cell as text. Excel stores a date as a number of days (since 1900, or 1904 on old Macs) and shows it through
// the cell's format code. We apply that code (d, dd, ddd, dddd, m … mmmm, yy, yyyy, h, hh, mm, ss, AM/PM, with its
// literal text) in English. Two kinds of code cannot be shown as the sheet shows them, and give an ISO date
// (2026-12-08, with the time when there is one: 2026-12-08 14:30) instead:
//   - Excel's default date format (number 14, also 22 with a time), which Excel shows in the style of the computer
//     it runs on (08/12/2026 in London, 12/8/2026 in New York): the file does not say which, and guessing would
//     swap days and months;
//   - codes we do not follow (elapsed time [h], eras, Buddhist years).
// An ISO date cannot be misread, and sorts.
import { formatTokens, LOCALE_DATE_CODES, type Token } from './format-code'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const DAY_MS = 86_400_000

const two = (n: number) => (n < 10 ? `0${n}` : String(n))

/** Excel's day number (its fraction the time of day) as the same wall time in UTC. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS))
}

function isoDate(date: Date): string {
  const day = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`
  const ms = date.getTime() - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
  if (ms === 0) return day
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`
  return date.getUTCSeconds() ? `${day} ${time}:${two(date.getUTCSeconds())}` : `${day} ${time}`
}

type Part = { literal: string } | { field: string }

const FIELD = /(AM\/PM|A\/P)|(y+|m+|d+|h+|s+|e+|g+|b+|\[[hms]+\])|(\.0+)|([\s\S])/gi

/** The code's parts: literal text, or one date/time field ("yyyy", "mmm", "h", "AM/PM" …). */
function parts(tokens: Token[]): Part[] {
  const out: Part[] = []
  let run = ''
  const flush = () => {
    for (const m of run.matchAll(FIELD)) {
      if (m[1]) out.push({ field: m[1].length === 5 ? 'AM/PM' : 'A/P' })
      else if (m[2]) out.push({ field: m[2].toLowerCase() })
      else if (m[4] !== undefined) out.push({ literal: m[4] }) // m[3], fractions of a second: not shown
    }
    run = ''
  }
  for (const t of tokens) {
    if ('code' in t) run += t.code
    else {
      flush()
      out.push({ literal: t.literal })
    }
  }
  flush()
  return out
}

export function dateText(date: Date, code: string | undefined): string {
  if (Number.isNaN(date.getTime())) return ''
  if (!code || LOCALE_DATE_CODES.has(code)) return isoDate(date)
  const list = parts(formatTokens(code))
  const hasAmPm = list.some((p) => 'field' in p && (p.field === 'AM/PM' || p.field === 'A/P'))
  let text = ''
  for (let i = 0; i < list.length; i++) {
    const part = list[i]
    if ('literal' in part) {
      text += part.literal
      continue
    }
    const value = fieldText(part.field, date, hasAmPm, minutesAt(list, i))
    if (value === null) return isoDate(date)
    text += value
  }
  return text
}

/** "m" and "mm" are minutes right after an hour or right before a second, months otherwise. */
function minutesAt(parts: Part[], i: number): boolean {
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < parts.length; j += step) {
      const p = parts[j]
      if ('field' in p) return p.field
    }
    return ''
  }
  return near(-1).startsWith('h') || near(1).startsWith('s')
}

function fieldText(field: string, date: Date, hasAmPm: boolean, minutes: boolean): string | null {
  const hours = date.getUTCHours()
  switch (field) {
    case 'yy':
      return two(date.getUTCFullYear() % 100)
    case 'y':
    case 'yyy':
    case 'yyyy':
      return String(date.getUTCFullYear())
    case 'm':
      return String(minutes ? date.getUTCMinutes() : date.getUTCMonth() + 1)
    case 'mm':
      return two(minutes ? date.getUTCMinutes() : date.getUTCMonth() + 1)
    case 'mmm':
      return MONTHS[date.getUTCMonth()].slice(0, 3)
    case 'mmmm':
      return MONTHS[date.getUTCMonth()]
    case 'mmmmm':
      return MONTHS[date.getUTCMonth()][0]
    case 'd':
      return String(date.getUTCDate())
    case 'dd':
      return two(date.getUTCDate())
    case 'ddd':
      return DAYS[date.getUTCDay()].slice(0, 3)
    case 'dddd':
      return DAYS[date.getUTCDay()]
    case 'h':
      return String(hasAmPm ? hours % 12 || 12 : hours)
    case 'hh':
      return two(hasAmPm ? hours % 12 || 12 : hours)
    case 's':
      return String(date.getUTCSeconds())
    case 'ss':
      return two(date.getUTCSeconds())
    case 'AM/PM':
      return hours < 12 ? 'AM' : 'PM'
    case 'A/P':
      return hours < 12 ? 'A' : 'P'
    default:
      return null // eras, Buddhist years, elapsed time, runs we do not know ("ddddd")
  }
}
