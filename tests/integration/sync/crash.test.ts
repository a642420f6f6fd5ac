import { describe, expect, it } from 'vitest'
import type { StepBoundary } from '../../../electron/sync/export-steps'
import { syncedCore } from '../../helpers/sync'
import { BOUNDARIES, runWorker } from '../../helpers/worker'

// The documented default, and the profiles whose variants touch the steps a kill interrupts: getRecords as the listing
// (finding our own record after an interrupted create), and a repeated job-list request adding a second entry.
describe.each(['default', 'listing-L3', 'repeated-application-0'])('crash safety in profile %s: SIGKILL at every step boundary, then restart', (profile) => {
  it('exactly one TrackerRMS record per person, one resume each, the right job lists, no export lost', async () => {
    // One export at a time, so each kill lands exactly between two steps of the export in hand. (The reliability
    // suite's crash matrix runs two at a time: a kill is then mid-request for the other one.)
    const { core, sandbox, job, opportunity, addCandidate, dataDir, token, widgetKey } = await syncedCore({
      sandbox: { profile: profile === 'default' ? undefined : profile },
      settings: { 'sync-concurrency': '1', 'max-attempts': '10' }
    })
    const existing = sandbox.controls.addResource({ firstName: 'Linda', surname: 'Linked', email: 'linda@example.com' })
    const people = ['Ada Crash', 'Ben Crash', 'Cy Crash', 'Di Crash', 'Ed Crash', 'Flo Crash', 'Gus Crash', 'Linda Linked']
    for (const [i, fullName] of people.entries()) {
      const c = addCandidate({ fullName, email: fullName === 'Linda Linked' ? 'linda@example.com' : `crash${i}@example.com` })
      core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
    }
    await core.close() // the parent lets go of the database; only the child workers write from here on

    for (const boundary of BOUNDARIES) {
      const killed = await runWorker(dataDir, { token, widgetKey }, boundary)
      expect(killed.signal, `worker killed at ${boundary}: ${killed.status} ${killed.stdout} ${killed.stderr}`).toBe('SIGKILL')
    }
    // A second round with kills later in the batch.
    for (const boundary of ['create_sent', 'resume_attached'] as StepBoundary[]) await runWorker(dataDir, { token, widgetKey }, boundary, 3)
    const final = await runWorker(dataDir, { token, widgetKey })
    expect(final.status, final.stderr + final.stdout).toBe(0)

    const records = sandbox.controls.resources()
    const names = records.map((r) => `${r.firstName} ${r.surname}`).sort()
    expect(names).toEqual([...people].sort())
    expect(records.find((r) => r.id === existing.id)?.documents).toHaveLength(0)
    for (const record of records.filter((r) => r.id !== existing.id))
      expect(
        record.documents.map((d) => d.documentType),
        `${record.firstName}`
      ).toEqual(['resume'])
    for (const record of records) expect(record.jobLists.map((l) => l.opportunityId)).toEqual([opportunity!.id])

    const { createCore } = await import('../../../electron/core')
    const { createEnvStore } = await import('../../../electron/secrets')
    const after = createCore({ dataDir, secrets: createEnvStore(token, widgetKey) })
    const states = after.ctx.db.prepare('SELECT state, COUNT(*) AS n FROM sync_queue GROUP BY state').all()
    expect(states).toEqual([{ state: 'done', n: people.length }])
    const ledger = after.ctx.db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT tracker_resource_id) AS ids FROM sync_ledger').get()
    expect(ledger).toEqual({ n: people.length, ids: people.length })
    await after.close()
  }, 180_000)
})
