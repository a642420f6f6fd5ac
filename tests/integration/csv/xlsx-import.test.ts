// Importing an Excel workbook (.xlsx): the same people as from the equivalent CSV, cells as the sheet shows them,
// a sheet chosen by name, all or nothing across the apply's slices, undo. Workbooks are real files: the committed
// tests/fixtures/xlsx/excel-export.xlsx (parts laid out as Excel writes them) and ones exceljs writes here.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOutcome } from '../../../shared/csv'
import { readCsvSync } from '../../../electron/csv/reader'
import { openSource } from '../../../electron/csv/source'
import { workbook } from '../../helpers/xlsx'
import { csvCore, FIXTURES, jobFields, separateCore } from './helpers'

const EXCEL_EXPORT = join(FIXTURES, '../xlsx/excel-export.xlsx')

/** A CSV fixture's header and rows, as our CSV reader reads them. */
async function csvRows(name: string): Promise<string[][]> {
  const source = await openSource(join(FIXTURES, name))
  const rows: string[][] = []
  readCsvSync(
    source.file,
    { encoding: source.encoding.encoding, bomBytes: source.encoding.bomBytes, delimiter: source.format.delimiter },
    { onHeader: (headers) => rows.push(headers), onRows: (batch) => rows.push(...batch.map((r) => r.cells)) }
  )
  return rows
}

/** What an import reports and stores, without what differs between two files of the same people (name, format). */
async function importResult(file: string) {
  const core = separateCore()
  try {
    const job = core.jobs.create({ title: 'ICU Nurse' }).id
    const preview = await core.csv.preview(file, { jobId: job })
    const applied = (await core.csv.apply(file, { jobId: job, skipInvalid: true })) as ImportOutcome
    return {
      counts: preview.counts,
      errors: preview.errors,
      warnings: preview.warnings,
      mapping: preview.mapping,
      status: applied.status,
      stored: jobFields(core, job)
    }
  } finally {
    await core.close()
  }
}

describe('an .xlsx imports the same fields as the equivalent CSV', () => {
  it('the TrackerRMS export saved by Excel as a workbook: the same people stored, the same rows refused for the same reasons', async () => {
    const fromCsv = await importResult(join(FIXTURES, 'trackerrms-export-semicolon-1252.csv'))
    const fromXlsx = await importResult(EXCEL_EXPORT)
    expect(fromXlsx).toEqual(fromCsv)
    expect(fromXlsx.stored.map((c) => [c.fullName, c.phone, c.currentCompany])).toEqual([
      ['Siobhán O’Connor', '+353 87 123 4567', 'Cork University Hospital'],
      ['José Núñez', '+34 91 123 45 67', 'Hospital Carlos Haya'],
      ['Renée Lefèvre', null, 'CHU Besançon']
    ])
    expect(fromXlsx.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Resource ID'],
      [5, 'E-mail'],
      [6, 'Forename / Surname'],
      [6, 'LinkedIn Profile']
    ])
  })

  it.each(['excel-windows-1252.csv', 'european-semicolon.csv', 'mixed-line-endings.csv'])('%s written to a workbook by exceljs', async (name) => {
    const rows = await csvRows(name)
    const t = csvCore()
    const xlsx = t.file(name.replace('.csv', '.xlsx'), await workbook((book) => book.addWorksheet('Sheet1').addRows(rows)))
    expect(await importResult(xlsx)).toEqual(await importResult(join(FIXTURES, name)))
  })
})

