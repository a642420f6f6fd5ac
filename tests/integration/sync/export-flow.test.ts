import { describe, expect, it } from 'vitest'
import { syncedCore } from '../../helpers/sync'
import { addToJob, insertCandidate } from '../../../electron/db/candidates'

const createCalls = (log: { method: string; path: string }[]) => log.filter((r) => r.method === 'POST' && /\/api\/v1\/resource$/i.test(r.path))

describe('sending candidates to TrackerRMS', () => {
  it('creates new candidates with their resume and puts them on the TrackerRMS job’s long list', async () => {
    const { core, sandbox, job, opportunity, addCandidate, sendAll } = await syncedCore()
    const ann = addCandidate({
      fullName: 'Łukasz Żółć',
      email: 'lukasz@example.pl',
      phone: '+48 600 100 200',
      linkedinUrl: 'https://pl.linkedin.com/in/lukasz-zolc',
      city: 'Kraków',
      country: 'Poland',
      currentTitle: 'ICU Nurse',
      currentCompany: 'Szpital'
    })
    core.outreach.recordStage({ jobId: job.id, candidateId: ann.id, stage: 'replied' })
    expect(await sendAll()).toMatchObject({ state: 'idle', remaining: 0 })

    const [record] = sandbox.controls.resources()
    expect(record).toMatchObject({
      firstName: 'Łukasz',
      surname: 'Żółć',
      jobTitle: 'ICU Nurse',
      currentClient: { name: 'Szpital' },
      contactDetails: { email: 'lukasz@example.pl', mobilePhone: '+48 600 100 200' },
      address: { town: 'Kraków', country: 'Poland' },
      source: 'Tracker Sync'
    })
    expect(record.documents).toHaveLength(1)
    expect(Buffer.from(record.documents[0].data, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    expect(record.jobLists).toEqual([expect.objectContaining({ opportunityId: opportunity!.id, list: 'long' })])

    const ledger = core.ctx.db.prepare('SELECT * FROM sync_ledger').all()
    expect(ledger).toEqual([
      expect.objectContaining({ candidate_id: ann.id, tracker_resource_id: record.id, how: 'created', synced_by: 'Test Owner <owner@example.com>' })
    ])
    const steps = (
      core.ctx.db.prepare('SELECT step, outcome FROM sync_attempts WHERE candidate_id = ? ORDER BY id').all(ann.id) as { step: string; outcome: string }[]
    ).map((a) => `${a.step}:${a.outcome}`)
    // The first read of TrackerRMS's list runs in the background from the start: the export may wait for it (and is
    // released when it is done) before it checks.
    expect(steps.filter((s) => s !== 'queued:waiting' && s !== 'queued:released')).toEqual([
      'queued:queued',
      'check:no_match',
      'create:ok',
      'resume:ok',
      'list:ok',
      'done:done'
    ])
    // The facts each step relies on are columns, not audit wording.
    const item = core.sync.listQueue()[0]
    expect(item).toMatchObject({ state: 'done', step: 'listed', trackerResourceId: record.id, waitingFor: null })
    for (const fact of [item.checkedAt, item.createSentAt, item.listSentAt, item.listedAt]) expect(Date.parse(fact as string)).toBeGreaterThan(0)
    expect(core.ctx.db.prepare('SELECT resume_attached_at IS NOT NULL AS attached, resume_filename FROM sync_ledger').get()).toEqual({
      attached: 1,
      resume_filename: 'Łukasz Żółć - Resume.pdf'
    })
  })

  it('links instead of creating when TrackerRMS has the person (email case, LinkedIn form, exact name)', async () => {
    const { core, sandbox, job, addCandidate, sendAll } = await syncedCore()
    const byEmail = sandbox.controls.addResource({ firstName: 'Ann', surname: 'Lee', email: 'Ann.Lee@Example.com' })
    const byLinkedIn = sandbox.controls.addResource({ firstName: 'Robert', surname: 'Ng', linkedInUrl: 'http://uk.linkedin.com/in/Robert-Ng/?trk=x' })
    const byName = sandbox.controls.addResource({ firstName: 'José', surname: 'García' })
    const candidates = [
      addCandidate({ fullName: 'Annie Lee', email: 'ann.lee@EXAMPLE.com' }),
      addCandidate({ fullName: 'Bob Ng', linkedinUrl: 'linkedin.com/in/robert-ng' }),
      addCandidate({ fullName: '  JOSÉ   garcía ' })
    ]
    for (const c of candidates) core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'interested' })
    const before = createCalls(sandbox.controls.requestLog()).length
    await sendAll()
    expect(createCalls(sandbox.controls.requestLog()).length).toBe(before)
    expect(sandbox.controls.resources()).toHaveLength(3)
    const ledger = core.ctx.db.prepare('SELECT candidate_id, tracker_resource_id, how, matched_on FROM sync_ledger ORDER BY candidate_id').all()
    expect(ledger).toEqual([
      { candidate_id: candidates[0].id, tracker_resource_id: byEmail.id, how: 'linked', matched_on: 'email' },
      { candidate_id: candidates[1].id, tracker_resource_id: byLinkedIn.id, how: 'linked', matched_on: 'linkedin' },
      { candidate_id: candidates[2].id, tracker_resource_id: byName.id, how: 'linked', matched_on: 'name' }
    ])
    // Linked records get the job-list membership, and nothing of theirs is rewritten (no resume either).
    expect(sandbox.controls.resource(byEmail.id)).toMatchObject({ firstName: 'Ann', documents: [], jobLists: [expect.anything()] })
  })

  it('"Steve Lu" does not link to "Steven Lu": it creates, and warns about the near miss', async () => {
    const { core, sandbox, job, addCandidate, sendAll } = await syncedCore()
    const steven = sandbox.controls.addResource({ firstName: 'Steven', surname: 'Lu' })
    const steve = addCandidate({ fullName: 'Steve Lu' })
    core.outreach.recordStage({ jobId: job.id, candidateId: steve.id, stage: 'replied' })
    await sendAll()
    expect(sandbox.controls.resources().map((r) => `${r.firstName} ${r.surname}`)).toEqual(['Steven Lu', 'Steve Lu'])
    const warning = core.candidates.get(steve.id).duplicateWarning
    expect(warning).toContain(`Steven Lu (#${steven.id})`)
    expect(warning).toContain('"Steve" and "Steven" may be the same first name')
  })

  it('the same person queued twice in one batch, and one candidate for two jobs, make one TrackerRMS record', async () => {
    const { core, sandbox, job, addCandidate, sendAll } = await syncedCore({ settings: { 'sync-concurrency': '4' } })
    const second = sandbox.controls.addOpportunity({ name: 'Night Nurse' })
    const job2 = core.jobs.create({ title: 'Night Nurse' })
    await core.jobs.setSync(job2.id, { trigger: 'replied', trackerJobId: second.id })
    const a = addCandidate({ fullName: 'Olga Petrova', email: 'olga@example.com' })
    // A local twin ("Add candidate" refuses one now, but older data and CSV "create" imports can hold them).
    const twin = insertCandidate(core.ctx.db, { ...a, fullName: 'Ольга Петрова', firstName: null, lastName: null, email: 'OLGA@example.com' }, core.ctx.now())
    addToJob(core.ctx.db, job.id, twin.id, 'sourced', core.ctx.now())
    core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied' })
    core.outreach.recordStage({ jobId: job.id, candidateId: twin.id, stage: 'replied' })
    core.candidates.addToJob({ jobId: job2.id, candidateIds: [a.id] })
    core.outreach.recordStage({ jobId: job2.id, candidateId: a.id, stage: 'replied' })
    await sendAll()
    const records = sandbox.controls.resources()
    expect(records).toHaveLength(1)
    expect(records[0].jobLists.map((l) => l.opportunityId).sort()).toEqual([sandbox.controls.opportunities()[0].id, second.id].sort())
    expect(records[0].documents).toHaveLength(1)
  })

  it('contact data is sent once: a synced candidate exported for a second job only joins that job’s list', async () => {
    const { core, sandbox, job, addCandidate, sendAll } = await syncedCore()
    const a = addCandidate({ fullName: 'Nguyễn Văn An', email: 'an@example.vn' })
    core.outreach.recordStage({ jobId: job.id, candidateId: a.id, stage: 'replied' })
    await sendAll()
    core.ctx.db.prepare('UPDATE candidates SET email = ?, phone = ? WHERE id = ?').run('new@example.vn', '+84 1', a.id)
    sandbox.controls.clearRequestLog()
    const second = sandbox.controls.addOpportunity({ name: 'Charge Nurse' })
    const job2 = core.jobs.create({ title: 'Charge Nurse' })
    await core.jobs.setSync(job2.id, { trigger: 'sequence', trackerJobId: second.id })
    core.candidates.addToJob({ jobId: job2.id, candidateIds: [a.id] })
    core.outreach.recordStage({ jobId: job2.id, candidateId: a.id, stage: 'sequence' })
    await sendAll()
    const writes = sandbox.controls.requestLog().filter((r) => r.method !== 'GET' && !/PagedSearch|ExchangeToken/i.test(r.path))
    expect(writes.map((r) => r.path)).toEqual([expect.stringMatching(/resourceApplication/i)])
    const [record] = sandbox.controls.resources()
    expect(record.contactDetails.email).toBe('an@example.vn')
    expect(record.jobLists).toHaveLength(2)
  })
})
