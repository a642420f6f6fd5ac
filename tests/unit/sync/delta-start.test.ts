import { describe, expect, it } from 'vitest'
import { CLOCK_SKEW_MS, DELTA_OVERLAP_MS, deltaStart } from '../../../electron/sync/tracker-index-refresh'

describe('where an index delta starts', () => {
  it('10 seconds before the newest updated time TrackerRMS has shown us (its clock, so no skew allowance)', () => {
    expect(DELTA_OVERLAP_MS).toBe(10_000)
    expect(deltaStart({ watermark: '2026-11-29T10:00:00.000Z', fullCrawlAt: '2026-11-29T09:00:00.000Z', lastRefreshAt: '2026-11-29T10:05:00.000Z' })).toBe(
      '2026-11-29T09:59:50.000Z'
    )
  })

  it('with no dated record seen yet: our last refresh, minus a clock-skew allowance', () => {
    expect(CLOCK_SKEW_MS).toBe(300_000)
    expect(deltaStart({ watermark: null, fullCrawlAt: '2026-11-29T09:00:00.000Z', lastRefreshAt: '2026-11-29T10:05:00.000Z' })).toBe('2026-11-29T10:00:00.000Z')
    expect(deltaStart({ watermark: null, fullCrawlAt: '2026-11-29T09:00:00.000Z', lastRefreshAt: null })).toBe('2026-11-29T08:55:00.000Z')
  })
})
