// The bad-input corpus (tests/fixtures/csv, big files generated here): each file gives a clear message, never a
// crash, and a rejected file leaves the database exactly as it was.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOutcome } from '../../../shared/csv'
import { csvCore, FIXTURES, jobFields, refusedWhole } from './helpers'

const fixture = (name: string) => join(FIXTURES, name)

/** Applies a file that must be refused as a whole; returns the message. The database must not change. */
async function refused(name: string, file = fixture(name)) {
  const t = csvCore()
  const error = await refusedWhole(t, file, name)
  await expect(t.core.csv.preview(file, { jobId: t.job() })).rejects.toThrow(error.message)
  return error.message
}

describe('files that cannot be imported at all', () => {
  it.each([
    ['empty.csv', /^The file is empty\.$/],
    ['header-only.csv', /header row but no candidates below it/],
    ['bom-only.csv', /empty: it holds only a byte-order mark/],
    ['unknown-headers.csv', /None of the columns is a candidate field \("Colour", "Shoe Size", "Favourite Film"\)/],
    ['duplicate-headers.csv', /two columns called "Email" \(column 2 \("Email"\) and column 4\)\. Rename one/],
    ['unbalanced-quotes.csv', /^Row 2: a quoted cell is never closed.*Add the missing quote/],
    ['text-after-quote.csv', /^Row 3: a quoted cell has text after its closing quote.*two quotes/],
    ['binary-garbage.csv', /not a text file \(it holds binary data\)/],
    ['utf16-no-bom.csv', /UTF-16 \(little-endian\) text without a byte-order mark.*CSV UTF-8/]
  ])('%s: %s', async (name, message) => {
    expect(await refused(name)).toMatch(message)
  })
})

describe('files with some bad rows', () => {
  it('ragged rows: extra values are an error for that row; missing trailing cells are fine', async () => {
    const t = csvCore()
    const job = t.job()
    const before = t.dump()
    const rejected = (await t.core.csv.apply(fixture('ragged-rows.csv'), { jobId: job })) as ImportOutcome
    expect(rejected).toMatchObject({ status: 'rejected', counts: { rows: 4, invalid: 1 } })
    expect(rejected.errors).toEqual([{ row: 4, column: null, message: expect.stringMatching(/5 cells but the header has 3 columns, so "Spain"/) }])
    expect(t.dump()).toEqual(before)
    await t.core.csv.apply(fixture('ragged-rows.csv'), { jobId: job, skipInvalid: true })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.city])).toEqual([
      ['Ann Lee', 'Leeds'],
      ['Bob Stone', null],
      ['Dan Ode', 'York']
    ])
  })

  it('a 1 MB cell is an over-long field, reported without quoting the megabyte', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('big-cell.csv', `Full Name,Notes\nAnn Lee,"${'x'.repeat(1 << 20)}"\nBob Stone,short\n`)
    const before = t.dump()
    const result = (await t.core.csv.apply(file, { jobId: job })) as ImportOutcome
    expect(result).toMatchObject({ status: 'rejected', errors: [{ row: 2, column: 'Notes', message: 'Notes is 1048576 characters long; the most is 20000.' }] })
    expect(t.dump()).toEqual(before)
  })

  it('10,000 rows with 3% invalid: every bad row named; the rest imported with skip-invalid', async () => {
    const t = csvCore()
    const job = t.job()
    const bad = (i: number) => i % 100 < 3
    const lines = ['Full Name,Email,Stage']
    for (let i = 0; i < 10_000; i++) lines.push(bad(i) ? `Person ${i},person${i}@,Sourced` : `Person ${i},person${i}@example.com,In sequence`)
    const file = t.file('ten-thousand.csv', lines.join('\r\n') + '\r\n')
    const before = t.dump()
    const preview = await t.core.csv.preview(file, { jobId: job })
    expect(preview.counts).toMatchObject({ rows: 10_000, new: 9_700, invalid: 300 })
    expect(preview.errorCount).toBe(300)
    expect(preview.errors.map((e) => e.row)).toEqual(
      Array.from({ length: 10_000 }, (_, i) => i)
        .filter(bad)
        .map((i) => i + 2)
    )
    expect(preview.errors[0]).toEqual({ row: 2, column: 'Email', message: 'Email "person0@" is not a valid email address.' })
    expect(await t.core.csv.apply(file, { jobId: job })).toMatchObject({ status: 'rejected' })
    expect(t.dump()).toEqual(before)
    const applied = await t.core.csv.apply(file, { jobId: job, skipInvalid: true })
    expect(applied.counts).toMatchObject({ new: 9_700, invalid: 300 })
    expect(t.core.candidates.listForJob(job)).toHaveLength(9_700)
  })
})

