// One current cause, whatever else is true at the same time: after an outage and a revoked token the app says
// "refused the token" once, not that and "can't be reached" together.
import { describe, expect, it } from 'vitest'
import type { ErrorInfo } from '../../../shared/errors'
import type { CoreEvents } from '../../../shared/events'
import { plainAndDetail, syncStatus, type SyncCause } from '../../../shared/sync-status'

type Mode = CoreEvents['queue.state']['state']
const OFFLINE_REASON =
  '127.0.0.1:9 is not answering: TrackerRMS may be down, or the address (the region or URL) is wrong. (ECONNREFUSED, trying to sign in at 127.0.0.1:9)'
const AUTH: ErrorInfo = { code: 'auth', message: 'TrackerRMS refused this API token (HTTP 401).' }

const status = (connected: boolean, tokenMissing: boolean, problem: ErrorInfo | null, mode: Mode, waiting = 3) =>
  syncStatus({
    connection: { connected, tokenMissing, problem },
    queue: { state: mode, reason: mode === 'offline' ? OFFLINE_REASON : mode === 'idle' || mode === 'running' ? null : 'slow down', retryAt: null },
    waiting
  })

describe('the current cause', () => {
  const table: [string, boolean, boolean, ErrorInfo | null, Mode, SyncCause | null][] = [
    ['not connected, exports waiting', false, false, null, 'paused_auth', 'not_connected'],
    ['not connected, even while the last mode was offline', false, false, null, 'offline', 'not_connected'],
    ['token missing beats a refused token', true, true, AUTH, 'paused_auth', 'token_missing'],
    ['token missing beats an outage', true, true, null, 'offline', 'token_missing'],
    ['refused token beats an outage (the queue still says offline)', true, false, AUTH, 'offline', 'token_refused'],
    ['refused token beats rate limiting', true, false, AUTH, 'rate_limited', 'token_refused'],
    ['paused for the token without a problem recorded', true, false, null, 'paused_auth', 'token_refused'],
    ['an outage alone', true, false, null, 'offline', 'unreachable'],
    ['rate limited alone', true, false, null, 'rate_limited', 'rate_limited'],
    ['sending', true, false, null, 'running', null],
    ['idle', true, false, null, 'idle', null]
  ]
  it.each(table)('%s', (_name, connected, missing, problem, mode, cause) => {
    expect(status(connected, missing, problem, mode)?.cause ?? null).toBe(cause)
  })

  it('not connected with nothing waiting says nothing', () => {
    expect(status(false, false, null, 'idle', 0)).toBeNull()
  })
})

describe('what it says', () => {
  it('plain words first; the code and the host only in the detail', () => {
    const offline = status(true, false, null, 'offline')!
    expect(`${offline.title} ${offline.text}`).not.toMatch(/ECONN|127\.0\.0\.1/)
    expect(offline.detail).toContain('ECONNREFUSED')
    expect(offline.action).toBe('try_now')
  })

  it('counts the waiting exports only when there are some', () => {
    expect(status(true, false, AUTH, 'paused_auth', 2)!.text).toContain('2 exports wait and are kept.')
    expect(status(true, false, AUTH, 'paused_auth', 1)!.text).toContain('1 export waits and is kept.')
    expect(status(false, false, null, 'paused_auth', 1)!.text).toBe('1 export waits in the queue; it goes out once you connect.')
    const none = status(true, false, AUTH, 'paused_auth', 0)!
    expect(none.text).not.toMatch(/exports? wait/)
    expect(none.text).toContain('Nothing is sent until then.')
    expect(none.action).toBe('reconnect')
  })
})

describe('plain words and the detail of a message', () => {
  it('the closing parentheses are the detail, nested ones included', () => {
    expect(plainAndDetail('Can’t find x.invalid: check the address. (ENOTFOUND, trying to sign in at x.invalid)')).toEqual({
      plain: 'Can’t find x.invalid: check the address.',
      detail: 'ENOTFOUND, trying to sign in at x.invalid'
    })
    expect(plainAndDetail('TrackerRMS can’t be reached now. (h is not answering (ECONNREFUSED, trying to read at h))').detail).toBe(
      'h is not answering (ECONNREFUSED, trying to read at h)'
    )
  })

  it('a message without them is all plain words', () => {
    expect(plainAndDetail('Nothing is sent until then.')).toEqual({ plain: 'Nothing is sent until then.', detail: null })
    expect(plainAndDetail('(only this)')).toEqual({ plain: '(only this)', detail: null })
  })
})
