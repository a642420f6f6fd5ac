// Dates and text at the API's door (what the desktop app, the browser host and the CLI all call): a date that is
// not on the calendar and a control character in a text field are refused with the field and the cause, and
// nothing is written.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Dispatch } from '../../../electron/api/dispatch'
import type { Core } from '../../../electron/core'
import { apiOnTempFolder } from '../../helpers/api'

let core: Core
let dispatch: Dispatch
let value: ReturnType<typeof apiOnTempFolder>['value']
beforeEach(() => void ({ core, dispatch, value } = apiOnTempFolder()))

const events = () => core.ctx.db.prepare('SELECT job_id, candidate_id, kind, occurred_at FROM outreach_events ORDER BY id').all()

async function candidateOnJob() {
  const job = await value('jobs.create', { title: 'ICU Nurse' })
  const candidate = await value('candidates.create', { jobId: job.id, fullName: 'Ann Lee' })
  return { jobId: job.id as number, candidateId: candidate.id as number }
}

describe('stages.record: a date and time that exists', () => {
  it.each([
    ['2026-02-30T10:00:00Z', '"2026-02-30T10:00:00Z" is not a date: February 2026 has 28 days.'],
    ['2025-02-29', '"2025-02-29" is not a date: February 2025 has 28 days.'],
    ['2026-01-10T24:00:00Z', '"2026-01-10T24:00:00Z" is not a time: hours run from 00 to 23 (for the end of a day, write 00:00 of the next day).'],
    ['2026-01-10T09:30:00+15:00', '"2026-01-10T09:30:00+15:00" has no such time zone offset as +15:00 (offsets run from -14:00 to +14:00).'],
    ['2026-01-10 and then some', expect.stringMatching(/^"2026-01-10 and then some" is not an ISO-8601 date and time/)]
  ])('%s is refused, nothing recorded', async (at, message) => {
    const { jobId, candidateId } = await candidateOnJob()
    const before = events()
    expect(await dispatch('stages.record', { jobId, candidateIds: [candidateId], stage: 'replied', at })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'at', message }
    })
    expect(events()).toEqual(before)
    expect(core.candidates.listForJob(jobId)[0].stage).toBe('sourced')
  })

  it('takes a real date in the documented forms, stored as UTC', async () => {
    const { jobId, candidateId } = await candidateOnJob()
    const record = (stage: string, at: string) => value('stages.record', { jobId, candidateIds: [candidateId], stage, at })
    expect((await record('sequence', '2024-02-29T10:00:00+01:00')).outcomes[0].occurredAt).toBe('2024-02-29T09:00:00.000Z')
    expect((await record('replied', '2024-03-01')).outcomes[0].occurredAt).toBe('2024-03-01T00:00:00.000Z')
  })
})

describe('text fields: no control characters', () => {
  it('a candidate with ESC in the name is refused at that field, and nothing is stored', async () => {
    const job = await value('jobs.create', { title: 'ICU Nurse' })
    const before = core.status.report().counts
    expect(await dispatch('candidates.create', { jobId: job.id, fullName: 'Ann\u001b[31mLee' })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'fullName', message: 'Full name contains the control character U+001B (ESC) at character 4: remove it.' }
    })
    expect(await dispatch('candidates.create', { jobId: job.id, fullName: 'Ann Lee', phone: '0770\u0000' })).toMatchObject({
      ok: false,
      error: { field: 'phone', message: 'Phone contains the control character U+0000 (NUL) at character 5: remove it.' }
    })
    expect(await dispatch('candidates.create', { jobId: job.id, fullName: 'Ann Lee', city: 'Leeds\nUK' })).toMatchObject({
      ok: false,
      error: { field: 'city', message: 'City contains a line break (U+000A) at character 6: it must be one line.' }
    })
    expect(core.status.report().counts).toEqual(before)
  })

  it('the notes and the other long texts keep their tabs and line breaks', async () => {
    const job = await value('jobs.create', { title: 'ICU Nurse' })
    const notes = 'Prefers nights.\r\n\t- ICU\n\t- A&E'
    const created = await value('candidates.create', { jobId: job.id, fullName: 'Ann Lee', notes, skills: 'a\tb' })
    expect(core.candidates.profile(created.id).candidate).toMatchObject({ notes, skills: 'a\tb' })
  })

  it.each([
    ['a job title', 'jobs.create', { title: 'ICU\u0007Nurse' }, 'title', 'title contains the control character U+0007 (BEL) at character 4: remove it.'],
    [
      'a company',
      'jobs.create',
      { title: 'Nurse', company: 'Acme\u007f' },
      'company',
      'company contains the control character U+007F (DEL) at character 5: remove it.'
    ],
    [
      'a setting',
      'settings.set',
      { key: 'record-link-template', value: '{webHost}/{id}\u001b' },
      'value',
      'value contains the control character U+001B (ESC) at character 15: remove it.'
    ],
    [
      'a name looked up',
      'candidates.findByName',
      { fullName: 'Ann\u0000' },
      'fullName',
      'fullName contains the control character U+0000 (NUL) at character 4: remove it.'
    ],
    [
      'a search (where a tab is folded, like any whitespace)',
      'candidates.review',
      { search: 'a\u0007b', offset: 0, limit: 10 },
      'search',
      'search contains the control character U+0007 (BEL) at character 2: remove it.'
    ],
    [
      'who connects',
      'connection.connect',
      { region: 'global', connectedBy: 'Rita\u001b]0;pwned\u0007', token: 'abc' },
      'connectedBy',
      'connectedBy contains the control character U+001B (ESC) at character 5: remove it.'
    ]
  ])('%s is refused with the field named', async (_label, name, input, field, message) => {
    const before = core.status.report().counts
    expect(await dispatch(name, input)).toEqual({ ok: false, error: { code: 'validation', field, message } })
    expect(core.status.report().counts).toEqual(before)
  })
})
