import { describe, expect, it } from 'vitest'
import { describeKeychain } from '../../helpers/keychain'
import { FAST_TRACKER } from '../../helpers/sandbox'
import { syncedCore } from '../../helpers/sync'

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
const queueStates = (core: { ctx: { db: { prepare(sql: string): { all(): unknown[] } } } }) =>
  core.ctx.db.prepare('SELECT state, COUNT(*) AS n FROM sync_queue GROUP BY state').all()

describe('the queue when TrackerRMS is unreachable, failing, limiting or refusing the token', () => {
  it('offline: 50 exports wait while connections are refused, then all go out once, none failed, no attempts used', async () => {
    const { core, sync, sandbox, job, addCandidate, sendAll } = await syncedCore()
    await sandbox.controls.cutNetwork()
    for (let i = 0; i < 50; i++) {
      const c = addCandidate({ fullName: `Offline Person ${i}`, email: `offline${i}@example.com` })
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    }
    const states: string[] = []
    core.events.on('queue.state', (s) => states.push(s.state))
    sync.start()
    await wait(400)
    expect(sync.state().state).toBe('offline')
    expect(queueStates(core)).toEqual([{ state: 'pending', n: 50 }])
    await sandbox.controls.restoreNetwork()
    expect(await sendAll()).toMatchObject({ state: 'idle', remaining: 0 })
    expect(sandbox.controls.resources()).toHaveLength(50)
    expect(new Set(sandbox.controls.resources().map((r) => r.contactDetails.email)).size).toBe(50)
    expect(queueStates(core)).toEqual([{ state: 'done', n: 50 }])
    expect(core.ctx.db.prepare('SELECT MAX(attempts) AS n FROM sync_queue').get()).toEqual({ n: 0 })
    expect(states).toContain('offline')
  })

  it('faults: 20 % 5xx, 10 % 429 and 5 % hangs — all delivered once, attempts bounded, the limit never exceeded', async () => {
    const windowMs = 1000
    const limit = 40
    const { core, sandbox, job, addCandidate, sendAll } = await syncedCore({
      settings: { 'requests-per-minute': String(limit), 'request-timeout-seconds': '1', 'sync-concurrency': '2', 'max-attempts': '20' },
      tracker: { ...FAST_TRACKER, throttleWindowMs: windowMs }
    })
    sandbox.controls.setFaults({ error5xx: 0.2, rateLimit429: 0.1, hang: 0.05 })
    const people = 20
    for (let i = 0; i < people; i++) {
      const c = addCandidate({ fullName: `Flaky Person ${i}`, email: `flaky${i}@example.com` })
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    }
    expect(await sendAll()).toMatchObject({ state: 'idle' })
    sandbox.controls.clearFaults()
    const records = sandbox.controls.resources()
    expect(records).toHaveLength(people)
    expect(new Set(records.map((r) => r.contactDetails.email)).size).toBe(people)
    for (const r of records) expect(r.jobLists).toHaveLength(1)
    expect(queueStates(core)).toEqual([{ state: 'done', n: people }])
    expect((core.ctx.db.prepare('SELECT MAX(attempts) AS n FROM sync_queue').get() as { n: number }).n).toBeLessThan(20)
    // The client's own throttle: never more than `limit` requests in any window, counted from the sandbox's log.
    const times = sandbox.controls
      .requestLog()
      .map((r) => r.atMs)
      .sort((a, b) => a - b)
    let start = 0
    for (let end = 0; end < times.length; end++) {
      while (times[end] - times[start] >= windowMs) start++
      expect(end - start + 1).toBeLessThanOrEqual(limit)
    }
    expect(sandbox.controls.requestLog().some((r) => r.fault === '5xx')).toBe(true)
    expect(sandbox.controls.requestLog().some((r) => r.fault === '429')).toBe(true)
  })
})

describeKeychain('a revoked token (the new token goes to the real keychain)', () => {
  it('token revoked mid-queue: paused with the reason, nothing lost; reconnecting with a new token resumes and finishes', async () => {
    let revoked = false
    const { core, sandbox, job, addCandidate, sendAll, sync } = await syncedCore({
      sync: {
        atBoundary: (_item, boundary) => {
          if (boundary === 'listed' && !revoked) {
            revoked = true
            sandbox.controls.revokeToken()
          }
        }
      },
      settings: { 'sync-concurrency': '1' },
      secrets: 'keychain'
    })
    for (let i = 0; i < 5; i++) {
      const c = addCandidate({ fullName: `Revoked Person ${i}` })
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    }
    const first = await sendAll()
    expect(first.state).toBe('paused_auth')
    expect(first.reason).toMatch(/revoked or regenerated/)
    expect(sandbox.controls.resources()).toHaveLength(1)
    expect(queueStates(core)).toEqual([
      { state: 'blocked_auth', n: 4 },
      { state: 'done', n: 1 }
    ])
    expect(sync.state().state).toBe('paused_auth')

    const token = sandbox.controls.rotateToken()
    await core.connection.connect({ region: 'custom', restUrl: sandbox.restUrl, widgetUrl: sandbox.widgetUrl, token })
    expect(sync.state().state).not.toBe('paused_auth')
    expect(await sendAll()).toMatchObject({ state: 'idle', remaining: 0 })
    expect(sandbox.controls.resources()).toHaveLength(5)
    expect(queueStates(core)).toEqual([{ state: 'done', n: 5 }])
  })
})

describe('failures that are the item’s own', () => {
  it('a bad request fails the item at once with TrackerRMS’s own message; retry by hand sends it', async () => {
    const { core, sandbox, job, addCandidate, sendAll, sync } = await syncedCore()
    const c = addCandidate({ fullName: 'Rejected Person' })
    core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    const [opportunity] = sandbox.controls.opportunities()
    // The TrackerRMS job disappears: TrackerRMS answers the list request with a Widget error status.
    core.ctx.db.prepare('UPDATE sync_queue SET tracker_job_id = 999999').run()
    await sendAll()
    const [item] = sync.listQueue()
    expect(item.state).toBe('failed')
    expect(item.lastError).toBeTruthy()
    expect(sandbox.controls.resources()).toHaveLength(1)
    core.ctx.db.prepare('UPDATE sync_queue SET tracker_job_id = ?').run(opportunity.id)
    sync.retry(item.id)
    await sendAll()
    expect(sync.listQueue()[0].state).toBe('done')
    expect(sandbox.controls.resources()).toHaveLength(1)
    expect(sandbox.controls.resources()[0].jobLists).toHaveLength(1)
  })
})
