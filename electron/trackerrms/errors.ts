// Typed TrackerRMS errors the rest of the app can act on (the queue pauses on auth, waits on rate_limited, retries
// transient/offline later, fails the item on rejected). Messages never carry the token, the JWT or headers: every
// text from outside passes through the Redactor before it is put in an error.
import { AppError } from '../../shared/errors'
import type { Redactor } from '../lib/redact'

export type TrackerErrorCode = 'auth' | 'widget_auth' | 'rate_limited' | 'transient' | 'offline' | 'rejected' | 'not_found'

export interface TrackerErrorDetails {
  /** HTTP status, when TrackerRMS answered. */
  status?: number
  /** How long TrackerRMS asked us to wait (429 Retry-After). */
  retryAfterMs?: number
  /** TrackerRMS's own text (error body or Widget message), first 300 characters, redacted. */
  trackerMessage?: string
  /** The Widget status, for Widget calls. */
  widgetStatus?: number
}

export class TrackerError extends AppError {
  declare readonly code: TrackerErrorCode
  readonly status?: number
  readonly retryAfterMs?: number
  readonly trackerMessage?: string
  readonly widgetStatus?: number

  constructor(code: TrackerErrorCode, message: string, details: TrackerErrorDetails = {}) {
    super(code, message)
    this.name = 'TrackerError'
    this.status = details.status
    this.retryAfterMs = details.retryAfterMs
    this.trackerMessage = details.trackerMessage
    this.widgetStatus = details.widgetStatus
  }
}

/** The plain-words reason for a 401 at the exchange (reference §1–2). */
export const AUTH_REASON = 'the token was revoked or regenerated, or the region is wrong'
export const AUTH_FIX =
  'Copy the current API token in TrackerRMS (Tools & Settings > Security Settings > API), check that the region ' +
  'matches the address you log in to, and connect again.'

/**
 * What to do when the Widget API refuses every sign-in (reference §3): never "regenerate the API token" — that
 * breaks the user's other integrations and fixes nothing here.
 */
export const WIDGET_FIX =
  'Ask TrackerRMS support (or your Client Success Manager) for a Widget API key, then add it in Settings > TrackerRMS ' +
  "(Advanced: Widget API key) with your TrackerRMS login email, or with the connect command's --widget-key-stdin. " +
  'Records are still created meanwhile; resumes and job lists wait and are sent once the Widget API answers.'

const TRACKER_MESSAGE_LIMIT = 300

/** The first 300 characters of what TrackerRMS said, on one line, with secrets removed. */
export function trackerText(text: string, redactor: Redactor): string {
  const flat = redactor.text(text).replace(/\s+/g, ' ').trim()
  return flat.length > TRACKER_MESSAGE_LIMIT ? `${flat.slice(0, TRACKER_MESSAGE_LIMIT)}…` : flat
}

const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT'
])
/** Electron's net.fetch reports Chromium net errors in the message instead of a code. */
const OFFLINE_NET_ERRORS =
  /ERR_(CONNECTION_REFUSED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|CONNECTION_TIMED_OUT|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED)/

/** Every error code found on an error, its causes and aggregated errors (undici nests them). */
function networkErrorCodes(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return []
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown; message?: unknown }
  const codes: string[] = []
  if (typeof record.code === 'string') codes.push(record.code)
  if (typeof record.message === 'string') codes.push(...(record.message.match(/(?:net::)?ERR_[A-Z_]+/g) ?? []))
  codes.push(...networkErrorCodes(record.cause, depth + 1))
  if (Array.isArray(record.errors)) for (const inner of record.errors) codes.push(...networkErrorCodes(inner, depth + 1))
  return codes
}

/** The host's name without the port, for "Can't find …". */
const hostName = (host: string) => host.replace(/:\d+$/, '')

const DNS_FAILURE = /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|(net::)?ERR_NAME_NOT_RESOLVED|(net::)?ERR_NAME_RESOLUTION_FAILED)$/
const REFUSED = /^(ECONNREFUSED|(net::)?ERR_CONNECTION_REFUSED)$/

/**
 * What a connection that never opened means, in plain words first; the code and what was being done come last (the
 * screens put them behind "Details"). The one place these codes get words: the connect form, the banner, the rows
 * and the CLI all show this text. Nothing about queued exports: there may be none, and the queue says so itself.
 */
function offlineMessage(code: string, what: string, host: string): string {
  const detail = `(${code}, trying to ${what} at ${host})`
  if (DNS_FAILURE.test(code)) return `Can’t find ${hostName(host)}: check the address (the region or URL) and your internet connection. ${detail}`
  if (REFUSED.test(code)) return `${host} is not answering: TrackerRMS may be down, or the address (the region or URL) is wrong. ${detail}`
  return `Can’t reach TrackerRMS at ${host}: check your internet connection and any proxy. ${detail}`
}

/** A fetch that failed before an HTTP status arrived: offline (never connected) or transient (dropped mid-way). */
export function fetchFailure(error: unknown, what: string, host: string): TrackerError {
  const codes = networkErrorCodes(error)
  const offline = codes.find((code) => OFFLINE_CODES.has(code) || OFFLINE_NET_ERRORS.test(code))
  if (offline) return new TrackerError('offline', offlineMessage(offline, what, host))
  const detail = codes[0] ?? (error instanceof Error ? error.message : 'connection failed')
  return new TrackerError('transient', `The connection to TrackerRMS at ${host} broke while trying to ${what} (${detail}).`)
}

export function timeoutFailure(what: string, host: string, timeoutMs: number): TrackerError {
  const seconds = Math.round(timeoutMs / 100) / 10
  return new TrackerError('transient', `TrackerRMS at ${host} did not answer within ${seconds} s when trying to ${what}.`)
}
