// @vitest-environment happy-dom
// Re-auth: Settings opened from "Reconnect" lands on the token field, and the token problem is said once (by the
// banner), not three times on the card. "Your name" is never prefilled with the computer's login name.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { ConnectionView } from '../../../shared/api/connection'
import { ConnectionCard } from '../../../renderer/src/screens/settings/ConnectionCard'
import { indexStatus, renderWithApi, syncState } from './api-harness'

afterEach(cleanup)

const view = (change: Partial<ConnectionView>): ConnectionView => ({
  connected: true,
  region: 'global',
  regionLabel: 'Global',
  restUrl: 'https://evoapi.tracker-rms.com',
  widgetUrl: 'https://evoapi.tracker-rms.com/widget',
  webHost: 'https://acme.trackerrms.com',
  connectedAt: '2026-12-01T09:00:00.000Z',
  connectedBy: null,
  loginEmail: null,
  hasWidgetKey: false,
  tokenStore: 'keychain',
  tokenMissing: false,
  profile: null,
  problem: null,
  regions: [{ region: 'global', label: 'Global', restUrl: 'https://evoapi.tracker-rms.com', widgetUrl: null, webHost: 'https://acme.trackerrms.com' }],
  demo: { running: false, connected: false },
  ...change
})

it('a refused token: the Reconnect form has the cursor in the token field, and the card does not repeat the banner', async () => {
  const message = 'TrackerRMS refused this API token: the token was revoked or regenerated, or the region is wrong.'
  renderWithApi(<ConnectionCard connection={view({ problem: { code: 'auth', message } })} />, { 'sync.state': syncState(indexStatus({ state: 'ready' })) })
  const token = await screen.findByLabelText('API token')
  expect(document.activeElement).toBe(token)
  expect(screen.queryByRole('alert')).toBeNull()
  expect(document.body.textContent).not.toContain(message)
  expect(document.body.textContent).not.toContain('refused the token')
})

it('connecting for the first time: "Your name" is empty (no computer login name), the token field not forced', async () => {
  renderWithApi(<ConnectionCard connection={view({ connected: false, connectedAt: null })} />, { 'sync.state': syncState(indexStatus({ state: 'ready' })) })
  const name = (await screen.findByLabelText('Your name')) as HTMLInputElement
  expect(name.value).toBe('')
  expect(document.activeElement).not.toBe(screen.getByLabelText('API token'))
})
