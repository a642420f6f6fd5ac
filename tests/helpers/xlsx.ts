// Workbooks for the .xlsx import tests. `workbook()`: exceljs's own writer (as most programs other than Excel write
// them). `zipParts()`: a zip of XML parts written by hand, for what exceljs does not write: Excel's own part order
// (sheets before the text table), inline strings, phonetic guides, namespace prefixes, damaged zips. `compoundFile()`:
// Microsoft's old container with the given stream names (an .xls, or an encrypted workbook), just enough of it for
// the file to be recognised.
import { crc32, deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'

export async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  build(book)
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** A zip of the parts in the order given, deflated. */
export function zipParts(parts: [name: string, text: string][]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of parts) {
    const data = Buffer.from(text, 'utf8')
    const packed = deflateRawSync(data)
    const fileName = Buffer.from(name, 'utf8')
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at) // version needed
      header.writeUInt16LE(0x0800, at + 2) // UTF-8 names
      header.writeUInt16LE(8, at + 4) // deflated
      header.writeUInt32LE(crc32(data), at + 10)
      header.writeUInt32LE(packed.length, at + 14)
      header.writeUInt32LE(data.length, at + 18)
      header.writeUInt16LE(fileName.length, at + 22)
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    fields(local, 4)
    locals.push(local, fileName, packed)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    fields(central, 6)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** A compound file (512-byte sectors) whose directory names these streams, with 8 KB of padding. */
export function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512)
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0)
  header.writeUInt16LE(0x3e, 0x18)
  header.writeUInt16LE(3, 0x1a)
  header.writeUInt16LE(0xfffe, 0x1c)
  header.writeUInt16LE(9, 0x1e) // 512-byte sectors
  header.writeUInt16LE(6, 0x20)
  header.writeUInt32LE(1, 0x2c) // one allocation-table sector …
  header.writeUInt32LE(1, 0x30) // … the directory in sector 1
  header.fill(0xff, 0x4c, 512)
  header.writeUInt32LE(0, 0x4c) // the allocation table is sector 0
  const table = Buffer.alloc(512, 0xff)
  table.writeUInt32LE(0xfffffffd, 0) // sector 0: the table itself
  table.writeUInt32LE(0xfffffffe, 4) // sector 1: the directory, one sector long
  const directory = Buffer.alloc(512)
  ;['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128
    directory.write(name, at, 'utf16le')
    directory.writeUInt16LE((name.length + 1) * 2, at + 64)
    directory[at + 66] = i === 0 ? 5 : 2
  })
  return Buffer.concat([header, table, directory, Buffer.alloc(8192)])
}

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The parts of a one-sheet workbook as Excel lays them out (the sheet before the text table), to vary in tests. */
export function excelParts(sheetXml: string, strings: string[], contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') {
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="${contentType}"/></Types>`
    ],
    [
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ],
    [
      'xl/workbook.xml',
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELS}"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
    ],
    ['xl/worksheets/sheet1.xml', sheetXml],
    [
      'xl/sharedStrings.xml',
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`
    ]
  ]
  return parts
}

/** Sets the uncompressed size the zip's directory declares for one part (to stand for a part too big to make). */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const patched = Buffer.from(zip)
  const central = Buffer.from([0x50, 0x4b, 0x01, 0x02])
  for (let entry = patched.indexOf(central); entry !== -1; entry = patched.indexOf(central, entry + 4)) {
    const nameLength = patched.readUInt16LE(entry + 28)
    if (patched.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
      patched.writeUInt32LE(size, entry + 24)
      return patched
    }
  }
  throw new Error(`no part ${name}`)
}
