// A worksheet's XML to rows of text cells, scanned from its inflated bytes as they arrive. Not through exceljs's
// worksheet reader: it builds a row object, a cell object, a value object and parser events per cell, and on a
// 100,000-row list that garbage took the import to 296 MB peak memory (against 146 MB for the same rows as CSV;
// about 205 MB now) and 1.4 times the CSV import's time (now about the same). A sheet's cells are regular
// (<row r><c r s t><v>, <f>, <is>), so a scan for them makes nothing but the cells' strings. Rows and cells keep their
// places: a row or column the sheet skips is empty.
import type { DataRow } from '../reader'
import { cellText, type CellContext } from './cell-text'
import { findTag, GT, Guides, itemText, NAME_ENDS, prefixOf, SLASH, tagOf, type Tag } from './xml-bytes'
import { decodeXml } from './xml-text'

export interface SheetContext extends CellContext {
  /** The number format of a cell's style (its s attribute), from the workbook's styles. */
  format(style: number): string | undefined
}

interface Tags {
  row: Tag
  c: Tag
  v: Tag
  is: Tag
  t: Tag
  rPh: Tag
}

const LT = 0x3c
const EQUALS = 0x3d
const QUOTE = 0x22
const APOSTROPHE = 0x27

// The byte helpers a cell needs are here, not imported: they run several times per cell, and a call into another
// module costs more than their work where the code runs through tsx (the CLI, the benchmarks: each imported function
// is reached through a getter).

/** The next `byte` in [from, end), or -1: a plain loop, quicker than indexOf over the few bytes inside a cell. */
function nextByte(data: Buffer, byte: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (data[i] === byte) return i
  return -1
}

/** Whether `data` holds `bytes` at `at`. */
function isAt(data: Buffer, at: number, bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (data[at + i] !== bytes[i]) return false
  return true
}

/** Whether an element `tag` opens at `at` (not a longer name that starts the same: "<c" is not "<col"). */
const opensAt = (data: Buffer, at: number, tag: Tag) => isAt(data, at, tag.open) && NAME_ENDS.has(data[at + tag.open.length])

interface Attributes {
  r?: string
  s?: string
  t?: string
}

/** The attributes r, s and t of the element whose attributes run from `from` to `to` (others passed over). */
function attributes(data: Buffer, from: number, to: number): Attributes {
  const found: Attributes = {}
  for (let i = from; i < to;) {
    const equals = nextByte(data, EQUALS, i, to)
    if (equals === -1) break
    let quote = equals + 1
    while (quote < to && data[quote] !== QUOTE && data[quote] !== APOSTROPHE) quote++
    const close = nextByte(data, data[quote], quote + 1, to)
    if (close === -1) break
    let nameEnd = equals
    while (nameEnd > i && data[nameEnd - 1] <= 0x20) nameEnd--
    const name = data[nameEnd - 1]
    const oneLetter = nameEnd - 1 === from || data[nameEnd - 2] <= 0x20
    if (oneLetter && (name === 0x72 || name === 0x73 || name === 0x74))
      found[name === 0x72 ? 'r' : name === 0x73 ? 's' : 't'] = data.toString('latin1', quote + 1, close)
    i = close + 1
  }
  return found
}

/** "AB12" -> 28. */
function columnOf(ref: string): number {
  let column = 0
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code < 65 || code > 90) break
    column = column * 26 + code - 64
  }
  return column
}

export class SheetScanner {
  private tags: Tags | null = null
  private carry: Buffer | null = null
  private lastRow = 0
  private readonly formats = new Map<number, string | undefined>()

  constructor(private readonly context: SheetContext) {}

