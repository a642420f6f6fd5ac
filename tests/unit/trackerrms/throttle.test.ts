import { describe, expect, it } from 'vitest'
import { RequestThrottle } from '../../../electron/trackerrms/throttle'

const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('the request throttle', () => {
  it('lets `limit` requests start, then holds the next until one has been finished for a whole window', async () => {
    const throttle = new RequestThrottle({ limit: () => 2, windowMs: 400 })
    const first = await throttle.acquire()
    const second = await throttle.acquire()
    let thirdStarted = false
    const third = throttle.acquire().then((release) => ((thirdStarted = true), release))
    await settle()
    expect(thirdStarted).toBe(false)
    expect(throttle.status()).toMatchObject({ inWindow: 2, waiting: 1, slowed: true })
    first()
    await settle()
    expect(thirdStarted).toBe(false) // finished, but not yet a window ago
    ;(await third)()
    second()
    expect(thirdStarted).toBe(true)
  })

  it('reads the limit on every decision, so a settings change applies at once', async () => {
    let limit = 1
    const throttle = new RequestThrottle({ limit: () => limit, windowMs: 10_000 })
    await throttle.acquire()
    let started = false
    void throttle.acquire().then(() => (started = true))
    await settle()
    expect(started).toBe(false)
    limit = 2
    expect(throttle.status().requestsPerMinute).toBe(2)
    throttle.pause(0) // any later decision sees the new limit
    await settle()
    expect(started).toBe(true)
  })

  it('pauses every caller for a 429, and refuses at once a wait longer than the caller may wait', async () => {
    const throttle = new RequestThrottle({ limit: () => 100, windowMs: 1000 })
    throttle.pause(10_000)
    expect(throttle.status().pausedUntil).not.toBeNull()
    await expect(throttle.acquire({ maxPauseWaitMs: 5_000 })).rejects.toMatchObject({ code: 'rate_limited' })
    const err = await throttle.acquire({ maxPauseWaitMs: 5_000 }).catch((e) => e)
    expect(err.retryAfterMs).toBeGreaterThan(9_000)
    const short = new RequestThrottle({ limit: () => 100 })
    short.pause(30)
    let started = false
    const waiting = short.acquire().then(() => (started = true))
    expect(started).toBe(false)
    await waiting
    expect(started).toBe(true)
  })
})
