// @vitest-environment happy-dom
// Possible duplicates in TrackerRMS (two records of one person, ours and one created elsewhere at about the same
// time): Activity lists them newest first with both record links and the candidate's name opening the profile;
// the profile flags its own with both links and the message, and does not show the same message again as a near miss.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { TwinView } from '../../../shared/api/sync'
import type { Candidate } from '../../../shared/domain'
import { TwinsTab } from '../../../renderer/src/screens/activity/TwinsTab'
import { DuplicateSection } from '../../../renderer/src/screens/profile/DuplicateSection'
import { linkAnswers, renderWithApi } from './api-harness'

afterEach(cleanup)

const record = (id: number) => `https://acme.trackerrms.com/Resource/View/${id}`
const message = (ours: number, other: number) =>
  `Possible duplicate in TrackerRMS: #${ours} and #${other} (same email), created 2 s apart — another Tracker Sync or a colleague created one of them at about the same time. Merge them in TrackerRMS.`

const twin = (candidateId: number, fullName: string, ours: number, other: number, foundAt: string): TwinView => ({
  candidateId,
  fullName,
  oursResourceId: ours,
  otherResourceId: other,
  matchedOn: 'email',
  foundAt,
  message: message(ours, other)
})

const ann = twin(7, 'Ann Lee', 1201, 1202, '2026-12-07T09:00:00.000Z')
const bo = twin(8, 'Bo Chen', 1301, 1305, '2026-12-07T10:30:00.000Z')

describe('Activity: possible duplicates', () => {
  it('lists each pair newest first, with both records linked and the name opening the profile', async () => {
    renderWithApi(<TwinsTab />, { ...linkAnswers, 'sync.twins': [ann, bo] })
    const table = await screen.findByRole('table', { name: 'Possible duplicates in TrackerRMS' })
    await within(table).findByRole('link', { name: /record #1301/ })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('link')[0].textContent)).toEqual(['Bo Chen', 'Ann Lee'])
    const [first] = rows
    expect(within(first).getByRole('link', { name: 'Bo Chen' }).getAttribute('href')).toBe('#/candidates?candidate=8')
    expect(within(first).getByRole('link', { name: 'Open Bo Chen in TrackerRMS, record #1301' }).getAttribute('href')).toBe(record(1301))
    expect(within(first).getByRole('link', { name: 'Open Bo Chen in TrackerRMS, record #1305' }).getAttribute('href')).toBe(record(1305))
    expect(first.textContent).toContain('Same email')
  })

  it('says when there are none', async () => {
    renderWithApi(<TwinsTab />, { ...linkAnswers, 'sync.twins': [] })
    await screen.findByRole('region', { name: 'No possible duplicates' })
    expect(screen.queryByRole('table')).toBeNull()
  })
})

describe('the profile: a possible duplicate', () => {
  const candidate = (duplicateWarning: string) => ({ id: 7, fullName: 'Ann Lee', duplicateWarning }) as Candidate

  it('flags the pair with both record links and the message, once', async () => {
    const api = renderWithApi(<DuplicateSection candidate={candidate(ann.message)} />, { ...linkAnswers, 'sync.twins': [ann] })
    const flag = await screen.findByRole('note', { name: 'Possible duplicate in TrackerRMS' })
    expect(api.calls.find((c) => c.name === 'sync.twins')?.input).toEqual({ candidateId: 7 })
    expect(flag.textContent).toContain(ann.message)
    const ours = await within(flag).findByRole('link', { name: 'Open Ann Lee in TrackerRMS, record #1201' })
    expect(ours.getAttribute('href')).toBe(record(1201))
    expect(ours.textContent).toContain('created by Tracker Sync')
    const other = within(flag).getByRole('link', { name: 'Open Ann Lee in TrackerRMS, record #1202' })
    expect(other.getAttribute('href')).toBe(record(1202))
    expect(other.textContent).toContain('created by someone else')
    expect(screen.getAllByRole('note')).toHaveLength(1)
  })

  it('still shows a near miss an export found (a warning that is no twin’s message)', async () => {
    const nearMiss = 'A TrackerRMS record has a similar name: Steven Lu (#88).'
    renderWithApi(<DuplicateSection candidate={candidate(nearMiss)} />, { ...linkAnswers, 'sync.twins': [] })
    const note = await screen.findByRole('note', { name: 'Possible duplicate in TrackerRMS' })
    expect(note.textContent).toContain(nearMiss)
    expect(within(note).queryByRole('link')).toBeNull()
  })
})
