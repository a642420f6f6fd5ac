// Reads a CSV file with papaparse's parser: header first, then data rows in batches, each with its row number as a
// spreadsheet counts it (a quoted cell with line breaks stays one row; blank rows count but are skipped). The header
// is the first non-blank row, or a row below notes like LinkedIn's (header-finder.ts); it is announced once the first
// data rows are read too, so that the mapping can look at them. Memory stays flat: one chunk of the file is held at a
// time, plus the unfinished row at its end (and, until the header is announced, a few rows). Quote errors reject the
// whole file, because after a broken quote the following lines cannot be told apart from the cell.
//
// Two drivers over the same RecordReader: `readCsv` awaits each read (dry runs and the wizard's sample keep the
// event loop free), `SyncCsvReader` reads synchronously, step by step, so that an apply can read, check and write
// the file inside synchronous transactions (its slices) without ever holding one open across an await.
import { closeSync, openSync, readSync } from 'node:fs'
import { open } from 'node:fs/promises'
import Papa from 'papaparse'
import { badBytesIn, badBytesMessage } from '../../shared/csv/bad-bytes'
import { validationError } from '../../shared/errors'
import type { FoundHeader } from '../../shared/csv'
import type { Encoding } from './encoding'
import { HeaderFinder } from './header-finder'
import { TextChunks } from './text-chunks'

export interface DataRow {
  row: number
  cells: string[]
}

export interface ReadHandlers {
  /** The header row, with the rows skipped above it and the first data rows (`found`). May throw to refuse the file. */
  /** `found`: where a CSV file's header was found (below a preamble, say); absent for a workbook's sheet. */
  onHeader(headers: string[], row: number, found?: FoundHeader): void
  /** Whether a non-blank row can be the header (shared/csv namesCandidates); without it, the first non-blank row is. */
  isHeader?(cells: string[]): boolean
  /** A batch of non-blank data rows (synchronous: a chunk's rows are handled before the next chunk is read). */
  onRows(rows: DataRow[]): void
  onProgress?(progress: { bytesRead: number; rowsDone: number }): void
}

export interface ReadOptions {
  encoding: Encoding
  bomBytes: number
  delimiter: string
  /** Stop after this many data rows (the wizard's sample). */
  maxRows?: number
  /** UTF-8 with invalid sequences: keep the bad bytes for the rows' checks (a bad byte in the header refuses the file). */
  keepBadBytes?: boolean
}

export interface ReadSummary {
  headerRow: number | null
  dataRows: number
  blankRows: number
}

/** A cell that runs on longer than this is almost always a quote that is never closed. */
const MAX_PENDING_CHARS = 4_000_000
// 48 KB a read. V8 puts a string of more than 64K UTF-16 units in its large-object space, which costs a memory
// mapping per string: decoding a 50 MB file with accents in 128 KB reads took 500 ms, in 64 KB reads 45 ms. 48 KB
// leaves room for the unfinished row carried into the next read.
const CHUNK_BYTES = 48 * 1024

const isBlank = (cells: string[]) => cells.every((cell) => cell === '' || cell.trim() === '')

interface ParseResults {
  data: string[][]
  errors: { row?: number; code: string }[]
  meta: { cursor: number }
}

/** Text in, rows out. The text of one read may end inside a row; that part is parsed again with the next text. */
class RecordReader {
  private readonly parser: Papa.Parser
  private partial = ''
  private consumed = 0
  private records = 0
  private readonly header: HeaderFinder
  readonly summary: ReadSummary = { headerRow: null, dataRows: 0, blankRows: 0 }

  constructor(
    private readonly options: ReadOptions,
    private readonly handlers: ReadHandlers
  ) {
    this.parser = new Papa.Parser({ delimiter: options.delimiter, newline: '\n', quoteChar: '"' })
    this.header = new HeaderFinder(
      (cells) => handlers.isHeader?.(cells) ?? true,
      (headers, found) => {
        this.summary.headerRow = found.row
        if (options.keepBadBytes) refuseBadHeader(headers, found.row)
        handlers.onHeader(headers, found.row, found)
      }
    )
  }

  /** Adds a data row to the batch; true when no more rows are wanted. */
  private add(batch: DataRow[], row: DataRow): boolean {
    batch.push(row)
    this.summary.dataRows++
    return this.options.maxRows !== undefined && this.summary.dataRows >= this.options.maxRows
  }

  /** Adds the data rows the header finder held back; true when no more rows are wanted. */
  private addHeld(batch: DataRow[], rows: DataRow[]): boolean {
    for (let i = 0; i < rows.length; i++) if (this.add(batch, rows[i])) return true
    return false
  }

