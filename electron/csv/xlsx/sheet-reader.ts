// An .xlsx sheet as the import's rows: the same header, data rows and summary the CSV reader gives (reader.ts), so
// the pass (pass.ts) and everything after it cannot tell a workbook from a CSV file. Row numbers are the sheet's
// own; rows the sheet skips, and rows of empty cells, count as blank. Cells right of the header's last named
// column are left out: in a spreadsheet those are columns nobody named (a CSV file's extra cells, by contrast,
// usually mean a missing quote, and make the row invalid).
//
// Two drivers, as for CSV. `readXlsx` (dry runs, the wizard's sample) simply awaits rows. An apply writes in
// synchronous slices (db/write-slices.ts) and must never await inside one, but the sheet can only be read
// asynchronously (inflating and parsing are streams). So `SlicedXlsxReader` reads AHEAD, between slices: its
// prepare() — which write-slices awaits before each slice, outside any transaction, during the pause — reads rows
// into a bounded buffer; step(), inside the slice, hands the buffered rows to the pass, and when the buffer runs dry
// before the slice's time is up answers 'wait', which ends the slice (committed) until the next prepare() has read
// more. The buffer starts at 1,000 rows and doubles each time a slice ran dry, up to 8,000 rows (a few MB: about a
// slice's worth), so slices stay about as full as a CSV apply's while memory stays bounded.
import type { DataRow, ReadHandlers, ReadSummary } from '../reader'
import { sheetCells } from './sheet-cells'
import type { Workbook, WorkbookSheet } from './workbook'

const BATCH_ROWS = 500
const FIRST_READ_AHEAD = 1_000
const MAX_READ_AHEAD = 8_000

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '')

/** Sorts rows into header, data and blank, and hands them on (as reader.ts's RecordReader does for CSV). */
class SheetRows {
  readonly summary: ReadSummary = { headerRow: null, dataRows: 0, blankRows: 0 }
  private width = 0
  private lastRow = 0

  constructor(
    private readonly handlers: ReadHandlers,
    private readonly maxRows: number | undefined
  ) {}

  /** False when no more rows are wanted. */
  push(rows: DataRow[], done: number, bytes: number): boolean {
    const { summary } = this
    const batch: DataRow[] = []
    let full = false
    for (const { row, cells } of rows) {
      summary.blankRows += row - this.lastRow - 1
      this.lastRow = row
      if (isBlank(cells)) summary.blankRows++
      else if (summary.headerRow === null) {
        summary.headerRow = row
        this.width = cells.length
        this.handlers.onHeader(cells, row)
      } else {
        if (cells.length > this.width) cells.length = this.width
        batch.push({ row, cells })
        if (++summary.dataRows === this.maxRows) {
          full = true
          break
        }
      }
    }
    if (batch.length) this.handlers.onRows(batch)
    this.handlers.onProgress?.({ bytesRead: Math.round(done * bytes), rowsDone: summary.dataRows })
    return !full
  }
}

export async function readXlsx(book: Workbook, sheet: WorkbookSheet, handlers: ReadHandlers, maxRows?: number): Promise<ReadSummary> {
  const progress = { done: 0 }
  const rows = new SheetRows(handlers, maxRows)
  let batch: DataRow[] = []
  for await (const row of sheetCells(book, sheet, progress)) {
    batch.push(row)
    if (batch.length < BATCH_ROWS) continue
    if (!rows.push(batch, progress.done, book.bytes)) return rows.summary
    batch = []
  }
  rows.push(batch, 1, book.bytes)
  return rows.summary
}

export class SlicedXlsxReader {
  private readonly progress = { done: 0 }
  private readonly source: AsyncGenerator<DataRow>
  private readonly rows: SheetRows
  private buffer: DataRow[] = []
  private at = 0
  private ended = false
  private readAhead = FIRST_READ_AHEAD

  constructor(
    private readonly book: Workbook,
    sheet: WorkbookSheet,
    handlers: ReadHandlers
  ) {
    this.source = sheetCells(book, sheet, this.progress)
    this.rows = new SheetRows(handlers, undefined)
  }

  get summary(): ReadSummary {
    return this.rows.summary
  }

  /** Outside any transaction: reads rows ahead until the buffer holds `readAhead` of them, or the sheet ends. */
  async prepare(): Promise<void> {
    if (this.at > 0) {
      this.buffer = this.buffer.slice(this.at)
      this.at = 0
    }
    while (!this.ended && this.buffer.length < this.readAhead) {
      const next = await this.source.next()
      if (next.done) this.ended = true
      else this.buffer.push(next.value)
    }
  }

  /** Inside a slice: hands on the next buffered rows; 'wait' when the buffer is empty but the sheet is not. */
  step(): boolean | 'wait' {
    if (this.at === this.buffer.length) {
      if (!this.ended) {
        this.readAhead = Math.min(this.readAhead * 2, MAX_READ_AHEAD)
        return 'wait'
      }
      this.rows.push([], 1, this.book.bytes)
      return false
    }
    const end = Math.min(this.at + BATCH_ROWS, this.buffer.length)
    const batch = this.buffer.slice(this.at, end)
    this.at = end
    this.rows.push(batch, this.ended && end === this.buffer.length ? 1 : this.progress.done, this.book.bytes)
    return true
  }

  /** Stops reading (the sheet's file is closed). */
  close(): void {
    void this.source.return(undefined).catch(() => undefined)
  }
}
