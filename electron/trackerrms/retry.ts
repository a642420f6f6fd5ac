// Retry timing for requests: the app's backoff with this client's policy, and reading Retry-After (seconds or an
// HTTP date).
import { backoffDelay } from '../lib/backoff'

export interface RetryPolicy {
  /** Extra attempts after a 5xx, timeout or dropped connection, for calls that are safe to repeat. */
  retries: number
  /** Extra attempts when TrackerRMS could not be reached at all (the queue decides about later). */
  offlineRetries: number
  /** Extra attempts after a 429, each after the pause TrackerRMS asked for. */
  rateLimitRetries: number
  /** First backoff delay; doubles per attempt. */
  baseDelayMs: number
  maxDelayMs: number
  /** A Retry-After longer than this is not waited out inside the call: it throws rate_limited for the queue. */
  maxRateLimitWaitMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  offlineRetries: 1,
  rateLimitRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRateLimitWaitMs: 120_000
}

/** The pause before retrying a request, on the app's one backoff schedule (lib/backoff.ts). */
export function requestBackoff(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random = Math.random): number {
  return backoffDelay(attempt, { baseMs: policy.baseDelayMs, maxMs: policy.maxDelayMs }, random)
}

/** Retry-After as milliseconds from now, or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const at = Date.parse(text)
  if (Number.isNaN(at)) return null
  return Math.max(0, at - now)
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))
