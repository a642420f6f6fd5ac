import { describe, expect, it } from 'vitest'
import { syncedCore } from '../helpers/sync'
import { duplicates } from '../helpers/worker'

describe('offline: 500 exports while TrackerRMS refuses connections for a while', () => {
  it('waits without using attempts, then delivers every export exactly once', async () => {
    const { core, sync, sandbox, job, addCandidate } = await syncedCore({ settings: { 'sync-concurrency': '2' } })
    core.ctx.db.transaction(() => {
      for (let i = 0; i < 500; i++) {
        const c = addCandidate({ fullName: `Offline Person${i}`, email: `offline${i}@example.com` })
        core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
      }
    })()
    // Send a first stretch, then cut the network in the middle of the batch.
    let cut = false
    const off = core.events.on('queue.changed', () => {
      const done = (core.ctx.db.prepare(`SELECT COUNT(*) AS n FROM sync_queue WHERE state = 'done'`).get() as { n: number }).n
      if (!cut && done >= 50) {
        cut = true
        void sandbox.controls.cutNetwork()
        setTimeout(() => void sandbox.controls.restoreNetwork(), 3_000)
      }
    })
    const modes: string[] = []
    core.events.on('queue.state', (s) => modes.push(s.state))
    const result = await sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 240_000 })
    off()
    expect(result).toMatchObject({ state: 'idle', remaining: 0 })
    expect(modes).toContain('offline')
    const records = sandbox.controls.resources()
    expect(records).toHaveLength(500)
    expect(duplicates(records)).toEqual([])
    expect(core.ctx.db.prepare('SELECT state, COUNT(*) AS n FROM sync_queue GROUP BY state').all()).toEqual([{ state: 'done', n: 500 }])
    // Waiting offline never used up an attempt (a request cut mid-way is a retry, at most one per item).
    expect((core.ctx.db.prepare('SELECT MAX(attempts) AS n FROM sync_queue').get() as { n: number }).n).toBeLessThanOrEqual(1)
  }, 300_000)
})
