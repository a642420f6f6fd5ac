// A sheet and its text table read from their XML as it arrives in pieces: the same rows and texts wherever the
// pieces break, a letter of two or more bytes included (the case that damages names in exceljs's own reader).
import { describe, expect, it } from 'vitest'
import { SheetScanner } from '../../../electron/csv/xlsx/sheet-scan'
import { readSharedStrings } from '../../../electron/csv/xlsx/shared-strings'

async function* pieces(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0
  for (const cut of cuts) {
    yield bytes.subarray(from, cut)
    from = cut
  }
  yield bytes.subarray(from)
}

const TABLE = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6">' +
    '<x:si><x:t>Łukasz Żółć</x:t></x:si>' +
    '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Cork </x:t></x:r><x:r><x:t xml:space="preserve">University &amp; Co</x:t></x:r></x:si>' +
    '<x:si/>' +
    '<x:si><x:t>山田太郎</x:t><x:rPh sb="0" eb="2"><x:t>ヤマダ</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si>' +
    '<x:si><x:t/></x:si>' +
    '<x:si><x:t>tab&#9;and &#x1F600;</x:t></x:si></x:sst>',
  'utf8'
)

const SHEET = Buffer.from(
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="3"/></cols><sheetData>' +
    '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" s="1"><v>7700900123</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Věra &lt;V&gt;</t></is></c><c r="B3" t="str"><f>A3&amp;""</f><v>Věra</v></c><c r="C3" t="b"><v>0</v></c><c r="E3" s="1"/></row>' +
    '<row r="4" customHeight="1" ht="30"/>' +
    "<row><c t='s'><v>3</v></c><c><f>1/0</f></c><c t=\"e\"><v>#DIV/0!</v></c><c r='D5' s='2'><v>33010</v></c></row>" +
    '</sheetData><rowBreaks count="1"><brk id="5"/></rowBreaks></worksheet>',
  'utf8'
)

const TEXTS = ['Łukasz Żółć', 'Cork University & Co', '', '山田太郎', '', 'tab\tand 😀']
const FORMATS: Record<number, string> = { 1: '00000000000', 2: 'dd/mm/yyyy' }
const ROWS = [
  { row: 1, cells: ['Łukasz Żółć', 'Cork University & Co', '', '07700900123'] },
  { row: 3, cells: ['Věra <V>', 'Věra', 'FALSE'] },
  { row: 4, cells: [] },
  { row: 5, cells: ['山田太郎', '', '', '17/05/1990'] }
]

describe('the text table', () => {
  it('reads the same texts wherever the XML is cut into pieces', async () => {
    for (let cut = 1; cut < TABLE.length; cut++) expect(await readSharedStrings(pieces(TABLE, [cut])), `cut at ${cut}`).toEqual(TEXTS)
    expect(
      await readSharedStrings(
        pieces(
          TABLE,
          Array.from({ length: TABLE.length - 1 }, (_, i) => i + 1)
        )
      )
    ).toEqual(TEXTS)
  })
})

describe('a sheet', () => {
  function scan(cuts: number[]) {
    const scanner = new SheetScanner({ sharedStrings: TEXTS, date1904: false, format: (style) => FORMATS[style] })
    const rows = []
    let from = 0
    for (const cut of [...cuts, SHEET.length]) {
      rows.push(...scanner.push(SHEET.subarray(from, cut)))
      from = cut
    }
    rows.push(...scanner.push(null))
    return rows
  }

  it('reads the same rows wherever the XML is cut into pieces; skipped columns and rows keep their places', () => {
    expect(scan([])).toEqual(ROWS)
    for (let cut = 1; cut < SHEET.length; cut++) expect(scan([cut]), `cut at ${cut}`).toEqual(ROWS)
    expect(scan(Array.from({ length: SHEET.length - 1 }, (_, i) => i + 1))).toEqual(ROWS)
  })
})