  /** Parses the next text (`last`: the end of the file). False when no more rows are wanted. */
  push(text: string, last: boolean, bytesRead: number): boolean {
    const input = this.partial === '' ? text : this.partial + text
    const results = this.parser.parse(input, this.consumed, !last) as ParseResults
    if (!last) {
      this.partial = input.substring(results.meta.cursor - this.consumed)
      this.consumed = results.meta.cursor
    }
    const firstRow = this.records + 1
    for (const error of results.errors) {
      if (error.row === undefined || error.row >= results.data.length) continue // the unfinished last row: seen again later
      throw quoteError(firstRow + error.row, error.code)
    }
    const { summary, header } = this
    const batch: DataRow[] = []
    let full = false
    for (const cells of results.data) {
      const row = ++this.records
      if (isBlank(cells)) {
        summary.blankRows++
        continue
      }
      if (header.settled) full = this.add(batch, { row, cells })
      else {
        const held = header.push(row, cells)
        if (held) full = this.addHeld(batch, held)
      }
      if (full) break
    }
    if (last && !full) full = this.addHeld(batch, header.end())
    if (batch.length) this.handlers.onRows(batch)
    this.handlers.onProgress?.({ bytesRead, rowsDone: summary.dataRows })
    if (full) return false
    if (this.partial.length > MAX_PENDING_CHARS)
      throw validationError(
        'file',
        `Row ${this.records + 1}: a cell runs on for more than ${MAX_PENDING_CHARS.toLocaleString('en')} characters. This is usually a quote (") that is never closed; nothing was imported.`
      )
    return true
  }
}

const unreadable = (error: unknown) => validationError('file', `The file cannot be read: ${(error as Error).message}`)

export async function readCsv(file: string, options: ReadOptions, handlers: ReadHandlers): Promise<ReadSummary> {
  const handle = await open(file, 'r').catch((error) => Promise.reject(unreadable(error)))
  try {
    const text = new TextChunks(options.encoding, options.delimiter, options.bomBytes, options.keepBadBytes)
    const records = new RecordReader(options, handlers)
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    for (let position = options.bomBytes; ;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position).catch((error) => Promise.reject(unreadable(error)))
      position += bytesRead
      const last = bytesRead === 0
      if (!records.push(text.next(last ? null : buffer.subarray(0, bytesRead)), last, text.bytes) || last) return records.summary
    }
  } finally {
    await handle.close()
  }
}

/** Reads a file synchronously, one read (48 KB) a step: an apply reads a slice's worth inside each of its transactions. */
export class SyncCsvReader {
  private readonly fd: number
  private readonly text: TextChunks
  private readonly records: RecordReader
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  private position: number

  constructor(file: string, options: ReadOptions, handlers: ReadHandlers) {
    try {
      this.fd = openSync(file, 'r')
    } catch (error) {
      throw unreadable(error)
    }
    this.position = options.bomBytes
    this.text = new TextChunks(options.encoding, options.delimiter, options.bomBytes, options.keepBadBytes)
    this.records = new RecordReader(options, handlers)
  }

  get summary(): ReadSummary {
    return this.records.summary
  }

  /** Reads and handles the next part of the file; false at its end (or when no more rows are wanted). */
  step(): boolean {
    let bytesRead: number
    try {
      bytesRead = readSync(this.fd, this.buffer, 0, CHUNK_BYTES, this.position)
    } catch (error) {
      throw unreadable(error)
    }
    this.position += bytesRead
    const last = bytesRead === 0
    return this.records.push(this.text.next(last ? null : this.buffer.subarray(0, bytesRead)), last, this.text.bytes) && !last
  }

  close(): void {
    closeSync(this.fd)
  }
}

export function readCsvSync(file: string, options: ReadOptions, handlers: ReadHandlers): ReadSummary {
  const reader = new SyncCsvReader(file, options, handlers)
  try {
    while (reader.step());
    return reader.summary
  } finally {
    reader.close()
  }
}

/** Headers name the columns every message refers to: one with bad bytes is fixed in the file, not skipped. */
function refuseBadHeader(headers: string[], row: number): void {
  const column = headers.findIndex((h) => badBytesIn(h) !== null)
  if (column === -1) return
  const bad = headers[column]
  throw validationError('file', `Row ${row} (the header), column ${column + 1}: ${badBytesMessage(bad, badBytesIn(bad) as string)} Nothing was imported.`)
}

function quoteError(row: number, code: string) {
  if (code === 'MissingQuotes')
    return validationError(
      'file',
      `Row ${row}: a quoted cell is never closed, so the rest of the file would be read as one cell. Add the missing quote (") and import again; nothing was imported.`
    )
  return validationError(
    'file',
    `Row ${row}: a quoted cell has text after its closing quote. Inside a quoted cell, write a quote as two quotes (""); nothing was imported.`
  )
}
