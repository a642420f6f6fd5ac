import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

describe('CLI: status, settings, jobs, candidates, stage', () => {
  it('status on an empty folder creates the database at the latest version', async () => {
    const dir = tempDir()
    const result = await cli(['--data-dir', dir, 'status', '--json'])
    expect(result.code).toBe(0)
    const status = result.json()
    expect(status.database).toEqual({
      path: join(dir, 'tracker-sync.sqlite'),
      schemaVersion: LATEST_SCHEMA_VERSION,
      latestSchemaVersion: LATEST_SCHEMA_VERSION
    })
    expect(status.connection.connected).toBe(false)
    expect(status.queue.pending).toBe(0)
  })

  it('refuses a database newer than the code: non-zero exit, clear message, file byte-identical', async () => {
    const dir = tempDir()
    await cli(['--data-dir', dir, 'status'])
    const file = join(dir, 'tracker-sync.sqlite')
    const db = new Database(file)
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    db.pragma('journal_mode = DELETE')
    db.close()
    const before = createHash('sha256').update(readFileSync(file)).digest('hex')
    const result = await cli(['--data-dir', dir, 'status', '--json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`schema version ${LATEST_SCHEMA_VERSION + 1}.*up to ${LATEST_SCHEMA_VERSION}`))
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before)
  })

  it('round-trips jobs, candidates and stages as entered', async () => {
    const dir = tempDir()
    const d = ['--data-dir', dir]
    const job = await cli([...d, 'jobs', 'add', '--title', 'ICU Nurse', '--company', "St Mary's", '--location', 'Leeds, UK'])
    expect(job).toMatchObject({ code: 0, stdout: '1\n' })
    const add = await cli([
      ...d,
      'candidates',
      'add',
      '--job',
      '1',
      '--name',
      'Ольга Петрова',
      '--email',
      'Olga.Petrova@Example.com',
      '--phone',
      '+44 7700 900123',
      '--linkedin',
      'https://uk.linkedin.com/in/olga-petrova/',
      '--city',
      'Leeds',
      '--state',
      'West Yorkshire',
      '--country',
      'United Kingdom',
      '--title',
      'Staff Nurse',
      '--company',
      'NHS'
    ])
    expect(add).toMatchObject({ code: 0, stdout: '1\n' })
    const staged = await cli([...d, 'stage', '1', '--job', '1', 'replied', '--at', '2026-03-01T09:30:00Z', '--json'])
    expect(staged.code).toBe(0)
    expect(staged.json()).toEqual({
      candidateId: 1,
      stage: 'replied',
      previousStage: 'sourced',
      changed: true,
      occurredAt: '2026-03-01T09:30:00.000Z',
      effects: [],
      queued: null
    })

    const jobs = (await cli([...d, 'jobs', 'list', '--json'])).json()
    expect(jobs).toEqual([
      expect.objectContaining({
        id: 1,
        title: 'ICU Nurse',
        company: "St Mary's",
        location: 'Leeds, UK',
        candidateCount: 1,
        sync: expect.objectContaining({ trigger: 'never', trackerJobId: null })
      })
    ])
    const list = (await cli([...d, 'candidates', 'list', '--job', '1', '--json'])).json()
    expect(list).toEqual([
      expect.objectContaining({
        id: 1,
        fullName: 'Ольга Петрова',
        firstName: 'Ольга',
        lastName: 'Петрова',
        email: 'Olga.Petrova@Example.com',
        phone: '+44 7700 900123',
        linkedinUrl: 'https://uk.linkedin.com/in/olga-petrova/',
        city: 'Leeds',
        state: 'West Yorkshire',
        country: 'United Kingdom',
        currentTitle: 'Staff Nurse',
        currentCompany: 'NHS',
        stage: 'replied'
      })
    ])
    expect((await cli([...d, 'candidates', 'list', '--json'])).json()).toHaveLength(1)
  })

  it('says which field is wrong and writes nothing', async () => {
    const dir = tempDir()
    const d = ['--data-dir', dir]
    await cli([...d, 'jobs', 'add', '--title', 'Nurse'])
    const bad = await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee', '--email', 'ann@acme.com, bob@acme.com'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Email "ann@acme.com, bob@acme.com" holds more than one address')
    const noName = await cli([...d, 'candidates', 'add', '--job', '1', '--email', 'ann@acme.com'])
    expect(noName.stderr).toContain('A candidate needs a name')
    const badLinkedIn = await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann', '--linkedin', 'https://www.linkedin.com/company/acme'])
    expect(badLinkedIn.stderr).toContain('is not a LinkedIn profile address')
    const noJob = await cli([...d, 'candidates', 'add', '--job', '9', '--name', 'Ann'])
    expect(noJob).toMatchObject({ code: 1 })
    expect(noJob.stderr).toContain('There is no job with id 9')
    expect((await cli([...d, 'candidates', 'list', '--json'])).json()).toEqual([])
    const future = await cli([...d, 'stage', '1', '--job', '1', 'replied', '--at', '2999-01-01T00:00:00Z'])
    expect(future.stderr).toMatch(/in the future|not on job/)
  })

  it('reads and validates settings', async () => {
    const d = ['--data-dir', tempDir()]
    expect((await cli([...d, 'settings', 'get', 'sync-delay-seconds'])).stdout).toBe('120\n')
    expect((await cli([...d, 'settings', 'set', 'sync-delay-seconds', '30'])).code).toBe(0)
    expect((await cli([...d, 'settings', 'get', '--json'])).json()).toMatchObject({ 'sync-delay-seconds': 30, 'requests-per-minute': 90 })
    const bad = await cli([...d, 'settings', 'set', 'requests-per-minute', 'lots'])
    expect(bad).toMatchObject({ code: 1 })
    expect(bad.stderr).toContain('requests-per-minute must be a whole number')
    expect((await cli([...d, 'settings', 'set', 'rest-url', 'http://x'])).stderr).toContain('set by connecting')
  })

  it('uses exit code 2 for usage errors and lists commands in --help', async () => {
    const d = ['--data-dir', tempDir()]
    expect((await cli([...d, 'frobnicate'])).code).toBe(2)
    expect((await cli([...d, 'jobs', 'add'])).code).toBe(2)
    expect((await cli([...d, 'jobs', 'add', '--title', 'x', '--colour', 'red'])).code).toBe(2)
    expect((await cli([...d, 'stage', 'one', '--job', '1', 'replied'])).code).toBe(2)
    // Arguments are checked by the API call's own schema (as in the app), and the refusal names the option typed.
    expect((await cli([...d, 'jobs', 'add', '--title', 'Nurse'])).code).toBe(0)
    const trigger = await cli([...d, 'jobs', 'map', '1', '--trigger', 'sometimes'])
    expect(trigger).toMatchObject({ code: 2 })
    expect(trigger.stderr).toContain('Error: --trigger must be one of: never, sequence, replied, interested.')
    expect(trigger.stderr).toContain('Usage: tracker-sync jobs add')
    const long = await cli([...d, 'jobs', 'add', '--title', 'x'.repeat(201)])
    expect(long).toMatchObject({ code: 2 })
    expect(long.stderr).toMatch(/^Error: --title .*200/)
    const unknown = await cli([...d, 'settings', 'set', 'colour', 'red'])
    expect(unknown).toMatchObject({ code: 1 })
    expect(unknown.stderr).toContain('Unknown setting "colour". Settings: sync-delay-seconds')
    expect((await cli([...d, 'jobs', 'list', '--json'])).json()).toEqual([
      expect.objectContaining({ id: 1, title: 'Nurse', sync: expect.objectContaining({ trigger: 'never' }) })
    ])
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    for (const name of ['status', 'settings', 'jobs', 'candidates', 'stage']) expect(help.stdout).toContain(name)
  })

  it('runs as `npm run cli` straight after install, keeping --json output clean', () => {
    const dir = tempDir()
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', '--data-dir', dir, 'jobs', 'add', '--title', 'Welder', '--json'], {
      cwd: join(__dirname, '../../..'),
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 1, title: 'Welder' })
  })
})
