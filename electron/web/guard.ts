// Who may talk to the browser host. It listens on 127.0.0.1 only, and everything that reads or changes data
// needs the per-run key: other local users, other programs and other web pages (which can reach 127.0.0.1 from
// any browser tab) do not have it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { loopbackHostAllowed, sameOriginAllowed } from '../../shared/loopback'

/** 32 random bytes, URL-safe: printed once, in the address the user opens. */
export const newKey = () => randomBytes(32).toString('base64url')

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Constant-time comparison (hashing first makes the lengths equal). */
export function keyMatches(given: string | null | undefined, key: string): boolean {
  return typeof given === 'string' && given.length > 0 && given.length < 200 && timingSafeEqual(digest(given), digest(key))
}

/** The Host header must name our own address (DNS rebinding: shared/loopback.ts). */
export const hostAllowed = (req: IncomingMessage, port: number): boolean => loopbackHostAllowed(req.headers.host, port)

/** Only our own page may call the API (shared/loopback.ts). */
export const originAllowed = (req: IncomingMessage, port: number): boolean => sameOriginAllowed(req.headers.origin, port)
