// "Add candidate" and a stored candidate with the same full name, through the dispatcher every transport uses. The
// same rule as the import: a different email or LinkedIn URL makes them two people, so the new one is added with a
// warning naming the namesake; the same email is the same person and is refused as before; and a name alone never
// blocks (the form's hint already offered the namesake), but the warning says nothing tells them apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dispatch } from '../../../electron/api/dispatch'
import { createCore, type Core } from '../../../electron/core'
import { createEnvStore } from '../../../electron/secrets'
import { manualClock } from '../../helpers/clock'
import { tempDir } from '../../helpers/temp'
import { valueOf, dispatcherFor } from '../../helpers/api'

let core: Core
let dispatch: Dispatch
let jobId: number

beforeEach(async () => {
  core = createCore({ dataDir: tempDir(), secrets: createEnvStore('token-for-tests-000'), clock: manualClock() })
  dispatch = dispatcherFor(core)
  jobId = (await value('jobs.create', { title: 'ICU Nurse' })).id
})
afterEach(async () => {
  await core.close()
})

const value = <T = any>(name: string, input: unknown) => valueOf(dispatch)<T>(name, input)
const add = (fields: Record<string, string>) => value('candidates.create', { jobId, ...fields })
const count = () => (core.ctx.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n

describe('Add candidate: the same full name', () => {
  it('with a different email or LinkedIn URL: added as a different person, with a warning naming the namesake', async () => {
    const first = await add({ fullName: 'Émile Smith-Jones', email: 'emile@example.com', linkedinUrl: 'https://www.linkedin.com/in/emile' })
    expect(first.warning).toBeUndefined()
    // case and spaces are folded as the duplicate check does (accents are not: Emile is another name)
    const second = await add({ fullName: 'ÉMILE  smith-jones', email: 'e.smith@work.example' })
    expect(second).toMatchObject({
      id: 2,
      fullName: 'ÉMILE smith-jones',
      stage: 'sourced',
      warning: `Same full name as candidate ${first.id} (Émile Smith-Jones) but a different email: added as a different person.`
    })
    const third = await add({ fullName: 'Émile Smith-Jones', email: 'emile.sj@example.org', linkedinUrl: 'https://www.linkedin.com/in/emile-sj' })
    expect(third.warning).toBe('Same full name as candidate 1 (Émile Smith-Jones) but a different email and LinkedIn URL: added as a different person.')
    expect(count()).toBe(3)
  })

  it('with the same email: refused as the same person, as before, and nothing is written', async () => {
    await add({ fullName: 'Ann Lee', email: 'ann@example.com' })
    const result = await dispatch('candidates.create', { jobId, fullName: 'Ann Lee', email: 'ANN@example.com' })
    expect(result).toMatchObject({ ok: false, error: { code: 'rule', field: 'email', existing: { id: 1, onThisJob: true } } })
    expect(count()).toBe(1)
  })

  it('with nothing to tell them apart: added (a name alone never blocks), and the warning says so', async () => {
    await add({ fullName: 'Ann Lee', email: 'ann@example.com' })
    const second = await add({ fullName: 'Ann Lee', phone: '0113 496 0000' })
    expect(second.warning).toBe(
      'Same full name as candidate 1 (Ann Lee), and no email or LinkedIn URL tells them apart: added as a new candidate all the same.'
    )
    expect(count()).toBe(2)
  })
})
