import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, headerKey, parseExplicitMapping, resolveMapping, synonymKeys } from '../../../shared/csv'

const fields = (headers: string[], explicit?: Record<string, string | null>) => resolveMapping(headers, explicit).columns.map((c) => c.field)

describe('automatic mapping', () => {
  it('no synonym belongs to two fields', () => {
    const seen = new Map<string, string>()
    for (const [key, field] of synonymKeys()) {
      expect(seen.get(key) ?? field, `"${key}"`).toBe(field)
      seen.set(key, field)
    }
  })

  it('maps the template headers to their fields', () => {
    expect(fields(CSV_COLUMNS.map((c) => c.header))).toEqual(CSV_COLUMNS.map((c) => c.field))
  })

  it('ignores case, accents and punctuation', () => {
    expect(headerKey(' E-Mail_Address ')).toBe('emailaddress')
    expect(fields(['FIRST NAME', 'last_name', 'e-mail', 'LinkedIn-URL', 'Télephone'])).toEqual(['firstName', 'lastName', 'email', 'linkedinUrl', 'phone'])
  })

  it('knows what TrackerRMS exports and spreadsheets call the columns', () => {
    expect(
      fields([
        'Resource ID',
        'Title',
        'Forename',
        'Surname',
        'E-mail',
        'Mobile',
        'LinkedIn Profile',
        'Town',
        'County',
        'Country',
        'Job Title',
        'Current Employer',
        'Status'
      ])
    ).toEqual(['trackerId', null, 'firstName', 'lastName', 'email', 'phone', 'linkedinUrl', 'city', 'state', 'country', 'currentTitle', 'currentCompany', null])
    expect(fields(['Name', 'Email Address', 'Cell', 'Province', 'Position', 'Company', 'ID', 'TrackerRMS ID'])).toEqual([
      'fullName',
      'email',
      'phone',
      'state',
      'currentTitle',
      'currentCompany',
      'trackerId',
      'trackerId'
    ])
  })

  it('says when a bare "ID" is taken as the TrackerRMS ID', () => {
    expect(resolveMapping(['Name', 'ID']).notes.join(' ')).toMatch(/"ID" is read as the TrackerRMS ID/)
  })

  it('recognises our own export-only columns and lists unknown ones as not imported', () => {
    const result = resolveMapping(['Full Name', 'Sync Status', 'Synced At', 'Job ID', 'Job', 'Salary'])
    expect(result.columns.map((c) => c.source)).toEqual(['auto', 'export-only', 'export-only', 'export-only', 'export-only', 'unknown'])
    expect(result.notes).toEqual(['Column "Salary" is not a candidate field; it is not imported.'])
    expect(result.problems).toEqual([])
  })

  it('reads several columns into one field, first non-empty wins, and says so', () => {
    const result = resolveMapping(['Name', 'Mobile', 'Work Phone'])
    expect(result.columns.map((c) => c.field)).toEqual(['fullName', 'phone', 'phone'])
    expect(result.notes.join(' ')).toMatch(/Phone comes from "Mobile", then "Work Phone"/)
  })
})

describe('explicit mapping', () => {
  it('overrides the automatic one per column, by exact or folded header', () => {
    expect(fields(['Candidate', 'Mail', 'Bemerkung'], { mail: null, Bemerkung: 'notes', Candidate: 'Full Name' })).toEqual(['fullName', null, 'notes'])
  })

  it('notes mapping entries that match no column', () => {
    expect(resolveMapping(['Full Name'], { Nope: 'email' }).notes).toContain('The mapping mentions "Nope", but the file has no such column.')
  })

  it('checks the shape and the field names', () => {
    expect(parseExplicitMapping({ A: 'email', B: null, C: 'Current Company' })).toEqual({ ok: true, mapping: { A: 'email', B: null, C: 'Current Company' } })
    expect(parseExplicitMapping([])).toMatchObject({ ok: false })
    expect(parseExplicitMapping({ A: 3 })).toMatchObject({ ok: false, message: expect.stringContaining('"A"') })
    expect(parseExplicitMapping({ A: 'shoe size' })).toMatchObject({ ok: false, message: expect.stringContaining('"shoe size" is not a field') })
  })
})

describe('files that cannot be imported as mapped', () => {
  it('only unknown headers', () => {
    expect(resolveMapping(['Colour', 'Shoe Size']).problems.join(' ')).toMatch(/None of the columns is a candidate field \("Colour", "Shoe Size"\)/)
  })
  it('no name column', () => {
    expect(resolveMapping(['Email', 'Phone']).problems.join(' ')).toMatch(/No column gives the candidates' names/)
  })
  it('two columns with the same header', () => {
    expect(resolveMapping(['Full Name', 'Email', 'Email']).problems.join(' ')).toMatch(/two columns called "Email" \(column 2 \("Email"\) and column 3\)/)
    expect(resolveMapping(['Full Name', 'Misc', 'Misc']).problems).toEqual([]) // ignored columns may repeat
  })
})
