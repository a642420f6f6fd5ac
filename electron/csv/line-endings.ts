// Files mix line ends (CRLF from Excel, LF from a Mac or a script, a lone CR from old tools), and papaparse picks one
// newline per file. This turns every CR LF and lone CR that ends a record into LF, and leaves line breaks INSIDE
// quoted cells exactly as they were, so that a note written with CR LF comes back with CR LF. It follows the same
// quoting rule as papaparse: a quote opens a quoted cell only at the start of a cell, and "" inside one is a quote.
// Only quotes and CRs are looked at (found with a native search), so most of the text is never touched in JS.

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a
const INTERESTING = /["\r]/g

export class LineEndingNormalizer {
  private inQuotes = false
  /** Inside quotes, the previous character was a quote: it either closes the cell or starts a "" pair. */
  private quoteSeen = false
  /** The character before the current chunk (a cell starts after a delimiter, a line end, or at the start). */
  private previous = LF
  /** A CR ended the previous chunk outside quotes; whether an LF follows is not known yet. */
  private pendingCR = false
  private readonly delimiter: number

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0)
  }

  push(text: string): string {
    if (text === '') return ''
    let out = ''
    let from = 0
    let i = 0
    if (this.pendingCR) {
      this.pendingCR = false
      if (text.charCodeAt(0) !== LF) out += '\n'
    }
    if (this.quoteSeen) {
      // the chunk before ended on a quote inside a quoted cell
      this.quoteSeen = false
      if (text.charCodeAt(0) === QUOTE)
        i = 1 // "" stays inside the cell
      else this.inQuotes = false
    }
    const n = text.length
    while (i < n) {
      if (this.inQuotes) {
        const quote = text.indexOf('"', i)
        if (quote === -1) break
        if (quote + 1 === n) {
          this.quoteSeen = true
          break
        }
        if (text.charCodeAt(quote + 1) === QUOTE) i = quote + 2
        else {
          this.inQuotes = false
          i = quote + 1
        }
        continue
      }
      INTERESTING.lastIndex = i
      const hit = INTERESTING.exec(text)
      if (!hit) break
      const at = hit.index
      if (text.charCodeAt(at) === QUOTE) {
        const before = at === 0 ? this.previous : text.charCodeAt(at - 1)
        if (before === this.delimiter || before === LF || before === CR) this.inQuotes = true
        i = at + 1
        continue
      }
      // a CR outside quotes ends a record
      out += text.slice(from, at)
      from = at + 1
      if (at + 1 === n) this.pendingCR = true
      else if (text.charCodeAt(at + 1) !== LF) out += '\n'
      i = at + 1
    }
    this.previous = text.charCodeAt(n - 1)
    return from === 0 ? out + text : out + text.slice(from)
  }
}
