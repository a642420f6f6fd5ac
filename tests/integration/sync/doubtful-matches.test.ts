// Doubtful matches, against the sandbox over real HTTP: a TrackerRMS record with the candidate's full name but
// another email (or LinkedIn URL) is neither linked nor created on its own. The export preview asks; an automatic
// export is held as "needs your decision" until the user decides (API or CLI): link, create new, or skip.
import { describe, expect, it } from 'vitest'
import type { ExportPreviewItem, QueueEntry } from '../../../shared/api'
import { createDispatcher } from '../../../electron/api/dispatch'
import { createAppServices, DemoVault } from '../../../electron/host'
import { valueOf } from '../../helpers/api'
import { cli } from '../../helpers/cli'
import { syncedCore } from '../../helpers/sync'

async function setup(options: Parameters<typeof syncedCore>[0] = {}) {
  const synced = await syncedCore(options)
  const app = createAppServices(synced.core, { vault: new DemoVault() })
  synced.core.onClose(() => app.close())
  const dispatch = createDispatcher(synced.core, app)
  // TrackerRMS's list carries names only here (the default profile): emails are read from each record itself.
  const david = synced.sandbox.controls.addResource({ firstName: 'David', surname: 'Smith', email: 'd.smith@other-agency.org' })
  return { ...synced, dispatch, value: valueOf(dispatch), david }
}

const byCandidate = (items: ExportPreviewItem[], id: number) => items.find((i) => i.candidateId === id)!

describe('the export preview decides each row with a sensible default', () => {
  it('links when the email agrees or the full name does with nothing against it, asks when the emails differ, creates when nothing matches', async () => {
    const { core, sandbox, value, addCandidate, opportunity, david, readIndex } = await setup()
    const ann = sandbox.controls.addResource({ firstName: 'Ann', surname: 'Lee', email: 'ann.lee@example.com' })
    const bo = sandbox.controls.addResource({ firstName: 'Bo', surname: 'Chen' })
    const rob = sandbox.controls.addResource({ firstName: 'Rob', surname: 'Ng', linkedInUrl: 'linkedin.com/in/rob-ng-1' })
    const people = {
      ann: addCandidate({ fullName: 'Ann Lee', email: 'ANN.LEE@example.com' }),
      bo: addCandidate({ fullName: 'Bo Chen', email: 'bo@example.com' }),
      david: addCandidate({ fullName: 'David Smith', email: 'david@example.com', linkedinUrl: 'linkedin.com/in/david-smith' }),
      rob: addCandidate({ fullName: 'Rob Ng', linkedinUrl: 'https://www.linkedin.com/in/rob-ng-2/' }),
      eve: addCandidate({ fullName: 'Eve Adams', email: 'eve@example.com' })
    }
    await readIndex() // as in the app: the queue reads TrackerRMS's list of candidates in the background
    const before = sandbox.controls.resources().length
    const preview = await value<{ items: ExportPreviewItem[] }>('sync.previewExport', {
      candidateIds: Object.values(people).map((p) => p.id),
      trackerJobId: opportunity!.id
    })
    const { items } = preview
    expect(byCandidate(items, people.ann.id)).toMatchObject({ decision: 'link', trackerResourceId: ann.id })
    expect(byCandidate(items, people.bo.id)).toMatchObject({ decision: 'link', trackerResourceId: bo.id, matchedOn: 'name' })
    expect(byCandidate(items, people.david.id)).toMatchObject({
      decision: 'ask',
      trackerResourceId: david.id,
      match: {
        ours: { fullName: 'David Smith', email: 'david@example.com', linkedinUrl: 'linkedin.com/in/david-smith' },
        theirs: { resourceId: david.id, fullName: 'David Smith', email: 'd.smith@other-agency.org' },
        differs: ['email']
      },
      payload: { firstName: 'David', surname: 'Smith', contactDetails: { email: 'david@example.com' } }
    })
    expect(byCandidate(items, people.david.id).reason).toContain(`#${david.id} has the same full name but another email`)
    expect(byCandidate(items, people.rob.id)).toMatchObject({ decision: 'ask', trackerResourceId: rob.id, match: { differs: ['linkedin'] } })
    expect(byCandidate(items, people.eve.id)).toMatchObject({ decision: 'create' })
    // A preview writes nothing.
    expect(sandbox.controls.resources()).toHaveLength(before)
    expect(core.sync.listQueue()).toEqual([])
  })
})

