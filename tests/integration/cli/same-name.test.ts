// The command line and repeated names: `candidates add` keeps stdout the new id and warns on stderr about a stored
// namesake (and in the JSON); `import` lists the rows kept apart from a namesake under Warnings, in the dry run and
// the import alike, and import-undo removes every one of them.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

describe('CLI: the same full name', () => {
  it('candidates add: a namesake with another email is added, with the warning on stderr; the same email is refused', async () => {
    const d = ['--data-dir', tempDir()]
    await cli([...d, 'jobs', 'add', '--title', 'ICU Nurse'])
    expect(await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--email', 'ann@example.com'])).toMatchObject({ code: 0, stderr: '' })
    expect(await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--email', 'ann.lee@work.example'])).toMatchObject({
      code: 0,
      stdout: '2\n',
      stderr: 'Warning: Same full name as candidate 1 (Ann Lee) but a different email: added as a different person.\n'
    })
    const json = await cli([...d, '--json', 'candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--linkedin', 'linkedin.com/in/ann-lee-3'])
    expect(json.stderr).toBe('')
    expect(json.json()).toMatchObject({
      id: 3,
      warning: expect.stringMatching(/^Same full name as candidate 1 \(Ann Lee\), and no email or LinkedIn URL tells them apart/)
    })
    const refused = await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--email', 'ann.lee@work.example'])
    expect(refused).toMatchObject({ code: 4, stdout: '', stderr: 'Error: Ann Lee (id 2) already has this email and is already on ICU Nurse.\n' })
  })

  it('import: the rows kept apart from a namesake are imported and listed under Warnings; import-undo removes them', async () => {
    const dir = tempDir()
    const d = ['--data-dir', dir]
    const file = join(dir, 'people.csv')
    writeFileSync(file, 'Full Name,Email\nJohn Smith,john@example.com\nJohn Smith,j.smith@work.example\nJOHN SMITH,\n')
    await cli([...d, 'jobs', 'add', '--title', 'ICU Nurse'])
    const lines = [
      'Warnings (1):',
      '  row 3: Same full name as row 2 (John Smith) but a different email: imported as a different person.',
      '',
      'Duplicates (1):'
    ]
    const dry = await cli([...d, 'import', file, '--job', '1', '--dry-run'])
    expect(dry.stdout).toContain('Would import: 2 new, 0 added from other jobs, 0 updated, 1 skipped as duplicates, 0 invalid.')
    expect(dry.stdout).toContain('  row 4: same full name as row 2 (john smith): skipped')
    expect(dry.stdout).toContain(lines.slice(0, 2).join('\n'))
    const applied = await cli([...d, 'import', file, '--job', '1'])
    expect(applied.stdout).toContain('Imported into job 1: 2 new, 0 added from other jobs, 0 updated, 1 skipped as duplicates, 0 invalid.')
    expect(applied.stdout).toContain(lines.slice(0, 2).join('\n'))
    expect((await cli([...d, '--json', 'candidates', 'list'])).json().map((c: { email: string }) => c.email)).toEqual([
      'john@example.com',
      'j.smith@work.example'
    ])
    expect(await cli([...d, 'import-undo'])).toMatchObject({ code: 0 })
    expect((await cli([...d, '--json', 'candidates', 'list'])).json()).toEqual([])
  })
})
