import { afterEach, describe, expect, it } from 'vitest'
import { STAGES, TRIGGERS, type Stage, type Trigger } from '../../../shared/domain'
import { createCore, type Core } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { triggerMatches } from '../../../electron/sync/triggers'
import { manualClock } from '../../helpers/clock'
import { tempDir } from '../../helpers/temp'

// The queue side of rules 1 and 2, on a real database: which events put a row in sync_queue, in the same
// transaction as the event. No TrackerRMS is needed: nothing is sent here.
function setup() {
  const clock = manualClock('2026-06-01T09:00:00.000Z')
  const core = createCore({ dataDir: tempDir(), secrets: createEnvStore('token-for-tests-000'), clock })
  const sync = core.sync
  const connect = (at: string) =>
    core.settings.setConnectionValues({ region: 'custom', 'rest-url': 'http://127.0.0.1:1', 'connected-at': at, 'connected-by': 'Rita Recruiter' })
  const queue = () => core.ctx.db.prepare('SELECT * FROM sync_queue ORDER BY id').all() as any[]
  cores.push(core)
  return { clock, core, sync, connect, queue }
}
/** Connected now; one job "Nurse" with these sync settings and one candidate, Ann Lee; then the clock a second on. */
async function connectedJobWithAnn(jobSync: Parameters<Core['jobs']['setSync']>[1]) {
  const env = setup()
  env.connect(env.clock.now().toISOString())
  const job = env.core.jobs.create({ title: 'Nurse' })
  const a = env.core.candidates.create({ jobId: job.id, fullName: 'Ann Lee' })
  await env.core.jobs.setSync(job.id, jobSync)
  env.clock.advance(1000)
  return { ...env, job, a }
}
const cores: Core[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close()
})

describe('trigger matrix: trigger × event × connected before/after × job mapped/unmapped', () => {
  const cases: [Trigger, Stage, boolean, boolean][] = []
  for (const trigger of TRIGGERS)
    for (const stage of STAGES.filter((s) => s !== 'sourced'))
      for (const before of [true, false]) for (const mapped of [true, false]) cases.push([trigger, stage, before, mapped])

  it.each(cases)('trigger %s, event %s, connected before: %s, mapped: %s', async (trigger, stage, connectedBefore, mapped) => {
    const { clock, core, connect, queue } = setup()
    const job = core.jobs.create({ title: 'Nurse' })
    const candidate = core.candidates.create({ jobId: job.id, fullName: 'Ann Lee' })
    await core.jobs.setSync(job.id, { trigger, trackerJobId: mapped ? 4242 : null })
    if (connectedBefore) connect(clock.now().toISOString())
    clock.advance(60_000)
    core.outreach.recordStage({ jobId: job.id, candidateId: candidate.id, stage })
    if (!connectedBefore) connect(clock.now().toISOString())

    const rows = queue()
    if (connectedBefore && triggerMatches(trigger, stage)) {
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({
        candidate_id: candidate.id,
        job_id: job.id,
        tracker_job_id: mapped ? 4242 : null,
        origin: 'trigger',
        state: 'pending',
        step: 'queued'
      })
      // the grace delay: 120 s by default
      expect(Date.parse(rows[0].next_run_at) - clock.now().getTime()).toBe(120_000)
    } else {
      expect(rows).toHaveLength(0)
    }
  })
})

describe('no retroactive sync', () => {
  it('events recorded as history from before connecting, or before the trigger was set, never enqueue', async () => {
    const { clock, core, connect, queue } = setup()
    const job = core.jobs.create({ title: 'Nurse' })
    const a = core.candidates.create({ jobId: job.id, fullName: 'Ann Lee' })
    const b = core.candidates.create({ jobId: job.id, fullName: 'Bob Ray' })
    connect('2026-06-01T09:00:00.000Z')
    clock.set('2026-06-01T10:00:00.000Z')
    await core.jobs.setSync(job.id, { trigger: 'replied' })
    clock.set('2026-06-01T11:00:00.000Z')
    const early = core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied', at: '2026-06-01T08:00:00Z' })
    expect(early.effects).toEqual(['Not sent to TrackerRMS: it happened before TrackerRMS was connected.'])
    const beforeTrigger = core.outreach.recordStage({ jobId: job.id, candidateId: b.id, stage: 'replied', at: '2026-06-01T09:30:00Z' })
    expect(beforeTrigger.effects).toEqual(['Not sent to TrackerRMS: it happened before the job’s trigger was set.'])
    expect(queue()).toHaveLength(0)
  })

  it('changing the trigger later does not reach back to earlier events', async () => {
    const { clock, core, queue, job, a } = await connectedJobWithAnn({ trigger: 'interested' })
    core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied' })
    clock.advance(1000)
    await core.jobs.setSync(job.id, { trigger: 'replied' })
    expect(queue()).toHaveLength(0)
  })
})

