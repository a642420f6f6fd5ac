// Workbooks that cannot be imported: each is refused as a whole with what it is and what to do, by its content
// whatever its name says, and the database is left exactly as it was.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compoundFile, declareSize, excelParts, zipParts } from '../../helpers/xlsx'
import { csvCore, FIXTURES, refusedWhole } from './helpers'

const EXCEL_EXPORT = readFileSync(join(FIXTURES, '../xlsx/excel-export.xlsx'))
const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>'
const goodParts = () => excelParts(SHEET, ['Full Name', 'Ann Lee'])

/** The workbook with 64 bytes of its first sheet's compressed data overwritten. */
function damagedSheet(): Buffer {
  const copy = Buffer.from(EXCEL_EXPORT)
  const at = copy.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 200
  copy.fill(0xff, at, at + 64)
  return copy
}

async function refused(name: string, bytes: Buffer): Promise<string> {
  const t = csvCore()
  const file = t.file(name, bytes)
  const error = await refusedWhole(t, file)
  await expect(t.core.csv.inspect(file)).rejects.toThrow(error.message)
  return error.message
}

describe('workbooks that cannot be imported at all', () => {
  it.each<[string, string, () => Buffer, RegExp]>([
    [
      'cut short (half a download)',
      'people.xlsx',
      () => EXCEL_EXPORT.subarray(0, 4000),
      /^The workbook is damaged or incomplete \(its zip directory is missing.*Open it in Excel and save it again/
    ],
    [
      'damaged inside a sheet',
      'people.xlsx',
      damagedSheet,
      /^The workbook is damaged or incomplete \(its part xl\/worksheets\/sheet1\.xml (does not inflate|does not match its checksum)/
    ],
    [
      'an old .xls renamed .xlsx',
      'people.xlsx',
      () => compoundFile(['Workbook', '\u0005SummaryInformation']),
      /^This is an old-format Excel workbook \(\.xls, Excel 97–2003\).*Save As › "Excel Workbook \(\.xlsx\)"/
    ],
    [
      'password-protected',
      'people.xlsx',
      () => compoundFile(['EncryptedPackage', '\u0006DataSpaces', 'EncryptionInfo']),
      /^The workbook is password-protected \(encrypted\).*remove the password/
    ],
    [
      'a macro-enabled workbook renamed .xlsx',
      'people.xlsx',
      () => zipParts([...excelParts(SHEET, ['Full Name', 'Ann Lee'], 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'), ['xl/vbaProject.bin', 'VBA']]),
      /^This is a macro-enabled Excel workbook \(\.xlsm\)/
    ],
    [
      'an OpenDocument spreadsheet named .csv',
      'people.csv',
      () =>
        zipParts([
          ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
          ['content.xml', '<office:document-content/>']
        ]),
      /^This is an OpenDocument spreadsheet \(\.ods\)/
    ],
    ['a zip of something else', 'people.xlsx', () => zipParts([['notes.txt', 'hello']]), /^This is a zip archive, not an Excel workbook/],
    [
      'a sheet that inflates to gigabytes',
      'people.xlsx',
      () => declareSize(zipParts(goodParts()), 'xl/worksheets/sheet1.xml', 0xf0000000),
      /^Sheet "People" is too big to import/
    ],
    [
      'a text table too big to hold',
      'people.xlsx',
      () => declareSize(zipParts(goodParts()), 'xl/sharedStrings.xml', 300 * 1024 * 1024),
      /more than 256 MB of text.*"CSV UTF-8"/
    ]
  ])('%s', async (_what, name, bytes, message) => {
    expect(await refused(name, bytes())).toMatch(message)
  })

  it('the same workbook, intact, imports (so the cases above fail for what they say)', async () => {
    const t = csvCore()
    const job = t.job()
    expect(await t.core.csv.apply(t.file('people.xlsx', zipParts(goodParts())), { jobId: job })).toMatchObject({ status: 'applied', counts: { new: 1 } })
  })
})
