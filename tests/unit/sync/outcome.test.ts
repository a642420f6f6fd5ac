import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { outcomeOf, retryDelayMs } from '../../../electron/sync/outcome'

describe('rules 8 and 9: what a failure means for the export (outcomes, classified at the TrackerRMS boundary)', () => {
  it.each([
    ['auth', 'pause_auth'],
    ['conflict', 'pause_auth'],
    ['widget_auth', 'waiting'],
    ['offline', 'offline'],
    ['rate_limited', 'rate_limited'],
    ['transient', 'retry'],
    ['internal', 'retry'],
    ['rejected', 'fail'],
    ['not_found', 'fail'],
    ['validation', 'fail']
  ] as const)('%s -> %s', (code, kind) => {
    expect(outcomeOf(new AppError(code, 'x')).kind).toBe(kind)
  })

  it('a Widget refusal parks only that step: waiting for the Widget API, never a paused queue', () => {
    expect(outcomeOf(new AppError('widget_auth', 'status 1'))).toEqual({ kind: 'waiting', capability: 'widget', reason: 'status 1' })
  })

  it('a plain exception (a bug) is retried, a 429 keeps its Retry-After', () => {
    expect(outcomeOf(new TypeError('boom'))).toEqual({ kind: 'retry', reason: 'boom' })
    const limited = Object.assign(new AppError('rate_limited', 'slow down'), { retryAfterMs: 7000 })
    expect(outcomeOf(limited)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 })
  })

  it('backs off exponentially with bounded jitter and a cap', () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0.5)).toBe(1000)
    expect(retryDelayMs(3, 1000, 60_000, () => 0.5)).toBe(4000)
    expect(retryDelayMs(20, 1000, 60_000, () => 0.5)).toBe(60_000)
    expect(retryDelayMs(2, 1000, 60_000, () => 0)).toBe(1600)
    expect(retryDelayMs(2, 1000, 60_000, () => 1)).toBe(2400)
  })
})
