// What contact exports need beyond header names: a LinkedIn column known by its values (value-mapping.ts), a middle
// name joined to the first name, Google's " ::: " lists in one cell, and notes that stay short for 92 columns.
import { describe, expect, it } from 'vitest'
import { parseExplicitMapping, pickEmail, pickPhone, readRow, resolveMapping, rowPlan, type FoundHeader } from '../../../shared/csv'

const found = (sample: string[][]): FoundHeader => ({ row: 1, preamble: [], sample })
const fieldsOf = (headers: string[], sample: string[][], explicit = {}) =>
  resolveMapping(headers, explicit, found(sample)).columns.map((c) => [c.field, c.source])

describe('a LinkedIn column known by its values', () => {
  const headers = ['Full Name', 'Web Page', 'Blog']

  it('is mapped when at least half of its non-empty sampled values are profile addresses, and says why', () => {
    const sample = [
      ['Ann Lee', 'https://www.linkedin.com/in/ann-lee', 'https://ann.example'],
      ['Bob Stone', '', ''],
      ['Cara Diaz', 'https://cara.example', 'https://cara.example/blog'],
      ['Dan Ode', 'uk.linkedin.com/in/dan-ode', '']
    ]
    const result = resolveMapping(headers, {}, found(sample))
    expect(result.columns.map((c) => [c.field, c.source])).toEqual([
      ['fullName', 'auto'],
      ['linkedinUrl', 'values'],
      [null, 'unknown']
    ])
    expect(result.notes[0]).toBe(
      'Column "Web Page" holds LinkedIn profile addresses, so it is imported as the LinkedIn URL (a value that is not a profile address is left out, with a warning).'
    )
  })

  it('is not mapped from fewer profiles than other values, nor from company pages', () => {
    const sample = [
      ['Ann Lee', 'https://www.linkedin.com/in/ann-lee', ''],
      ['Bob Stone', 'https://bob.example', 'https://www.linkedin.com/company/acme'],
      ['Cara Diaz', 'https://cara.example', '']
    ]
    expect(fieldsOf(headers, sample).slice(1)).toEqual([
      [null, 'unknown'],
      [null, 'unknown']
    ])
  })

  it('of several, the one with the most profiles', () => {
    const sample = [
      ['Ann Lee', 'https://www.linkedin.com/in/ann-lee', 'https://www.linkedin.com/in/ann-lee'],
      ['Bob Stone', '', 'https://www.linkedin.com/in/bob']
    ]
    expect(fieldsOf(headers, sample).slice(1)).toEqual([
      [null, 'unknown'],
      ['linkedinUrl', 'values']
    ])
  })

  it('is not looked for when a column is the LinkedIn URL already, or when the mapping given names the column', () => {
    const sample = [['Ann Lee', 'https://www.linkedin.com/in/ann-lee', 'https://www.linkedin.com/in/ann-lee']]
    expect(fieldsOf(['Full Name', 'Web Page', 'LinkedIn'], sample)[1]).toEqual([null, 'unknown'])
    expect(fieldsOf(headers, sample, { 'Web Page': null, Blog: null }).slice(1)).toEqual([
      [null, 'explicit'],
      [null, 'explicit']
    ])
  })

  it('a value that is not a profile is left out of its row with a warning, not refused', () => {
    const sample = [['Ann Lee', 'https://www.linkedin.com/in/ann-lee', '']]
    const plan = rowPlan(resolveMapping(headers, {}, found(sample)).columns)
    const read = readRow(['Bob Stone', 'https://bob.example', ''], 9, plan, 3)
    expect(read.errors).toEqual([])
    expect(read.fields).toMatchObject({ fullName: 'Bob Stone', linkedinUrl: null })
    expect(read.warnings).toEqual([
      {
        row: 9,
        column: 'Web Page',
        message:
          '"https://bob.example" is not a LinkedIn profile address, so it is left out (the column is read as the LinkedIn URL because its other values are).'
      }
    ])
  })
})

describe('a middle name', () => {
  const headers = ['First Name', 'Middle Name', 'Last Name']
  const plan = rowPlan(resolveMapping(headers).columns)

  it('joins the first name, which holds every given name; the full name follows', () => {
    expect(readRow(['Ann', 'Marie', 'Lee'], 2, plan, 3).fields).toMatchObject({ firstName: 'Ann Marie', lastName: 'Lee', fullName: 'Ann Marie Lee' })
    expect(readRow(['', 'Marie', 'Lee'], 2, plan, 3).fields).toMatchObject({ firstName: 'Marie', fullName: 'Marie Lee' })
    expect(readRow(['Ann', '', 'Lee'], 2, plan, 3).fields).toMatchObject({ firstName: 'Ann', fullName: 'Ann Lee' })
  })

  it('alone does not name the candidates, and a mapping may choose it', () => {
    expect(resolveMapping(['Middle Name', 'Email']).problems.join(' ')).toMatch(/No column gives the candidates' names/)
    expect(parseExplicitMapping({ Zweitname: 'middleName', Mittelname: 'Middle Name' })).toMatchObject({ ok: true })
    expect(resolveMapping(['Name', 'Zweitname'], { Zweitname: 'middleName' }).columns[1].field).toBe('middleName')
  })
})

describe("Google's lists in one cell", () => {
  it('keeps the first address or number, with what was left out', () => {
    expect(pickEmail('ann@example.com ::: ann@work.example')).toEqual({ value: 'ann@example.com', dropped: ['ann@work.example'] })
    expect(pickPhone('+44 7700 900123 ::: +44 113 496 0000')).toEqual({ value: '+44 7700 900123', dropped: ['+44 113 496 0000'] })
    expect(pickPhone('+44 7700 900123, ext. 4')).toEqual({ value: '+44 7700 900123, ext. 4', dropped: [] })
  })
})

describe('notes on columns that are not imported', () => {
  it('names a few one by one, and many in one note', () => {
    expect(resolveMapping(['Full Name', 'Birthday', 'Spouse']).notes).toEqual([
      'Column "Birthday" is not a candidate field; it is not imported.',
      'Column "Spouse" is not a candidate field; it is not imported.'
    ])
    const many = Array.from({ length: 12 }, (_, i) => `Custom ${i + 1}`)
    expect(resolveMapping(['Full Name', ...many]).notes).toEqual([
      '12 columns are not candidate fields and are not imported: "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Custom 5", "Custom 6", "Custom 7", "Custom 8" and 4 more.'
    ])
  })
})
