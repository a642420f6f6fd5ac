// The downloadable template: the column headers and one example row, generated from the column list so that the
// committed resources/candidates-template.csv cannot drift from the code (a test compares them).
import { CSV_COLUMNS } from './columns'
import { CSV_BOM, csvRecord } from './write'

export function templateCsv(): string {
  return CSV_BOM + csvRecord(CSV_COLUMNS.map((c) => c.header)) + csvRecord(CSV_COLUMNS.map((c) => c.example))
}
