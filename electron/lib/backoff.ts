// The one backoff: every "wait, then try again" of the app (a TrackerRMS request retried inside a call, a failed
// export retried by the queue, the offline queue probing for TrackerRMS) grows the same way. Exponential, capped,
// with equal jitter — a random wait between half and all of the ceiling — so many waiting callers spread out while
// none waits much less than the schedule says.

export interface BackoffSchedule {
  /** The first wait's ceiling; it doubles with each attempt. */
  baseMs: number
  maxMs: number
}

/** The wait before try `attempt` + 1 (attempt counts from 0): in [c/2, c] with c = min(max, base·2^attempt). */
export function backoffDelay(attempt: number, schedule: BackoffSchedule, random: () => number = Math.random): number {
  const ceiling = Math.min(schedule.maxMs, schedule.baseMs * 2 ** Math.max(0, attempt))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
