// The Widget API refusing every sign-in is the Widget's problem only (reference §3, DESIGN rule 9): records are
// still created over REST, the queue is never paused, the resume and job-list steps wait with the reason, and they
// finish by themselves — each resume exactly once, no second record — once the Widget answers.
import { describe, expect, it } from 'vitest'
import { describeKeychain } from '../../helpers/keychain'
import { syncedCore } from '../../helpers/sync'

async function refusedSetup(options: Parameters<typeof syncedCore>[0] = {}) {
  const synced = await syncedCore({ withWidgetKey: false, ...options })
  const people = ['Ada Widget', 'Ben Widget', 'Cy Widget'].map((fullName, i) => synced.addCandidate({ fullName, email: `widget${i}@example.com` }))
  for (const c of people) synced.core.outreach.recordStage({ jobId: synced.job.id, candidateId: c.id, stage: 'replied' })
  return { ...synced, people }
}

describeKeychain('the Widget API refused, then a Widget API key (kept in the real keychain)', () => {
  it('creates the records, never pauses, parks the resume step with the reason; a reconnect with a key finishes each once', async () => {
    const { core, sandbox, people, opportunity, sendAll } = await refusedSetup({ secrets: 'keychain' })
    const states: string[] = []
    core.events.on('queue.state', (s) => states.push(s.state))
    const first = await sendAll()
    expect(first).toMatchObject({ state: 'idle', remaining: 0, waiting: 3 })
    expect(states).not.toContain('paused_auth')
    expect(core.connection.info().problem).toBeNull()
    const records = sandbox.controls.resources()
    expect(records).toHaveLength(3)
    for (const r of records) expect(r.documents).toEqual([])
    const waiting = core.sync.listQueue({ states: ['waiting'] })
    expect(waiting.map((q) => q.waitingFor)).toEqual(['widget', 'widget', 'widget'])
    for (const q of waiting) {
      expect(q.lastError).toMatch(/^Created in TrackerRMS \(#\d+\) — resume not attached yet: /)
      expect(q.lastError).toContain('Widget API key')
      expect(q.lastError).not.toMatch(/regenerat/i)
    }
    // Its candidates count as queued, not synced, not failed.
    expect((await core.candidates.get(people[0].id)).fullName).toBe('Ada Widget')

    // TrackerRMS support issues a key; the user connects again with it.
    await core.connection.connect({
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      connectedBy: `Test Owner <${sandbox.loginEmail}>`,
      widgetKey: sandbox.widgetKey,
      token: sandbox.token as string
    })
    expect(await sendAll()).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    const after = sandbox.controls.resources()
    expect(after.map((r) => r.id)).toEqual(records.map((r) => r.id)) // no second record
    for (const r of after) {
      expect(r.documents.map((d) => d.documentType)).toEqual(['resume'])
      expect(r.jobLists.map((l) => l.opportunityId)).toEqual([opportunity!.id])
    }
    expect(core.sync.listQueue().map((q) => q.state)).toEqual(['done', 'done', 'done'])
  })
})

describe('the Widget API refused (no Widget API key, and TrackerRMS does not take the REST token there)', () => {
  it('finishes by itself once TrackerRMS starts accepting the sign-in (the waiting retry now and then), or on Retry', async () => {
    const { core, sandbox, sendAll, sync } = await refusedSetup({ sync: { schedulerOptions: { widgetRecheckMs: 300 } } })
    await sendAll()
    expect(core.sync.listQueue({ states: ['waiting'] })).toHaveLength(3)
    // Retry by hand while it is still refused: back to waiting, no second record, no attempt used up.
    const [one] = core.sync.listQueue({ states: ['waiting'] })
    sync.retry(one.id)
    await sendAll()
    expect(core.sync.listQueue({ states: ['waiting'] })).toHaveLength(3)
    expect(sandbox.controls.resources()).toHaveLength(3)
    // TrackerRMS starts taking the REST token on the Widget API (W6): the next recheck sends the rest by itself.
    sandbox.controls.setProfile({ widgetAuth: ['W4', 'W5', 'W6'] })
    sync.start()
    await expect.poll(() => core.sync.listQueue({ states: ['done'] }).length, { timeout: 20_000 }).toBe(3)
    for (const r of sandbox.controls.resources()) expect(r.documents).toHaveLength(1)
  })
})
