import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { outcomeOf } from '../../../electron/sync/outcome'

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
})
