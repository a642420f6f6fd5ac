// Every error class over real HTTP: auth (revoked token, wrong region, JWT expiry), timeouts, 5xx, dropped
// connections, offline, malformed and huge bodies, 429 with Retry-After in both forms.
import { describe, expect, it } from 'vitest'
import { createTrackerClient, RequestThrottle, TrackerError, type TrackerClientOptions } from '../../../electron/trackerrms'
import { Redactor } from '../../../electron/lib/redact'
import type { RunningSandbox } from '../../../electron/sandbox'
import { testSandbox } from '../../helpers/sandbox'
import { personNamed } from '../../helpers/candidate-fields'

const clientFor = (sb: RunningSandbox, options: Partial<TrackerClientOptions> = {}) =>
  createTrackerClient({ restUrl: sb.restUrl, widgetUrl: sb.widgetUrl, token: sb.token as string, retry: { baseDelayMs: 5, maxDelayMs: 20 }, ...options })

const person = personNamed('Ann Lee', { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' })
const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('auth errors', () => {
  it('a revoked token: auth error in plain words at the exchange and on calls with an old JWT; the token is never quoted', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const token = sb.token as string
    const seen: TrackerError[] = []
    const redactor = new Redactor()
    const client = clientFor(sb, { redactor, onAuthError: (e) => seen.push(e) })
    await client.getOpportunity(5001)
    sb.controls.revokeToken()
    const onCall = await client.getOpportunity(5001).catch((e) => e)
    expect(onCall).toBeInstanceOf(TrackerError)
    expect(onCall).toMatchObject({ code: 'auth', status: 401 })
    expect(onCall.message).toContain('the token was revoked or regenerated, or the region is wrong')
    // The sandbox echoes the refused token in its 401 text (as some servers do): it must not reach us.
    expect(onCall.message + onCall.trackerMessage).not.toContain(token)
    expect(onCall.trackerMessage).toContain('[redacted]')
    // 401 on the call → one re-exchange → 401 at the exchange.
    expect(
      sb.controls
        .requestLog()
        .slice(-2)
        .map((e) => `${e.path} ${e.status}`)
    ).toEqual(['/api/v1/Opportunity/5001 401', '/api/Auth/ExchangeToken 401'])
    expect(seen).toHaveLength(1)
    await expect(createTrackerClient({ restUrl: sb.restUrl, widgetUrl: sb.widgetUrl, token }).exchange()).rejects.toMatchObject({ code: 'auth' })
  })

  it('the wrong region (another TrackerRMS that does not know the token) is a 401 at the exchange', async () => {
    const home = await testSandbox()
    const elsewhere = await testSandbox()
    const client = createTrackerClient({ restUrl: elsewhere.restUrl, widgetUrl: elsewhere.widgetUrl, token: home.token as string })
    await expect(client.exchange()).rejects.toMatchObject({ code: 'auth', message: expect.stringContaining('or the region is wrong') })
    const report = await client.healthCheck()
    expect(report.ok).toBe(false)
    expect(report.items.find((i) => i.capability === 'reach')?.ok).toBe(true)
    expect(report.items.find((i) => i.capability === 'auth')).toMatchObject({
      ok: false,
      errorCode: 'auth',
      reason: expect.stringContaining('revoked or regenerated, or the region is wrong')
    })
    expect(report.items.find((i) => i.capability === 'widget')).toMatchObject({ ok: false, reason: 'Not checked: signing in failed.' })
    expect(report.profile).toBeNull()
  })

  it('a JWT that expires mid-run is exchanged again before the next call', async () => {
    const sb = await testSandbox({ jwtLifetimeSeconds: 0.3 })
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb, { refreshMarginMs: 0 })
    await client.getOpportunity(5001)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
    expect(sb.controls.requestLog().map((e) => `${e.path} ${e.status}`)).toEqual([
      '/api/Auth/ExchangeToken 200',
      '/api/v1/Opportunity/5001 200',
      '/api/Auth/ExchangeToken 200',
      '/api/v1/Opportunity/5001 200'
    ])
  })

  it('a JWT that TrackerRMS expires sooner than the client thinks (clock skew) is exchanged again on the 401', async () => {
    const sb = await testSandbox({ jwtLifetimeSeconds: 0.3 })
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb, { refreshMarginMs: 0, now: () => Date.now() - 60_000 })
    await client.getOpportunity(5001)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
    expect(sb.controls.requestLog().map((e) => `${e.path} ${e.status}`)).toEqual([
      '/api/Auth/ExchangeToken 200',
      '/api/v1/Opportunity/5001 200',
      '/api/v1/Opportunity/5001 401',
      '/api/Auth/ExchangeToken 200',
      '/api/v1/Opportunity/5001 200'
    ])
  })

  it('re-exchanges before a call when the JWT is within its refresh lead (an hour, or half a short life) of expiring', async () => {
    const sb = await testSandbox({ jwtLifetimeSeconds: 1800 })
    sb.controls.addOpportunity({ name: 'Nurse' })
    let skew = 0
    const client = clientFor(sb, { now: () => Date.now() + skew })
    await client.getOpportunity(5001)
    await client.getOpportunity(5001) // 30 minutes of life: fresh for the first 15
    expect(sb.controls.requestLog().filter((e) => e.path === '/api/Auth/ExchangeToken')).toHaveLength(1)
    skew = 16 * 60_000
    await client.getOpportunity(5001)
    expect(sb.controls.requestLog().filter((e) => e.path === '/api/Auth/ExchangeToken')).toHaveLength(2)
    expect(sb.controls.requestLog().every((e) => e.status === 200)).toBe(true)
  })

  it('Widget calls refused (status 1 with HTTP 200) are a Widget problem: never a REST auth error, never a paused queue', async () => {
    const sb = await testSandbox()
    const { id } = sb.controls.addResource({ firstName: 'A', surname: 'B' })
    const seen: TrackerError[] = []
    const client = clientFor(sb, { widgetKey: sb.widgetKey, loginEmail: sb.loginEmail, onAuthError: (e) => seen.push(e) })
    sb.controls.rotateWidgetKey()
    const error = await client.attachResume(id, new Uint8Array([1, 2, 3]), 'a.pdf').catch((e) => e)
    expect(error).toMatchObject({ code: 'widget_auth', widgetStatus: 1, status: 200 })
    expect(error.message).toContain('Widget API key')
    expect(error.message).not.toMatch(/regenerat|revoked/i)
    expect(seen).toEqual([])
    // REST still works.
    sb.controls.addOpportunity({ name: 'Nurse' })
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
  })
})

