// exceljs (pinned at 4.4.0 in package.json) parses a workbook's small XML parts: relationships, the workbook (sheet
// names and states, the 1904 date system) and styles (each style's number format). We call the per-part methods of
// its streaming WorkbookReader ourselves, on parts read from the zip's directory (zip.ts), instead of its `parse()`
// over the whole zip, because that:
//   - decodes each inflated piece as UTF-8 on its own, so a letter split between two pieces becomes "��" (measured:
//     14 of 20,000 names like "Łukasz Żółć" damaged in a 2 MB sheet);
//   - writes every sheet to a temporary file when the text table comes after the sheets in the zip, as in Excel's
//     own files, and leaves it there when reading stops early (the wizard's sample);
//   - inflates every sheet, not only the one imported.
// We hand it text, which its parser passes through as it is. The sheet itself and its text table are scanned by
// sheet-scan.ts and shared-strings.ts (why: there). These methods are not in exceljs's type declarations, hence the
// interface below; the import tests (tests/integration/csv/xlsx-import.test.ts) break if an update changes them.
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'

export interface Relationship {
  Id: string
  Type: string
  Target: string
}

interface ReaderInternals {
  workbookRels?: Relationship[]
  model?: { sheets?: { name: string; rId: string; state?: string }[] }
  properties?: { model?: { date1904?: boolean } }
  styles: { getStyleModel(id: number): { numFmt?: string } | null }
  _parseRels(entry: Readable): Promise<void>
  _parseWorkbook(entry: Readable): Promise<void>
  _parseStyles(entry: Readable): Promise<void>
}

function newReader(): ReaderInternals {
  // The input is never opened: only the per-part methods are used.
  const options = { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' } as const
  return new ExcelJS.stream.xlsx.WorkbookReader('unused.xlsx', options) as unknown as ReaderInternals
}

export async function parseRelationships(text: string): Promise<Relationship[]> {
  const reader = newReader()
  await reader._parseRels(Readable.from([text]))
  return reader.workbookRels ?? []
}

export async function parseWorkbookPart(text: string): Promise<{ sheets: { name: string; rId: string; hidden: boolean }[]; date1904: boolean }> {
  const reader = newReader()
  await reader._parseWorkbook(Readable.from([text]))
  return {
    sheets: (reader.model?.sheets ?? []).map((s) => ({ name: s.name, rId: s.rId, hidden: s.state === 'hidden' || s.state === 'veryHidden' })),
    date1904: reader.properties?.model?.date1904 === true
  }
}

/** The number format of each style (a cell's s attribute) in the workbook's styles part. */
export async function styleFormats(text: string | null): Promise<(style: number) => string | undefined> {
  if (text === null) return () => undefined
  const reader = newReader()
  await reader._parseStyles(Readable.from([text]))
  return (style) => reader.styles.getStyleModel(style)?.numFmt
}
