// The one check of a typed date and time (`stage --at`, the API's `at`): real calendar dates only, in the forms the
// README documents; never JavaScript's roll-over (30 February read as 2 March).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkIsoTime } from '../../../shared/iso-time'

const iso = (text: string) => {
  const check = checkIsoTime(text)
  return check.ok ? new Date(check.ms).toISOString() : check.problem
}

describe('a date and time as people type it', () => {
  it.each([
    ['2024-02-29T10:00:00Z', '2024-02-29T10:00:00.000Z'], // a leap year
    ['2000-02-29', '2000-02-29T00:00:00.000Z'], // divisible by 400: a leap year
    ['2026-03-01', '2026-03-01T00:00:00.000Z'], // a date alone is midnight UTC
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
    ['2026-03-01T09:30Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01t09:30:00z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01 09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00.123Z', '2026-03-01T09:30:00.123Z'],
    ['2026-03-01T09:30:00.123456789Z', '2026-03-01T09:30:00.123Z'],
    ['2026-03-01T09:30:00.5Z', '2026-03-01T09:30:00.500Z'],
    ['2026-03-01T09:30:00+01:00', '2026-03-01T08:30:00.000Z'],
    ['2026-03-01T09:30:00-0500', '2026-03-01T14:30:00.000Z'],
    ['2026-03-01T09:30:00+05', '2026-03-01T04:30:00.000Z'],
    ['2026-03-01T01:00:00+05:30', '2026-02-28T19:30:00.000Z'],
    ['2026-03-01T12:00:00+14:00', '2026-02-28T22:00:00.000Z'],
    ['2026-03-01T12:00:00-12:00', '2026-03-02T00:00:00.000Z'],
    ['0099-06-01T00:00:00Z', '0099-06-01T00:00:00.000Z'] // not 1999: years are taken as written
  ])('%s is %s', (text, expected) => {
    expect(iso(text)).toBe(expected)
  })

  it.each([
    ['2026-02-30T10:00:00Z', '"2026-02-30T10:00:00Z" is not a date: February 2026 has 28 days.'],
    ['2025-02-29', '"2025-02-29" is not a date: February 2025 has 28 days.'],
    ['1900-02-29', '"1900-02-29" is not a date: February 1900 has 28 days.'], // divisible by 100: no leap year
    ['2026-04-31T08:00:00Z', '"2026-04-31T08:00:00Z" is not a date: April 2026 has 30 days.'],
    ['2026-01-00', '"2026-01-00" is not a date: January 2026 has 31 days.'],
    ['2026-13-01', '"2026-13-01" is not a date: there is no month 13 (months run from 01 to 12).'],
    ['2026-00-10', '"2026-00-10" is not a date: there is no month 00 (months run from 01 to 12).'],
    ['2026-03-01T24:00:00Z', '"2026-03-01T24:00:00Z" is not a time: hours run from 00 to 23 (for the end of a day, write 00:00 of the next day).'],
    ['2026-03-01T09:60:00Z', '"2026-03-01T09:60:00Z" is not a time: minutes run from 00 to 59.'],
    ['2026-03-01T09:30:60Z', '"2026-03-01T09:30:60Z" is not a time: seconds run from 00 to 59.'],
    ['2026-03-01T09:30:00+15:00', '"2026-03-01T09:30:00+15:00" has no such time zone offset as +15:00 (offsets run from -14:00 to +14:00).'],
    ['2026-03-01T09:30:00+01:75', '"2026-03-01T09:30:00+01:75" has no such time zone offset as +01:75 (offsets run from -14:00 to +14:00).']
  ])('%s is refused', (text, message) => {
    expect(iso(text)).toBe(message)
  })

  it('refuses the loose forms Date.parse reads, saying what a good one looks like', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-3-1',
      '2026/03/01',
      '01/03/2026',
      'March 1, 2026',
      '2026-03-01T9:30',
      '2026-03-01T09',
      '2026-03-01Z',
      '2026-03-01T09:30:00 GMT',
      '2026-03-01T09:30:00ZZ',
      ' 2026-03-01',
      '2026-03-01\u001b[31m',
      '+002026-03-01T00:00:00Z'
    ])
      expect(iso(text), text).toMatch(/ is not an ISO-8601 date and time \(e\.g\. 2026-03-01T09:30:00Z, or 2026-03-01 for midnight UTC\)\.$/)
  })

  it('quotes a value as JSON, cut short, so that no control character or megabyte reaches a message', () => {
    expect(iso('a\u001bb')).toMatch(/^"a\\u001bb" is not/)
    expect(iso('x'.repeat(1000))).toMatch(/^"x{40}…" is not/)
  })
})

describe('without an offset', () => {
  const zone = process.env.TZ
  beforeEach(() => {
    process.env.TZ = 'America/New_York'
  })
  afterEach(() => {
    process.env.TZ = zone
  })

  it("a time is this computer's local time, as ISO-8601 says", () => {
    expect(iso('2026-01-15T09:30')).toBe('2026-01-15T14:30:00.000Z')
    expect(iso('2026-07-15T09:30:00')).toBe('2026-07-15T13:30:00.000Z')
  })
})
