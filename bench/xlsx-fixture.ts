// The .xlsx benchmark's input: the CSV benchmark's rows (csv-fixture.ts), written as Excel writes a workbook (text
// cells in the shared text table, deflated), with exceljs's streaming writer so that 100,000 rows are written in
// bounded memory.
import { join } from 'node:path'
import { statSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { CSV_COLUMNS } from '../shared/csv'
import { benchRows } from './csv-fixture'

/** Writes the workbook into `dir` and returns its path and size. */
export async function writeBenchXlsx(rows: number, dir: string): Promise<{ file: string; bytes: number }> {
  const file = join(dir, `candidates-${rows}.xlsx`)
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true })
  const sheet = book.addWorksheet('Candidates')
  sheet.addRow(CSV_COLUMNS.map((c) => c.header)).commit()
  for (const cells of benchRows(rows)) sheet.addRow(cells).commit()
  sheet.commit()
  await book.commit()
  return { file, bytes: statSync(file).size }
}
