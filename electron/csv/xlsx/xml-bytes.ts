// Finding elements in a workbook part's inflated bytes, without parsing it into objects: the sheet and its text table
// are read this way (sheet-scan.ts, shared-strings.ts), because they are most of a workbook and a general XML parser
// makes several objects per cell (see sheet-scan.ts). Their XML is regular: Excel's schema, one namespace prefix
// throughout ("" or "x:"), attributes in double or single quotes, text with XML character references.
import { decodeXml } from './xml-text'

export const GT = 0x3e
export const SLASH = 0x2f
export const NAME_ENDS = new Set([GT, SLASH, 0x20, 0x09, 0x0a, 0x0d])

/** An element's opening "<name" and closing "</name>", with the part's namespace prefix. */
export interface Tag {
  open: Buffer
  close: Buffer
}

export const tagOf = (prefix: string, name: string): Tag => ({
  open: Buffer.from(`<${prefix}${name}`, 'latin1'),
  close: Buffer.from(`</${prefix}${name}>`, 'latin1')
})

/** The namespace prefix of the part's root element ("" or "x:"), or null if the bytes do not reach it yet. */
export function prefixOf(data: Buffer, root: string): string | null {
  const found = new RegExp(`<(\\w+:)?${root}[\\s>]`).exec(data.toString('latin1', 0, Math.min(data.length, 8192)))
  return found ? (found[1] ?? '') : null
}

/** The first element `tag` that starts in [from, end) (not a longer name that starts the same: "<c" is not "<col"). */
export function findTag(data: Buffer, tag: Tag, from: number, end: number): number {
  for (let at = data.indexOf(tag.open, from); at !== -1 && at < end; at = data.indexOf(tag.open, at + 1))
    if (NAME_ENDS.has(data[at + tag.open.length])) return at
  return -1
}

/** Where the next phonetic guide is, searched once per piece rather than once per text (most parts have none). */
export class Guides {
  private next = -1
  private searchedFrom = Infinity

  constructor(
    private readonly data: Buffer,
    private readonly guide: Tag
  ) {}

  /** The first guide in [from, end), or -1. */
  find(from: number, end: number): number {
    if (from < this.searchedFrom || (this.next !== -1 && this.next < from)) {
      this.next = findTag(this.data, this.guide, from, this.data.length)
      this.searchedFrom = from
    }
    return this.next !== -1 && this.next < end ? this.next : -1
  }
}

/**
 * The text of a string item (a text table's <si>, a cell's inline <is>) between `from` and `end`: its <t> texts
 * joined (formatted runs are one text), phonetic guides (<rPh>, which Japanese input leaves) left out as Excel
 * shows them. Each piece is decoded from its own bytes: a compact string, not a slice of a larger one.
 */
export function itemText(data: Buffer, from: number, end: number, t: Tag, guides: Guides, guide: Tag): string {
  let text = ''
  for (let at = from; ;) {
    const start = findTag(data, t, at, end)
    if (start === -1) break
    const skip = guides.find(at, start)
    if (skip !== -1) {
      const skipEnd = data.indexOf(guide.close, skip)
      at = skipEnd === -1 || skipEnd > end ? end : skipEnd + guide.close.length
      continue
    }
    const open = data.indexOf(GT, start)
    if (data[open - 1] === SLASH) {
      at = open + 1 // <t/>: empty
      continue
    }
    const close = data.indexOf(t.close, open)
    if (close === -1 || close > end) break
    text += data.toString('utf8', open + 1, close)
    at = close + t.close.length
  }
  return decodeXml(text)
}
