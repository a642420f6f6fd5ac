import type { Clock } from '../../electron/lib/clock'

/** A clock tests move by hand. Starts at the given time. */
export function manualClock(start = '2026-06-01T09:00:00.000Z'): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = Date.parse(start)
  return {
    now: () => new Date(now),
    set: (iso) => void (now = Date.parse(iso)),
    advance: (ms) => void (now += ms)
  }
}
