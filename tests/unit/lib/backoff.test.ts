import { describe, expect, it } from 'vitest'
import { backoffDelay } from '../../../electron/lib/backoff'

describe('the one backoff (requests, queue retries, offline probes)', () => {
  const schedule = { baseMs: 1000, maxMs: 60_000 }
  it('doubles per attempt up to the cap', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, schedule, () => 1))).toEqual([1000, 2000, 4000, 8000])
    expect(backoffDelay(20, schedule, () => 1)).toBe(60_000)
  })
  it('waits between half and all of the ceiling, whatever the random draw', () => {
    for (const draw of [0, 0.25, 0.5, 0.999]) {
      const wait = backoffDelay(3, schedule, () => draw)
      expect(wait).toBeGreaterThanOrEqual(4000)
      expect(wait).toBeLessThanOrEqual(8000)
    }
    expect(backoffDelay(-1, schedule, () => 0)).toBe(500)
  })
})
