// @vitest-environment happy-dom
// The read of TrackerRMS's candidate list as Settings and Activity show it: a progress bar with the count and the
// time left that moves with each 'index.progress' (written into the cached state, not refetched), the problem and
// "Read now" when paused, one quiet line with "Check for changes now" once done, nothing when not connected; and
// Activity's header line saying that exports which would create records wait for the read.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { IndexStatus } from '../../../shared/events'
import { useIndexStatus } from '../../../renderer/src/api/state'
import { IndexRead } from '../../../renderer/src/components/IndexRead'
import { activitySubtitle } from '../../../renderer/src/screens/activity/activity-subtitle'
import { indexStatus, renderWithApi, syncState } from './api-harness'

afterEach(cleanup)

/** The view over the live status, as Settings mounts it. */
function LiveIndexRead() {
  const status = useIndexStatus()
  return status ? <IndexRead status={status} checkForChanges /> : <p>no status</p>
}

const bar = () => screen.getByRole('progressbar', { name: 'Reading your TrackerRMS candidates' })

describe('the read of TrackerRMS’s candidate list', () => {
  it('reading: a progress bar with the count and the time left, which moves with each page read', async () => {
    const api = renderWithApi(<LiveIndexRead />, { 'sync.state': syncState(indexStatus()) })
    await screen.findByText('Reading your TrackerRMS candidates: 34,000 of ~100,000 — about 7 minutes left')
    expect(bar().getAttribute('aria-valuenow')).toBe('34')
    expect(bar().getAttribute('aria-valuemax')).toBe('100')
    expect(bar().getAttribute('aria-valuetext')).toBe('34,000 of ~100,000 (34 %)')
    expect(screen.getByText(/exports that would create a record in TrackerRMS wait/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Read now' })).toBeNull()

    act(() => api.emit({ name: 'index.progress', payload: indexStatus({ rows: 51_000, percent: 51, etaSeconds: 300 }) }))
    await screen.findByText('Reading your TrackerRMS candidates: 51,000 of ~100,000 — about 5 minutes left')
    expect(bar().getAttribute('aria-valuenow')).toBe('51')
    // The payload is the whole status: written into the cache, no request per page read.
    expect(api.count('sync.state')).toBe(1)
  })

  it('reading with no total from TrackerRMS: an indeterminate bar that still counts', async () => {
    renderWithApi(<LiveIndexRead />, { 'sync.state': syncState(indexStatus({ rows: 1_200, total: null, percent: null, etaSeconds: null })) })
    await screen.findByText('Reading your TrackerRMS candidates: 1,200')
    expect(bar().getAttribute('aria-valuenow')).toBeNull()
    expect(bar().getAttribute('aria-valuetext')).toBe('1,200 read')
  })

  it('paused: the problem, that it carries on by itself, and "Read now" asks the core to read at once', async () => {
    const paused = indexStatus({ state: 'paused', problem: 'TrackerRMS cannot be reached.', etaSeconds: null, ratePerMinute: null })
    const api = renderWithApi(<LiveIndexRead />, { 'sync.state': syncState(paused), 'sync.readIndex': indexStatus() })
    const status = await screen.findByRole('status')
    expect(status.textContent).toContain('Reading your TrackerRMS candidates paused at 34,000 of ~100,000: TrackerRMS cannot be reached.')
    expect(status.textContent).toContain('It carries on by itself.')
    expect(bar().getAttribute('aria-valuenow')).toBe('34')
    fireEvent.click(screen.getByRole('button', { name: 'Read now' }))
    await waitFor(() => expect(api.count('sync.readIndex')).toBe(1))
  })

  it('ready: one quiet line with the count and when it was checked; "Check for changes now" waits for the check', async () => {
    let checkedAt = '2026-12-07T09:00:00.000Z'
    const ready = () =>
      indexStatus({ state: 'ready', rows: 100_000, total: null, percent: null, readyAt: '2026-12-07T08:00:00.000Z', lastRefreshAt: checkedAt })
    const api = renderWithApi(<LiveIndexRead />, {
      'sync.state': () => syncState(ready()),
      'sync.readIndex': () => ready()
    })
    await screen.findByText(/Tracker Sync knows your 100,000 TrackerRMS candidates/)
    expect(screen.getByText(/, last checked/)).toBeTruthy()
    expect(screen.queryByRole('progressbar')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Check for changes now' }))
    await screen.findByRole('button', { name: 'Checking…' })
    expect(api.count('sync.readIndex')).toBe(1)
    // The delta ends without an event: the state is asked again until its last check moves past the click.
    checkedAt = new Date(Date.now() + 1000).toISOString()
    await screen.findByRole('button', { name: 'Check for changes now' }, { timeout: 3000 })
    expect(api.count('sync.state')).toBeGreaterThan(1)
  })

  it('shows nothing when not connected', () => {
    const status: IndexStatus = indexStatus({ state: 'not_connected', rows: 0, total: null, percent: null })
    const { view } = renderWithApi(<IndexRead status={status} />, {})
    expect(view.container.textContent).toBe('')
  })
})

describe('Activity’s header line', () => {
  it('says that exports which would create records wait while the list is read, and stops saying it once read', () => {
    const reading = syncState(indexStatus(), { pending: 2 })
    expect(activitySubtitle(reading)).toBe(
      '2 exports to send. Exports that would create a TrackerRMS record wait until your TrackerRMS candidates are read (34 %).'
    )
    expect(activitySubtitle(syncState(indexStatus({ state: 'paused', problem: 'Offline.' })))).toBe(
      'Nothing waiting to be sent. Exports that would create a TrackerRMS record wait until your TrackerRMS candidates are read (paused at 34 %).'
    )
    expect(activitySubtitle(syncState(indexStatus({ state: 'ready' }), { pending: 1 }))).toBe('1 export to send.')
    // Every export parked: not "sending now", even though the queue runs (it reads TrackerRMS's list).
    const parked = { ...syncState(indexStatus(), { waiting: 1 }), queue: { state: 'running' as const, reason: null, retryAt: null } }
    expect(activitySubtitle(parked)).toMatch(/^1 export to send, on hold\. /)
  })
})