describe('files that import', () => {
  it('mixed line endings: every record read, line breaks inside quoted cells kept as typed', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(fixture('mixed-line-endings.csv'), { jobId: job })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.notes])).toEqual([
      ['Ann Lee', 'unix next'],
      ['Bob Stone', 'old mac next'],
      ['Cara Diaz', 'two lines\r\nkept as typed'],
      ['Dan Ode', 'lf inside\nalso kept']
    ])
  })

  it('an Excel "CSV (Windows)" file: Windows-1252 detected, accents and typographic characters intact', async () => {
    const t = csvCore()
    const job = t.job()
    const result = await t.core.csv.apply(fixture('excel-windows-1252.csv'), { jobId: job })
    expect(result.format).toMatchObject({ encoding: 'windows-1252', delimiter: ',' })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.city, c.currentCompany, c.notes])).toEqual([
      ['José Müller', 'Málaga', 'Café Olé S.L.', 'Asked for €100 more'],
      ['Zoë Ñúñez', 'Zürich', 'Bäckerei Größe', 'Said “maybe”, call in Août'],
      ['François L’Hôpital', 'Besançon', 'Société Générale', 'Œuvre – très bien']
    ])
  })

  it('a semicolon file from a European locale', async () => {
    const t = csvCore()
    const job = t.job()
    const result = await t.core.csv.apply(fixture('european-semicolon.csv'), { jobId: job })
    expect(result.format).toMatchObject({ encoding: 'windows-1252', delimiter: ';', delimiterLabel: 'semicolon' })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.city, c.notes])).toEqual([
      ['Jürgen Groß', 'Köln', 'Erfahrung 3,5 Jahre'],
      ['Amélie Dubois', 'Lyon', 'Disponible; à partir de mars'],
      ['Søren Ærø', 'Århus', 'Gehalt 4.200,00 €']
    ])
  })

  it.each([
    ['UTF-16 LE', 'utf-16le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16 BE', 'utf-16be', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['UTF-8 with BOM', 'utf-8', (s: string) => Buffer.from('\uFEFF' + s)]
  ])('%s with a byte-order mark', async (_label, encoding, encode) => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('u.csv', encode('Full Name\tCity\tNotes\r\nОльга Петрова\tКиїв\t"王小明 👩‍⚕️"\r\nJosé Müller\tKöln\t\r\n'))
    const result = await t.core.csv.apply(file, { jobId: job })
    expect(result.format).toMatchObject({ encoding, delimiter: '\t' })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.city, c.notes])).toEqual([
      ['Ольга Петрова', 'Київ', '王小明 👩‍⚕️'],
      ['José Müller', 'Köln', null]
    ])
  })
})

describe('a UTF-8 file with a few bad bytes', () => {
  // Twenty UTF-8 rows with accents, then a row pasted from a Windows-1252 file (é and í as single bytes).
  const utf8Rows = ['First Name,Last Name,City', ...Array.from({ length: 20 }, (_, i) => `Zoë${i},Müller,Köln`)]
  const mixed = Buffer.concat([Buffer.from(utf8Rows.join('\r\n') + '\r\n'), Buffer.from('Jos\xe9,Garc\xeda,Madrid\r\nAnn,Lee,Leeds\r\n', 'latin1')])

  it('is read as UTF-8; the bad bytes are errors of their row and column, in hex; nothing is imported without --skip-invalid', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('mixed.csv', mixed)
    const preview = await t.core.csv.preview(file, { jobId: job })
    expect(preview.format).toMatchObject({ encoding: 'utf-8', encodingLabel: expect.stringContaining('2 invalid byte sequences') })
    expect(preview.counts).toMatchObject({ rows: 22, new: 21, invalid: 1 })
    expect(preview.errors).toEqual([
      { row: 22, column: 'First Name', message: expect.stringMatching(/^byte 0xE9 is not valid UTF-8 \("Jos\ufffd"\) — save the file as UTF-8/) },
      {
        row: 22,
        column: 'Last Name',
        message: expect.stringMatching(/^byte 0xED is not valid UTF-8 \("Garc\ufffda"\) — save the file as UTF-8.* and import again\.$/)
      }
    ])
    const before = t.dump()
    expect(await t.core.csv.apply(file, { jobId: job })).toMatchObject({ status: 'rejected', counts: { invalid: 1 } })
    expect(t.dump()).toEqual(before)
    await t.core.csv.apply(file, { jobId: job, skipInvalid: true })
    const stored = jobFields(t.core, job).map((c) => [c.fullName, c.city])
    expect(stored).toHaveLength(21)
    expect(stored[0]).toEqual(['Zoë0 Müller', 'Köln']) // never "ZoÃ«0 MÃ¼ller"
    expect(stored.at(-1)).toEqual(['Ann Lee', 'Leeds'])
  })

  it('a bad byte cut by the end of a read (the file is read in 48 KB parts) is still named by its row', async () => {
    const t = csvCore()
    const job = t.job()
    // The stray lead byte 0xE2 is the last byte of the first 48 KB read; the rest of its cell is in the next read.
    const before = 'Full Name,Notes\r\n' + `Pad,${'x'.repeat(996)}\r\n`.repeat(48) + 'Pad,'
    const padding = 'x'.repeat(48 * 1024 - 1 - Buffer.byteLength(before + '\r\nBad Row,ok'))
    const file = t.file(
      'edge.csv',
      Buffer.concat([Buffer.from(`${before}${padding}\r\nBad Row,ok`), Buffer.from([0xe2]), Buffer.from(' then more\r\n' + 'Zoë Müller,ü\r\n'.repeat(10))])
    )
    const preview = await t.core.csv.preview(file, { jobId: job })
    expect(preview.errors).toEqual([{ row: 51, column: 'Notes', message: expect.stringMatching(/^byte 0xE2 is not valid UTF-8 \("ok\ufffd then more"\)/) }])
    expect(preview.counts).toMatchObject({ rows: 60, invalid: 1 })
  })

  it('a bad byte in the header refuses the file, naming the column', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file(
      'header.csv',
      Buffer.concat([Buffer.from('Full Name,Pr', 'utf8'), Buffer.from([0xe9]), Buffer.from('nom\r\n' + 'Zoë Müller,x\r\n'.repeat(5))])
    )
    await expect(t.core.csv.preview(file, { jobId: job })).rejects.toThrow(
      /^Row 1 \(the header\), column 2: byte 0xE9 is not valid UTF-8 \("Pr\ufffdnom"\).*Nothing was imported\.$/
    )
  })
})
