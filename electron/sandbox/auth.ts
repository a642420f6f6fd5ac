// The sandbox's side of authentication: the API token (revocable, rotatable), the JWTs it issues (with a lifetime),
// and the checks REST and Widget requests go through.
import { randomBytes } from 'node:crypto'
import type { SandboxStore } from './store'

export const DEFAULT_JWT_LIFETIME_SECONDS = 7 * 24 * 3600

/** 32 hex characters, the shape of a real TrackerRMS API token [observed]. */
export const newApiToken = () => randomBytes(16).toString('hex')

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

interface IssuedJwt {
  expiresAt: number
  token: string
}

export class SandboxAuth {
  jwtLifetimeSeconds = DEFAULT_JWT_LIFETIME_SECONDS
  private readonly jwts = new Map<string, IssuedJwt>()

  constructor(
    private readonly store: SandboxStore,
    private readonly now: () => number
  ) {}

  get token(): string | null {
    return this.store.data.token
  }

  private valid(token: string | null | undefined): token is string {
    return !!token && token === this.store.data.token
  }

  /** The exchange: a JWT for the current API token, or null (→ 401) for anything else. */
  exchange(bearerToken: unknown): { token: string; expiration: string } | null {
    if (typeof bearerToken !== 'string' || !this.valid(bearerToken)) return null
    const expiresAt = this.now() + this.jwtLifetimeSeconds * 1000
    const jwt = [
      b64url({ alg: 'HS256', typ: 'JWT' }),
      b64url({ sub: 'sandbox-api-user', exp: Math.floor(expiresAt / 1000), jti: randomBytes(6).toString('hex') }),
      randomBytes(24).toString('base64url')
    ].join('.')
    this.jwts.set(jwt, { expiresAt, token: bearerToken })
    return { token: jwt, expiration: new Date(expiresAt).toISOString() }
  }

  /** REST calls: a known, unexpired JWT issued for the token that is still current. */
  checkJwt(authorization: string | undefined): boolean {
    const jwt = bearer(authorization)
    const issued = jwt ? this.jwts.get(jwt) : undefined
    if (!issued) return false
    if (issued.expiresAt <= this.now() || !this.valid(issued.token)) {
      this.jwts.delete(jwt as string)
      return false
    }
    return true
  }

  /** Widget calls send the API token itself as the bearer [assumed]. */
  checkApiToken(authorization: string | undefined): 'ok' | 'missing' | 'unknown' {
    const token = bearer(authorization)
    if (!token) return 'missing'
    return this.valid(token) ? 'ok' : 'unknown'
  }

  /** The token stops working everywhere (at the exchange and for JWTs already issued from it). */
  revoke(): void {
    const { token } = this.store.data
    if (token) this.store.data.revokedTokens.push(token)
    this.store.data.token = null
    this.jwts.clear()
    this.store.changed()
  }

  /** Like generating a new token in TrackerRMS: the old one stops working. Returns the new one. */
  rotate(token: string = newApiToken()): string {
    this.revoke()
    this.store.data.token = token
    this.store.changed()
    return token
  }
}

function bearer(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  return match ? match[1] : null
}
