import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../electron/core'
import { tempDir } from '../../helpers/temp'

const CHILD = join(__dirname, 'crash-child.ts')
const ROWS = 20_000
const noSecrets = { kind: 'keychain' as const, get: async () => null, set: async () => {}, delete: async () => false }

describe('an import killed half-way', () => {
  it('is rolled back by the next start, slices it had committed included, and the next import works', async () => {
    const dir = tempDir('tracker-sync-csv-crash-')
    const setup = createCore({ dataDir: dir, secrets: noSecrets })
    const job = setup.jobs.create({ title: 'ICU Nurse' }).id
    await setup.close()
    const file = join(dir, 'big.csv')
    writeFileSync(file, 'Full Name,Email,TrackerRMS ID\n' + Array.from({ length: ROWS }, (_, i) => `Person ${i},p${i}@example.com,${i + 1}\n`).join(''))

    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), CHILD, dir, file, String(job)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const done = [...output.matchAll(/applying (\d+)/g)].map((m) => Number(m[1]))
        if (/finished/.test(output) || done.some((n) => n >= ROWS / 4)) {
          child.kill('SIGKILL') // a quarter in: several slices committed, one maybe under way
          resolve()
        }
      })
      child.on('exit', () => resolve())
    })
    await exited

    const killedAt = Math.max(...[...output.matchAll(/applying (\d+)/g)].map((m) => Number(m[1])))
    const core = createCore({ dataDir: dir, secrets: noSecrets })
    const count = (sql: string) => (core.ctx.db.prepare(sql).get() as { n: number }).n
    expect(output).not.toMatch(/finished/)
    // Some slices had committed: their rows were there, as an import under way shows them.
    expect(killedAt).toBeGreaterThanOrEqual(ROWS / 4)
    expect(count('SELECT COUNT(*) AS n FROM candidates')).toBeGreaterThan(0)
    expect(count("SELECT COUNT(*) AS n FROM csv_imports WHERE state = 'applying'")).toBe(1)

    await core.csv.recoverAbandoned()
    for (const table of ['candidates', 'job_candidates', 'csv_imports', 'csv_import_changes', 'sync_ledger', 'tracker_index'])
      expect(count(`SELECT COUNT(*) AS n FROM ${table}`), table).toBe(0)

    const again = await core.csv.apply(file, { jobId: job })
    expect(again).toMatchObject({ status: 'applied', counts: { new: ROWS } })
    await core.close()
  })
})
