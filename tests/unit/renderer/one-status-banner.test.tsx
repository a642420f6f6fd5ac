// @vitest-environment happy-dom
// One banner for the one current cause: after an outage and then a revoked token, the queue's mode still reads
// "offline", yet the app says only that the token was refused (and where to fix it); the rows of the queue say
// the same, not the ECONNREFUSED they stored an hour ago. Offline, "Try now" asks the queue to try at once.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { CallOutput } from '../../../shared/api/contract'
import type { QueueEntry } from '../../../shared/api/sync'
import { StatusBanners } from '../../../renderer/src/components/StatusBanners'
import { QueueTab } from '../../../renderer/src/screens/activity/QueueTab'
import { indexStatus, queueEntry, renderWithApi, syncState } from './api-harness'

afterEach(cleanup)

const STALE = 'Could not connect to TrackerRMS at 127.0.0.1:9 to read (ECONNREFUSED).'
const OFFLINE = '127.0.0.1:9 is not answering: TrackerRMS may be down. (ECONNREFUSED, trying to sign in at 127.0.0.1:9)'

const connection = (change: Partial<CallOutput<'connection.get'>>) =>
  ({ connected: true, tokenMissing: false, problem: null, ...change }) as CallOutput<'connection.get'>
const state = (mode: 'offline' | 'paused_auth', counts: Parameters<typeof syncState>[1]) => {
  const view = syncState(indexStatus({ state: 'ready' }), counts)
  return { ...view, queue: { state: mode, reason: mode === 'offline' ? OFFLINE : 'refused', retryAt: null } }
}
const refused = connection({ problem: { code: 'auth', message: 'TrackerRMS refused this API token (HTTP 401).' } })

const row = (change: Partial<QueueEntry>): QueueEntry => queueEntry({ state: 'blocked_auth', waitingFor: null, attempts: 1, lastError: STALE, ...change })

it('a refused token after an outage: one banner, the token, with Reconnect to the token field', async () => {
  renderWithApi(<StatusBanners />, { 'connection.get': refused, 'sync.state': state('offline', { blocked_auth: 2 }) })
  const banner = await screen.findByRole('alert')
  expect(banner.textContent).toContain('TrackerRMS refused the token.')
  expect(document.querySelectorAll('.banner')).toHaveLength(1)
  expect(document.body.textContent).not.toContain('can’t be reached')
  expect(screen.getByRole('link', { name: 'Reconnect in Settings' }).getAttribute('href')).toBe('#/settings?reconnect=1')
})

it('offline: plain words, the code behind Details, and Try now asks the queue to try at once', async () => {
  const api = renderWithApi(<StatusBanners />, {
    'connection.get': connection({}),
    'sync.state': state('offline', { pending: 2 }),
    'sync.tryNow': { state: 'offline', reason: OFFLINE, retryAt: null }
  })
  const banner = await screen.findByRole('status')
  expect(banner.querySelector('strong')?.textContent).toBe('TrackerRMS can’t be reached.')
  const details = banner.querySelector('details')!
  expect(details.querySelector('summary')?.textContent).toBe('Details')
  expect(details.textContent).toContain('ECONNREFUSED')
  expect(banner.textContent!.replace(details.textContent!, '')).not.toContain('ECONNREFUSED')
  fireEvent.click(screen.getByRole('button', { name: 'Try now' }))
  await waitFor(() => expect(api.count('sync.tryNow')).toBe(1))
})

it('a paused row says the queue’s current cause, not the error it stored', async () => {
  renderWithApi(<QueueTab />, {
    'connection.get': refused,
    'sync.state': state('paused_auth', { blocked_auth: 1 }),
    'sync.queue': [row({})]
  })
  await screen.findByText('Ann Lee')
  const cell = await screen.findByText('TrackerRMS refused the token.')
  expect(cell.closest('tr')!.textContent).not.toContain('ECONNREFUSED')
  expect(document.body.textContent).not.toContain(STALE)
})
