import { describe, expect, it } from 'vitest'
import { JwtSession, jwtExpiry, refreshLeadMs, type IssuedJwt } from '../../../electron/trackerrms/auth'
import { JWT_FALLBACK_LIFETIME_MS, JWT_REFRESH_MARGIN_MS } from '../../../electron/trackerrms/shapes'

const HOUR = 3600_000
const jwtWith = (claims: object) => ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.')

describe('the session JWT', () => {
  it('reads the expiry from "expiration" (no zone = UTC), else the JWT exp, else the 6-hour fallback', () => {
    const now = Date.parse('2026-12-07T12:00:00Z')
    expect(jwtExpiry('x.y.z', '2026-12-14T17:27:20', now)).toMatchObject({
      expiresAt: Date.parse('2026-12-14T17:27:20Z'),
      source: 'expiration',
      expirationHasOffset: false
    })
    expect(jwtExpiry('x.y.z', '2026-12-14T17:27:20+01:00', now)).toMatchObject({ expiresAt: Date.parse('2026-12-14T16:27:20Z'), expirationHasOffset: true })
    expect(jwtExpiry(jwtWith({ exp: now / 1000 + 7200 }), undefined, now)).toMatchObject({ expiresAt: now + 2 * HOUR, source: 'jwt-exp' })
    expect(jwtExpiry('opaque-session-token', undefined, now)).toMatchObject({ expiresAt: now + JWT_FALLBACK_LIFETIME_MS, source: 'fallback' })
  })

  it('is reused for many calls when TrackerRMS says nothing about its expiry (the fallback outlives the margin)', async () => {
    expect(JWT_FALLBACK_LIFETIME_MS).toBeGreaterThan(JWT_REFRESH_MARGIN_MS)
    let clock = Date.parse('2026-12-07T12:00:00Z')
    let exchanges = 0
    const session = new JwtSession(
      async (): Promise<IssuedJwt> => ({ jwt: `jwt-${++exchanges}`, ...jwtExpiry('opaque', undefined, clock) }),
      JWT_REFRESH_MARGIN_MS,
      () => clock
    )
    for (let i = 0; i < 20; i++) {
      await session.jwt()
      clock += 60_000
    }
    expect(exchanges).toBe(1)
    clock += 5 * HOUR // now within the last hour of the 6
    await session.jwt()
    expect(exchanges).toBe(2)
  })

  it('refreshes a short-lived JWT at half its life, not an hour before it ends', () => {
    expect(refreshLeadMs({ issuedAt: 0, expiresAt: 7 * 24 * HOUR }, HOUR)).toBe(HOUR)
    expect(refreshLeadMs({ issuedAt: 0, expiresAt: 30 * 60_000 }, HOUR)).toBe(15 * 60_000)
  })
})
