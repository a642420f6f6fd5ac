// "Add candidate"'s same-name hint, through the dispatcher every transport uses: candidates.findByName folds case
// and spaces exactly like the duplicate check's name key, never matches a merely similar name, returns at most 5
// (oldest first, with email and jobs), writes nothing, and its result feeds candidates.addToJob unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dispatch } from '../../../electron/api/dispatch'
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
const findByName = (fullName: string) =>
  value<{ id: number; fullName: string; email: string | null; jobs: { id: number; title: string }[] }[]>('candidates.findByName', { fullName })

describe('candidates.findByName', () => {
  it('finds the stored namesake with case and spaces folded, naming their email and every job', async () => {
    const icu = await value('jobs.create', { title: 'ICU Nurse' })
    const ward = await value('jobs.create', { title: 'Ward Manager' })
    const ann = await value('candidates.create', { jobId: icu.id, fullName: 'Ann Lee', email: 'ann@example.com' })
    await value('candidates.addToJob', { jobId: ward.id, candidateIds: [ann.id] })
    const expected = [
      {
        id: ann.id,
        fullName: 'Ann Lee',
        email: 'ann@example.com',
        jobs: [
          { id: icu.id, title: 'ICU Nurse' },
          { id: ward.id, title: 'Ward Manager' }
        ]
      }
    ]
    expect(await findByName('Ann  Lee ')).toEqual(expected)
    expect(await findByName('ann lee')).toEqual(expected)
    expect(await findByName('\tANN LEE')).toEqual(expected)
  })

  it('does not match a different or partial name, and answers [] for an unknown or blank name', async () => {
    const job = await value('jobs.create', { title: 'Backend Engineer' })
    await value('candidates.create', { jobId: job.id, fullName: 'Steven Lu' })
    expect(await findByName('Steve Lu')).toEqual([])
    expect(await findByName('Steven')).toEqual([])
    expect(await findByName('Steven Lu Jr')).toEqual([])
    expect(await findByName('Nobody Here')).toEqual([])
    expect(await findByName('   ')).toEqual([])
    expect((await findByName('steven lu')).map((c) => c.fullName)).toEqual(['Steven Lu'])
  })

  it('returns at most 5, oldest first, with no email as null, and writes nothing', async () => {
    const job = await value('jobs.create', { title: 'Porter' })
    const ids: number[] = []
    for (let i = 0; i < 7; i++) ids.push((await value('candidates.create', { jobId: job.id, fullName: i % 2 ? 'JO KIM' : 'Jo Kim' })).id)
    const changes = core.ctx.db.prepare('SELECT total_changes() AS n').get()
    const found = await findByName('jo kim')
    expect(found.map((c) => c.id)).toEqual(ids.slice(0, 5))
    expect(found[1]).toEqual({ id: ids[1], fullName: 'JO KIM', email: null, jobs: [{ id: job.id, title: 'Porter' }] })
    expect(core.ctx.db.prepare('SELECT total_changes() AS n').get()).toEqual(changes)
  })

  it('a namesake found this way can be put on the new job with candidates.addToJob, keeping one candidate', async () => {
    const icu = await value('jobs.create', { title: 'ICU Nurse' })
    const ward = await value('jobs.create', { title: 'Ward Manager' })
    await value('candidates.create', { jobId: icu.id, fullName: 'Ann Lee', email: 'ann@example.com' })
    const [namesake] = await findByName('ANN LEE')
    expect(await value('candidates.addToJob', { jobId: ward.id, candidateIds: [namesake.id] })).toMatchObject({ added: [namesake.id], alreadyOn: [] })
    expect((await findByName('Ann Lee'))[0].jobs.map((j) => j.title)).toEqual(['ICU Nurse', 'Ward Manager'])
    expect((core.ctx.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n).toBe(1)
  })

  it('refuses a missing, non-text or over-long name, or an extra key, with a validation error naming the field', async () => {
    const cases: [unknown, string][] = [
      [{}, 'fullName'],
      [{ fullName: 42 }, 'fullName'],
      [{ fullName: 'x'.repeat(201) }, 'fullName'],
      [{ fullName: 'Ann', extra: 1 }, 'extra']
    ]
    for (const [input, field] of cases) {
      expect(await dispatch('candidates.findByName', input)).toMatchObject({ ok: false, error: { code: 'validation', field } })
    }
  })
})
