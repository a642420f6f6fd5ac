// Who may talk to the browser host. It listens on 127.0.0.1 only, and everything that reads or changes data
// needs the per-run key: other local users, other programs and other web pages (which can reach 127.0.0.1 from
// any browser tab) do not have it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** 32 random bytes, URL-safe: printed once, in the address the user opens. */
export const newKey = () => randomBytes(32).toString('base64url')

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Constant-time comparison (hashing first makes the lengths equal). */
export function keyMatches(given: string | null | undefined, key: string): boolean {
  return typeof given === 'string' && given.length > 0 && given.length < 200 && timingSafeEqual(digest(given), digest(key))
}

/**
 * The Host header must name our own address. A page on another site whose DNS name is re-pointed to 127.0.0.1
 * ("DNS rebinding") sends its own name here and is refused.
 */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = (req.headers.host ?? '').toLowerCase()
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** A browser sends Origin on cross-site requests: only our own page may call the API. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}
