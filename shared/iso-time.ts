// THE check of a date and time typed by a person (`stage --at`, the API's `at`). JavaScript's Date rolls an
// impossible date over (30 February becomes 2 March, 24:00 the next day) and reads many loose forms; this accepts
// only real calendar dates and times, in the ISO-8601 forms the README documents:
//   2026-03-01                      midnight UTC of that day
//   2026-03-01T09:30[:00[.000]]     this computer's local time (a space may stand for the T)
//   2026-03-01T09:30:00Z            UTC; or with an offset: +01:00, -0500, +05
// Pure: no Node, Electron or DOM.

export type IsoTimeCheck = { ok: true; ms: number } | { ok: false; problem: string }

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** No place on Earth is further than 14 hours from UTC. */
const MAX_OFFSET_MINUTES = 14 * 60

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const daysIn = (year: number, month: number) => (month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31)

const ISO_TIME_EXAMPLE = '2026-03-01T09:30:00Z'

/** A date and time as epoch milliseconds, or a sentence (starting with the value, quoted) saying what is wrong. */
export function checkIsoTime(text: string): IsoTimeCheck {
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
  const refuse = (why: string): IsoTimeCheck => ({ ok: false, problem: `${shown} ${why}` })
  const m = FORM.exec(text)
  if (!m) return refuse(`is not an ISO-8601 date and time (e.g. ${ISO_TIME_EXAMPLE}, or 2026-03-01 for midnight UTC).`)
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return refuse(`is not a date: there is no month ${m[2]} (months run from 01 to 12).`)
  if (day < 1 || day > daysIn(year, month)) return refuse(`is not a date: ${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days.`)
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)]
  if (hour > 23) return refuse('is not a time: hours run from 00 to 23 (for the end of a day, write 00:00 of the next day).')
  if (minute > 59) return refuse('is not a time: minutes run from 00 to 59.')
  if (second > 59) return refuse('is not a time: seconds run from 00 to 59.')
  const ms = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0')) // beyond milliseconds: cut, as Date does
  const zone = m[8]
  // Built field by field: Date.UTC(y, …) would read years 0–99 as 1900–1999.
  const date = new Date(0)
  if (m[4] === undefined || zone !== undefined) {
    date.setUTCFullYear(year, month - 1, day)
    date.setUTCHours(hour, minute, second, ms)
  } else {
    date.setFullYear(year, month - 1, day)
    date.setHours(hour, minute, second, ms)
  }
  if (zone === undefined || zone === 'Z' || zone === 'z') return { ok: true, ms: date.getTime() }
  const offsetHours = Number(zone.slice(1, 3))
  const offsetMinutes = Number(zone.slice(3).replace(':', '') || 0)
  if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > MAX_OFFSET_MINUTES)
    return refuse(`has no such time zone offset as ${zone} (offsets run from -14:00 to +14:00).`)
  const offset = (zone[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  return { ok: true, ms: date.getTime() - offset * 60_000 }
}