describe('transient, offline and malformed answers', () => {
  it('a hung request times out; a read is retried, a create is not (it may have been applied)', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb, { timeoutMs: 150, retry: { retries: 1, baseDelayMs: 5 } })
    await client.exchange()
    sb.controls.failNext({ kind: 'hang', path: '/Opportunity/', count: 1 })
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
    sb.controls.failNext({ kind: 'hang', path: '/Opportunity/', count: 2 })
    await expect(client.getOpportunity(5001)).rejects.toMatchObject({ code: 'transient', message: expect.stringContaining('did not answer within 0.2 s') })
    sb.controls.failNext({ kind: 'hang', path: '/api/v1/Resource', count: 1 })
    await expect(client.createResource(person, { source: 's' })).rejects.toMatchObject({ code: 'transient' })
    expect(sb.controls.requestLog().filter((e) => e.path === '/api/v1/Resource')).toHaveLength(1)
  })

  it('5xx: reads retry with backoff up to the limit; a create fails at once without a second try', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb, { retry: { retries: 2, baseDelayMs: 5 } })
    sb.controls.failNext({ kind: '5xx', path: '/Opportunity/', count: 2 })
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
    sb.controls.failNext({ kind: '5xx', path: '/Opportunity/', count: 3, status: 502 })
    await expect(client.getOpportunity(5001)).rejects.toMatchObject({ code: 'transient', status: 502, trackerMessage: 'Service Unavailable' })
    sb.controls.failNext({ kind: '5xx', path: '/api/v1/Resource' })
    await expect(client.createResource(person, { source: 's' })).rejects.toMatchObject({ code: 'transient', status: 503 })
    expect(
      sb.controls
        .requestLog()
        .filter((e) => e.path === '/api/v1/Resource')
        .map((e) => e.status)
    ).toEqual([503])
    expect(sb.controls.resources()).toEqual([])
  })

  it('a connection reset mid-request is transient; reads retry it', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb)
    await client.exchange()
    sb.controls.failNext({ kind: 'reset', path: '/Opportunity/' })
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
    sb.controls.failNext({ kind: 'reset', path: '/widget/' })
    const { id } = sb.controls.addResource({ firstName: 'A', surname: 'B' })
    await expect(client.attachResume(id, new Uint8Array([1]), 'a.pdf')).rejects.toMatchObject({ code: 'transient' })
    expect(sb.controls.resource(id)!.documents).toEqual([])
  })

  it('no connection at all is offline, and works again when the network is back', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb)
    await sb.controls.cutNetwork()
    const error = await client.getOpportunity(5001).catch((e) => e)
    expect(error).toMatchObject({ code: 'offline', message: expect.stringMatching(/^127\.0\.0\.1:\d+ is not answering: .*ECONNREFUSED/) })
    const report = await client.healthCheck()
    expect(report.items[0]).toMatchObject({ capability: 'reach', ok: false, errorCode: 'offline' })
    await sb.controls.restoreNetwork()
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
  })

  it('a malformed body is a clear error, not a crash, and is not retried', async () => {
    const sb = await testSandbox()
    const client = clientFor(sb)
    sb.controls.failNext({ kind: 'malformed', path: 'PagedSearch' })
    const error = await client.listOpenOpportunities().catch((e) => e)
    expect(error).toMatchObject({ code: 'transient', message: expect.stringContaining('is not valid JSON: {"opportunities": [{"opportunityId": 5001') })
    expect(sb.controls.requestLog().filter((e) => e.path.endsWith('PagedSearch'))).toHaveLength(1)
  })

  it('a huge body is cut off at the cap with a clear error', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb, { maxResponseBytes: 256 * 1024 })
    await client.exchange()
    sb.controls.failNext({ kind: 'huge', path: '/Opportunity/', hugeBytes: 200 * 1024 * 1024 })
    const heapBefore = process.memoryUsage().heapUsed
    const error = await client.getOpportunity(5001).catch((e) => e)
    expect(error).toMatchObject({ code: 'transient', message: expect.stringContaining('sent more than 0.3 MB') })
    // Read no more than the cap (plus a chunk): nowhere near the 200 MB the server was ready to send.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024)
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
  })
})

