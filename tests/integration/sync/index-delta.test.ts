// The TrackerRMS index's deltas start before the newest updated time TrackerRMS has shown us (10 s, then sent as a
// date only, one day earlier [reference §4.9]): a record saved elsewhere with a time a moment "in the past" is still
// found. Where TrackerRMS ignores updatedAfter (the documented default), every refresh re-reads the list instead.
import { describe, expect, it } from 'vitest'
import { dayBefore } from '../../../electron/trackerrms/listing'
import { syncedCore } from '../../helpers/sync'

describe('index deltas', () => {
  it.each(['updated-after-date', 'updated-after-datetime', 'default'])('%s: find a record stamped just before the newest time seen', async (profile) => {
    // Every export refreshes the index (no reuse window), so each export below reads a delta.
    const { core, sandbox, job, addCandidate, sendAll } = await syncedCore({ sandbox: { profile }, sync: { indexFreshMs: 0, indexRereadMs: 0 } })
    const exportOne = async (fullName: string, email: string) => {
      const candidate = addCandidate({ fullName, email })
      core.outreach.recordStage({ jobId: job.id, candidateId: candidate.id, stage: 'replied' })
      await sendAll()
      return candidate
    }
    sandbox.controls.addResource({ firstName: 'Old', surname: 'Timer', email: 'old@example.com', updatedAt: '2026-01-01T00:00:00.000Z' })
    await exportOne('Ann Lee', 'ann@example.com') // the full crawl reads Old Timer; Ann is created after it
    await exportOne('Bo Chen', 'bo@example.com') // this delta reads Ann: her time is now the newest seen
    const annSeenAt = sandbox.controls.resources().find((r) => r.contactDetails.email === 'ann@example.com')!.updatedAt

    // Someone saves Cy in TrackerRMS with a time 5 s before Ann's (a slow save elsewhere), after our last read.
    sandbox.controls.addResource({
      firstName: 'Cy',
      surname: 'Diaz',
      email: 'cy@example.com',
      updatedAt: new Date(Date.parse(annSeenAt) - 5_000).toISOString()
    })
    sandbox.controls.clearRequestLog()
    const cy = await exportOne('Cy Diaz', 'CY@example.com')

    const searches = sandbox.controls.requestLog().filter((r) => r.path.endsWith('/Resource/Search'))
    const sent = [...new Set(searches.map((r) => (r.body as { updatedAfter?: string }).updatedAfter))]
    expect(sent).toEqual(profile === 'default' ? [undefined] : [dayBefore(new Date(Date.parse(annSeenAt) - 10_000).toISOString())])
    // List rows carry names only here: the index finds Cy by name first (checkPerson would have found the email).
    expect(core.sync.ledger().find((l) => l.candidateId === cy.id)).toMatchObject({ how: 'linked', matchedOn: 'name' })
    expect(sandbox.controls.resources().filter((r) => r.contactDetails.email?.toLowerCase() === 'cy@example.com')).toHaveLength(1)
  })
})
