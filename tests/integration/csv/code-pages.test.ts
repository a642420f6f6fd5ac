// Files in code pages other than Windows-1252 (tests/fixtures/csv): detected without help and imported with every
// name intact; a wrong guess put right with --encoding (CLI) or the `encoding` option (wizard); names refused.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatcherFor } from '../../helpers/api'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { codePage, csvCore, FIXTURES, jobFields } from './helpers'

const fixture = (name: string) => join(FIXTURES, name)
/** The encoding the last import was recorded with (csv_imports.encoding). */
const recordedEncoding = (t: ReturnType<typeof csvCore>) =>
  (t.core.ctx.db.prepare('SELECT encoding FROM csv_imports ORDER BY id DESC LIMIT 1').get() as { encoding: string }).encoding
/** A CLI on a data folder of its own, with one job. */
async function cliSession() {
  const dir = tempDir('tracker-sync-enc-cli-')
  const run = (...args: string[]) => cli(['--data-dir', dir, ...args])
  await run('jobs', 'add', '--title', 'ICU Nurse')
  return { dir, run }
}
const names = (t: ReturnType<typeof csvCore>, job: number) => jobFields(t.core, job).map((c) => [c.fullName, c.city, c.currentCompany])

describe('code pages detected without help', () => {
  it.each([
    [
      'central-european-1250.csv',
      'windows-1250',
      [
        ['Łukasz Żółć', 'Łódź', 'Żabka Polska'],
        ['Věra Dvořáková', 'Brno', 'Škoda Auto'],
        ['Małgorzata Wiśniewska', 'Kraków', 'Orlen'],
        ['Jiří Novák', 'Plzeň', 'Plzeňský Prazdroj'],
        ['Zbigniew Świątek', 'Gdańsk', 'Stocznia Gdańska'],
        ['Šárka Růžičková', 'Ústí nad Labem', 'Česká spořitelna']
      ]
    ],
    [
      'cyrillic-1251.csv',
      'windows-1251',
      [
        ['Ольга Петрова', 'Москва', 'Сбербанк'],
        ['Иван Иванов', 'Санкт-Петербург', 'Газпром'],
        ['Георги Димитров', 'София', 'Български пощи'],
        ['Мария Стоянова', 'Пловдив', 'Лукойл Нефтохим'],
        ['Юлия Щербакова', 'Екатеринбург', 'Уралмаш']
      ]
    ],
    [
      'greek-1253.csv',
      'windows-1253',
      [
        ['Γιώργος Παπαδόπουλος', 'Αθήνα', 'Εθνική Τράπεζα'],
        ['Άννα Κωνσταντίνου', 'Θεσσαλονίκη', 'Όμιλος Βιοχάλκο'],
        ['Μαρία Αλεξίου', 'Πάτρα', 'Ελληνικά Πετρέλαια'],
        ['Δημήτρης Νικολάου', 'Ηράκλειο', 'Άκτωρ']
      ]
    ],
    [
      'japanese-shift-jis.csv',
      'shift_jis',
      [
        ['太郎 山田', '東京都', 'トヨタ自動車'],
        ['花子 佐藤', '大阪市', 'パナソニック'],
        ['一郎 鈴木', '名古屋市', 'ソニーグループ'],
        ['さくら 高橋', '横浜市', '日立製作所']
      ]
    ],
    [
      'latin2-iso-8859-2.csv',
      'iso-8859-2',
      [
        ['Agnieszka Ślusarczyk', 'Szczecin', 'Świętokrzyskie Młyny'],
        ['Tomáš Kašpar', 'Olomouc', 'Žďas'],
        ['Ľubomír Šťastný', 'Žilina', 'Slovnaft'],
        ['Zoltán Kovács', 'Győr', 'Rába Járműipari']
      ]
    ]
  ])('%s is read as %s and keeps every name', async (name, encoding, expected) => {
    const t = csvCore()
    const job = t.job()
    const inspected = await t.core.csv.inspect(fixture(name))
    expect(inspected.format).toMatchObject({ encoding, encodingChosen: false })
    expect(inspected.format.encodingConfidence).toBeGreaterThan(Math.max(...inspected.format.encodingAlternatives.map((a) => a.confidence), 0) - 1)
    const result = await t.core.csv.apply(fixture(name), { jobId: job })
    expect(result).toMatchObject({ status: 'applied', counts: { new: expected.length, invalid: 0 } })
    expect(names(t, job)).toEqual(expected)
    expect(recordedEncoding(t)).toBe(encoding)
  })

  it('a Shift_JIS character cut by the end of a 48 KB read is carried into the next read', async () => {
    const t = csvCore()
    const job = t.job()
    const head = codePage('Full Name,Notes\r\n' + 'Pad,xxxxxxxx\r\n'.repeat(3000), 'shift_jis')
    // Pad so that the first byte of "山" (0x8E 0x52) is the last byte of the first read: its second byte is "R".
    const lead = codePage('Pad,' + 'x'.repeat(48 * 1024 - 1 - head.length - 6) + '\r\n山田太郎,', 'shift_jis')
    const bytes = Buffer.concat([head, lead, codePage('東京の看護師\r\n' + '佐藤花子,大阪\r\n'.repeat(20), 'shift_jis')])
    expect(bytes[48 * 1024 - 1]).toBe(0x8e)
    expect(bytes[48 * 1024]).toBe(0x52)
    const file = t.file('edge-sjis.csv', bytes)
    await t.core.csv.apply(file, { jobId: job, policy: 'create' })
    const stored = jobFields(t.core, job)
    expect(stored.find((c) => c.notes === '東京の看護師')?.fullName).toBe('山田太郎')
    expect(stored.filter((c) => c.fullName === '佐藤花子')).toHaveLength(20)
  })
})

