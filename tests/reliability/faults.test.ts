import { describe, expect, it } from 'vitest'
import { FAST_TRACKER } from '../helpers/sandbox'
import { syncedCore } from '../helpers/sync'
import { busiestWindow, duplicates } from '../helpers/worker'

describe('faults: 20 % 5xx, 10 % 429 with Retry-After, 5 % hangs past the timeout', () => {
  it('delivers everything once, with bounded attempts, never exceeding the per-minute limit', async () => {
    const limit = 240
    const people = 40
    const { core, sandbox, job, addCandidate, sync } = await syncedCore({
      settings: { 'requests-per-minute': String(limit), 'request-timeout-seconds': '1', 'sync-concurrency': '2', 'max-attempts': '20' },
      tracker: FAST_TRACKER
    })
    sandbox.controls.setFaults({ error5xx: 0.2, rateLimit429: 0.1, hang: 0.05 })
    for (let i = 0; i < people; i++) {
      const c = addCandidate({ fullName: `Fault Person${i}`, email: `fault${i}@example.com` })
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    }
    const result = await sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 240_000 })
    sandbox.controls.clearFaults()
    expect(result).toMatchObject({ state: 'idle', remaining: 0 })
    const records = sandbox.controls.resources()
    expect(records).toHaveLength(people)
    expect(duplicates(records)).toEqual([])
    for (const r of records) expect(r.jobLists).toHaveLength(1)
    expect(core.ctx.db.prepare('SELECT state, COUNT(*) AS n FROM sync_queue GROUP BY state').all()).toEqual([{ state: 'done', n: people }])
    const attempts = (core.ctx.db.prepare('SELECT MAX(attempts) AS n FROM sync_queue').get() as { n: number }).n
    expect(attempts).toBeLessThan(20)
    const log = sandbox.controls.requestLog()
    expect(
      busiestWindow(
        log.map((r) => r.atMs),
        60_000
      )
    ).toBeLessThanOrEqual(limit)
    for (const kind of ['5xx', '429', 'hang'] as const)
      expect(
        log.some((r) => r.fault === kind),
        kind
      ).toBe(true)
    console.info(`faults: ${log.length} requests for ${people} candidates; ${log.filter((r) => r.fault).length} faults; max attempts ${attempts}`)
  }, 300_000)
})
