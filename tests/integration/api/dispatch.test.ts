// The API contract end to end below the transports: every call has a handler, every argument is parsed (strict,
// typed, bounded, no prototype keys) before anything runs, errors come back as ErrorInfo, events are forwarded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API, CALL_NAMES, type ApiEventMessage } from '../../../shared/api'
import type { Dispatch } from '../../../electron/api/dispatch'
import { forwardEvents } from '../../../electron/api/event-forwarder'
import { HANDLERS } from '../../../electron/api/handlers'
import { createCore, type Core } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { tempDir } from '../../helpers/temp'
import { valueOf, dispatcherFor } from '../../helpers/api'

let core: Core
let dispatch: Dispatch

beforeEach(() => {
  core = createCore({ dataDir: tempDir(), secrets: createEnvStore('unused') })
  dispatch = dispatcherFor(core)
})
afterEach(async () => {
  await core.close()
})

const call = async (name: string, input: unknown) => dispatch(name, input)
const value = <T = any>(name: string, input: unknown) => valueOf(dispatch)<T>(name, input)
const counts = () => core.status.report().counts

describe('the contract', () => {
  it('has exactly one handler per call, and a summary for each', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...CALL_NAMES].sort())
    for (const name of CALL_NAMES) expect(API[name].summary.length, name).toBeGreaterThan(10)
  })

  it('answers unknown call names (including inherited ones) with not_found, running nothing', async () => {
    for (const name of ['jobs.delete', 'toString', '__proto__', 'constructor', '', 42, null])
      expect(await call(name as string, {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('argument checking: a clear validation error, nothing written', () => {
  const refusals: [string, string, unknown, string][] = [
    ['an unknown key', 'jobs.create', { title: 'Nurse', salary: 1 }, 'salary'],
    ['__proto__ (from JSON)', 'jobs.create', JSON.parse('{"title":"Nurse","__proto__":{"admin":true}}'), '__proto__'],
    ['constructor', 'candidates.create', { jobId: 1, fullName: 'A B', constructor: { prototype: {} } }, 'constructor'],
    ['a nested prototype key', 'stages.record', JSON.parse('{"jobId":1,"candidateIds":[1],"stage":"replied","at":{"__proto__":1}}'), 'at.__proto__'],
    ['a string for a number', 'jobs.setSync', { jobId: '1', trigger: 'replied' }, 'jobId'],
    ['a fraction for an id', 'candidates.get', { candidateId: 1.5 }, 'candidateId'],
    ['a negative id', 'jobs.get', { jobId: -3 }, 'jobId'],
    ['an unknown enum value', 'jobs.setSync', { jobId: 1, trigger: 'always' }, 'trigger'],
    ['a huge string', 'jobs.create', { title: 'x'.repeat(1_000_000) }, 'title'],
    ['a too-long candidate field', 'candidates.create', { jobId: 1, fullName: 'A B', notes: 'n'.repeat(20_001) }, 'notes'],
    ['a huge page', 'candidates.review', { offset: 0, limit: 100_000 }, 'limit'],
    [
      'too many candidates at once',
      'stages.record',
      { jobId: 1, candidateIds: Array.from({ length: 10_001 }, (_, i) => i + 1), stage: 'replied' },
      'candidateIds'
    ],
    ['no candidates', 'stages.record', { jobId: 1, candidateIds: [], stage: 'replied' }, 'candidateIds'],
    ['no candidates to add to a job', 'candidates.addToJob', { jobId: 1, candidateIds: [] }, 'candidateIds'],
    ['a text id among candidates to add', 'candidates.addToJob', { jobId: 1, candidateIds: [1, '2'] }, 'candidateIds.1'],
    ['too many candidates to add at once', 'candidates.addToJob', { jobId: 1, candidateIds: Array.from({ length: 10_001 }, (_, i) => i + 1) }, 'candidateIds'],
    ['a number for a name to look up', 'candidates.findByName', { fullName: 42 }, 'fullName'],
    ['a too-long name to look up', 'candidates.findByName', { fullName: 'x'.repeat(201) }, 'fullName'],
    ['an unknown setting', 'settings.set', { key: 'token', value: 'abc' }, 'key'],
    ['no object at all', 'jobs.list', null, 'input'],
    ['an array', 'jobs.list', [], 'input'],
    ['a string', 'status.get', 'status', 'input']
  ]

  it.each(refusals)('%s', async (_label, name, input, field) => {
    await value('jobs.create', { title: 'Existing' })
    const before = counts()
    const result = await call(name, input)
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field } })
    if (!result.ok) {
      expect(result.error.message.length).toBeGreaterThan(10)
      expect(result.error.message.length).toBeLessThan(300) // never echoes a huge input back
    }
    expect(counts()).toEqual(before)
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('names the field the core objects to (an email, a title) so the form can show it there', async () => {
    const job = await value('jobs.create', { title: 'ICU Nurse' })
    expect(await call('candidates.create', { jobId: job.id, fullName: 'Ann Lee', email: 'ann@@example' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'email', message: expect.stringContaining('ann@@example') }
    })
    expect(await call('jobs.create', { title: '   ' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'title' } })
    expect(await call('candidates.create', { jobId: 999, fullName: 'Ann Lee' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(counts()).toEqual({ jobs: 1, candidates: 0 })
  })
})

describe('the calls', () => {
  it('create and list jobs, set a job’s sync settings, read and write settings, report status', async () => {
    const job = await value('jobs.create', { title: '  ICU Nurse ', company: "St Mary's", location: null })
    expect(job).toMatchObject({ title: 'ICU Nurse', company: "St Mary's", location: null })
    expect(await value('jobs.setSync', { jobId: job.id, trigger: 'interested', trackerJobId: 4521 })).toMatchObject({
      trigger: 'interested',
      trackerJobId: 4521
    })
    expect(await value('jobs.setSync', { jobId: job.id, trackerJobId: null })).toMatchObject({ trigger: 'interested', trackerJobId: null })
    expect(await value('jobs.list', {})).toMatchObject([{ id: job.id, candidateCount: 0, sync: { trigger: 'interested' } }])
    expect(await value('settings.set', { key: 'sync-delay-seconds', value: ' 30 ' })).toEqual({ key: 'sync-delay-seconds', value: 30 })
    expect((await value('settings.get', {}))['sync-delay-seconds']).toBe(30)
    expect(await call('settings.set', { key: 'sync-delay-seconds', value: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'sync-delay-seconds' }
    })
    expect((await value('status.get', {})).counts).toEqual({ jobs: 1, candidates: 0 })
  })

  it('records a stage for many candidates at once, reports each refusal, and pushes one coalesced refresh', async () => {
    const sent: ApiEventMessage[] = []
    const stop = forwardEvents(core.events, (message) => sent.push(message), 10)
    const job = await value('jobs.create', { title: 'ICU Nurse' })
    const other = await value('jobs.create', { title: 'Other' })
    const ids: number[] = []
    for (const name of ['Ann Lee', 'Bo Chen', 'Cy Diaz']) ids.push((await value('candidates.create', { jobId: job.id, fullName: name })).id)
    const stranger = (await value('candidates.create', { jobId: other.id, fullName: 'Not On Job' })).id
    await new Promise((resolve) => setTimeout(resolve, 30))
    sent.length = 0

    const result = await value('stages.record', { jobId: job.id, candidateIds: [...ids, ids[0], stranger], stage: 'replied' })
    expect(result.outcomes.map((o: any) => [o.candidateId, o.stage, o.changed, typeof o.occurredAt])).toEqual(ids.map((id) => [id, 'replied', true, 'string']))
    expect(result.failed).toEqual([{ candidateId: stranger, error: { code: 'not_found', message: `Candidate ${stranger} is not on job ${job.id}.` } }])
    const again = await value('stages.record', { jobId: job.id, candidateIds: [ids[1]], stage: 'replied' })
    expect(again.outcomes).toEqual([
      { candidateId: ids[1], stage: 'replied', changed: false, occurredAt: null, effects: [], previousStage: 'replied', queued: null }
    ])

    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(sent).toEqual([{ name: 'data.changed', payload: { what: 'candidates' } }])
    const page = await value('candidates.review', { jobId: job.id, stage: 'replied', offset: 0, limit: 10 })
    expect(page.total).toBe(3)
    stop()
  })

  it('merges a burst of queue changes into one event with every id, and passes queue and connection states at once', async () => {
    const sent: ApiEventMessage[] = []
    const stop = forwardEvents(core.events, (message) => sent.push(message), 10)
    for (let i = 1; i <= 300; i++) core.events.emit('queue.changed', { queueIds: [i], candidateIds: [1000 + i] })
    core.events.emit('queue.state', { state: 'offline', reason: 'down', retryAt: null })
    expect(sent).toEqual([{ name: 'queue.state', payload: { state: 'offline', reason: 'down', retryAt: null } }])
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(sent).toHaveLength(2)
    expect(sent[1]).toMatchObject({ name: 'queue.changed' })
    const change = sent[1].payload as { queueIds: number[]; candidateIds: number[] }
    expect(change.queueIds).toHaveLength(300)
    expect(change.candidateIds[299]).toBe(1300)
    stop()
  })

  it('gives a candidate’s profile: every field, its jobs with stage, its sync status', async () => {
    const job = await value('jobs.create', { title: 'ICU Nurse', company: "St Mary's" })
    const created = await value('candidates.create', { jobId: job.id, fullName: 'Ann Marie Lee', email: 'ANN@example.com', phone: '+44 1', city: 'Leeds' })
    await value('stages.record', { jobId: job.id, candidateIds: [created.id], stage: 'sequence' })
    const profile = await value('candidates.get', { candidateId: created.id })
    expect(profile.candidate).toMatchObject({
      fullName: 'Ann Marie Lee',
      firstName: 'Ann Marie',
      lastName: 'Lee',
      email: 'ANN@example.com',
      city: 'Leeds',
      duplicateWarning: null
    })
    expect(profile.jobs).toMatchObject([{ jobId: job.id, jobTitle: 'ICU Nurse', company: "St Mary's", stage: 'sequence' }])
    expect(profile.sync).toEqual({ status: 'not_synced', trackerResourceId: null, how: null, matchedOn: null, syncedAt: null, syncedBy: null })
    expect(await call('candidates.get', { candidateId: created.id + 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('turns an unexpected failure into an internal error without a stack trace', async () => {
    await core.close()
    const result = await call('jobs.list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    if (!result.ok) expect(result.error.message).not.toMatch(/\n\s+at /)
    core = createCore({ dataDir: tempDir(), secrets: createEnvStore('unused') })
  })
})
