import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseByteEncoding, completeSequenceEnd, detectEncoding } from '../../../electron/csv/encoding'
import { countSequences, decodeKeepingBadBytes } from '../../../electron/csv/utf8-scan'
import { badBytesIn, withReplacementCharacters } from '../../../shared/csv/bad-bytes'
import { detectDelimiter } from '../../../electron/csv/delimiter'
import { decodeAll } from '../../../electron/csv/decode'
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

describe('UTF-8 with a few bad bytes, or Windows-1252', () => {
  const UTF8 = Buffer.from('Full Name,City\r\n' + 'Zoë Müller,Köln\r\n'.repeat(10))

  it('a UTF-8 file with a stray byte stays UTF-8, and says it has bad bytes (they are reported by row)', async () => {
    const stray = Buffer.concat([UTF8, Buffer.from('Jos\xe9 Garc\xeda,Madrid\r\n', 'latin1')])
    expect(await detect(stray)).toEqual({
      encoding: 'utf-8',
      label: 'UTF-8 (with 2 invalid byte sequences: the rows holding them are named)',
      bomBytes: 0,
      invalidSequences: 2
    })
    // With a byte-order mark the file says it is UTF-8: any number of bad bytes are bad bytes.
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Full Name\r\n\xe9\xe9\xe9\r\n', 'latin1')])
    expect(await detect(withBom)).toMatchObject({ encoding: 'utf-8', bomBytes: 3, invalidSequences: 3 })
    expect(await detect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), UTF8]))).toEqual({
      encoding: 'utf-8',
      label: 'UTF-8 with byte-order mark',
      bomBytes: 3
    })
  })

  it('a Windows-1252 file (accented letters as single bytes, no valid UTF-8 sequence) stays Windows-1252', async () => {
    const text = 'Full Name,City\r\n' + 'José Müller,Köln\r\nZoë Ñúñez,Zürich\r\n'.repeat(50)
    expect(await detect(Buffer.from(text, 'latin1'))).toMatchObject({ encoding: 'windows-1252', bomBytes: 0 })
    // A capital accented letter before a closing quote is, by chance, a valid UTF-8 pair ("É”" = C9 94): one among
    // a hundred accented letters does not turn the file into UTF-8.
    expect(await detect(Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0x22, 0xc9, 0x94, 0x0d, 0x0a])]))).toMatchObject({ encoding: 'windows-1252' })
  })

  it('the rule: UTF-8 when valid multibyte sequences are at least a quarter as many as invalid ones', () => {
    expect(chooseByteEncoding(null).encoding).toBe('utf-8')
    expect(chooseByteEncoding({ multibyte: 100, invalid: 1 })).toMatchObject({ encoding: 'utf-8', invalidSequences: 1 })
    expect(chooseByteEncoding({ multibyte: 1, invalid: 4 })).toMatchObject({ encoding: 'utf-8', invalidSequences: 4 })
    expect(chooseByteEncoding({ multibyte: 1, invalid: 5 }).encoding).toBe('windows-1252')
    expect(chooseByteEncoding({ multibyte: 0, invalid: 1 }).encoding).toBe('windows-1252') // ASCII and one é: Windows-1252's é
  })

  it('counts and decodes invalid sequences as the Unicode standard does (one U+FFFD each), keeping their bytes', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    // Bytes around the edges of the valid ranges: leads, continuations, overlongs, surrogates, past U+10FFFF.
    const pool = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff]
    for (let round = 0; round < 2000; round++) {
      const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 12) }, () => pool[Math.floor(random() * pool.length)]))
      const standard = new TextDecoder().decode(bytes)
      const evidence = { multibyte: 0, invalid: 0 }
      countSequences(bytes, evidence)
      expect([bytes.toString('hex'), evidence.invalid]).toEqual([bytes.toString('hex'), standard.split('\ufffd').length - 1])
      const kept = decodeKeepingBadBytes(bytes)
      // Each bad byte is one character naming it; the valid characters are as the standard decodes them.
      expect(withReplacementCharacters(kept).replace(/\ufffd+/g, '\ufffd')).toBe(standard.replace(/\ufffd+/g, '\ufffd'))
      if (evidence.invalid) expect(badBytesIn(kept)).toMatch(/^0x[89A-F][0-9A-F]( 0x[89A-F][0-9A-F])*$/)
    }
    expect(badBytesIn(decodeKeepingBadBytes(Buffer.from('Jos\xe9 \xe2\x80 ok 👩', 'latin1')))).toBe('0xE9 0xE2 0x80')
    expect(badBytesIn('emoji 💀 (a surrogate pair whose low half is U+DC80) is text')).toBeNull()
  })
})

describe('Windows-1252', () => {
  it('decodes the characters where it differs from Latin-1', () => {
    expect(decodeAll(Buffer.from([0x80, 0x92, 0x93, 0x94, 0x96, 0x9c, 0xe9, 0xfc]), 'windows-1252')).toBe('€’“”–œéü')
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
