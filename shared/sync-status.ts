// The one current cause of exports not going out, decided once from the connection and the queue's mode, so the
// banner and every waiting or paused row say the same thing (an outage followed by a revoked token must not show
// "refused the token" and "can't be reached" at once, nor rows keep the ECONNREFUSED of an hour ago).
import { plural } from './plural'
import type { CoreEvents } from './events'
import type { ErrorInfo } from './errors'

export type SyncCause = 'not_connected' | 'token_missing' | 'token_refused' | 'unreachable' | 'rate_limited'

export interface SyncStatusInput {
  connection: { connected: boolean; tokenMissing: boolean; problem: ErrorInfo | null }
  queue: CoreEvents['queue.state']
  /** Exports not sent yet (pending, running, retrying, paused, waiting). */
  waiting: number
}

export interface SyncStatus {
  cause: SyncCause
  tone: 'danger' | 'warning' | 'info'
  /** Plain words: what is wrong. */
  title: string
  /** Plain words: what happens to the exports and what to do. */
  text: string
  /** What the user can do here: reconnect (the token field), connect, or try now instead of waiting. */
  action: 'reconnect' | 'connect' | 'try_now' | null
  /** The technical detail (error codes, the host), shown behind "Details"; null when there is none. */
  detail: string | null
  /** When the queue tries again by itself (offline, rate limited). */
  retryAt: string | null
}

const kept = (waiting: number) =>
  waiting > 0 ? `${plural(waiting, 'export')} ${waiting === 1 ? 'waits and is' : 'wait and are'} kept. ` : 'Nothing is sent until then. '

/**
 * Token first (nothing works without it, and waiting for the network would not help), then the network, then
 * TrackerRMS slowing us down. Null: nothing stops the exports.
 */
export function syncStatus({ connection, queue, waiting }: SyncStatusInput): SyncStatus | null {
  const detail = (text: string | null | undefined) => text?.trim() || null
  if (!connection.connected)
    return waiting > 0
      ? {
          cause: 'not_connected',
          tone: 'warning',
          title: 'Not connected to TrackerRMS.',
          text: `${plural(waiting, 'export')} ${waiting === 1 ? 'waits in the queue; it goes' : 'wait in the queue; they go'} out once you connect.`,
          action: 'connect',
          detail: null,
          retryAt: null
        }
      : null
  if (connection.tokenMissing)
    return {
      cause: 'token_missing',
      tone: 'danger',
      title: 'The TrackerRMS token is missing from the system keychain.',
      text: `It was removed outside Tracker Sync (by hand, or by another program). ${kept(waiting)}Reconnect with the API token.`,
      action: 'reconnect',
      // The problem last recorded may be an older refusal: it would contradict the title.
      detail: null,
      retryAt: null
    }
  if (connection.problem?.code === 'auth' || queue.state === 'paused_auth')
    return {
      cause: 'token_refused',
      tone: 'danger',
      title: 'TrackerRMS refused the token.',
      text: `It was revoked or regenerated in TrackerRMS (or the region is wrong). ${kept(waiting)}Copy the current API token in TrackerRMS (Tools & Settings > Security Settings > API) and reconnect.`,
      action: 'reconnect',
      detail: detail(connection.problem?.message ?? queue.reason),
      retryAt: null
    }
  if (queue.state === 'offline')
    return {
      cause: 'unreachable',
      tone: 'warning',
      title: 'TrackerRMS can’t be reached.',
      text: 'Exports wait and go out by themselves when it answers again. Check your internet connection if this lasts.',
      action: 'try_now',
      detail: detail(queue.reason),
      retryAt: queue.retryAt
    }
  if (queue.state === 'rate_limited')
    return {
      cause: 'rate_limited',
      tone: 'info',
      title: 'TrackerRMS asked Tracker Sync to slow down.',
      text: 'Sending continues by itself; nothing is lost. Lower “Requests per minute” in Settings if this happens often.',
      action: null,
      detail: detail(queue.reason),
      retryAt: queue.retryAt
    }
  return null
}

/**
 * A message's plain words and its technical detail: the detail is the parenthesised part that ends it (TrackerRMS
 * errors put the code, the host and what was being done there, e.g. "(ECONNREFUSED, trying to sign in at …)").
 */
export function plainAndDetail(message: string): { plain: string; detail: string | null } {
  const text = message.trim()
  if (!text.endsWith(')')) return { plain: text, detail: null }
  let depth = 0
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++
    else if (text[i] === '(' && --depth === 0) {
      const plain = text.slice(0, i).trim()
      return plain && text[i - 1] === ' ' ? { plain, detail: text.slice(i + 1, -1) } : { plain: text, detail: null }
    }
  }
  return { plain: text, detail: null }
}
