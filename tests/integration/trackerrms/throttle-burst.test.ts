// The throttle never lets more than its limit reach TrackerRMS in any rolling window, counted on the sandbox's side
// (its request log records when each request arrived).
import { describe, expect, it } from 'vitest'
import { createTrackerClient, RequestThrottle } from '../../../electron/trackerrms'
import type { RequestLogEntry } from '../../../electron/sandbox'
import { connectedCore, testSandbox } from '../../helpers/sandbox'

/** The most requests that arrived within any window [t, t + windowMs). */
function busiestWindow(log: RequestLogEntry[], windowMs: number): number {
  const times = log.map((e) => e.atMs).sort((a, b) => a - b)
  let most = 0
  for (let start = 0, end = 0; start < times.length; start++) {
    while (end < times.length && times[end] < times[start] + windowMs) end++
    most = Math.max(most, end - start)
  }
  return most
}

describe('the request throttle against the sandbox', () => {
  it('a burst of 500 calls never exceeds the limit in any rolling window', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const windowMs = 200
    const limit = 100
    const client = createTrackerClient({
      restUrl: sb.restUrl,
      widgetUrl: sb.widgetUrl,
      token: sb.token as string,
      throttle: new RequestThrottle({ limit: () => limit, windowMs })
    })
    const results = await Promise.all(Array.from({ length: 500 }, () => client.getOpportunity(5001)))
    expect(results).toHaveLength(500)
    const log = sb.controls.requestLog()
    expect(log).toHaveLength(501) // and one exchange
    expect(busiestWindow(log, windowMs)).toBeLessThanOrEqual(limit)
    // The burst really filled windows: the limit was approached, not avoided by accident.
    expect(busiestWindow(log, windowMs)).toBeGreaterThan(limit / 2)
  })

  it("the core's one throttle follows requests-per-minute live, without a restart", async () => {
    const windowMs = 200
    const { core, sandbox } = await connectedCore({
      tracker: { throttleWindowMs: windowMs, client: { retry: { baseDelayMs: 5 } } },
      settings: { 'requests-per-minute': '8' }
    })
    sandbox.controls.addOpportunity({ name: 'Nurse' })
    await Promise.all(Array.from({ length: 30 }, () => core.connection.client().getOpportunity(5001)))
    const slow = sandbox.controls.requestLog()
    expect(busiestWindow(slow, windowMs)).toBeLessThanOrEqual(8)
    sandbox.controls.clearRequestLog()
    core.settings.set('requests-per-minute', '25')
    expect(core.connection.throttleStatus().requestsPerMinute).toBe(25)
    await Promise.all(Array.from({ length: 75 }, () => core.connection.client().getOpportunity(5001)))
    const fast = sandbox.controls.requestLog()
    expect(busiestWindow(fast, windowMs)).toBeLessThanOrEqual(25)
    expect(busiestWindow(fast, windowMs)).toBeGreaterThan(8)
  })
})