describe('Export to ATS with the decisions made in the preview', () => {
  it('links, creates or skips each row exactly as chosen', async () => {
    const { core, sandbox, value, addCandidate, opportunity, sendAll, david, readIndex } = await setup()
    const maria = sandbox.controls.addResource({ firstName: 'Maria', surname: 'Garcia', email: 'maria.g@other-agency.org' })
    const john = sandbox.controls.addResource({ firstName: 'John', surname: 'Brown', email: 'jb@other-agency.org' })
    await readIndex()
    const linkIt = addCandidate({ fullName: 'David Smith', email: 'david@example.com' })
    const createIt = addCandidate({ fullName: 'Maria Garcia', email: 'maria@example.com' })
    const skipIt = addCandidate({ fullName: 'John Brown', email: 'john@example.com' })
    const ids = [linkIt.id, createIt.id, skipIt.id]
    const preview = await value<{ items: ExportPreviewItem[] }>('sync.previewExport', { candidateIds: ids, trackerJobId: opportunity!.id })
    expect(preview.items.map((i) => i.decision)).toEqual(['ask', 'ask', 'ask'])
    const before = sandbox.controls.resources().length

    const outcomes = await value('sync.export', {
      candidateIds: ids,
      trackerJobId: opportunity!.id,
      decisions: [
        { candidateId: linkIt.id, choice: 'link', trackerResourceId: david.id },
        { candidateId: createIt.id, choice: 'create', trackerResourceId: maria.id },
        { candidateId: skipIt.id, choice: 'skip' }
      ]
    })
    expect(outcomes).toEqual([
      { candidateId: linkIt.id, outcome: 'queued', queueId: expect.any(Number) },
      { candidateId: createIt.id, outcome: 'queued', queueId: expect.any(Number) },
      { candidateId: skipIt.id, outcome: 'skipped' }
    ])
    expect((await sendAll()).state).toBe('idle')

    const records = sandbox.controls.resources()
    expect(records).toHaveLength(before + 1)
    const created = records.find((r) => r.contactDetails.email === 'maria@example.com')!
    expect(created).toMatchObject({ firstName: 'Maria', surname: 'Garcia', source: 'Tracker Sync' })
    expect(
      core.sync
        .ledger()
        .map((l) => [l.candidateId, l.how, l.trackerResourceId])
        .sort()
    ).toEqual(
      [
        [linkIt.id, 'linked', david.id],
        [createIt.id, 'created', created.id]
      ].sort()
    )
    // The linked record is put on the job and not rewritten; the other namesakes are untouched.
    expect(sandbox.controls.resource(david.id)).toMatchObject({ contactDetails: { email: 'd.smith@other-agency.org' }, documents: [] })
    expect(sandbox.controls.resource(david.id)!.jobLists.map((l) => l.opportunityId)).toEqual([opportunity!.id])
    expect(sandbox.controls.resource(maria.id)!.jobLists).toEqual([])
    expect(sandbox.controls.resource(john.id)!.jobLists).toEqual([])
    expect(core.sync.listQueue({ candidateId: skipIt.id })).toEqual([])
    // The outcomes say which: created, or linked.
    const entries = await value<QueueEntry[]>('sync.queueItems', { queueIds: outcomes.flatMap((o: { queueId?: number }) => o.queueId ?? []) })
    expect(entries.map((e) => [e.candidateId, e.state, e.recordHow, e.trackerResourceId])).toEqual([
      [linkIt.id, 'done', 'linked', david.id],
      [createIt.id, 'done', 'created', created.id]
    ])
  })

  it('refuses a link to a record that is not the one the preview showed, or a decision for a candidate not exported, and queues nothing', async () => {
    const { core, sandbox, dispatch, addCandidate, opportunity, readIndex } = await setup()
    const stranger = sandbox.controls.addResource({ firstName: 'Someone', surname: 'Else', email: 'else@example.org' })
    await readIndex()
    const dave = addCandidate({ fullName: 'David Smith', email: 'david@example.com' })
    const eve = addCandidate({ fullName: 'Eve Adams' })
    const wrongRecord = await dispatch('sync.export', {
      candidateIds: [dave.id, eve.id],
      trackerJobId: opportunity!.id,
      decisions: [{ candidateId: dave.id, choice: 'link', trackerResourceId: stranger.id }]
    })
    expect(wrongRecord).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining(`TrackerRMS #${stranger.id} has neither this full name`) }
    })
    const notExported = await dispatch('sync.export', { candidateIds: [eve.id], trackerJobId: null, decisions: [{ candidateId: dave.id, choice: 'create' }] })
    expect(notExported).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining(`candidate ${dave.id} is not among the candidates exported`) }
    })
    const linkWithoutRecord = await dispatch('sync.export', {
      candidateIds: [dave.id],
      trackerJobId: null,
      decisions: [{ candidateId: dave.id, choice: 'link' }]
    })
    expect(linkWithoutRecord).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('linking needs the TrackerRMS record') }
    })
    expect(core.sync.listQueue()).toEqual([])
  })
})

