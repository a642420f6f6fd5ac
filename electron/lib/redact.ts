// Keeps the TrackerRMS token and the JWT out of logs and error messages. Known secrets are replaced wherever
// they appear; anything shaped like a bearer header or a JWT is replaced even if we were never told about it.

const REDACTED = '[redacted]'
const BEARER = /(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/g
const SECRET_KEYS = /^(token|bearertoken|authorization|password|secret|apikey|api_key|oauthtoken|jwt)$/i

export class Redactor {
  private readonly secrets = new Set<string>()

  /** Remember a secret (the API token, each JWT) so it is scrubbed wherever it shows up. */
  add(secret: string | null | undefined): void {
    if (secret && secret.length >= 6) this.secrets.add(secret)
  }

  text(input: string): string {
    let out = input
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED)
    return out.replace(BEARER, `$1${REDACTED}`).replace(JWT, REDACTED)
  }

  /** A deep copy with secret-looking keys blanked and every string scrubbed. */
  value(input: unknown, depth = 0): unknown {
    if (typeof input === 'string') return this.text(input)
    if (input === null || typeof input !== 'object' || depth > 8) return input
    if (input instanceof Error) return { name: input.name, message: this.text(input.message) }
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1))
    const out: Record<string, unknown> = {}
    for (const [key, val] of Object.entries(input)) out[key] = SECRET_KEYS.test(key) ? REDACTED : this.value(val, depth + 1)
    return out
  }
}
