// Finds the header row among a file's first non-blank rows and holds back the first data rows until the mapping has
// seen them (the rule is in shared/csv/header-row.ts). Fed one non-blank row at a time by the reader; once the header
// is known and its sample taken, it steps aside (`settled`) and the reader passes rows on itself, so a big import pays
// nothing per row for it.
import { HEADER_SEARCH_ROWS, MAPPING_SAMPLE_ROWS, type FoundHeader } from '../../shared/csv'

interface Row {
  row: number
  cells: string[]
}

export class HeaderFinder {
  /** Non-blank rows read while the header is not known yet. */
  private pending: Row[] = []
  private header: Row | null = null
  private preamble: Row[] = []
  /** Data rows read below the header before the mapping is settled. */
  private sample: Row[] = []
  settled = false

  constructor(
    private readonly isHeader: (cells: string[]) => boolean,
    private readonly onHeader: (headers: string[], found: FoundHeader) => void
  ) {}

  get headerRow(): number | null {
    return this.header?.row ?? null
  }

  /** A non-blank row, while not settled. Returns the rows that are data, in order, once it settles (else null). */
  push(row: number, cells: string[]): Row[] | null {
    if (this.header !== null) this.sample.push({ row, cells })
    else if (this.isHeader(cells)) {
      this.header = { row, cells }
      this.preamble = this.pending
      this.pending = []
    } else {
      this.pending.push({ row, cells })
      if (row >= HEADER_SEARCH_ROWS) this.firstRowIsHeader()
    }
    return this.header !== null && this.sample.length >= MAPPING_SAMPLE_ROWS ? this.settle() : null
  }

  /** The end of the file: settles with what was read. */
  end(): Row[] {
    if (this.settled) return []
    if (this.header === null) {
      if (this.pending.length === 0) return [] // nothing but blank rows: no header
      this.firstRowIsHeader()
    }
    return this.settle()
  }

  /** No row within the search names the candidates: the first non-blank one is the header, as it always was. */
  private firstRowIsHeader(): void {
    const [first, ...rest] = this.pending
    this.header = first
    this.sample = rest
    this.pending = []
  }

  private settle(): Row[] {
    const header = this.header as Row
    this.settled = true
    const sample = this.sample
    this.onHeader(header.cells, { row: header.row, preamble: this.preamble.map((r) => r.cells), sample: sample.map((r) => r.cells) })
    this.sample = []
    this.preamble = []
    return sample
  }
}
