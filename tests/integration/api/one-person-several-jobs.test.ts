// One person, several jobs, through the dispatcher every transport uses: "Add candidate" refuses a twin (same
// email or LinkedIn URL, in any form the duplicate check folds) and names who to add instead; candidates.addToJob
// puts existing candidates on another job at "sourced", fires no trigger, and the job's trigger works for them later.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiEventMessage } from '../../../shared/api'
import type { Dispatch } from '../../../electron/api/dispatch'
import { forwardEvents } from '../../../electron/api/event-forwarder'
import { createCore, type Core } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { manualClock } from '../../helpers/clock'
import { tempDir } from '../../helpers/temp'
import { valueOf, dispatcherFor } from '../../helpers/api'

let core: Core
let dispatch: Dispatch
const clock = manualClock()

beforeEach(() => {
  clock.set('2026-06-01T09:00:00.000Z')
  core = createCore({ dataDir: tempDir(), secrets: createEnvStore('token-for-tests-000'), clock })
  dispatch = dispatcherFor(core)
})
afterEach(async () => {
  await core.close()
})

const value = <T = any>(name: string, input: unknown) => valueOf(dispatch)<T>(name, input)
const count = (sql: string) => (core.ctx.db.prepare(sql).get() as { n: number }).n
const jobsOf = async (candidateId: number) => (await value('candidates.get', { candidateId })).jobs.map((j: any) => [j.jobTitle, j.stage]).sort()

/** ICU Nurse with Ann Lee (email, LinkedIn), Ward Manager with Bo Chen, and an empty Backend Engineer job. */
async function threeJobs() {
  const icu = await value('jobs.create', { title: 'ICU Nurse' })
  const ward = await value('jobs.create', { title: 'Ward Manager' })
  const backend = await value('jobs.create', { title: 'Backend Engineer' })
  const ann = await value('candidates.create', {
    jobId: icu.id,
    fullName: 'Ann Lee',
    email: 'ann.lee@example.com',
    linkedinUrl: 'https://www.linkedin.com/in/ann-lee'
  })
  const bo = await value('candidates.create', { jobId: ward.id, fullName: 'Bo Chen', email: 'bo@example.com' })
  return { icu, ward, backend, ann, bo }
}

describe('candidates.create refuses a second candidate for one person', () => {
  it('refuses the same email in another case, naming the person, their job and what to do, with their id', async () => {
    const { icu, ward, ann } = await threeJobs()
    const result = await dispatch('candidates.create', { jobId: ward.id, fullName: 'Ann Lee-Smith', email: ' ANN.Lee@Example.COM ' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'rule',
        field: 'email',
        message: `Ann Lee (id ${ann.id}, in ${icu.title}) already has this email. Add Ann Lee to this job instead.`,
        existing: { id: ann.id, fullName: 'Ann Lee', onThisJob: false }
      }
    })
    expect(count('SELECT count(*) AS n FROM candidates')).toBe(2)
  })

  it('refuses the same LinkedIn profile written another way (scheme, country subdomain, slash, query)', async () => {
    const { backend, ann } = await threeJobs()
    const result = await dispatch('candidates.create', { jobId: backend.id, fullName: 'A. Lee', linkedinUrl: 'http://uk.linkedin.com/in/ann-lee/?trk=x#top' })
    expect(result).toMatchObject({ ok: false, error: { code: 'rule', field: 'linkedinUrl', existing: { id: ann.id, onThisJob: false } } })
    if (!result.ok) expect(result.error.message).toBe(`Ann Lee (id ${ann.id}, in ICU Nurse) already has this LinkedIn URL. Add Ann Lee to this job instead.`)
  })

  it('refuses the same email on the same job, saying she is already on it (nothing to add)', async () => {
    const { icu, ann } = await threeJobs()
    const result = await dispatch('candidates.create', { jobId: icu.id, fullName: 'Ann Lee', email: 'ann.lee@example.com' })
    expect(result).toMatchObject({ ok: false, error: { code: 'rule', field: 'email', existing: { id: ann.id, onThisJob: true } } })
    if (!result.ok) expect(result.error.message).toBe(`Ann Lee (id ${ann.id}) already has this email and is already on ICU Nurse.`)
  })

  it('names every job the person is on, and allows a same-name candidate with other contact details', async () => {
    const { ward, backend, ann } = await threeJobs()
    await value('candidates.addToJob', { jobId: backend.id, candidateIds: [ann.id] })
    const refused = await dispatch('candidates.create', { jobId: ward.id, fullName: 'Ann Lee', email: 'ann.lee@example.com' })
    expect(refused.ok ? null : refused.error.message).toContain(`(id ${ann.id}, in ICU Nurse and Backend Engineer)`)
    const namesake = await value('candidates.create', { jobId: ward.id, fullName: 'Ann Lee', email: 'ann.lee@other.org' })
    expect(namesake.id).not.toBe(ann.id)
    const noContact = await value('candidates.create', { jobId: ward.id, fullName: 'Ann Lee' })
    expect(noContact.id).toBeGreaterThan(namesake.id)
  })
})

