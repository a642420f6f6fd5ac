// What a failed step means for the item and for the queue (rule 8). One place, so every path agrees.
import { AppError, type ErrorCode } from '../../shared/errors'

export type FailureAction =
  /** The token was refused or we are not connected: pause the whole queue until the user reconnects. */
  | { kind: 'pause_auth'; reason: string }
  /** TrackerRMS cannot be reached at all: wait and probe; the item's attempt is not used up. */
  | { kind: 'offline'; reason: string }
  /** 429: slow the whole queue until the given time; the item's attempt is not used up. */
  | { kind: 'rate_limited'; reason: string; retryAfterMs: number }
  /** A bad request, or something that will not change by retrying: fail now with TrackerRMS's own message. */
  | { kind: 'fail'; reason: string }
  /** 5xx, timeouts, resets, our own bugs: retry with backoff until attempts run out. */
  | { kind: 'retry'; reason: string }

const FAIL_NOW: ErrorCode[] = ['rejected', 'not_found', 'validation', 'rule']

export function classifyFailure(error: unknown): FailureAction {
  const reason = error instanceof Error ? error.message : String(error)
  if (!(error instanceof AppError)) return { kind: 'retry', reason }
  if (error.code === 'auth' || error.code === 'conflict') return { kind: 'pause_auth', reason }
  if (error.code === 'offline') return { kind: 'offline', reason }
  if (error.code === 'rate_limited') {
    const retryAfterMs = (error as AppError & { retryAfterMs?: number }).retryAfterMs
    return { kind: 'rate_limited', reason, retryAfterMs: typeof retryAfterMs === 'number' && retryAfterMs > 0 ? retryAfterMs : 60_000 }
  }
  if (FAIL_NOW.includes(error.code)) return { kind: 'fail', reason }
  return { kind: 'retry', reason }
}

/** Exponential backoff with ±20 % jitter: base, 2×base, 4×base … capped. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1))
  return Math.round(exponential * (0.8 + 0.4 * random()))
}
