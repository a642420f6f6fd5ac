// The command line's doors: an impossible date and a control character are refused with the option or field named
// and nothing stored; data already stored with control characters (older databases) prints with them made
// visible (\x1b), never raw to the terminal, and --json gives it back exactly.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

// eslint-disable-next-line no-control-regex -- what must never reach the terminal raw
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

async function folderWithCandidate() {
  const dir = tempDir()
  const d = ['--data-dir', dir]
  expect((await cli([...d, 'jobs', 'add', '--title', 'ICU Nurse'])).code).toBe(0)
  expect((await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Ann Lee'])).code).toBe(0)
  return { dir, d }
}

const events = (dir: string) => {
  const db = new Database(join(dir, 'tracker-sync.sqlite'), { readonly: true })
  try {
    return db.prepare('SELECT kind, occurred_at FROM outreach_events').all()
  } finally {
    db.close()
  }
}

describe('stage --at', () => {
  it('refuses 30 February (JavaScript would store 2 March) with the option named; nothing is recorded', async () => {
    const { dir, d } = await folderWithCandidate()
    const before = events(dir)
    const result = await cli([...d, 'stage', '1', '--job', '1', 'replied', '--at', '2026-02-30T10:00:00Z'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^Error: --at: "2026-02-30T10:00:00Z" is not a date: February 2026 has 28 days\.\n\nUsage: tracker-sync stage/)
    expect(events(dir)).toEqual(before)
    const list = (await cli([...d, 'candidates', 'list', '--job', '1', '--json'])).json()
    expect(list[0].stage).toBe('sourced')
  })

  it('takes 29 February of a leap year, and a time with an offset', async () => {
    const { d } = await folderWithCandidate()
    const staged = await cli([...d, 'stage', '1', '--job', '1', 'replied', '--at', '2024-02-29T23:30:00-05:00', '--json'])
    expect(staged.json()).toMatchObject({ changed: true, occurredAt: '2024-03-01T04:30:00.000Z' })
  })
})

describe('text options', () => {
  it('a name with ESC is refused, naming the field and the character; nothing is stored', async () => {
    const { d } = await folderWithCandidate()
    const result = await cli([...d, 'candidates', 'add', '--job', '1', '--name', 'Bob\u001b[2JStone'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('Error: Full name contains the control character U+001B (ESC) at character 4: remove it.\n')
    expect((await cli([...d, 'candidates', 'list', '--json'])).json()).toHaveLength(1)
  })

  it('a job title with BEL, and who connects with ESC, are usage errors naming the option', async () => {
    const { d } = await folderWithCandidate()
    const title = await cli([...d, 'jobs', 'add', '--title', 'Nurse\u0007'])
    expect(title.code).toBe(2)
    expect(title.stderr).toMatch(/^Error: --title contains the control character U\+0007 \(BEL\) at character 6: remove it\./)
    expect((await cli([...d, 'jobs', 'list', '--json'])).json()).toHaveLength(1)
    // Refused before the token is read or TrackerRMS is asked anything.
    const tracker = ['--region', 'custom', '--rest-url', 'http://127.0.0.1:9', '--widget-url', 'http://127.0.0.1:9']
    const connect = await cli([...d, 'connect', ...tracker, '--as', 'Rita\u001b]0;x\u0007', '--token-stdin'], { stdin: 'token\n' })
    expect(connect.code).toBe(2)
    expect(connect.stderr).toMatch(/^Error: --as contains the control character U\+001B \(ESC\) at character 5: remove it\./)
  })
})

describe('output of data stored with control characters', () => {
  it('candidates list, jobs list and error messages show them escaped; --json gives them back exactly', async () => {
    const { dir, d } = await folderWithCandidate()
    // An older version stored whatever came in.
    const db = new Database(join(dir, 'tracker-sync.sqlite'))
    db.prepare(`UPDATE candidates SET full_name = ?, current_company = ? WHERE id = 1`).run('Ann\u001b[2J\u001b]0;owned\u0007Lee', 'NHS\r\nTrust\u009b')
    db.prepare(`UPDATE jobs SET title = ? WHERE id = 1`).run('ICU\u001b[31m Nurse')
    db.close()

    for (const args of [
      ['candidates', 'list'],
      ['candidates', 'list', '--job', '1'],
      ['jobs', 'list']
    ]) {
      const result = await cli([...d, ...args])
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout, args.join(' ')).not.toMatch(RAW_CONTROL)
    }
    const list = await cli([...d, 'candidates', 'list'])
    expect(list.stdout).toContain('Ann\\x1b[2J\\x1b]0;owned\\x07Lee')
    expect(list.stdout).toContain('NHS\\r\\nTrust\\x9b')
    expect(list.stdout.split('\n')).toHaveLength(4) // header, rule, one row, and the final newline: the cell's CRLF stays in its row
    expect((await cli([...d, 'jobs', 'list'])).stdout).toContain('ICU\\x1b[31m Nurse')

    const json = await cli([...d, 'candidates', 'list', '--json'])
    expect(json.stdout).not.toMatch(RAW_CONTROL)
    expect(json.json()[0]).toMatchObject({ fullName: 'Ann\u001b[2J\u001b]0;owned\u0007Lee', currentCompany: 'NHS\r\nTrust\u009b' })

    const refused = await cli([...d, 'stage', '1', '--job', '1', 'replied\u001b[2J'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('Unknown stage "replied\\x1b[2J"')
    expect(refused.stderr).not.toMatch(RAW_CONTROL)
  })
})
