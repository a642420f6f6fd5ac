import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { completeSequenceEnd, detectEncoding } from '../../../electron/csv/encoding'
import { detectDelimiter } from '../../../electron/csv/delimiter'
import { decodeWindows1252 } from '../../../electron/csv/windows-1252'
import { tempDir } from '../../helpers/temp'

async function detect(bytes: Buffer) {
  const file = join(tempDir(), 'f.csv')
  writeFileSync(file, bytes)
  return detectEncoding(file, bytes.length)
}

const TEXT = 'Full Name,City\r\nJosé Müller,Köln\r\n'

describe('encoding detection', () => {
  it('recognises byte-order marks', async () => {
    expect(await detect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({
      encoding: 'utf-8',
      label: 'UTF-8 with byte-order mark',
      bomBytes: 3
    })
    expect(await detect(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toMatchObject({ encoding: 'utf-16le', bomBytes: 2 })
    expect(await detect(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]))).toMatchObject({ encoding: 'utf-16be', bomBytes: 2 })
  })

  it('reads UTF-8 without a BOM as UTF-8, and invalid UTF-8 as Windows-1252', async () => {
    expect(await detect(Buffer.from(TEXT))).toMatchObject({ encoding: 'utf-8', bomBytes: 0 })
    expect(await detect(Buffer.from(TEXT, 'latin1'))).toMatchObject({ encoding: 'windows-1252', label: expect.stringContaining('not valid UTF-8') })
  })

  it('checks the whole file, not only its start', async () => {
    const late = Buffer.concat([Buffer.from('Full Name\r\n' + 'Ann Lee\r\n'.repeat(300_000)), Buffer.from('Zoë\r\n', 'latin1')])
    expect(await detect(late)).toMatchObject({ encoding: 'windows-1252' })
  })

  it('refuses UTF-16 without a BOM, binary data, zip and PDF files with what to do', async () => {
    await expect(detect(Buffer.from(TEXT, 'utf16le'))).rejects.toThrow(/UTF-16 \(little-endian\).*without a byte-order mark.*CSV UTF-8/)
    await expect(detect(Buffer.from(TEXT, 'utf16le').swap16())).rejects.toThrow(/UTF-16 \(big-endian\)/)
    await expect(detect(Buffer.from([1, 2, 0, 200, 13, 0, 0, 7, 8, 9, 0, 255]))).rejects.toThrow(/not a text file/)
    await expect(detect(Buffer.from('PK\x03\x04rest of a workbook', 'latin1'))).rejects.toThrow(/Excel workbook/)
    await expect(detect(Buffer.from('%PDF-1.7 …'))).rejects.toThrow(/PDF/)
  })

  it('says an empty file or a lone BOM is empty', async () => {
    await expect(detect(Buffer.alloc(0))).rejects.toThrow('The file is empty.')
    await expect(detect(Buffer.from([0xef, 0xbb, 0xbf]))).rejects.toThrow(/only a byte-order mark/)
  })

  it('finds where a UTF-8 sequence is cut by a chunk edge', () => {
    const euro = Buffer.from('a€', 'utf8') // 61 e2 82 ac
    expect(completeSequenceEnd(euro)).toBe(4)
    expect(completeSequenceEnd(euro.subarray(0, 3))).toBe(1)
    expect(completeSequenceEnd(euro.subarray(0, 2))).toBe(1)
    expect(completeSequenceEnd(Buffer.from('abc'))).toBe(3)
  })
})

describe('Windows-1252', () => {
  it('decodes the characters where it differs from Latin-1', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x92, 0x93, 0x94, 0x96, 0x9c, 0xe9, 0xfc, 0x81]))).toBe('€’“”–œéü\u0081')
  })
})

describe('delimiter detection', () => {
  it.each([
    ['First Name,Last Name\nAnn,Lee\n', ',', 'comma'],
    ['First Name;Last Name;Notes\nAnn;Lee;3,5 years\nBob;Stone;"a; b"\n', ';', 'semicolon'],
    ['First Name\tLast Name\nAnn\tLee\n', '\t', 'tab'],
    ['First Name|Last Name\nAnn|Lee\n', '|', 'pipe'],
    ['"Name, full",City\n"Lee, Ann",Leeds\n', ',', 'comma'],
    ['Full Name\nAnn Lee\n', ',', 'comma (the file has a single column)']
  ])('%j -> %j', (sample, delimiter, label) => {
    expect(detectDelimiter(sample, true)).toEqual({ delimiter, label })
  })
})