describe('choosing another encoding', () => {
  // An ISO-8859-2 file whose only accented letter is "š" (0xB9), which Windows-1250 reads as "ą": both read as
  // words ("Vaąek" could be Polish), so the detection prefers Windows-1250, as Excel writes it, and is wrong.
  const latin2 = () => codePage('First Name,Last Name,City\r\nPetr,Vašek,Brno\r\nJan,Kašpar,Jihlava\r\n', 'iso-8859-2')

  it('the wizard re-reads the first rows in the encoding picked, and the import records it', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('latin2.csv', latin2())
    const guessed = await t.core.csv.inspect(file)
    expect(guessed.format).toMatchObject({ encoding: 'windows-1250', encodingChosen: false })
    expect(guessed.format.encodingAlternatives.map((a) => a.encoding)).toContain('iso-8859-2')
    expect(guessed.sampleRows[0]).toEqual(['Petr', 'Vaąek', 'Brno'])
    const picked = await t.core.csv.inspect(file, { encoding: 'iso-8859-2' })
    expect(picked.format).toMatchObject({ encoding: 'iso-8859-2', encodingChosen: true })
    expect(picked.format.encodingAlternatives.map((a) => a.encoding)).toContain('windows-1250')
    expect(picked.sampleRows).toEqual([
      ['Petr', 'Vašek', 'Brno'],
      ['Jan', 'Kašpar', 'Jihlava']
    ])
    await t.core.csv.apply(file, { jobId: job, encoding: 'iso-8859-2' })
    expect(names(t, job)).toEqual([
      ['Petr Vašek', 'Brno', null],
      ['Jan Kašpar', 'Jihlava', null]
    ])
    expect(recordedEncoding(t)).toBe('iso-8859-2')
  })

  it('a byte-order mark is not read as text in the encoding picked', async () => {
    const t = csvCore()
    const file = t.file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Full Name,City\r\nAnn Lee,Leeds\r\n')]))
    const picked = await t.core.csv.inspect(file, { encoding: 'windows-1252' })
    expect(picked).toMatchObject({ headers: ['Full Name', 'City'], problems: [], format: { encoding: 'windows-1252', encodingChosen: true } })
  })

  it('CLI --encoding overrides a wrong guess; the guess is shown with its confidence and alternatives', async () => {
    const { dir, run } = await cliSession()
    const file = join(dir, 'latin2.csv')
    writeFileSync(file, latin2())
    const dry = await run('import', file, '--job', '1', '--dry-run')
    expect(dry.stdout).toMatch(/Encoding windows-1250 detected with \d+% confidence; it could also be .*iso-8859-2 \(\d+%\).*--encoding NAME/)
    const applied = await run('import', file, '--job', '1', '--encoding', 'ISO-8859-2')
    expect(applied.code).toBe(0)
    expect(applied.stdout).toContain('Read latin2.csv: ISO-8859-2 (Latin-2, Central European) (chosen), comma-separated, 2 rows.')
    const list = (await run('candidates', 'list', '--json')).json()
    expect(list.map((c: { fullName: string }) => c.fullName)).toEqual(['Petr Vašek', 'Jan Kašpar'])
  })

  it('an encoding that is not supported is refused by name, with the list, and nothing is imported', async () => {
    const { run } = await cliSession()
    const refused = await run('import', fixture('central-european-1250.csv'), '--job', '1', '--encoding', 'klingon')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--encoding: "klingon" is not an encoding Tracker Sync can read. Use one of: utf-8, utf-16le')
    expect((await run('candidates', 'list', '--json')).json()).toEqual([])

    const t = csvCore()
    const job = t.job()
    const before = t.dump()
    const options = { jobId: job, encoding: 'ebcdic' } as unknown as { jobId: number }
    await expect(t.core.csv.apply(fixture('central-european-1250.csv'), options)).rejects.toThrow(/"ebcdic" is not an encoding Tracker Sync can read/)
    await expect(t.core.csv.inspect(fixture('central-european-1250.csv'), { encoding: 'ebcdic' as 'utf-8' })).rejects.toThrow(/Use one of/)
    expect(t.dump()).toEqual(before)

    // The wizard's calls (the desktop app and the browser host) check the name before anything is read.
    const dispatch = dispatcherFor(t.core)
    for (const call of ['csv.inspect', 'csv.preview', 'csv.apply'] as const)
      expect(await dispatch(call, { fileId: 'file-00000001', jobId: job, encoding: 'ebcdic' } as never)).toMatchObject({
        ok: false,
        error: { code: 'validation', field: 'encoding', message: expect.stringContaining('must be one of: utf-8, utf-16le') }
      })
    expect(t.dump()).toEqual(before)
  })
})
