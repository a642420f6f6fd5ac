// A workbook's text table (xl/sharedStrings.xml): every distinct text of its cells once, which cells point to by
// number. It is held in memory while a sheet is read, so each text is kept compact (xml-bytes.ts): a 100,000-row
// list's table takes about 35 MB of heap this way, 64 MB as slices of the XML's text.
import { findTag, GT, Guides, itemText, prefixOf, SLASH, tagOf, type Tag } from './xml-bytes'

interface Tags {
  si: Tag
  t: Tag
  rPh: Tag
}

/** Every item that starts in [0, to); the caller makes sure each is complete there. */
function readItems(data: Buffer, to: number, tags: Tags, strings: string[]): void {
  const guides = new Guides(data, tags.rPh)
  for (let at = 0; ;) {
    const start = findTag(data, tags.si, at, to)
    if (start === -1) return
    const open = data.indexOf(GT, start)
    if (data[open - 1] === SLASH) {
      strings.push('') // <si/>
      at = open + 1
      continue
    }
    const end = data.indexOf(tags.si.close, open)
    if (end === -1) return
    strings.push(itemText(data, open + 1, end, tags.t, guides, tags.rPh))
    at = end + tags.si.close.length
  }
}

/** The table's texts in order, from its inflated XML as it streams in. */
export async function readSharedStrings(xml: AsyncIterable<Buffer>): Promise<string[]> {
  const strings: string[] = []
  let tags: Tags | null = null
  let carry: Buffer | null = null
  for await (const piece of xml) {
    const data: Buffer = carry ? Buffer.concat([carry, piece]) : piece
    if (!tags) {
      const prefix = prefixOf(data, 'sst')
      if (prefix === null) {
        carry = data
        continue
      }
      tags = { si: tagOf(prefix, 'si'), t: tagOf(prefix, 't'), rPh: tagOf(prefix, 'rPh') }
    }
    // the items up to the last complete one now; the rest (an item cut by the end of this piece) with the next piece
    const last = data.lastIndexOf(tags.si.close)
    const complete = last === -1 ? 0 : last + tags.si.close.length
    readItems(data, complete, tags, strings)
    carry = Buffer.from(data.subarray(complete))
  }
  if (carry && tags) readItems(carry, carry.length, tags, strings)
  return strings
}
