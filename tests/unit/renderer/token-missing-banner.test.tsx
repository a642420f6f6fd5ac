// @vitest-environment happy-dom
// The banner above every screen names the cause: a token gone from the system keychain is not "refused by
// TrackerRMS" (copying a new token from TrackerRMS is not needed to fix it, only reconnecting).
import { cleanup, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { CallOutput } from '../../../shared/api/contract'
import { StatusBanners } from '../../../renderer/src/components/StatusBanners'
import { indexStatus, renderWithApi, syncState } from './api-harness'

afterEach(cleanup)

const connection = (change: Partial<CallOutput<'connection.get'>>) =>
  ({ connected: true, tokenMissing: false, problem: { code: 'auth', message: 'refused' }, ...change }) as CallOutput<'connection.get'>
const paused = syncState(indexStatus({ state: 'ready' }), { blocked_auth: 2 })

it('says the token is missing from the keychain when it is, and that exports wait', async () => {
  renderWithApi(<StatusBanners />, { 'connection.get': connection({ tokenMissing: true }), 'sync.state': paused })
  const banner = await screen.findByRole('alert')
  expect(banner.textContent).toContain('The TrackerRMS token is missing from the system keychain.')
  expect(banner.textContent).toContain('It was removed outside Tracker Sync')
  expect(banner.textContent).toContain('2 exports wait and are kept.')
  expect(banner.textContent).not.toContain('refused')
})

it('still says TrackerRMS refused the token when it did', async () => {
  renderWithApi(<StatusBanners />, { 'connection.get': connection({}), 'sync.state': paused })
  const banner = await screen.findByRole('alert')
  expect(banner.textContent).toContain('TrackerRMS refused the token.')
  expect(banner.textContent).not.toContain('keychain')
})
