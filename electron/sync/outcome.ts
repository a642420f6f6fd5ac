// What a step of an export returns: an outcome, never a thrown error (the scheduler owns what happens next, see
// queue-machine.ts). Errors from TrackerRMS are classified here, at the boundary, into the outcome they mean:
// a Widget refusal parks only that step ('waiting' for the Widget API) and never pauses REST work; only the REST
// token being refused pauses the queue.
import type { QueueCapability } from '../../shared/domain'
import { AppError, type ErrorCode } from '../../shared/errors'

export type StepOutcome =
  /** The step recorded its fact; the next one follows. */
  | { kind: 'next' }
  /** Nothing left to do. */
  | { kind: 'done'; message: string }
  /** 5xx, timeouts, resets, our own bugs: again with backoff, until the attempts run out. */
  | { kind: 'retry'; reason: string }
  /** A bad request, or something retrying will not change: fail with TrackerRMS's own message. */
  | { kind: 'fail'; reason: string }
  /** A capability TrackerRMS does not give right now: the item waits (no attempt used) and resumes by itself. */
  | { kind: 'waiting'; capability: QueueCapability; reason: string }
  /** The REST token was refused or we are not connected: the whole queue pauses until the user reconnects. */
  | { kind: 'pause_auth'; reason: string }
  /** TrackerRMS cannot be reached: the item goes back in line (no attempt used); the queue probes. */
  | { kind: 'offline'; reason: string }
  /** 429: the whole queue slows down; no attempt used. */
  | { kind: 'rate_limited'; reason: string; retryAfterMs: number }

const FAIL_NOW: ErrorCode[] = ['rejected', 'not_found', 'validation', 'rule']

/** The outcome an error means. */
export function outcomeOf(error: unknown): Exclude<StepOutcome, { kind: 'next' | 'done' }> {
  const reason = error instanceof Error ? error.message : String(error)
  if (!(error instanceof AppError)) return { kind: 'retry', reason }
  switch (error.code) {
    case 'auth':
    case 'conflict':
      return { kind: 'pause_auth', reason }
    case 'widget_auth':
      return { kind: 'waiting', capability: 'widget', reason }
    case 'offline':
      return { kind: 'offline', reason }
    case 'rate_limited': {
      const retryAfterMs = (error as AppError & { retryAfterMs?: number }).retryAfterMs
      return { kind: 'rate_limited', reason, retryAfterMs: typeof retryAfterMs === 'number' && retryAfterMs > 0 ? retryAfterMs : 60_000 }
    }
    default:
      return FAIL_NOW.includes(error.code) ? { kind: 'fail', reason } : { kind: 'retry', reason }
  }
}

/** Runs a step, turning anything it throws into its outcome. */
export async function guarded(step: () => Promise<StepOutcome>): Promise<StepOutcome> {
  try {
    return await step()
  } catch (error) {
    return outcomeOf(error)
  }
}
