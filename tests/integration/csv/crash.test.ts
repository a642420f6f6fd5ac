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
  it('leaves the database without the import or with all of it, and the next import works', async () => {
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
        if (/applying|finished/.test(output)) {
          child.kill('SIGKILL') // inside the apply transaction, unless it already committed
          resolve()
        }
      })
      child.on('exit', () => resolve())
    })
    await exited
    expect(output).toMatch(/applying|finished/)

    const core = createCore({ dataDir: dir, secrets: noSecrets })
    const count = (sql: string) => (core.ctx.db.prepare(sql).get() as { n: number }).n
    const candidates = count('SELECT COUNT(*) AS n FROM candidates')
    expect([0, ROWS]).toContain(candidates)
    expect(count('SELECT COUNT(*) AS n FROM csv_imports')).toBe(candidates ? 1 : 0)
    expect(count('SELECT COUNT(*) AS n FROM sync_ledger')).toBe(candidates)
    expect(count('SELECT COUNT(*) AS n FROM tracker_index')).toBe(candidates)
    expect(count("SELECT COUNT(*) AS n FROM csv_import_changes WHERE kind = 'candidate_created'")).toBe(candidates)

    const again = await core.csv.apply(file, { jobId: job })
    expect(again).toMatchObject({ status: 'applied', counts: candidates ? { skipped: ROWS } : { new: ROWS } })
    await core.close()
  })
})