describe('429 and Retry-After', () => {
  it('waits the seconds Retry-After says, then retries', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb)
    await client.exchange()
    sb.controls.failNext({ kind: '429', path: '/Opportunity/', retryAfterSeconds: 1 })
    expect(await client.getOpportunity(5001)).toMatchObject({ id: 5001 })
    const [limited, retried] = sb.controls.requestLog().filter((e) => e.path.startsWith('/api/v1/'))
    expect(limited).toMatchObject({ status: 429, retryAfter: '1' })
    expect(retried.status).toBe(200)
    expect(retried.atMs - limited.atMs).toBeGreaterThanOrEqual(1000)
  })

  it('waits until the HTTP date Retry-After names', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb)
    await client.exchange()
    sb.controls.failNext({ kind: '429', path: '/Opportunity/', retryAfterSeconds: 2, retryAfterForm: 'date' })
    await client.getOpportunity(5001)
    const [limited, retried] = sb.controls.requestLog().filter((e) => e.path.startsWith('/api/v1/'))
    expect(limited.retryAfter).toMatch(/GMT$/)
    expect(retried.atMs).toBeGreaterThanOrEqual(Date.parse(limited.retryAfter as string))
  })

  it('pauses every call, not only the one that got the 429', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'A' })
    sb.controls.addOpportunity({ name: 'B' })
    const throttle = new RequestThrottle({ limit: () => 1000 })
    const client = clientFor(sb, { throttle })
    await client.exchange()
    sb.controls.failNext({ kind: '429', path: '/Opportunity/5001', retryAfterSeconds: 1 })
    const first = client.getOpportunity(5001)
    await until(() => throttle.status().pausedUntil !== null)
    const pausedUntil = Date.parse(throttle.status().pausedUntil as string)
    expect(client.throttleStatus().slowed).toBe(true)
    await Promise.all([first, client.getOpportunity(5002), client.getOpportunity(5002)])
    const after = sb.controls.requestLog().filter((e) => e.path.startsWith('/api/v1/') && e.status === 200)
    expect(after).toHaveLength(3)
    for (const entry of after) expect(entry.atMs).toBeGreaterThanOrEqual(pausedUntil)
  })

  it('a Retry-After too long to wait inside a call is a rate_limited error the queue can schedule', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb, { retry: { maxRateLimitWaitMs: 500 } })
    await client.exchange()
    sb.controls.failNext({ kind: '429', retryAfterSeconds: 30 })
    await expect(client.getOpportunity(5001)).rejects.toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 30_000 })
    // The pause holds for every call: the next one is refused without a request.
    const before = sb.controls.requestLog().length
    await expect(client.getOpportunity(5001)).rejects.toMatchObject({ code: 'rate_limited' })
    expect(sb.controls.requestLog()).toHaveLength(before)
  })

  it("TrackerRMS's own per-minute limit is honoured through its 429s", async () => {
    const sb = await testSandbox({ requestsPerMinute: 4, rateWindowMs: 1000 })
    sb.controls.addOpportunity({ name: 'Nurse' })
    const client = clientFor(sb, { throttle: new RequestThrottle({ limit: () => 1000 }) })
    const results = await Promise.all(Array.from({ length: 6 }, () => client.getOpportunity(5001)))
    expect(results.every((r) => r.id === 5001)).toBe(true)
    expect(sb.controls.requestLog().some((e) => e.status === 429)).toBe(true)
  })
})
