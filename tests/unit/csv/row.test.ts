import { describe, expect, it } from 'vitest'
import { readRow, resolveMapping, rowPlan } from '../../../shared/csv'

const HEADERS = ['Forename', 'Surname', 'Full Name', 'E-mail', 'LinkedIn', 'Stage', 'Resource ID', 'Notes', 'Mobile', 'Work Phone']
const plan = rowPlan(resolveMapping(HEADERS).columns)
const read = (cells: Record<string, string>, row = 7) =>
  readRow(
    HEADERS.map((h) => cells[h] ?? ''),
    row,
    plan,
    HEADERS.length
  )

describe('reading one row', () => {
  it('gives the cleaned fields, stage and TrackerRMS id', () => {
    const result = read({
      Forename: ' Ann ',
      Surname: 'Lee',
      'E-mail': 'Ann@Example.com',
      Stage: 'In sequence',
      'Resource ID': '42',
      'Work Phone': '0113 496 0000'
    })
    expect(result.errors).toEqual([])
    expect(result.fields).toMatchObject({ firstName: 'Ann', lastName: 'Lee', fullName: 'Ann Lee', email: 'Ann@Example.com', phone: '0113 496 0000' })
    expect(result).toMatchObject({ stage: 'sequence', trackerId: 42 })
  })

  it('takes the first non-empty of several columns for one field', () => {
    expect(read({ 'Full Name': 'Ann Lee', Mobile: '07700 900123', 'Work Phone': '0113' }).fields?.phone).toBe('07700 900123')
  })

  it('reverses the export formula escape before anything else', () => {
    const result = read({ 'Full Name': "'=Ann", Notes: "'-5 and '=x", Mobile: "'+44 1" })
    expect(result.fields).toMatchObject({ fullName: '=Ann', notes: "-5 and '=x", phone: '+44 1' })
  })

  it('names each problem with its row and the column header from the file', () => {
    const result = read(
      {
        'Full Name': 'Ann Lee',
        'E-mail': 'ann@',
        LinkedIn: 'https://www.linkedin.com/company/acme',
        Stage: 'Maybe',
        'Resource ID': 'n/a',
        Notes: 'x'.repeat(20_001)
      },
      12
    )
    expect(result.fields).toBeNull()
    expect(result.errors).toEqual([
      { row: 12, column: 'Stage', message: '"Maybe" is not a stage. Stages: Sourced, In sequence, Replied, Interested, Not interested.' },
      { row: 12, column: 'Resource ID', message: '"n/a" is not a TrackerRMS ID (a positive whole number).' },
      { row: 12, column: 'E-mail', message: 'Email "ann@" is not a valid email address.' },
      { row: 12, column: 'LinkedIn', message: expect.stringContaining('is not a LinkedIn profile address') },
      { row: 12, column: 'Notes', message: 'Notes is 20001 characters long; the most is 20000.' }
    ])
  })

  it('reports a row without any name against the name columns', () => {
    expect(read({ 'E-mail': 'ann@example.com' }).errors).toEqual([
      { row: 7, column: 'Forename / Surname / Full Name', message: 'A candidate needs a name: give a full name, or a first and last name.' }
    ])
  })

  it('keeps the first of several email addresses, with a warning', () => {
    const result = read({ 'Full Name': 'Ann Lee', 'E-mail': 'ann@example.com; ann.lee@work.example' })
    expect(result.fields?.email).toBe('ann@example.com')
    expect(result.warnings).toEqual([{ row: 7, column: 'E-mail', message: expect.stringContaining('kept the first (ann@example.com)') }])
  })

  it('refuses values past the last column, but not empty ones', () => {
    const cells = HEADERS.map(() => '')
    cells[2] = 'Ann Lee'
    expect(readRow([...cells, '', ' '], 3, plan, HEADERS.length).errors).toEqual([])
    expect(readRow([...cells, 'Leeds'], 3, plan, HEADERS.length).errors[0]).toMatchObject({ row: 3, column: null, message: expect.stringContaining('"Leeds"') })
  })

  it('quotes long values short in messages', () => {
    const result = read({ 'Full Name': 'Ann Lee', 'E-mail': `${'a'.repeat(1_000_000)}@example.com` })
    expect(result.errors.every((e) => e.message.length < 300)).toBe(true)
  })
})
