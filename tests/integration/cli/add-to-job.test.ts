import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

describe('CLI: one person, several jobs', () => {
  it('candidates add refuses a known email with exit 4 and the command to run; add-to-job puts the person on the job', async () => {
    const d = ['--data-dir', tempDir()]
    await cli([...d, 'jobs', 'add', '--title', 'ICU Nurse'])
    await cli([...d, 'jobs', 'add', '--title', 'Ward Manager'])
    expect(await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--email', 'ann@example.com'])).toMatchObject({ code: 0, stdout: '1\n' })
    expect(await cli([...d, 'candidates', 'add', '--job', '2', '--name', 'Bo Chen'])).toMatchObject({ code: 0, stdout: '2\n' })

    const refused = await cli([...d, 'candidates', 'add', '--job', '2', '--name', 'Ann Lee', '--email', 'ANN@example.com'])
    expect(refused.code).toBe(4)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe(
      'Error: Ann Lee (id 1, in ICU Nurse) already has this email. Add Ann Lee to this job instead. Run: tracker-sync candidates add-to-job --job 2 1\n'
    )
    const json = await cli([...d, '--json', 'candidates', 'add', '--job', '2', '--name', 'Ann Lee', '--email', 'ann@example.com'])
    expect(json.json()).toMatchObject({ exitCode: 4, error: { code: 'rule', field: 'email', existing: { id: 1, fullName: 'Ann Lee', onThisJob: false } } })

    const added = await cli([...d, 'candidates', 'add-to-job', '--job', '2', '1', '2'])
    expect(added).toMatchObject({ code: 0, stdout: 'added to Ward Manager: 1\nalready on it: 2\n' })
    const list = await cli([...d, '--json', 'candidates', 'list', '--job', '2'])
    expect(list.json().map((c: { id: number; stage: string }) => [c.id, c.stage])).toEqual([
      [1, 'sourced'],
      [2, 'sourced']
    ])
    expect((await cli([...d, '--json', 'candidates', 'list'])).json()).toHaveLength(2)

    // Now on both jobs: the refusal says so and has nothing to add.
    const onJob = await cli([...d, 'candidates', 'add', '--job', '2', '--name', 'Ann Lee', '--email', 'ann@example.com'])
    expect(onJob).toMatchObject({ code: 4, stderr: 'Error: Ann Lee (id 1) already has this email and is already on Ward Manager.\n' })
  })

  it('add-to-job: usage errors (exit 2) and unknown ids (exit 1) name the problem', async () => {
    const d = ['--data-dir', tempDir()]
    await cli([...d, 'jobs', 'add', '--title', 'ICU Nurse'])
    expect(await cli([...d, 'candidates', 'add-to-job', '1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--job is required.') })
    expect(await cli([...d, 'candidates', 'add-to-job', '--job', '1'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Give at least one CANDIDATE id.')
    })
    expect(await cli([...d, 'candidates', 'add-to-job', '--job', '1', 'x'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('CANDIDATE must be a positive whole number, got "x".')
    })
    expect(await cli([...d, 'candidates', 'add-to-job', '--job', '1', '5'])).toMatchObject({ code: 1, stderr: 'Error: There is no candidate with id 5.\n' })
    expect(await cli([...d, 'candidates', 'add-to-job', '--job', '9', '5'])).toMatchObject({ code: 1, stderr: 'Error: There is no job with id 9.\n' })
  })
})
