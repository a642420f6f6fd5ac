// The one request throttle every TrackerRMS call goes through (one per core, shared by the queue, the health check
// and the CLI). It guarantees that TrackerRMS never sees more than `limit()` requests in any rolling window.
//
// Why not a plain token bucket: a full bucket of N plus its refill lets 2N through within one rolling minute, which
// a per-minute server counter answers with 429. Instead each request holds a slot from the moment it starts until
// one window after it FINISHED (a request in flight holds its slot too). So when a new request starts, every request
// counted against it started and finished more than a window earlier, whatever the network delays: the server
// cannot see more than N in any window. At 90/min with sub-second requests this is the same as a token bucket.
//
// On 429 the whole throttle pauses until Retry-After: every call waits, not just the one that got the 429.
import type { ThrottleStatus } from './types'
import { TrackerError } from './errors'

export interface ThrottleOptions {
  /** Requests allowed per window, read on every decision so a settings change applies at once. */
  limit: () => number
  /** The window; 60 000 ms (the setting is per minute). Tests shorten it. */
  windowMs?: number
  now?: () => number
}

interface Slot {
  /** null while the request is in flight. */
  endedAt: number | null
}

interface Waiter {
  resolve: (release: () => void) => void
  reject: (error: Error) => void
  maxPauseWaitMs: number
}

export class RequestThrottle {
  readonly windowMs: number
  private readonly limit: () => number
  private readonly now: () => number
  private readonly slots: Slot[] = []
  private readonly waiters: Waiter[] = []
  private pausedUntil = 0
  private timer: NodeJS.Timeout | null = null

  constructor(options: ThrottleOptions) {
    this.limit = options.limit
    this.windowMs = options.windowMs ?? 60_000
    this.now = options.now ?? Date.now
  }

  /**
   * Waits for a slot and returns its release function (call it once the response has been read, or failed).
   * If TrackerRMS asked for a pause longer than maxPauseWaitMs, throws rate_limited at once instead of waiting.
   */
  acquire(options: { maxPauseWaitMs?: number } = {}): Promise<() => void> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject, maxPauseWaitMs: options.maxPauseWaitMs ?? Number.POSITIVE_INFINITY })
      this.pump()
    })
  }

  /** TrackerRMS said 429: nobody starts a request before now + ms. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + Math.max(0, ms))
    this.pump()
  }

  status(): ThrottleStatus {
    const now = this.now()
    this.forgetOldSlots(now)
    const paused = this.pausedUntil > now
    return {
      requestsPerMinute: this.currentLimit(),
      windowMs: this.windowMs,
      inWindow: this.slots.length,
      waiting: this.waiters.length,
      pausedUntil: paused ? new Date(this.pausedUntil).toISOString() : null,
      slowed: paused || this.waiters.length > 0
    }
  }

  private currentLimit(): number {
    const value = Math.floor(this.limit())
    return Number.isFinite(value) && value >= 1 ? value : 1
  }

  private forgetOldSlots(now: number): void {
    for (let i = this.slots.length - 1; i >= 0; i--) {
      const ended = this.slots[i].endedAt
      if (ended !== null && ended <= now - this.windowMs) this.slots.splice(i, 1)
    }
  }

  private pump(): void {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    const now = this.now()
    if (this.pausedUntil > now) {
      const wait = this.pausedUntil - now
      // Calls that may not wait that long are told so now (the queue reschedules them).
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const waiter = this.waiters[i]
        if (wait > waiter.maxPauseWaitMs) {
          this.waiters.splice(i, 1)
          waiter.reject(
            new TrackerError('rate_limited', `TrackerRMS asked us to wait ${Math.ceil(wait / 1000)} s before the next request.`, {
              retryAfterMs: wait
            })
          )
        }
      }
      if (this.waiters.length) this.schedule(wait)
      return
    }
    this.forgetOldSlots(now)
    const limit = this.currentLimit()
    while (this.waiters.length && this.slots.length < limit) {
      const slot: Slot = { endedAt: null }
      this.slots.push(slot)
      const waiter = this.waiters.shift() as Waiter
      let released = false
      waiter.resolve(() => {
        if (released) return
        released = true
        slot.endedAt = this.now()
        this.pump()
      })
    }
    if (!this.waiters.length) return
    // Full: wait for the oldest finished request to leave the window (an in-flight one calls pump when it ends).
    const ended = this.slots.filter((s) => s.endedAt !== null).map((s) => s.endedAt as number)
    if (ended.length) this.schedule(Math.min(...ended) + this.windowMs - now)
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(
      () => {
        this.timer = null
        this.pump()
      },
      Math.max(1, Math.ceil(ms))
    )
  }
}
