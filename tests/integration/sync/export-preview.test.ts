import { describe, expect, it } from 'vitest'
import { syncedCore } from '../../helpers/sync'
import { plainAndDetail } from '../../../shared/sync-status'

describe('Export to ATS: the dry-run preview', () => {
  it('shows exactly what would be written, the duplicate decision and the owner, and sends nothing', async () => {
    const { core, sandbox, opportunity, addCandidate, sendAll, job } = await syncedCore()
    const existing = sandbox.controls.addResource({ firstName: 'Ann', surname: 'Lee', email: 'ann@example.com' })
    sandbox.controls.addResource({ firstName: 'Steven', surname: 'Lu' })
    const linked = addCandidate({ fullName: 'Ann Lee-Wong', email: 'ANN@example.com' })
    const fresh = addCandidate({
      fullName: 'Steve Lu',
      email: 'steve@example.com',
      phone: '+1 555 0100',
      city: 'Boston',
      currentTitle: 'RN',
      currentCompany: 'MGH'
    })
    const synced = addCandidate({ fullName: 'Done Already' })
    core.outreach.recordStage({ jobId: job.id, candidateId: synced.id, stage: 'replied' })
    await sendAll()
    sandbox.controls.clearRequestLog()

    const preview = await core.sync.previewExport({ candidateIds: [linked.id, fresh.id, synced.id], trackerJobId: opportunity!.id })
    expect(preview.owner).toBe('Test Owner <owner@example.com>')
    expect(preview.trackerJob).toMatchObject({ id: opportunity!.id, title: 'Senior Staff Nurse', found: true })
    expect(preview.items[0]).toMatchObject({ decision: 'link', trackerResourceId: existing.id, matchedOn: 'email' })
    expect(preview.items[1]).toMatchObject({
      decision: 'create',
      payload: {
        firstName: 'Steve',
        surname: 'Lu',
        jobTitle: 'RN',
        contactDetails: { email: 'steve@example.com', mobilePhone: '+1 555 0100' },
        address: { town: 'Boston' }
      }
    })
    expect((preview.items[1] as { nearMiss: string }).nearMiss).toContain('Steven Lu')
    expect(preview.items[2]).toMatchObject({ decision: 'refused' })
    // Only reads: the index refresh, the job, and checkPerson for those the index would create.
    expect(sandbox.controls.requestLog().filter((r) => r.method !== 'GET' && !/Resource\/(Paged)?Search|ExchangeToken|checkPerson/i.test(r.path))).toEqual([])
    expect(sandbox.controls.resources()).toHaveLength(3)
  })

  it('says when TrackerRMS cannot be reached or the TrackerRMS job does not exist', async () => {
    const { core, sandbox, addCandidate, opportunity } = await syncedCore()
    const c = addCandidate({ fullName: 'Ann Lee' })
    expect((await core.sync.previewExport({ candidateIds: [c.id], trackerJobId: 999999 })).trackerJob).toMatchObject({ found: false })
    await sandbox.controls.cutNetwork()
    const offline = await core.sync.previewExport({ candidateIds: [c.id], trackerJobId: opportunity!.id })
    expect(offline.refreshProblem).toContain('last knew')
    // Said as the banner says it; the page being read and the code only in the detail (the closing parentheses).
    const { plain, detail } = plainAndDetail(offline.refreshProblem!)
    expect(plain).toMatch(/^TrackerRMS can’t be reached now\./)
    expect(plain).not.toMatch(/ECONNREFUSED|page \d|127\.0\.0\.1/)
    expect(detail).toContain('ECONNREFUSED')
    expect(offline.items[0]).toMatchObject({ decision: 'create' })
    await sandbox.controls.restoreNetwork()
  })
})