describe('an automatic export whose full-name match is contradicted', () => {
  it('is held as "needs your decision" (nothing linked or created), shows both people, and goes on as decided through the API or the CLI', async () => {
    const { core, sandbox, value, job, addCandidate, opportunity, sendAll, david, dataDir, token } = await setup({ trigger: 'replied' })
    const maria = sandbox.controls.addResource({ firstName: 'Maria', surname: 'Garcia', email: 'maria.g@other-agency.org' })
    const john = sandbox.controls.addResource({ firstName: 'John', surname: 'Brown', linkedInUrl: 'linkedin.com/in/john-brown-1' })
    const people = [
      addCandidate({ fullName: 'David Smith', email: 'david@example.com' }),
      addCandidate({ fullName: 'Maria Garcia', email: 'maria@example.com' }),
      addCandidate({ fullName: 'John Brown', linkedinUrl: 'linkedin.com/in/john-brown-2' })
    ]
    const before = sandbox.controls.resources().length
    for (const p of people) core.outreach.recordStage({ jobId: job.id, candidateId: p.id, stage: 'replied' })
    expect((await sendAll()).state).toBe('idle')

    // Held: nothing created, nothing linked, no record put on the job.
    expect(sandbox.controls.resources()).toHaveLength(before)
    expect(core.sync.ledger()).toEqual([])
    for (const r of [david, maria, john]) expect(sandbox.controls.resource(r.id)!.jobLists).toEqual([])
    const held = await value<QueueEntry[]>('sync.queue', { limit: 10 })
    expect(held.map((e) => [e.candidateId, e.state, e.waitingFor])).toEqual(people.map((p) => [p.id, 'waiting', 'decision']).reverse())
    const davidEntry = held.find((e) => e.candidateId === people[0].id)!
    expect(davidEntry.match).toEqual({
      ours: { fullName: 'David Smith', email: 'david@example.com', linkedinUrl: null },
      theirs: { resourceId: david.id, fullName: 'David Smith', email: 'd.smith@other-agency.org', linkedinUrl: null },
      differs: ['email']
    })
    expect(davidEntry.lastError).toContain(`Needs your decision: TrackerRMS #${david.id}`)
    // Sending again changes nothing: held exports wait for the user, not for time.
    expect((await sendAll()).state).toBe('idle')
    expect(sandbox.controls.resources()).toHaveLength(before)

    // Decided in the app (the API): link David to the record shown.
    const linked = await value<QueueEntry>('sync.decide', { queueId: davidEntry.id, decision: 'link' })
    expect(linked).toMatchObject({ state: 'pending', decision: 'link', decisionResourceId: david.id, match: null })
    expect((await sendAll()).state).toBe('idle')
    expect(core.sync.ledger()).toEqual([expect.objectContaining({ candidateId: people[0].id, how: 'linked', trackerResourceId: david.id })])
    expect(sandbox.controls.resource(david.id)!.jobLists.map((l) => l.opportunityId)).toEqual([opportunity!.id])
    expect(sandbox.controls.resources()).toHaveLength(before)

    // Decided on the command line: a new record for Maria, nothing for John.
    const d = ['--data-dir', dataDir]
    const env = { TRACKER_SYNC_TOKEN: token }
    const list = await cli([...d, 'queue'], { env })
    expect(list.stdout).toContain('needs decision')
    expect(list.stdout).toContain(`TrackerRMS #${maria.id}`)
    expect(list.stdout).toContain('maria.g@other-agency.org')
    const mariaQueue = held.find((e) => e.candidateId === people[1].id)!.id
    const johnQueue = held.find((e) => e.candidateId === people[2].id)!.id
    const created = await cli([...d, 'queue', 'decide', String(mariaQueue), 'create'], { env })
    expect(created.code, created.stderr).toBe(0)
    expect(created.stdout).toContain('create a new TrackerRMS record')
    const skipped = await cli([...d, 'queue', 'decide', String(johnQueue), 'skip'], { env })
    expect(skipped.stdout).toContain('skipped')
    expect((await cli([...d, 'queue', 'decide', String(johnQueue), 'link'], { env })).stderr).toContain('is not waiting for a decision')
    expect((await cli([...d, 'queue', 'decide', String(johnQueue), 'merge'], { env })).stderr).toContain('Unknown decision "merge"')
    expect((await sendAll()).state).toBe('idle')

    const records = sandbox.controls.resources()
    expect(records).toHaveLength(before + 1)
    const newMaria = records.find((r) => r.contactDetails.email === 'maria@example.com')!
    expect(newMaria.jobLists.map((l) => l.opportunityId)).toEqual([opportunity!.id])
    expect(sandbox.controls.resource(maria.id)!.jobLists).toEqual([])
    expect(sandbox.controls.resource(john.id)!.jobLists).toEqual([])
    expect(core.sync.listQueue({ candidateId: people[2].id })).toEqual([expect.objectContaining({ state: 'cancelled' })])
    expect(core.sync.ledger().find((l) => l.candidateId === people[1].id)).toMatchObject({ how: 'created', trackerResourceId: newMaria.id })
    expect(core.sync.history(people[1].id).map((a) => a.outcome)).toEqual(expect.arrayContaining(['doubtful', 'decided']))
  })

  it('one decision answers every export of that person held over the same record (another job too)', async () => {
    const { core, sandbox, job, addCandidate, sendAll, david, opportunity } = await setup({ trigger: 'replied' })
    const night = sandbox.controls.addOpportunity({ name: 'Night Nurse' })
    const job2 = core.jobs.create({ title: 'Night Nurse' })
    await core.jobs.setSync(job2.id, { trigger: 'replied', trackerJobId: night.id })
    const dave = addCandidate({ fullName: 'David Smith', email: 'david@example.com' })
    core.candidates.addToJob({ jobId: job2.id, candidateIds: [dave.id] })
    core.outreach.recordStage({ jobId: job.id, candidateId: dave.id, stage: 'replied' })
    core.outreach.recordStage({ jobId: job2.id, candidateId: dave.id, stage: 'replied' })
    await sendAll()
    const held = core.sync.listQueue({ candidateId: dave.id })
    expect(held.map((i) => i.waitingFor)).toEqual(['decision', 'decision'])
    core.sync.decide(held[0].id, 'link')
    await sendAll()
    expect(core.sync.listQueue({ candidateId: dave.id }).map((i) => i.state)).toEqual(['done', 'done'])
    expect(
      sandbox.controls
        .resource(david.id)!
        .jobLists.map((l) => l.opportunityId)
        .sort()
    ).toEqual([opportunity!.id, night.id].sort())
    expect(sandbox.controls.resources()).toHaveLength(1)
  })
})
