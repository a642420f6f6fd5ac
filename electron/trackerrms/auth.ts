// The JWT that REST calls carry: exchanged from the API token, kept in memory only, re-exchanged when less than an
// hour is left or after a 401. Concurrent callers share one exchange.
import { JWT_FALLBACK_LIFETIME_MS } from './assumptions'

export interface IssuedJwt {
  jwt: string
  expiresAt: number
}

export class JwtSession {
  private current: IssuedJwt | null = null
  private pending: Promise<IssuedJwt> | null = null

  constructor(
    private readonly exchange: () => Promise<IssuedJwt>,
    private readonly refreshMarginMs: number,
    private readonly now: () => number = Date.now
  ) {}

  /** A JWT good for at least the refresh margin (or, with margin 0, not yet expired). */
  async jwt(): Promise<string> {
    if (this.current && this.current.expiresAt - this.now() > this.refreshMarginMs) return this.current.jwt
    return (await this.refresh()).jwt
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

/** When the JWT stops working: the exchange's `expiration`, else the JWT's own `exp`, else a cautious guess. */
export function jwtExpiry(jwt: string, expiration: unknown, now: number): number {
  if (typeof expiration === 'string') {
    const at = Date.parse(expiration)
    if (!Number.isNaN(at)) return at
  }
  const payload = jwt.split('.')[1]
  if (payload) {
    try {
      const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp
      if (typeof exp === 'number' && Number.isFinite(exp)) return exp * 1000
    } catch {
      // not a readable JWT payload: fall through to the guess
    }
  }
  return now + JWT_FALLBACK_LIFETIME_MS
}