describe('the grace delay and undo', () => {
  it('moving the candidate back before the export runs cancels it, with the reason', async () => {
    const { core, queue, job, a } = await connectedJobWithAnn({ trigger: 'replied' })
    const replied = core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied' })
    expect(replied.effects[0]).toContain('queued')
    const back = core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'sequence' })
    expect(back.effects).toEqual(['The export to TrackerRMS that was waiting was cancelled.'])
    expect(queue()).toMatchObject([{ state: 'cancelled', last_error: 'Cancelled: moved to In sequence before it was sent.' }])
  })

  it('replied then interested keeps one export; a second trigger for the same job is not queued twice', async () => {
    const { core, queue, job, a } = await connectedJobWithAnn({ trigger: 'replied', trackerJobId: 7 })
    core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied' })
    const again = core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'interested' })
    expect(again.effects).toEqual(['An export to TrackerRMS is already queued for this candidate.'])
    expect(queue()).toHaveLength(1)
  })

  it('an event and the export it triggers are written together or not at all', async () => {
    const { core, queue, job, a } = await connectedJobWithAnn({ trigger: 'replied' })
    core.outreach.onEvent(() => {
      throw new Error('disk full')
    })
    expect(() => core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied' })).toThrow('disk full')
    expect(queue()).toHaveLength(0)
    expect(core.ctx.db.prepare('SELECT COUNT(*) AS n FROM outreach_events').get()).toEqual({ n: 0 })
    expect(core.candidates.listForJob(job.id)[0].stage).toBe('sourced')
  })
})

describe('manual export and backfill (queue side)', () => {
  it('refuses already-synced candidates with the reason and queues the rest right away', async () => {
    const { clock, core, sync, connect, queue } = setup()
    connect(clock.now().toISOString())
    const job = core.jobs.create({ title: 'Nurse' })
    const a = core.candidates.create({ jobId: job.id, fullName: 'Ann Lee' })
    const b = core.candidates.create({ jobId: job.id, fullName: 'Bob Ray' })
    core.ctx.db
      .prepare(`INSERT INTO sync_ledger (candidate_id, tracker_resource_id, how, matched_on, synced_at, synced_by) VALUES (?, 99, 'created', NULL, ?, 'Rita')`)
      .run(a.id, clock.now().toISOString())
    const results = sync.exportCandidates({ candidateIds: [a.id, b.id], trackerJobId: 5 })
    expect(results[0]).toMatchObject({ candidateId: a.id, outcome: 'refused' })
    expect((results[0] as { reason: string }).reason).toContain('Already in TrackerRMS as #99')
    expect(results[1]).toMatchObject({ candidateId: b.id, outcome: 'queued' })
    expect(queue()).toMatchObject([{ candidate_id: b.id, origin: 'manual', tracker_job_id: 5, next_run_at: clock.now().toISOString() }])
  })

  it('backfill lists the past matches with a count and queues only on confirmation', async () => {
    const { clock, core, sync, connect, queue } = setup()
    const job = core.jobs.create({ title: 'Nurse' })
    const [a, b, c] = ['Ann Lee', 'Bob Ray', 'Cy Young'].map((fullName) => core.candidates.create({ jobId: job.id, fullName }))
    core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied' })
    core.outreach.recordStage({ jobId: job.id, candidateId: b.id, stage: 'interested' })
    core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'sequence' })
    clock.advance(1000)
    connect(clock.now().toISOString())
    await core.jobs.setSync(job.id, { trigger: 'replied', trackerJobId: 12 })
    const plan = sync.backfillPreview(job.id)
    expect(plan.candidates.map((x) => x.fullName)).toEqual(['Ann Lee', 'Bob Ray'])
    expect(queue()).toHaveLength(0)
    expect(sync.backfillConfirm(job.id).queued).toBe(2)
    expect(queue().map((r) => [r.candidate_id, r.origin, r.tracker_job_id])).toEqual([
      [a.id, 'backfill', 12],
      [b.id, 'backfill', 12]
    ])
    expect(sync.backfillPreview(job.id).candidates).toEqual([])
  })
})
