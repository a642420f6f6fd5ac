// Undo of a move that queued an export, over the dispatcher, against the sandbox over real HTTP: the move tells the
// export's id and when it is sent; Undo moves the candidate back (the outreach history keeps both moves), cancels the
// export and nothing reaches TrackerRMS; an Undo after the export was sent says so and changes nothing. Under a
// stage filter, the rows just moved out stay listed when the renderer asks to keep them.
import { describe, expect, it } from 'vitest'
import { createAppServices, DemoVault } from '../../../electron/host'
import { createDispatcher } from '../../../electron/api/dispatch'
import { valueOf } from '../../helpers/api'
import { syncedCore } from '../../helpers/sync'

async function setup(delaySeconds: number) {
  const synced = await syncedCore({ settings: { 'sync-delay-seconds': String(delaySeconds) } })
  const app = createAppServices(synced.core, { vault: new DemoVault() })
  synced.core.onClose(() => app.close())
  return { ...synced, value: valueOf(createDispatcher(synced.core, app)) }
}

const stageOf = async (value: ReturnType<typeof valueOf>, jobId: number, candidateId: number) =>
  (await value('candidates.get', { candidateId })).jobs.find((j: { jobId: number }) => j.jobId === jobId).stage

describe('undo a move that queued an export', () => {
  it('tells the export and its send time; Undo restores the stage, cancels it, and nothing is sent', async () => {
    const { value, addCandidate, job, sandbox, sendAll } = await setup(120)
    const ann = addCandidate({ fullName: 'Ann Lee', email: 'ann@example.com' })
    await value('stages.record', { jobId: job.id, candidateIds: [ann.id], stage: 'sequence' })
    const before = Date.now()
    const moved = await value('stages.record', { jobId: job.id, candidateIds: [ann.id], stage: 'replied' })
    const [outcome] = moved.outcomes
    expect(outcome).toMatchObject({ changed: true, previousStage: 'sequence', queued: { queueId: expect.any(Number) } })
    const dueIn = Date.parse(outcome.queued.sendAt) - before
    expect(dueIn).toBeGreaterThan(110_000)
    expect(dueIn).toBeLessThanOrEqual(121_000)

    const undo = await value('stages.undo', { jobId: job.id, candidateId: ann.id, stage: 'sequence', queueId: outcome.queued.queueId })
    expect(undo).toMatchObject({ undone: true })
    expect(await stageOf(value, job.id, ann.id)).toBe('sequence')
    expect((await value('sync.queueItems', { queueIds: [outcome.queued.queueId] }))[0].state).toBe('cancelled')
    await sendAll()
    expect(sandbox.controls.resources().filter((r) => r.contactDetails.email === 'ann@example.com')).toEqual([])
    // A second Undo of the same move changes nothing.
    const again = await value('stages.undo', { jobId: job.id, candidateId: ann.id, stage: 'sourced', queueId: outcome.queued.queueId })
    expect(again).toMatchObject({ undone: false, message: expect.stringContaining('already cancelled') })
    expect(await stageOf(value, job.id, ann.id)).toBe('sequence')
  })

  it('after the export was sent, says so and changes nothing', async () => {
    const { value, addCandidate, job, sandbox, sendAll } = await setup(120)
    const bo = addCandidate({ fullName: 'Bo Chen', email: 'bo@example.com' })
    const [outcome] = (await value('stages.record', { jobId: job.id, candidateIds: [bo.id], stage: 'replied' })).outcomes
    await sendAll()
    expect(sandbox.controls.resources().filter((r) => r.contactDetails.email === 'bo@example.com')).toHaveLength(1)
    const undo = await value('stages.undo', { jobId: job.id, candidateId: bo.id, stage: outcome.previousStage, queueId: outcome.queued.queueId })
    expect(undo).toEqual({ undone: false, message: expect.stringMatching(/already sent to TrackerRMS\. Nothing changed/) })
    expect(await stageOf(value, job.id, bo.id)).toBe('replied')
    expect((await value('sync.queueItems', { queueIds: [outcome.queued.queueId] }))[0].state).toBe('done')
  })

  it('refuses an export that is not this candidate’s on this job', async () => {
    const { value, addCandidate, job } = await setup(120)
    const ann = addCandidate({ fullName: 'Ann Lee' })
    const bo = addCandidate({ fullName: 'Bo Chen' })
    const [outcome] = (await value('stages.record', { jobId: job.id, candidateIds: [ann.id], stage: 'replied' })).outcomes
    await expect(value('stages.undo', { jobId: job.id, candidateId: bo.id, stage: 'sourced', queueId: outcome.queued.queueId })).rejects.toMatchObject({
      info: { code: 'not_found' }
    })
    expect(await stageOf(value, job.id, ann.id)).toBe('replied')
  })

  it('keeps rows moved out of a stage filter listed when asked to, and only those', async () => {
    const { value, addCandidate, job } = await setup(0)
    const [ann, bo, cy] = ['Ann Lee', 'Bo Chen', 'Cy Diaz'].map((fullName) => addCandidate({ fullName }))
    await value('stages.record', { jobId: job.id, candidateIds: [ann.id, bo.id, cy.id], stage: 'sequence' })
    await value('stages.record', { jobId: job.id, candidateIds: [ann.id, bo.id], stage: 'not_interested' })
    for (const sort of ['newest', 'name'] as const) {
      const filter = { jobId: job.id, stage: 'sequence', sort, offset: 0, limit: 50 }
      expect((await value('candidates.review', filter)).rows.map((r: { id: number }) => r.id)).toEqual([cy.id])
      const kept = await value('candidates.review', { ...filter, keepIds: [ann.id] })
      expect(kept.total).toBe(2)
      expect(kept.rows.map((r: { id: number; stage: string }) => [r.id, r.stage]).sort()).toEqual(
        [
          [ann.id, 'not_interested'],
          [cy.id, 'sequence']
        ].sort()
      )
    }
  })
})
