// Issue 17's everyday accident: a million-row import from the command line while the browser host (the desktop
// app's twin) and a `sync` run on the same data folder. Before, the import was ONE transaction of minutes: the queue
// heartbeat of `sync` got "database is locked" after the 5 s busy timeout and the process died with a stack trace, a
// stage change from the app failed, and the host froze. Now the import writes in slices (db/write-slices.ts): both
// stay up, the stage change waits its turn (a fraction of a second) and is recorded, the host answers status calls in
// well under a second throughout, and every row arrives.
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, onTestFinished } from 'vitest'
import { DATABASE_FILE } from '../../electron/lib/data-dir'
import { apiCall, startHost } from '../e2e/helpers/host'
import { tempDir } from '../helpers/temp'

const ROOT = join(__dirname, '../..')
const ROWS = Number(process.env.BUSY_FOLDER_ROWS ?? 1_000_000)

function cliProcess(dataDir: string, args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/cli/main.ts'), '--data-dir', dataDir, ...args], {
    cwd: ROOT,
    env: { ...process.env, TRACKER_SYNC_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  onTestFinished(() => void child.kill('SIGKILL'))
  return { child, output: () => output, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) }
}

function writePeople(file: string, rows: number): void {
  const fd = openSync(file, 'w')
  writeSync(fd, 'Full Name,Email,LinkedIn URL,Current Title,City\n')
  for (let start = 0; start < rows; start += 10_000) {
    let text = ''
    for (let i = start; i < Math.min(rows, start + 10_000); i++)
      text += `Person Number${i},person${i}@example${i % 89}.org,https://www.linkedin.com/in/person-number-${i},Staff Nurse,Leeds\n`
    writeSync(fd, text)
  }
  closeSync(fd)
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

describe('a million-row CLI import beside the browser host and sync', () => {
  it('keeps both up, records a stage change made meanwhile, answers status in under a second, loses nothing', async () => {
    const dataDir = tempDir('tracker-sync-busy-')
    // `sync` sends the queue (it holds the folder's sender lock; the host then waits for it, as the app does)
    const sync = cliProcess(dataDir, ['sync'])
    await expect.poll(() => sync.output(), { timeout: 30_000 }).toMatch(/Sending the queue/)
    const host = await startHost({ dataDir })
    onTestFinished(() => host.stop())
    const job = await apiCall<{ id: number }>(host, 'jobs.create', { title: 'Staff Nurse' })
    const ann = await apiCall<{ id: number }>(host, 'candidates.create', { jobId: job.id, fullName: 'Ann Lee', email: 'ann.lee@example.com' })

    const file = join(dataDir, 'people.csv')
    writePeople(file, ROWS)
    const started = performance.now()
    const importing = cliProcess(dataDir, ['import', file, '--job', String(job.id)])
    let importDone = false
    void importing.exit.then(() => (importDone = true))

    // Status every 200 ms while the import runs; one stage change once the import has committed rows.
    let slowestStatusMs = 0
    let statusCalls = 0
    let stageChange: { ms: number; value: { outcomes: { changed: boolean }[]; failed: unknown[] } } | null = null
    while (!importDone) {
      const status = await timed(() => apiCall(host, 'status.get', {}))
      slowestStatusMs = Math.max(slowestStatusMs, status.ms)
      statusCalls++
      if (!stageChange) {
        const imports = await apiCall<{ state: string; counts: { rows: number } }[]>(host, 'csv.imports', { limit: 1 })
        if (imports[0]?.state === 'applying' && imports[0].counts.rows > ROWS / 10)
          stageChange = await timed(() => apiCall(host, 'stages.record', { jobId: job.id, candidateIds: [ann.id], stage: 'replied' }))
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const importMs = performance.now() - started
    expect(await importing.exit, importing.output()).toBe(0)
    console.log(
      `busy folder: ${ROWS} rows imported in ${(importMs / 1000).toFixed(1)} s; ${statusCalls} status calls, slowest ${Math.round(slowestStatusMs)} ms; ` +
        `stage change during the import ${stageChange ? Math.round(stageChange.ms) : '-'} ms`
    )

    expect(stageChange, 'the stage change was made while the import ran').not.toBeNull()
    expect(stageChange!.value.failed).toEqual([])
    expect(stageChange!.value.outcomes[0].changed).toBe(true)
    expect(slowestStatusMs).toBeLessThan(1_000)
    // both still up: `sync` still running (its heartbeat survived), the host answering
    expect(sync.child.exitCode, sync.output()).toBeNull()
    expect(sync.output()).not.toMatch(/database is locked|SQLITE_BUSY/)
    await apiCall(host, 'status.get', {})

    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
    try {
      expect(db.prepare('SELECT COUNT(*) FROM candidates').pluck().get()).toBe(ROWS + 1)
      expect(db.prepare('SELECT COUNT(*) FROM job_candidates WHERE job_id = ?').pluck().get(job.id)).toBe(ROWS + 1)
      expect(db.prepare('SELECT stage FROM job_candidates WHERE job_id = ? AND candidate_id = ?').pluck().get(job.id, ann.id)).toBe('replied')
      expect(db.prepare('SELECT COUNT(*) FROM outreach_events WHERE candidate_id = ?').pluck().get(ann.id)).toBe(1)
      expect(db.prepare('SELECT state, rows_total, new_count FROM csv_imports').all()).toEqual([{ state: 'applied', rows_total: ROWS, new_count: ROWS }])
    } finally {
      db.close()
    }
    sync.child.kill('SIGINT')
    expect(await sync.exit).toBe(0)
  }, 900_000)
})
