// The JWT that REST calls carry: exchanged from the API token, kept in memory only, re-exchanged when less than the
// refresh margin is left or after a 401. Concurrent callers share one exchange.
import { hasOffset, toIsoUtc } from './fields'
import { JWT_FALLBACK_LIFETIME_MS, JWT_REFRESH_MARGIN_MS } from './shapes'

/** Where a JWT's expiry came from, for the connection profile. */
type ExpirySource = 'expiration' | 'jwt-exp' | 'fallback'

export interface IssuedJwt {
  jwt: string
  expiresAt: number
  /** When it was issued (our clock): with expiresAt, its lifetime. */
  issuedAt: number
  source: ExpirySource
  /** Whether `expiration` carried a zone; null when there was none to read. */
  expirationHasOffset: boolean | null
}

/** Refresh this long before expiry: the margin, or half the JWT's lifetime when that is shorter (§2). */
export function refreshLeadMs(issued: Pick<IssuedJwt, 'expiresAt' | 'issuedAt'>, marginMs: number): number {
  return Math.min(marginMs, Math.max(0, issued.expiresAt - issued.issuedAt) / 2)
}

export class JwtSession {
  private current: IssuedJwt | null = null
  private pending: Promise<IssuedJwt> | null = null

  constructor(
    private readonly exchange: () => Promise<IssuedJwt>,
    private readonly refreshMarginMs: number = JWT_REFRESH_MARGIN_MS,
    private readonly now: () => number = Date.now
  ) {}

  /** A JWT that is not within its refresh lead of expiring. */
  async jwt(): Promise<string> {
    const current = this.current
    if (current && current.expiresAt - this.now() > refreshLeadMs(current, this.refreshMarginMs)) return current.jwt
    return (await this.refresh()).jwt
  }

  /** The JWT in use (for the connection profile), if any. */
  get issued(): IssuedJwt | null {
    return this.current
  }

  /** Exchanges now, sharing an exchange already under way. */
  refresh(): Promise<IssuedJwt> {
    this.pending ??= this.exchange()
      .then((issued) => {
        this.current = issued
        return issued
      })
      .finally(() => {
        this.pending = null
      })
    return this.pending
  }

  /** Forget a JWT TrackerRMS refused (only if it is still the current one: a concurrent call may have renewed it). */
  invalidate(jwt: string): void {
    if (this.current?.jwt === jwt) this.current = null
  }
}

/**
 * When the JWT stops working: the exchange's `expiration` (read as UTC when it has no zone [unknown, §2]), else the
 * JWT's own `exp`, else the fallback lifetime. The 401-once retry covers a wrong guess.
 */
export function jwtExpiry(jwt: string, expiration: unknown, now: number): Omit<IssuedJwt, 'jwt'> {
  if (typeof expiration === 'string') {
    const iso = toIsoUtc(expiration)
    if (iso) return { expiresAt: Date.parse(iso), issuedAt: now, source: 'expiration', expirationHasOffset: hasOffset(expiration) }
  }
  const payload = jwt.split('.')[1]
  if (payload) {
    try {
      const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp
      if (typeof exp === 'number' && Number.isFinite(exp)) return { expiresAt: exp * 1000, issuedAt: now, source: 'jwt-exp', expirationHasOffset: null }
    } catch {
      // not a readable JWT payload: fall through to the fallback
    }
  }
  return { expiresAt: now + JWT_FALLBACK_LIFETIME_MS, issuedAt: now, source: 'fallback', expirationHasOffset: null }
}
