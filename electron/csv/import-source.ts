// What an import reads, told apart by the file's content rather than its name: an Excel workbook (a zip with a
// workbook part: xlsx/workbook.ts), a file in Microsoft's old container (an .xls or a password-protected workbook:
// refused, xlsx/ole.ts), or else a CSV file (source.ts). A workbook is read one sheet at a time: the first visible
// one unless the user names another.
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { DetectedFormat } from '../../shared/csv'
import { validationError } from '../../shared/errors'
import { readHead } from './encoding'
import { openSource, type CsvSource } from './source'
import { OLE_SIGNATURE, refuseCompoundFile } from './xlsx/ole'
import { openWorkbook, type Workbook, type WorkbookSheet } from './xlsx/workbook'

export interface ImportSource extends CsvSource {
  /** Absent (or null) for a CSV file. */
  workbook?: Workbook | null
}

const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')]

export async function openImportSource(file: string): Promise<ImportSource> {
  const info = await stat(file).catch(() => null)
  // a missing file, a folder or a tiny file: openSource says what is wrong with it
  const start = info?.isFile() && info.size >= 8 ? await readHead(file, 8) : null
  if (start?.equals(OLE_SIGNATURE)) return refuseCompoundFile(file)
  if (info && start && ZIP_SIGNATURES.some((signature) => start.subarray(0, 4).equals(signature))) {
    const bytes = info.size
    const workbook = await openWorkbook(file, bytes)
    const label = 'Excel workbook (.xlsx)'
    return {
      file,
      bytes,
      encoding: { encoding: 'utf-8', label, bomBytes: 0 },
      format: {
        encoding: 'utf-8',
        encodingLabel: label,
        encodingConfidence: 100,
        encodingAlternatives: [],
        encodingChosen: false,
        delimiter: ',',
        delimiterLabel: 'none (a workbook)'
      },
      workbook
    }
  }
  return { ...(await openSource(file)), workbook: null }
}

/** The sheet to import: the one named (exactly, else ignoring case), or the first visible one. Null for a CSV file. */
export function chooseSheet(source: ImportSource, name: string | undefined): WorkbookSheet | null {
  const book = source.workbook
  if (!book) {
    if (name !== undefined) throw validationError('sheet', `${basename(source.file)} is a CSV file, not an Excel workbook: it has no sheets to choose from.`)
    return null
  }
  if (name === undefined) return book.sheets.find((s) => !s.hidden) ?? book.sheets[0]
  const found = book.sheets.find((s) => s.name === name) ?? book.sheets.find((s) => s.name.toLowerCase() === name.trim().toLowerCase())
  if (found) return found
  throw validationError('sheet', `There is no sheet "${name}" in ${basename(source.file)}. Its sheets: ${book.sheets.map((s) => `"${s.name}"`).join(', ')}.`)
}

/** The format a report shows: for a workbook, the sheet read and all of its sheets. */
export function formatOf(source: ImportSource, sheet: WorkbookSheet | null): DetectedFormat {
  if (!source.workbook || !sheet) return source.format
  return { ...source.format, workbook: { sheet: sheet.name, sheets: source.workbook.sheets.map((s) => s.name) } }
}