  /** The rows completed by the next piece of the sheet's XML (null: its end). */
  push(piece: Buffer | null): DataRow[] {
    const data: Buffer = this.carry && piece ? Buffer.concat([this.carry, piece]) : (piece ?? this.carry ?? Buffer.alloc(0))
    if (!this.tags) {
      const prefix = prefixOf(data, 'worksheet')
      if (prefix === null) {
        this.carry = piece ? data : null
        return []
      }
      const tag = (name: string) => tagOf(prefix, name)
      this.tags = { row: tag('row'), c: tag('c'), v: tag('v'), is: tag('is'), t: tag('t'), rPh: tag('rPh') }
    }
    // the rows up to the last complete one now; the rest (a row cut by the end of this piece) with the next piece
    const last = piece ? data.lastIndexOf(this.tags.row.close) : -1
    const complete = !piece ? data.length : last === -1 ? 0 : last + this.tags.row.close.length
    const rows = this.rows(data, complete, this.tags)
    this.carry = piece ? Buffer.from(data.subarray(complete)) : null
    return rows
  }

  private rows(data: Buffer, to: number, tags: Tags): DataRow[] {
    const rows: DataRow[] = []
    const guides = new Guides(data, tags.rPh)
    for (let at = 0; ;) {
      const start = findTag(data, tags.row, at, to)
      if (start === -1) return rows
      const open = data.indexOf(GT, start)
      const row = Number(attributes(data, start + tags.row.open.length, open).r) || this.lastRow + 1
      this.lastRow = row
      if (data[open - 1] === SLASH) {
        rows.push({ row, cells: [] }) // <row/>: a formatted row without cells
        at = open + 1
        continue
      }
      const end = data.indexOf(tags.row.close, open)
      if (end === -1) return rows
      rows.push({ row, cells: this.cells(data, open + 1, end, tags, guides) })
      at = end + tags.row.close.length
    }
  }

  /** The row's cells as text, column A first; trailing empty cells dropped. */
  private cells(data: Buffer, from: number, end: number, tags: Tags, guides: Guides): string[] {
    const cells: string[] = []
    let column = 0
    for (let at = from; ;) {
      let start = nextByte(data, LT, at, end)
      while (start !== -1 && !opensAt(data, start, tags.c)) start = nextByte(data, LT, start + 1, end)
      if (start === -1) return cells
      const open = nextByte(data, GT, start, end)
      if (open === -1) return cells
      const { r, s, t } = attributes(data, start + tags.c.open.length, open)
      column = r ? columnOf(r) : column + 1
      if (data[open - 1] === SLASH) {
        at = open + 1 // <c/>: formatted, empty
        continue
      }
      const { value, next } = this.content(data, open + 1, end, t === 'inlineStr', tags, guides)
      const text = value === '' ? '' : cellText(t, value, s === undefined ? undefined : this.format(Number(s)), this.context)
      if (text !== '') {
        while (cells.length < column - 1) cells.push('')
        cells[column - 1] = text
      }
      at = next
    }
  }

  /** A cell's value from its children (<v>, or an inline <is>; a formula's <f> is passed over), and where it ends. */
  private content(data: Buffer, from: number, end: number, inline: boolean, tags: Tags, guides: Guides): { value: string; next: number } {
    let value = ''
    for (let at = from; ;) {
      const lt = nextByte(data, LT, at, end)
      if (lt === -1) return { value, next: end }
      if (isAt(data, lt, tags.c.close)) return { value, next: lt + tags.c.close.length }
      if (!inline && opensAt(data, lt, tags.v)) {
        const open = nextByte(data, GT, lt, end)
        const close = open === -1 || data[open - 1] === SLASH ? open : nextByte(data, LT, open, end)
        if (close === -1) return { value, next: end }
        if (close > open) value = decodeXml(data.toString('utf8', open + 1, close))
        at = close + 1
      } else if (inline && opensAt(data, lt, tags.is)) {
        const close = data.indexOf(tags.is.close, lt)
        const stop = close === -1 || close > end ? end : close
        value = itemText(data, lt, stop, tags.t, guides, tags.rPh)
        at = stop
      } else at = lt + 1
    }
  }

  private format(style: number): string | undefined {
    if (!this.formats.has(style)) this.formats.set(style, this.context.format(style))
    return this.formats.get(style)
  }
}
