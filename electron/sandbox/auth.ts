// The sandbox's secrets: the REST API token (revocable, rotatable), the JWTs the exchange issues (with a lifetime),
// and the Widget API key. widget-auth.ts decides which of them a Widget call used.
import { randomBytes } from 'node:crypto'
import { json, text, type Reply } from './reply'
import type { SandboxStore } from './store'

const DEFAULT_JWT_LIFETIME_SECONDS = 7 * 24 * 3600

/** 32 hex characters, the shape of a real TrackerRMS API token [observed]. */
export const newApiToken = () => randomBytes(16).toString('hex')

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

interface IssuedJwt {
  expiresAt: number
  token: string
}

/** `expiration` as the profile says (§2: whether it carries an offset is [unknown]); undefined = the key is absent. */
function expirationText(expiresAt: number, form: 'offset' | 'no-offset' | 'absent'): string | undefined {
  const wall = new Date(expiresAt).toISOString().slice(0, 19)
  return form === 'absent' ? undefined : form === 'offset' ? `${wall}+00:00` : wall
}

export class SandboxAuth {
  jwtLifetimeSeconds = DEFAULT_JWT_LIFETIME_SECONDS
  private readonly jwts = new Map<string, IssuedJwt>()

  constructor(
    private readonly store: SandboxStore,
    private readonly now: () => number
  ) {}

  get token(): string | null {
    return this.store.account.token
  }

  /** The exchange (§2): a JWT for the current API token; 401 for a revoked one; a token never issued here is what a wrong regional host sees (401 or 404, per profile). */
  exchange(bearerToken: unknown): Reply {
    const account = this.store.account
    if (typeof bearerToken !== 'string' || bearerToken === '' || bearerToken !== account.token) {
      const known = typeof bearerToken === 'string' && account.revokedTokens.includes(bearerToken)
      if (!known && typeof bearerToken === 'string' && bearerToken !== '' && this.store.profile.wrongRegion === 404) return text(404, 'Not Found')
      // Unfriendly on purpose: the refusal echoes the token, so the client must redact what it quotes.
      return text(401, `Invalid or expired API token '${String(bearerToken).slice(0, 100)}'.`)
    }
    const expiresAt = this.now() + this.jwtLifetimeSeconds * 1000
    const jwt = [
      b64url({ alg: 'HS256', typ: 'JWT' }),
      b64url({ sub: 'sandbox-api-user', exp: Math.floor(expiresAt / 1000), jti: randomBytes(6).toString('hex') }),
      randomBytes(24).toString('base64url')
    ].join('.')
    this.jwts.set(jwt, { expiresAt, token: bearerToken })
    return json(200, { token: jwt, expiration: expirationText(expiresAt, this.store.profile.expiration) })
  }

  /** A known, unexpired JWT issued for the token that is still current. */
  validJwt(jwt: string | null): boolean {
    const issued = jwt ? this.jwts.get(jwt) : undefined
    if (!issued) return false
    if (issued.expiresAt <= this.now() || issued.token !== this.store.account.token) {
      this.jwts.delete(jwt as string)
      return false
    }
    return true
  }

  /** REST calls: `Authorization: Bearer <JWT>`. */
  checkJwt(authorization: string | undefined): boolean {
    return this.validJwt(bearer(authorization))
  }

  /** The token stops working everywhere (at the exchange and for JWTs already issued from it). */
  revoke(): void {
    const account = this.store.account
    if (account.token) account.revokedTokens.push(account.token)
    account.token = null
    this.jwts.clear()
    this.store.changed()
  }

  /** Like generating a new token in TrackerRMS: the old one stops working. Returns the new one. */
  rotate(token: string = newApiToken()): string {
    this.revoke()
    this.store.account.token = token
    this.store.changed()
    return token
  }

  /** Support issues a new Widget API key; the old one stops working. */
  rotateWidgetKey(key: string = newApiToken()): string {
    this.store.account.widgetKey = key
    this.store.changed()
    return key
  }

  revokeWidgetKey(): void {
    this.store.account.widgetKey = null
    this.store.changed()
  }
}

function bearer(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  return match ? match[1] : null
}
