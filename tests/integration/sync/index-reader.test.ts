// Reading TrackerRMS's candidate list at agency scale: from connect, in the background, with progress; resumable
// from its checkpoint; nothing created before it is done; a person TrackerRMS reports is linked, never duplicated.
import { describe, expect, it } from 'vitest'
import type { IndexStatus } from '../../../shared/events'
import { createCore } from '../../../electron/core'
import { dispatcherFor } from '../../helpers/api'
import { syncedCore } from '../../helpers/sync'

/** TrackerRMS candidates "Person 0" … with their own emails, created an hour apart. */
function seedPeople(sandbox: Awaited<ReturnType<typeof syncedCore>>['sandbox'], count: number): void {
  const base = Date.parse('2026-01-01T00:00:00Z')
  for (let i = 0; i < count; i++) {
    const at = new Date(base + i * 3_600_000).toISOString()
    sandbox.controls.addResource({ firstName: 'Person', surname: `Number${i}`, email: `person${i}@example.com`, createdAt: at, updatedAt: at })
  }
}

/** The REST listing pages asked for since the log was cleared. */
const listedPages = (sandbox: Awaited<ReturnType<typeof syncedCore>>['sandbox']) =>
  sandbox.controls
    .requestLog()
    .filter((r) => r.path.endsWith('/Resource/Search')) // the default profile's listing (L2)
    .map((r) => (r.body as { pageNumber: number }).pageNumber)

const indexIds = (core: { ctx: { db: { prepare(sql: string): { all(): unknown[] } } } }) =>
  (core.ctx.db.prepare('SELECT resource_id FROM tracker_index ORDER BY resource_id').all() as { resource_id: number }[]).map((r) => r.resource_id)

describe('the first read of TrackerRMS’s candidate list', () => {
  it('starts with the queue, reports progress page by page, and ends ready with every candidate', async () => {
    const { core, sandbox, readIndex } = await syncedCore()
    seedPeople(sandbox, 95)
    const seen: IndexStatus[] = []
    core.events.on('index.progress', (s) => seen.push(s))
    await readIndex()
    const reading = seen.filter((s) => s.state === 'reading')
    expect(reading.length).toBeGreaterThanOrEqual(10) // one per page of 10 at least
    const rows = reading.map((s) => s.rows)
    expect(rows).toEqual([...rows].sort((a, b) => a - b))
    expect(Math.max(...rows)).toBe(95)
    expect(seen.at(-1)).toMatchObject({ state: 'ready', rows: 95, readyAt: expect.any(String) })
    expect(indexIds(core)).toEqual(sandbox.controls.resources().map((r) => r.id))
  })

  it('carries on from its checkpoint after the process stops: no page is read twice', async () => {
    const { core, sandbox, dataDir, secrets } = await syncedCore()
    seedPeople(sandbox, 120)
    sandbox.controls.clearRequestLog()
    // Stop the first process after its fifth page.
    const stopped = new Promise<void>((resolve) => {
      const off = core.events.on('index.progress', (s) => {
        if (s.state === 'reading' && s.rows >= 50) {
          off()
          void core.sync.stop().then(resolve)
        }
      })
    })
    core.sync.start()
    await stopped
    const before = listedPages(sandbox)
    expect(before.length).toBeGreaterThanOrEqual(5)
    expect(before.length).toBeLessThan(12)
    const stoppedAt = core.sync.indexStatus()
    expect(stoppedAt).toMatchObject({ state: 'reading', rows: expect.any(Number) })
    expect(stoppedAt.rows).toBeGreaterThanOrEqual(50)
    await core.close()

    // A new process on the same data folder: it reads on from the page after the last one stored.
    const again = createCore({ dataDir, secrets })
    try {
      expect(again.sync.indexStatus()).toMatchObject({ state: 'reading', rows: stoppedAt.rows })
      again.sync.start()
      await expect.poll(() => again.sync.indexStatus().state, { timeout: 20_000 }).toBe('ready')
      const pages = listedPages(sandbox)
      const after = pages.slice(before.length)
      expect(after[0]).toBe(before.at(-1)! + 1)
      expect(new Set(pages).size).toBe(pages.length) // no page asked for twice
      expect(indexIds(again)).toEqual(sandbox.controls.resources().map((r) => r.id))
    } finally {
      await again.close()
    }
  })
})

describe('exports during the first read', () => {
  it('create nothing until the read is done, then send; a person TrackerRMS has is linked, not created', async () => {
    // 150 ms a request: the read of 15 pages takes a few seconds.
    const { core, sandbox, addCandidate, job, sync } = await syncedCore()
    sandbox.controls.setLatency(150)
    seedPeople(sandbox, 150)
    const known = sandbox.controls.resources()[140] // far down the list: not read yet when the export runs
    const ann = addCandidate({ fullName: 'Ann Newcomer', email: 'ann.newcomer@example.com' })
    const twin = addCandidate({ fullName: 'Person Number140', email: 'person140@example.com' })
    let readyAt = 0
    core.events.on('index.progress', (s) => {
      if (s.state === 'ready' && !readyAt) readyAt = Date.now()
    })
    for (const c of [ann, twin]) core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    const created: number[] = []
    sync.start()
    await expect.poll(() => core.sync.listQueue({ states: ['waiting'] }).length, { timeout: 10_000 }).toBe(2)
    expect(core.sync.listQueue().map((q) => q.waitingFor)).toEqual(['index', 'index'])
    // The queue (as the screens and the CLI read it) says how far the read is now, not when the export began to wait.
    const dispatch = dispatcherFor(core)
    await expect
      .poll(async () => ((await dispatch('sync.queue', { limit: 10 })) as { value: { candidateId: number; lastError: string }[] }).value, { timeout: 5_000 })
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({ candidateId: ann.id, lastError: expect.stringMatching(/^Waiting for the TrackerRMS candidate list \([1-9][\d,]* read\)/) }),
          expect.objectContaining({ candidateId: twin.id, lastError: expect.stringMatching(/^TrackerRMS already has this person \(same email\)/) })
        ])
      )
    const result = await sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 30_000 })
    expect(result).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    for (const r of sandbox.controls.resources()) if (r.source === 'Tracker Sync') created.push(Date.parse(r.createdAt))
    expect(created).toHaveLength(1) // Ann; Person Number140 was linked to the record TrackerRMS has
    expect(Math.min(...created)).toBeGreaterThanOrEqual(readyAt - 1000)
    expect(core.sync.ledger().map((l) => [l.candidateId, l.how, l.trackerResourceId])).toEqual(
      expect.arrayContaining([
        [twin.id, 'linked', known.id],
        [ann.id, 'created', expect.any(Number)]
      ])
    )
  })

  it('a record TrackerRMS reports after the first read (someone added it just now) is read and linked, never created', async () => {
    const { core, sandbox, addCandidate, job, sendAll, readIndex } = await syncedCore()
    seedPeople(sandbox, 30)
    await readIndex()
    const fresh = sandbox.controls.addResource({ firstName: 'Bea', surname: 'Latecomer', email: 'bea@example.com' })
    const bea = addCandidate({ fullName: 'Beatrice Latecomer', email: 'BEA@example.com' })
    core.outreach.recordStage({ jobId: job.id, candidateId: bea.id, stage: 'replied' })
    expect(await sendAll()).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    expect(core.sync.ledger()).toEqual([expect.objectContaining({ candidateId: bea.id, how: 'linked', trackerResourceId: fresh.id, matchedOn: 'email' })])
    expect(sandbox.controls.resources().filter((r) => r.source === 'Tracker Sync')).toHaveLength(0)
  })
})
