// @vitest-environment happy-dom
// A parked export says what it waits for. Waiting for the first read of TrackerRMS's list: the read's live share (the
// text stored when it started waiting is stale), in the queue and on the candidate's profile; a record TrackerRMS
// reports but its list lacks: the reason stored. The queue's tile for parked exports does not claim they all wait
// for the Widget API.
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { CandidateProfile } from '../../../shared/api/candidates'
import type { QueueEntry } from '../../../shared/api/sync'
import { QueueRow } from '../../../renderer/src/screens/activity/QueueRow'
import { QueueSummary } from '../../../renderer/src/screens/activity/QueueSummary'
import { SyncSection } from '../../../renderer/src/screens/profile/SyncSection'
import { indexStatus, linkAnswers, queueEntry, renderWithApi, syncState } from './api-harness'

afterEach(cleanup)

const STALE = 'Waiting for the TrackerRMS candidate list (0 %): nothing is created until Tracker Sync has read every name in TrackerRMS.'
const RECORD = 'TrackerRMS already has this person (same email) — Tracker Sync can’t see the record yet. Nothing was created.'

const entry = (change: Partial<QueueEntry>): QueueEntry => queueEntry({ lastError: STALE, ...change })

const inTable = (row: QueueEntry) => (
  <table>
    <tbody>
      <QueueRow entry={row} status={null} />
    </tbody>
  </table>
)

describe('a parked export in the queue', () => {
  it('waiting for the first read: the read’s live share, not the text stored when it started waiting', async () => {
    const api = renderWithApi(inTable(entry({})), { 'sync.state': syncState(indexStatus()) })
    await screen.findByText('Waiting for the TrackerRMS candidate list (34 %)')
    expect(screen.queryByText(/\(0 %\)/)).toBeNull()
    expect(screen.getByText('On hold')).toBeTruthy()
    // It goes by itself when the read is done: no Retry (it would only be held again), Cancel stays.
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy()
    act(() => api.emit({ name: 'index.progress', payload: indexStatus({ rows: 60_000, percent: 60 }) }))
    await screen.findByText('Waiting for the TrackerRMS candidate list (60 %)')
    act(() => api.emit({ name: 'index.progress', payload: indexStatus({ state: 'paused', rows: 61_000, percent: 61, problem: 'Offline.' }) }))
    await screen.findByText('Waiting for the TrackerRMS candidate list (paused at 61 %; it carries on by itself)')
  })

  it('waiting for a record TrackerRMS reports: the reason stored when it started waiting', async () => {
    renderWithApi(inTable(entry({ waitingFor: 'record', lastError: RECORD })), { 'sync.state': syncState(indexStatus({ state: 'ready' })) })
    await screen.findByText(RECORD)
    expect(screen.getByText('On hold')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(screen.queryByText(/candidate list/)).toBeNull()
  })

  it('the tile of parked exports is "On hold", whatever they wait for', () => {
    const counts = syncState(indexStatus(), { waiting: 3 }).counts
    renderWithApi(<QueueSummary counts={counts} filter="all" onFilter={() => undefined} />, {})
    const group = screen.getByRole('group', { name: 'Exports by state' })
    expect(within(group).getByRole('button', { name: '3 On hold' })).toBeTruthy()
    expect(group.textContent).not.toContain('Widget')
  })
})

describe('a parked export on the candidate’s profile', () => {
  it('shows the read’s live share too', async () => {
    const profile = {
      candidate: { id: 7, fullName: 'Ann Lee' },
      jobs: [],
      sync: { status: 'queued', trackerResourceId: null, how: null, matchedOn: null, syncedAt: null, syncedBy: null }
    } as unknown as CandidateProfile
    const api = renderWithApi(<SyncSection profile={profile} onExport={() => undefined} />, {
      ...linkAnswers,
      'sync.state': syncState(indexStatus({ rows: 12_000, percent: 12 })),
      'sync.queue': [entry({})]
    })
    await screen.findByText('Waiting for the TrackerRMS candidate list (12 %)')
    act(() => api.emit({ name: 'index.progress', payload: indexStatus({ rows: 13_000, percent: 13 }) }))
    await screen.findByText('Waiting for the TrackerRMS candidate list (13 %)')
  })
})