describe('candidates.addToJob', () => {
  it('adds existing candidates at "sourced", skips those already on the job, and pushes one refresh', async () => {
    const sent: ApiEventMessage[] = []
    const stop = forwardEvents(core.events, (message) => sent.push(message), 5)
    const { icu, ward, ann, bo } = await threeJobs()
    await value('stages.record', { jobId: icu.id, candidateIds: [ann.id], stage: 'replied' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    sent.length = 0

    const result = await value('candidates.addToJob', { jobId: ward.id, candidateIds: [ann.id, bo.id, ann.id] })
    expect(result).toEqual({ jobId: ward.id, jobTitle: 'Ward Manager', added: [ann.id], alreadyOn: [bo.id] })
    expect(await jobsOf(ann.id)).toEqual([
      ['ICU Nurse', 'replied'],
      ['Ward Manager', 'sourced']
    ])
    expect(count('SELECT count(*) AS n FROM candidates')).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(sent).toEqual([{ name: 'data.changed', payload: { what: 'candidates' } }])

    // Everyone already on it: nothing written, nothing pushed.
    sent.length = 0
    expect(await value('candidates.addToJob', { jobId: ward.id, candidateIds: [bo.id, ann.id] })).toMatchObject({ added: [], alreadyOn: [bo.id, ann.id] })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(sent).toEqual([])
    stop()
  })

  it('refuses an unknown job or unknown candidate ids by name, and writes nothing', async () => {
    const { ward, ann } = await threeJobs()
    const before = count('SELECT count(*) AS n FROM job_candidates')
    expect(await dispatch('candidates.addToJob', { jobId: 99, candidateIds: [ann.id] })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no job with id 99.' }
    })
    expect(await dispatch('candidates.addToJob', { jobId: ward.id, candidateIds: [ann.id, 41, 42] })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There are no candidates with ids 41, 42.' }
    })
    expect(await dispatch('candidates.addToJob', { jobId: ward.id, candidateIds: [7] })).toMatchObject({
      ok: false,
      error: { message: 'There is no candidate with id 7.' }
    })
    expect(await dispatch('candidates.addToJob', { jobId: ward.id, candidateIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'candidateIds' }
    })
    expect(count('SELECT count(*) AS n FROM job_candidates')).toBe(before)
  })

  it('records no outreach event and queues nothing; the new job’s trigger fires on a later stage change there', async () => {
    core.settings.setConnectionValues({
      region: 'custom',
      'rest-url': 'http://127.0.0.1:1',
      'connected-at': clock.now().toISOString(),
      'connected-by': 'Rita Recruiter'
    })
    clock.advance(1000)
    const { icu, ward, ann } = await threeJobs()
    await value('jobs.setSync', { jobId: ward.id, trigger: 'replied', trackerJobId: 4521 })
    await value('jobs.setSync', { jobId: icu.id, trigger: 'never' })
    clock.advance(1000)
    const events = () => count('SELECT count(*) AS n FROM outreach_events')
    const queue = () => core.ctx.db.prepare('SELECT candidate_id, job_id, tracker_job_id, origin FROM sync_queue ORDER BY id').all()

    await value('candidates.addToJob', { jobId: ward.id, candidateIds: [ann.id] })
    expect(events()).toBe(0)
    expect(queue()).toEqual([])

    clock.advance(60_000)
    const moved = await value('stages.record', { jobId: ward.id, candidateIds: [ann.id], stage: 'replied' })
    expect(moved.outcomes[0]).toMatchObject({ changed: true, effects: [expect.stringContaining('queued')] })
    expect(queue()).toEqual([{ candidate_id: ann.id, job_id: ward.id, tracker_job_id: 4521, origin: 'trigger' }])
  })
})