describe('cells as the sheet shows them', () => {
  it('numbers keep every digit, dates show as formatted, formulas give their results, links their text', async () => {
    const t = csvCore()
    const job = t.job()
    const result = await t.core.csv.apply(EXCEL_EXPORT, { jobId: job, sheet: 'Phones & dates' })
    expect(result).toMatchObject({ status: 'applied', counts: { rows: 4, new: 4, blank: 1 } })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.phone, c.linkedinUrl, c.currentCompany, c.notes, c.summary])).toEqual([
      // a phone typed as a number (12 digits, General format); a link showing its address; a formula's cached text
      ['Ann Lee', '447700900123', 'https://www.linkedin.com/in/ann-lee', "St Mary's", '17/05/1990', 'ICU & theatres'],
      // the text without its phonetic guide; "00000000000" shows the leading zero; Excel's default date: ISO
      ['山田太郎', '07700900123', null, null, '2026-12-08', null],
      // a link showing a name (to a LinkedIn profile) gives the name; 13 digits, no exponent; a date and time
      ['Taro Yamada', '4407700900123', null, null, '8 Dec 2026 2:30 PM', 'TRUE'],
      // an error value (#N/A) is empty; a line break Excel escaped (_x000D_) is a line break
      ['Bo Chen', null, null, null, 'Line one\r\nLine two', null]
    ])
  })

  it('as exceljs writes them: numbers, dates, rich text, hyperlinks, formulas, and empty cells keeping their columns', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file(
      'people.xlsx',
      await workbook((book) => {
        const sheet = book.addWorksheet('People')
        sheet.addRow(['Full Name', 'Email', 'Phone', 'LinkedIn URL', 'Current Company', 'Notes', 'Skills'])
        sheet.addRow([
          { richText: [{ text: 'Ann ', font: { bold: true } }, { text: 'Lee' }] },
          'ann@example.com',
          447700900123,
          { text: 'https://www.linkedin.com/in/ann-lee', hyperlink: 'https://www.linkedin.com/in/ann-lee' },
          { formula: 'UPPER("st mary")', result: 'ST MARY' },
          new Date(Date.UTC(1990, 4, 17)),
          null
        ])
        sheet.addRow([{ text: 'Bob Stone', hyperlink: 'https://www.linkedin.com/in/bob-stone' }, null, 7700900123, null, null, 1234.5, 'IV therapy'])
        sheet.getCell('C3').numFmt = '0#### ######'
        sheet.getCell('F3').numFmt = '#,##0.00'
      })
    )
    await t.core.csv.apply(file, { jobId: job })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.email, c.phone, c.linkedinUrl, c.currentCompany, c.notes, c.skills])).toEqual([
      ['Ann Lee', 'ann@example.com', '447700900123', 'https://www.linkedin.com/in/ann-lee', 'ST MARY', '1990-05-17', null],
      ['Bob Stone', null, '07700 900123', null, null, '1,234.50', 'IV therapy']
    ])
  })
  it('dates of a workbook in the 1904 date system (old Mac Excel) are the same days', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file(
      'mac.xlsx',
      await workbook((book) => {
        book.properties.date1904 = true
        const sheet = book.addWorksheet('People')
        sheet.addRow(['Full Name', 'Notes'])
        sheet.addRow(['Ann Lee', new Date(Date.UTC(1990, 4, 17))])
        sheet.getCell('B2').numFmt = 'd mmmm yyyy'
      })
    )
    await t.core.csv.apply(file, { jobId: job })
    expect(jobFields(t.core, job).map((c) => c.notes)).toEqual(['17 May 1990'])
  })
})

