import { describe, expect, it } from 'vitest'
import { createCore } from '../../electron/core'
import { mulberry32 } from '../../electron/sandbox/prng'
import { createEnvStore } from '../../electron/secrets'
import { syncedCore } from '../helpers/sync'
import type { StepBoundary } from '../../electron/sync/export-steps'
import { BOUNDARIES, duplicates, runWorker } from '../helpers/worker'

describe('crash matrix: a batch of 100 under repeated SIGKILLs at random step boundaries', () => {
  it('zero duplicate TrackerRMS records, zero lost exports, every item done or visibly failed', async () => {
    const seed = Number(process.env.CRASH_SEED ?? 20261129)
    const random = mulberry32(seed) // the kill schedule is random but repeatable (the seed is printed)
    const { core, sandbox, job, opportunity, addCandidate, dataDir, token, widgetKey } = await syncedCore({
      settings: { 'sync-concurrency': '2', 'max-attempts': '25' }
    })
    // 20 people TrackerRMS already has (found by email, LinkedIn URL or name), 80 new ones.
    for (let i = 0; i < 100; i++) {
      const existing = i < 20
      if (existing)
        sandbox.controls.addResource(
          i % 3 === 0
            ? { firstName: 'Known', surname: `Person${i}`, email: `known${i}@example.com` }
            : i % 3 === 1
              ? { firstName: 'Linked', surname: `In${i}`, linkedInUrl: `https://www.linkedin.com/in/linked-in-${i}` }
              : { firstName: 'Same', surname: `Name${i}` }
        )
      const fields = !existing
        ? { fullName: `Crash Person${i}`, email: `crash${i}@example.com` }
        : i % 3 === 0
          ? { fullName: `Known Person${i} Jr`, email: `KNOWN${i}@example.com` }
          : i % 3 === 1
            ? { fullName: `Someone ${i}`, linkedinUrl: `linkedin.com/in/Linked-In-${i}/` }
            : { fullName: `same  name${i}` }
      const c = addCandidate(fields)
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    }
    await core.close() // only the child workers write from here on

    // Every boundary once ('linked' first: the known people come first in the queue), then random boundaries of
    // the steps every new candidate passes, a random count in, until the batch is through.
    const everyNew = BOUNDARIES.filter((b) => b !== 'linked')
    const plan: [StepBoundary, number][] = [['linked', 1], ...[...everyNew].sort(() => random() - 0.5).map((b): [StepBoundary, number] => [b, 1])]
    const schedule: string[] = []
    let kills = 0
    for (let round = 0; round < 30; round++) {
      const [boundary, nth] = plan[round] ?? [everyNew[Math.floor(random() * everyNew.length)], 1 + Math.floor(random() * 3)]
      const run = await runWorker(dataDir, { token, widgetKey }, boundary, nth)
      schedule.push(`${boundary}#${nth}${run.signal ? ' killed' : ' finished'}`)
      if (run.signal === 'SIGKILL') kills++
      else {
        expect(run.status, run.stderr).toBe(0)
        if (round >= plan.length) break // the batch went through before reaching that boundary again
      }
    }
    const final = await runWorker(dataDir, { token, widgetKey })
    expect(final.status, final.stderr).toBe(0)
    console.info(`crash matrix (seed ${seed}): ${kills} kills — ${schedule.join(', ')}`)
    expect(kills).toBeGreaterThanOrEqual(20)

    const records = sandbox.controls.resources()
    expect(duplicates(records)).toEqual([])
    expect(records).toHaveLength(100)
    for (const r of records) expect(r.jobLists.filter((l) => l.opportunityId === opportunity!.id)).toHaveLength(1)
    // Two exports in flight, so many kills land mid-request: still exactly one resume on each record Tracker Sync
    // created (an interrupted attach is read back, never blindly repeated), none on the 20 it only linked.
    for (const r of records) expect(r.documents, `${r.firstName} ${r.surname}`).toHaveLength(r.source === 'Tracker Sync' ? 1 : 0)

    const after = createCore({ dataDir, secrets: createEnvStore(token, widgetKey) })
    const items = after.ctx.db.prepare('SELECT state, last_error FROM sync_queue').all() as { state: string; last_error: string | null }[]
    expect(items).toHaveLength(100)
    for (const item of items) {
      expect(['done', 'failed']).toContain(item.state)
      if (item.state === 'failed') expect(item.last_error).toBeTruthy()
    }
    expect(after.ctx.db.prepare('SELECT COUNT(DISTINCT tracker_resource_id) AS n FROM sync_ledger').get()).toEqual({ n: 100 })
    await after.close()
  }, 300_000)
})
