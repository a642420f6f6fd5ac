// One worksheet's rows as text cells, streamed: its XML is inflated and scanned (sheet-scan.ts) a piece at a time, so
// memory holds the workbook's text table and the rows in hand, never the sheet.
import { AppError, validationError } from '../../../shared/errors'
import type { DataRow } from '../reader'
import { styleFormats } from './exceljs-parts'
import { SheetScanner } from './sheet-scan'
import { readSharedStrings } from './shared-strings'
import { MAX_SHARED_STRINGS_BYTES, tooMuchText, type Workbook, type WorkbookSheet } from './workbook'
import { damaged, partBytes, smallPartText } from './zip'

/**
 * A sheet whose XML inflates to more than this is refused: streamed, it would not exhaust memory, but it is far
 * beyond Excel's own 1,048,576 rows of a list of people (about 600 MB), so it is a broken or hostile file.
 */
const MAX_SHEET_BYTES = 2 * 1024 * 1024 * 1024

function sheetTooBig(sheet: WorkbookSheet): Error {
  return validationError(
    'file',
    `Sheet "${sheet.name}" is too big to import: its cells inflate to more than ${MAX_SHEET_BYTES / 1024 / 1024 / 1024} GB, far beyond Excel's 1,048,576 rows. Nothing was imported. Check that this is the right file; a very large list can be saved as "CSV UTF-8" and imported in parts.`
  )
}

/** `progress.done`: the share of the sheet's XML read so far (0…1). */
export async function* sheetCells(book: Workbook, sheet: WorkbookSheet, progress: { done: number }): AsyncGenerator<DataRow> {
  try {
    const format = await styleFormats(book.styles ? await smallPartText(book.file, book.styles) : null)
    const sharedStrings = book.sharedStrings ? await readSharedStrings(partBytes(book.file, book.sharedStrings, MAX_SHARED_STRINGS_BYTES, tooMuchText)) : []
    const scanner = new SheetScanner({ sharedStrings, date1904: book.date1904, format })
    const total = Math.max(1, sheet.part.size)
    let read = 0
    for await (const piece of partBytes(book.file, sheet.part, MAX_SHEET_BYTES, () => sheetTooBig(sheet))) {
      read += piece.length
      progress.done = Math.min(1, read / total)
      yield* scanner.push(piece)
    }
    yield* scanner.push(null)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw damaged(`sheet "${sheet.name}" cannot be read: ${(error as Error).message}`)
  }
}