describe('a workbook with several sheets', () => {
  it('inspect names the sheets and reads the first visible one; another is chosen by name', async () => {
    const t = csvCore()
    const job = t.job()
    const first = await t.core.csv.inspect(EXCEL_EXPORT)
    expect(first.format).toMatchObject({
      encodingLabel: 'Excel workbook (.xlsx)',
      workbook: { sheet: 'Export', sheets: ['Lists', 'Export', 'Phones & dates'] }
    })
    expect(first.headers[0]).toBe('Resource ID')
    expect(first.sampleRows).toHaveLength(5)
    const other = await t.core.csv.inspect(EXCEL_EXPORT, { sheet: 'Phones & dates' })
    expect(other).toMatchObject({
      headers: ['Full Name', 'Email', 'Phone', 'LinkedIn URL', 'Current Company', 'Notes', 'Summary'],
      format: { workbook: { sheet: 'Phones & dates' } }
    })
    // the name as typed, ignoring case
    const preview = await t.core.csv.preview(EXCEL_EXPORT, { jobId: job, sheet: 'phones & DATES' })
    expect(preview).toMatchObject({ counts: { rows: 4 }, format: { workbook: { sheet: 'Phones & dates' } } })
  })

  it('a sheet it does not have is refused with the sheets it has; a sheet for a CSV file is refused', async () => {
    const t = csvCore()
    const job = t.job()
    const before = t.dump()
    await expect(t.core.csv.apply(EXCEL_EXPORT, { jobId: job, sheet: 'Candidates' })).rejects.toThrow(
      'There is no sheet "Candidates" in excel-export.xlsx. Its sheets: "Lists", "Export", "Phones & dates".'
    )
    await expect(t.core.csv.apply(join(FIXTURES, 'excel-windows-1252.csv'), { jobId: job, sheet: 'Export' })).rejects.toThrow(
      'excel-windows-1252.csv is a CSV file, not an Excel workbook: it has no sheets to choose from.'
    )
    expect(t.dump()).toEqual(before)
  })

  it('an empty sheet is refused as an empty file would be, naming the sheet', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('two.xlsx', await workbook((book) => (book.addWorksheet('Notes'), book.addWorksheet('People').addRow(['Full Name']))))
    await expect(t.core.csv.preview(file, { jobId: job })).rejects.toThrow(
      'Sheet "Notes" is empty: it has no header row and no candidates (or choose another sheet).'
    )
    await expect(t.core.csv.preview(file, { jobId: job, sheet: 'People' })).rejects.toThrow('Sheet "People" has a header row but no candidates below it.')
    // the wizard's first look names the problem and the sheets, so that another can be chosen
    expect(await t.core.csv.inspect(file)).toMatchObject({
      headers: [],
      problems: ['Sheet "Notes" is empty: it has no header row and no candidates. Choose another sheet.'],
      format: { workbook: { sheet: 'Notes', sheets: ['Notes', 'People'] } }
    })
  })
})

describe('all or nothing, and undo, as for CSV', () => {
  /** 3,000 people, and with `bad` an invalid email on row 2,900 (in the apply's last slices). */
  const people = (bad: boolean) =>
    workbook((book) => {
      const sheet = book.addWorksheet('People')
      sheet.addRow(['Full Name', 'Email', 'Phone'])
      for (let i = 1; i <= 3000; i++) sheet.addRow([`Zoë Nowak-${i}`, i === 2899 && bad ? 'zoe@' : `zoe.${i}@example.com`, 7_700_900_000 + i])
    })

  it('an invalid row refuses the workbook after slices were written: all taken back; then undo takes back an import', async () => {
    const t = csvCore({ slices: true })
    const job = t.job()
    const before = t.dump()
    const file = t.file('people.xlsx', await people(true))
    const rejected = (await t.core.csv.apply(file, { jobId: job })) as ImportOutcome
    expect(rejected).toMatchObject({ status: 'rejected', counts: { rows: 3000, invalid: 1 }, errors: [{ row: 2900, column: 'Email' }] })
    expect(t.dump()).toEqual(before)

    const applied = await t.core.csv.apply(t.file('good.xlsx', await people(false)), { jobId: job })
    expect(applied).toMatchObject({ status: 'applied', counts: { rows: 3000, new: 3000 } })
    const stored = jobFields(t.core, job)
    expect(stored).toHaveLength(3000)
    expect(stored[2999]).toMatchObject({ fullName: 'Zoë Nowak-3000', email: 'zoe.3000@example.com', phone: '7700903000' })
    expect(await t.core.csv.undoLast()).toMatchObject({ candidatesRemoved: 3000, import: { fileName: 'good.xlsx', state: 'undone' } })
    const { csv_imports: _history, ...after } = t.dump()
    const { csv_imports: _none, ...empty } = before
    expect(after).toEqual(empty)
  })
})
