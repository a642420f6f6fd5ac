// Finding the header row below notes (LinkedIn's Connections.csv, a title row above a spreadsheet's header): the rule
// (shared/csv namesCandidates, skippedRowsNote) and the reader's side of it (electron/csv/header-finder.ts).
import { describe, expect, it } from 'vitest'
import { detectDelimiter } from '../../../electron/csv/delimiter'
import { HeaderFinder } from '../../../electron/csv/header-finder'
import { HEADER_SEARCH_ROWS, MAPPING_SAMPLE_ROWS, namesCandidates, skippedRowsNote, type FoundHeader } from '../../../shared/csv'

const LINKEDIN_NOTES = [
  ['Notes:'],
  [
    'When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261'
  ]
]
const LINKEDIN_HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']

/** Feeds rows (null: a blank row, which the reader never passes on) to a finder; returns what it found and the data rows. */
function find(rows: (string[] | null)[], explicit = {}) {
  const found: { headers: string[]; found: FoundHeader }[] = []
  const finder = new HeaderFinder(
    (cells) => namesCandidates(cells, explicit),
    (headers, f) => found.push({ headers, found: f })
  )
  const data: number[] = []
  rows.forEach((cells, i) => {
    if (cells === null) return
    if (finder.settled) data.push(i + 1)
    else for (const r of finder.push(i + 1, cells) ?? []) data.push(r.row)
  })
  for (const r of finder.end()) data.push(r.row)
  expect(found.length).toBeLessThanOrEqual(1)
  return { ...found[0], data, headerRow: finder.headerRow }
}

const people = (n: number) => Array.from({ length: n }, (_, i) => [`Person ${i}`, `p${i}@example.com`])

describe('which row is the header', () => {
  it('a row names the candidates when a column gives names, by its header or the mapping given', () => {
    expect(namesCandidates(LINKEDIN_HEADER)).toBe(true)
    expect(namesCandidates(['Vorname', 'Nachname', 'E-Mail'])).toBe(true)
    expect(namesCandidates(['Notes:'])).toBe(false)
    expect(namesCandidates(LINKEDIN_NOTES[1])).toBe(false)
    expect(namesCandidates(['Email', 'Phone'])).toBe(false)
    expect(namesCandidates(['Kandidat', 'Mail'], { Kandidat: 'fullName' })).toBe(true)
  })

  it("LinkedIn's notes: the header is row 4, rows 1–3 skipped and said so", () => {
    const result = find([...LINKEDIN_NOTES, null, LINKEDIN_HEADER, ['Ann', 'Lee', '', '', '', '', '01 Jan 2024']])
    expect(result.headers).toEqual(LINKEDIN_HEADER)
    expect(result.found).toEqual({ row: 4, preamble: LINKEDIN_NOTES, sample: [['Ann', 'Lee', '', '', '', '', '01 Jan 2024']] })
    expect(result.data).toEqual([5])
    expect(skippedRowsNote(result.found, result.headers)).toBe("Rows 1–3 above the header were skipped (LinkedIn's notes).")
  })

  it('a title row above a spreadsheet header: skipped, and the note quotes its start', () => {
    const result = find([['Candidates for the ICU post, March 2024 – do not forward outside the team'], ['Full Name', 'Email'], ...people(2)])
    expect(result.found.row).toBe(2)
    expect(skippedRowsNote(result.found, result.headers)).toBe(
      'Row 1 above the header was skipped (they begin "Candidates for the ICU post, March 2024 – do not forward out…").'
    )
  })

  it('a header on the first row stays the header, whatever the rows below hold; nothing is said', () => {
    const result = find([['Full Name', 'Email'], ['First Name', 'Last Name'], ...people(3)])
    expect(result.found).toMatchObject({ row: 1, preamble: [] })
    expect(result.data).toEqual([2, 3, 4, 5])
    expect(skippedRowsNote(result.found, result.headers)).toBeNull()
  })

  it(`no row within the first ${HEADER_SEARCH_ROWS} names the candidates: the first non-blank row is the header (and the mapping says why it cannot be)`, () => {
    const rows = [null, ['Email', 'Phone'], ...Array.from({ length: 30 }, (_, i) => [`p${i}@example.com`, '0'])]
    const result = find(rows)
    expect(result.found).toMatchObject({ row: 2, preamble: [] })
    expect(result.data).toEqual(Array.from({ length: 30 }, (_, i) => i + 3))
  })

  it(`a header below row ${HEADER_SEARCH_ROWS} is not looked for`, () => {
    const notes = Array.from({ length: HEADER_SEARCH_ROWS }, (_, i) => [`note ${i + 1}`])
    const result = find([...notes, ['Full Name', 'Email'], ...people(1)])
    expect(result.found).toMatchObject({ row: 1, preamble: [] })
    expect(result.headers).toEqual(['note 1'])
  })

  it(`the mapping sees the first ${MAPPING_SAMPLE_ROWS} data rows, then rows flow on in order`, () => {
    const result = find([['Full Name', 'Email'], ...people(MAPPING_SAMPLE_ROWS + 5)])
    expect(result.found.sample).toHaveLength(MAPPING_SAMPLE_ROWS)
    expect(result.data).toEqual(Array.from({ length: MAPPING_SAMPLE_ROWS + 5 }, (_, i) => i + 2))
  })

  it('a file of notes alone, or of nothing: the first row is the header; no row, no header', () => {
    expect(find([['Notes:']])).toMatchObject({ headers: ['Notes:'], data: [], headerRow: 1 })
    expect(find([null, null])).toEqual({ data: [], headerRow: null })
  })
})

describe('the delimiter below notes', () => {
  it("LinkedIn's one-cell notes do not make it a one-column file", () => {
    const text = `Notes:\n"${LINKEDIN_NOTES[1][0]}"\n\n${LINKEDIN_HEADER.join(',')}\nAnn,Lee,https://www.linkedin.com/in/ann,,"Acme, Inc.",Nurse,01 Jan 2024\n`
    expect(detectDelimiter(text, true)).toEqual({ delimiter: ',', label: 'comma' })
  })
})
