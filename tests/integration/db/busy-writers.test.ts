// Two processes on one data folder: while another Tracker Sync writes (an import in the CLI, say), a stage change
// here waits for it and is recorded — every write transaction starts IMMEDIATE, so none fails at once with "database
// is locked" after reading a snapshot the other writer has since made stale.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it, onTestFinished } from 'vitest'
import { createCore } from '../../../electron/core'
import { readSetting } from '../../../electron/db/settings'
import { createEnvStore } from '../../../electron/secrets'
import { manualClock } from '../../helpers/clock'
import { connectedCore } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

const ROOT = join(__dirname, '../../..')

it('a stage change waits for another process’s write and is recorded', async () => {
  const dataDir = tempDir()
  const core = createCore({ dataDir, secrets: createEnvStore('unused-token', null) })
  onTestFinished(() => core.close())
  const job = core.jobs.create({ title: 'Welder' })
  const ann = core.candidates.create({ jobId: job.id, fullName: 'Ann Lee' })
  for (let round = 0; round < 3; round++) {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/fixtures/hold-lock-child.ts'), join(dataDir, 'tracker-sync.sqlite'), '800'], {
      cwd: ROOT
    })
    const exited = new Promise((resolve) => child.on('close', resolve))
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()))
    const stage = round % 2 === 0 ? 'sequence' : 'sourced'
    const started = Date.now()
    core.outreach.recordStage({ jobId: job.id, candidateId: ann.id, stage })
    expect(Date.now() - started).toBeGreaterThan(300) // it waited for the other writer…
    expect(core.candidates.listForJob(job.id).find((c) => c.id === ann.id)?.stage).toBe(stage) // …and was recorded
    expect(await exited).toBe(0)
  }
}, 30_000)

it('the queue’s heartbeat skips a beat while another process holds the database past the busy timeout, and keeps the lock', async () => {
  const dataDir = tempDir()
  const core = createCore({ dataDir, secrets: createEnvStore('unused-token', null), sync: { schedulerOptions: { heartbeatMs: 50 } } })
  onTestFinished(() => core.close())
  core.sync.start()
  core.ctx.db.pragma('busy_timeout = 100') // so a beat gives up well inside the other process's hold
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/fixtures/hold-lock-child.ts'), join(dataDir, 'tracker-sync.sqlite'), '1500'], {
    cwd: ROOT
  })
  const exited = new Promise((resolve) => child.on('close', resolve))
  await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()))
  expect(await exited).toBe(0) // ~30 beats met a busy database meanwhile: none escaped (it would fail this test)
  await new Promise((resolve) => setTimeout(resolve, 200))
  const lock = JSON.parse(readSetting(core.ctx.db, 'sync-worker-lock') as string) as { pid: number; heartbeatAt: string }
  expect(lock.pid).toBe(process.pid)
  expect(Date.now() - Date.parse(lock.heartbeatAt)).toBeLessThan(1000) // renewed again once the other one finished
})

it('the queue meets a database another process holds past the busy timeout when an export falls due: it waits and tries again, never throws', async () => {
  // the app's clock decides when the export is due: it falls due only once the other process holds the database
  const clock = manualClock(new Date().toISOString())
  const { core, dataDir } = await connectedCore({ core: { clock, sync: { schedulerOptions: { pollMs: 50 } } } })
  const job = core.jobs.create({ title: 'Welder' })
  const ann = core.candidates.create({ jobId: job.id, fullName: 'Ann Lee', email: 'ann.lee@example.com' })
  const dueAt = new Date(clock.now().getTime() + 3_600_000).toISOString()
  core.ctx.db
    .prepare(
      `INSERT INTO sync_queue (candidate_id, job_id, origin, state, step, attempts, next_run_at, created_at, updated_at)
       VALUES (?, ?, 'manual', 'pending', 'queued', 0, ?, ?, ?)`
    )
    .run(ann.id, job.id, dueAt, dueAt, dueAt)
  core.sync.start()
  core.ctx.db.pragma('busy_timeout = 100') // so the claim gives up well inside the other process's hold
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/fixtures/hold-lock-child.ts'), join(dataDir, 'tracker-sync.sqlite'), '1500'], {
    cwd: ROOT
  })
  const exited = new Promise((resolve) => child.on('close', resolve))
  await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()))
  clock.advance(7_200_000)
  expect(await exited).toBe(0) // the export fell due during the hold: its claim met a busy database (an escape fails this test)
  const log = () => readFileSync(join(dataDir, 'logs', 'tracker-sync.log'), 'utf8')
  expect(log()).toMatch(/queue\.pump_skipped/)
  // after the hold the queue goes on: the export is sent
  await expect.poll(() => core.ctx.db.prepare('SELECT state FROM sync_queue').pluck().get(), { timeout: 15_000 }).toBe('done')
}, 30_000)
