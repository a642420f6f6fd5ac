import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { templateCsv } from '../../../shared/csv'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { FIXTURES } from './helpers'

const TRACKER_FILE = join(FIXTURES, 'trackerrms-export-semicolon-1252.csv')

function session() {
  const dir = tempDir('tracker-sync-csv-cli-')
  return { dir, run: (...args: string[]) => cli(['--data-dir', dir, ...args]) }
}

describe('CLI: template, import, import-undo, export-csv', () => {
  it('template writes the template file', async () => {
    const { dir, run } = session()
    const result = await run('template', join(dir, 't.csv'))
    expect(result).toMatchObject({ code: 0, stdout: `Wrote the template to ${join(dir, 't.csv')}.\n` })
    expect(readFileSync(join(dir, 't.csv'), 'utf8')).toBe(templateCsv())
  })

  it('a TrackerRMS export (semicolons, Windows-1252, a few bad rows): rejected with every bad row named, then imported without them', async () => {
    const { run } = session()
    await run('jobs', 'add', '--title', 'ICU Nurse')
    const dry = await run('import', TRACKER_FILE, '--job', '1', '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('Read trackerrms-export-semicolon-1252.csv: Windows-1252 (the file is not valid UTF-8), semicolon-separated, 6 rows.')
    expect(dry.stdout).toContain(
      'Columns: Resource ID → TrackerRMS ID, Forename → First Name, Surname → Last Name, E-mail → Email, Mobile → Phone, Work Phone → Phone, LinkedIn Profile → LinkedIn URL, Town → City, County → State, Country, Job Title → Current Title, Current Employer → Current Company.'
    )
    expect(dry.stdout).toContain('Note: Column "Title" is not a candidate field; it is not imported.')
    expect(dry.stdout).toContain('Dry run, nothing was changed. Would import: 3 new, 0 added from other jobs, 0 updated, 0 skipped as duplicates, 3 invalid.')

    const rejected = await run('import', TRACKER_FILE, '--job', '1')
    expect(rejected.code).toBe(1)
    expect(rejected.stdout).toContain('Rejected: 3 of 6 rows have errors, so nothing was imported.')
    expect(rejected.stdout).toContain('  row 4, Resource ID: "n/a" is not a TrackerRMS ID (a positive whole number).')
    expect(rejected.stdout).toContain('  row 5, E-mail: Email "lukasz@@example.pl" holds more than one address.')
    expect(rejected.stdout).toContain('  row 6, Forename / Surname: A candidate needs a name: give a full name, or a first and last name.')
    expect(rejected.stdout).toContain('  row 6, LinkedIn Profile: LinkedIn URL "https://www.linkedin.com/company/st-marys/" is not a LinkedIn profile address')
    expect(rejected.stdout).toContain(
      '  row 7, E-mail: The cell holds 2 addresses; kept the first (renee.lefevre@example.fr), left out r.lefevre@work.example.'
    )
    expect(rejected.stdout).toContain('Fix these rows, or run again with --skip-invalid to import the 3 valid rows.')
    expect((await run('candidates', 'list', '--json')).json()).toEqual([])

    const applied = await run('import', TRACKER_FILE, '--job', '1', '--skip-invalid', '--json')
    expect(applied.code).toBe(0)
    expect(applied.json()).toMatchObject({ status: 'applied', importId: 1, counts: { rows: 6, new: 3, invalid: 3 } })
    const list = (await run('candidates', 'list', '--job', '1', '--json')).json()
    expect(list.map((c: Record<string, unknown>) => [c.fullName, c.email, c.phone, c.linkedinUrl, c.city, c.state, c.currentTitle, c.currentCompany])).toEqual([
      [
        'Siobhán O’Connor',
        'siobhan.oconnor@example.ie',
        '+353 87 123 4567',
        'https://ie.linkedin.com/in/siobhan-oconnor/',
        'Cork',
        'County Cork',
        'Clinical Nurse Manager',
        'Cork University Hospital'
      ],
      ['José Núñez', 'jose.nunez@example.es', '+34 91 123 45 67', null, 'Málaga', 'Andalucía', 'Enfermero', 'Hospital Carlos Haya'],
      ['Renée Lefèvre', 'renee.lefevre@example.fr', null, 'www.linkedin.com/in/renee-lefevre', 'Besançon', 'Doubs', 'Médecin', 'CHU Besançon']
    ])
    const status = (await run('status', '--json')).json()
    expect(status.ledger).toMatchObject({ imported: 3 })
  })

  it('export-csv then import into another job adds the same candidates to it (no twins); import-undo takes them off again', async () => {
    const { dir, run } = session()
    await run('jobs', 'add', '--title', 'ICU Nurse')
    await run('jobs', 'add', '--title', 'Theatre Nurse')
    await run('import', TRACKER_FILE, '--job', '1', '--skip-invalid')
    await run('stage', '1', '--job', '1', 'replied', '--at', '2026-03-01T09:30:00Z')
    const out = join(dir, 'out.csv')
    const exported = await run('export-csv', out, '--job', '1')
    expect(exported).toMatchObject({ code: 0, stdout: `Exported 3 rows to ${out}.\n` })
    const text = readFileSync(out, 'utf8')
    expect(text.startsWith('\uFEFFFirst Name,Last Name,Full Name,Email,Phone,')).toBe(true)
    expect(text).toContain(",'+353 87 123 4567,") // formula-escaped
    expect(text.split('\r\n')).toHaveLength(5)

    const dry = await run('import', out, '--job', '2', '--dry-run')
    expect(dry.stdout).toContain('Would import: 0 new, 3 added from other jobs, 0 updated, 0 skipped as duplicates, 0 invalid.')
    expect(dry.stdout).toMatch(/row 2: same TrackerRMS ID as candidate 1 \(Siobhán O’Connor\) in ICU Nurse \(\d+\): added to this job/)
    expect(dry.stdout).toContain('their stored details are kept')
    const imported = await run('import', out, '--job', '2')
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain(
      'Imported into job 2: 0 new, 3 added from other jobs, 0 updated, 0 skipped as duplicates, 0 invalid. Undo with: import-undo'
    )
    const strip = (list: Record<string, unknown>[]) => list.map(({ jobId: _j, stageChangedAt: _s, ...rest }) => rest)
    const one = (await run('candidates', 'list', '--job', '1', '--json')).json()
    const two = (await run('candidates', 'list', '--job', '2', '--json')).json()
    expect(strip(two)).toEqual(strip(one)) // the same candidates (same ids), with the file's stages
    expect(two[0].stage).toBe('replied')
    expect((await run('candidates', 'list', '--json')).json()).toHaveLength(3)

    const undo = await run('import-undo')
    expect(undo.code).toBe(0)
    expect(undo.stdout).toContain('Undid import 2: out.csv into "Theatre Nurse"')
    expect(undo.stdout).toContain('Removed 0 new candidates; restored 0 updated candidates and 0 stages.')
    expect(undo.stdout).toContain('Took 3 candidates added from other jobs off "Theatre Nurse" (they are still candidates of their other jobs).')
    expect((await run('candidates', 'list', '--job', '2', '--json')).json()).toEqual([])
    expect((await run('candidates', 'list', '--job', '1', '--json')).json()).toEqual(one)

    const all = await run('export-csv', join(dir, 'all.csv'))
    expect(all.stdout).toBe(`Exported 3 rows to ${join(dir, 'all.csv')}.\n`)
    expect(readFileSync(join(dir, 'all.csv'), 'utf8').split('\r\n')[0].endsWith(',Sync Status,Synced At,Job ID,Job')).toBe(true)
  })

  it('mappings from a JSON file, saved by name and reused', async () => {
    const { dir, run } = session()
    await run('jobs', 'add', '--title', 'ICU Nurse')
    const file = join(dir, 'de.csv')
    writeFileSync(file, 'Kandidat,Mail,Bemerkung\nAnn Lee,ann@example.com,hi\n')
    const mapping = join(dir, 'mapping.json')
    writeFileSync(mapping, JSON.stringify({ Kandidat: 'Full Name', Mail: 'email', Bemerkung: 'notes' }))
    const first = await run('import', file, '--job', '1', '--mapping', mapping, '--save-mapping', 'German', '--dry-run')
    expect(first.stdout).toContain('The mapping is saved only when the import is applied')
    const applied = await run('import', file, '--job', '1', '--mapping', mapping, '--save-mapping', 'German')
    expect(applied.stdout).toContain('Saved the mapping as "German".')
    const reused = await run('import', file, '--job', '1', '--mapping-name', 'German', '--dry-run', '--json')
    expect(reused.json()).toMatchObject({ counts: { skipped: 1 }, mapping: [{ field: 'fullName' }, { field: 'email' }, { field: 'notes' }] })

    writeFileSync(mapping, '{ not json')
    const bad = await run('import', file, '--job', '1', '--mapping', mapping)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/The mapping file .* is not valid JSON/)
    writeFileSync(mapping, JSON.stringify({ Kandidat: 'shoe size' }))
    expect((await run('import', file, '--job', '1', '--mapping', mapping)).stderr).toMatch(/"shoe size" is not a field/)
  })

  it('usage errors and refused files', async () => {
    const { dir, run } = session()
    await run('jobs', 'add', '--title', 'ICU Nurse')
    expect((await run('import', join(FIXTURES, 'ragged-rows.csv'), '--job', '1', '--policy', 'merge')).code).toBe(2)
    expect((await run('import', join(FIXTURES, 'ragged-rows.csv'))).stderr).toMatch(/--job is required/)
    const binary = await run('import', join(FIXTURES, 'binary-garbage.csv'), '--job', '1', '--json')
    expect(binary.code).toBe(1)
    expect(binary.json().error).toMatchObject({ code: 'validation', field: 'file', message: expect.stringMatching(/not a text file/) })
    const undo = await run('import-undo')
    expect(undo).toMatchObject({ code: 1, stderr: 'Error: There is no import to undo.\n' })
    expect((await run('export-csv', join(dir, 'x.csv'), '--job', '9')).stderr).toBe('Error: There is no job with id 9.\n')
  })
})
