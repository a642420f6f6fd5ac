// The sandbox imitates TrackerRMS's unfriendly parts (reference §6) over raw HTTP, and its controls work in-process
// and over HTTP. Raw fetch here on purpose: these tests are about the server, not our client.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox'
import { normalizeLinkedInUrl } from '../../../shared/normalize'
import { testSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'

async function jwtFor(sb: RunningSandbox): Promise<string> {
  const res = await fetch(`${sb.restUrl}/API/auth/exchangeTOKEN`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ bearerToken: sb.token }) })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { token: string; expiration: string }
  expect(body.token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/)
  return body.token
}
const rest = (sb: RunningSandbox, jwt: string, path: string, body?: unknown) =>
  fetch(`${sb.restUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
const widget = (sb: RunningSandbox, bearer: string | null, operation: string, parts: unknown) =>
  fetch(`${sb.widgetUrl}/api/widget/${operation}`, {
    method: 'POST',
    headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), 'Content-Type': 'application/json' },
    body: JSON.stringify({ trackerrms: { [operation]: parts } })
  }).then(async (res) => ({ http: res.status, body: res.status === 200 ? await res.json() : await res.text() }))

describe('the demo seed', () => {
  it('is the same on every start: 10 open jobs, 200 international candidates, shared names, odd LinkedIn forms', async () => {
    const one = await testSandbox({ seed: 'demo' })
    const two = await testSandbox({ seed: 'demo' })
    expect(one.controls.resources()).toEqual(two.controls.resources())
    const resources = one.controls.resources()
    expect(resources).toHaveLength(200)
    expect(one.controls.opportunities().filter((o) => o.open)).toHaveLength(10)
    const names = resources.map((r) => `${r.firstName} ${r.surname}`)
    expect(new Set(names).size).toBeLessThan(195)
    expect(names).toContain('Steve Lu')
    expect(names).toContain('Steven Lu')
    expect(names.some((n) => /[ąćęłńóśźżüöäéèçñãõışğ]/i.test(n))).toBe(true)
    expect(names.some((n) => /[а-я]/i.test(n))).toBe(true)
    const links = resources.map((r) => r.linkedInUrl).filter((u): u is string => !!u)
    expect(links.length).toBeGreaterThan(60)
    for (const odd of [/\/\/[a-z]{2}\.linkedin\.com/, /\/$/, /\?trk=/, /^HTTPS:\/\/WWW\.LINKEDIN/, /^linkedin\.com/]) expect(links.some((u) => odd.test(u))).toBe(true)
    expect(links.every((u) => normalizeLinkedInUrl(u) !== null)).toBe(true)
    expect(resources.some((r) => r.jobLists.length > 0)).toBe(true)
  })
})

describe('the REST API, unfriendly parts included', () => {
  it('answers 10 rows a page whatever pageSize says, and ignores name and email filters', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const jwt = await jwtFor(sb)
    const page = (await (await rest(sb, jwt, '/api/v1/Resource/PagedSearch', { pageNumber: 2, pageSize: 100 })).json()) as any
    expect(page).toMatchObject({ totalCount: 200, totalPages: 20, pageNumber: 2, hasNextPage: true })
    expect(page.resources).toHaveLength(10)
    const filtered = (await (await rest(sb, jwt, '/api/v1/Resource/PagedSearch', { pageNumber: 2, name: 'Steve Lu', email: 'nobody@x.com' })).json()) as any
    expect(filtered.resources).toEqual(page.resources)
    const last = (await (await rest(sb, jwt, '/api/v1/Resource/PagedSearch', { pageNumber: 20 })).json()) as any
    expect(last.hasNextPage).toBe(false)
    const jobs = (await (await rest(sb, jwt, '/api/v1/Opportunity/PagedSearch', { state: 'open', keyword: 'Welder', pageSize: 3 })).json()) as any
    expect(jobs.opportunities).toHaveLength(10)
  })

  it('silently drops a flat email and phone; keeps the nested ones', async () => {
    const sb = await testSandbox()
    const jwt = await jwtFor(sb)
    const flat = await rest(sb, jwt, '/api/v1/Resource', { firstName: 'Ann', surname: 'Lee', email: 'ann@x.com', phone: '+1 555', contactDetails: { phone: '+1 556' } })
    expect(flat.status).toBe(201)
    const { id } = (await flat.json()) as { id: number }
    expect(sb.controls.resource(id)).toMatchObject({ contactDetails: { email: null, mobilePhone: null }, ignoredFields: ['email', 'phone', 'contactDetails.phone'] })
    const read = (await (await rest(sb, jwt, `/api/v1/resource/${id}`)).json()) as any
    expect(read).toMatchObject({ resourceId: id, firstName: 'Ann', contactDetails: { email: null, mobilePhone: null } })
    expect(read.lastUpdated).toBe(sb.controls.resource(id)!.updatedAt)
    expect((await rest(sb, jwt, '/api/v1/Resource/999999')).status).toBe(404)
  })

  it('honours updatedAfter (ISO or a date) on both searches', async () => {
    const sb = await testSandbox()
    sb.controls.addResource({ firstName: 'Old', surname: 'One', updatedAt: '2025-12-31T23:59:59.000Z' })
    sb.controls.addResource({ firstName: 'New', surname: 'One', updatedAt: '2026-01-01T00:00:01.000Z' })
    const jwt = await jwtFor(sb)
    for (const updatedAfter of ['2026-01-01', '2026-01-01T00:00:00Z']) {
      const body = (await (await rest(sb, jwt, '/api/v1/Resource/PagedSearch', { updatedAfter })).json()) as any
      expect(body.resources.map((r: any) => r.firstName)).toEqual(['New'])
    }
    expect((await rest(sb, jwt, '/api/v1/Resource/PagedSearch', { updatedAfter: 'last week' })).status).toBe(400)
  })

  it('401s an unknown JWT, a revoked token at the exchange and on calls, and an expired JWT', async () => {
    const week = await testSandbox()
    const issued = await fetch(`${week.restUrl}/api/Auth/ExchangeToken`, { method: 'POST', body: JSON.stringify({ bearerToken: week.token }) })
    expect(Date.parse(((await issued.json()) as { expiration: string }).expiration)).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600 * 1000)
    const sb = await testSandbox({ jwtLifetimeSeconds: 0.2 })
    const jwt = await jwtFor(sb)
    expect((await rest(sb, 'eyJnot.a.jwt', '/api/v1/Opportunity/PagedSearch', {})).status).toBe(401)
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect((await rest(sb, jwt, '/api/v1/Opportunity/PagedSearch', {})).status).toBe(401)
    sb.controls.setJwtLifetime(3600)
    const fresh = await jwtFor(sb)
    const old = sb.token as string
    const rotated = sb.controls.rotateToken()
    expect(sb.token).toBe(rotated)
    expect((await rest(sb, fresh, '/api/v1/Opportunity/PagedSearch', {})).status).toBe(401)
    const refused = await fetch(`${sb.restUrl}/api/Auth/ExchangeToken`, { method: 'POST', body: JSON.stringify({ bearerToken: old }), headers: { 'Content-Type': 'application/json' } })
    expect(refused.status).toBe(401)
    await jwtFor(sb)
    sb.controls.revokeToken()
    expect(sb.token).toBeNull()
  })

  it('answers the per-minute limit with 429 and Retry-After in seconds', async () => {
    const sb = await testSandbox({ requestsPerMinute: 2 })
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${sb.restUrl}/api/Auth/ExchangeToken`, { method: 'POST', body: JSON.stringify({ bearerToken: sb.token }), headers: { 'Content-Type': 'application/json' } })
      statuses.push(res.status)
      retryAfter = res.headers.get('retry-after') ?? retryAfter
    }
    expect(statuses).toEqual([200, 200, 429])
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(59)
  })
})

describe('the Widget API', () => {
  it('speaks in status codes with HTTP 200, stores base64 documents and job-list entries', async () => {
    const sb = await testSandbox()
    const job = sb.controls.addOpportunity({ name: 'Nurse' })
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee', email: 'Ann@X.com' })
    expect(await widget(sb, null, 'checkPerson', { instructions: { email: 'ann@x.com' } })).toMatchObject({ http: 401 })
    expect(await widget(sb, 'wrong-token', 'checkPerson', { instructions: { email: 'ann@x.com' } })).toEqual({ http: 200, body: { status: 1, message: 'User not found', count: 0 } })
    expect(await widget(sb, sb.token, 'checkPerson', { instructions: { email: 'ann@x.com' } })).toMatchObject({ http: 200, body: { status: 0, count: 1 } })
    expect((await widget(sb, sb.token, 'attachDocument', { instructions: { recordType: 'R', recordId: id } })).body).toMatchObject({ status: 99 })
    const data = Buffer.from('%PDF-1.7 résumé').toString('base64')
    const attached = await widget(sb, sb.token, 'attachDocument', { instructions: { recordType: 'R', recordId: id, documentType: 'Resume', primary: 'y' }, file: { filename: 'cv.pdf', data } })
    expect(attached.body).toMatchObject({ status: 0, count: 1 })
    expect(Buffer.from(sb.controls.resource(id)!.documents[0].data, 'base64').toString()).toBe('%PDF-1.7 résumé')
    const apply = { instructions: { opportunityid: job.id, resourceid: id, assigntolist: 'long', shortlistedby: 'user', source: 'Tracker Sync' } }
    expect((await widget(sb, sb.token, 'resourceApplication', apply)).body).toMatchObject({ status: 0 })
    expect((await widget(sb, sb.token, 'resourceApplication', apply)).body).toMatchObject({ status: 3 })
    expect(sb.controls.resource(id)!.jobLists).toHaveLength(1)
    const wrongEnvelope = await fetch(`${sb.widgetUrl}/api/widget/checkPerson`, { method: 'POST', headers: { Authorization: `Bearer ${sb.token}` }, body: JSON.stringify({ checkPerson: {} }) })
    expect(await wrongEnvelope.json()).toMatchObject({ status: 99 })
    // The Widget lives only under the Widget URL.
    expect((await fetch(`${sb.restUrl}/api/widget/checkPerson`, { method: 'POST' })).status).toBe(404)
  })
})

describe('controls', () => {
  it('work over HTTP under /__sandbox, and are never logged', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const post = (path: string, body: unknown = {}) => fetch(`${sb.controlUrl}${path}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>)
    const get = (path: string) => fetch(`${sb.controlUrl}${path}`).then((r) => r.json() as Promise<any>)
    expect((await get('/state')).resources).toBe(200)
    await post('/reset')
    expect(await get('/resources')).toEqual([])
    await post('/seed', { seed: 'demo' })
    expect(await get('/opportunities')).toHaveLength(12)
    const added = await post('/resources', { firstName: 'Zoë', surname: 'Ndlovu' })
    expect(await get(`/resources/${added.id}`)).toMatchObject({ firstName: 'Zoë', documents: [], jobLists: [] })
    await post('/fail-next', { kind: '5xx', status: 500 })
    expect((await fetch(`${sb.restUrl}/api/v1/Opportunity/5001`)).status).toBe(500)
    const { token } = await post('/rotate-token')
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    await post('/rate-limit', { requestsPerMinute: 500 })
    await post('/latency', { ms: 1 })
    expect((await get('/state')).settings).toMatchObject({ requestsPerMinute: 500, latencyMs: 1, networkCut: false })
    const log = await get('/requests')
    expect(log).toEqual([expect.objectContaining({ method: 'GET', path: '/api/v1/Opportunity/5001', status: 500, fault: '5xx', at: expect.any(String) })])
    await post('/network-cut', { ms: 200 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await expect(fetch(`${sb.controlUrl}/state`)).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await get('/state')).settings.networkCut).toBe(false)
  })

  it('persist the data to a JSON file when asked, and load it on the next start', async () => {
    const statePath = join(tempDir(), 'sandbox.json')
    const first = await startSandbox({ seed: 'empty', statePath })
    first.controls.addOpportunity({ name: 'Nurse' })
    const resource = first.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const token = first.token
    await first.close()
    expect(existsSync(statePath)).toBe(true)
    const second = await startSandbox({ seed: 'demo', statePath })
    expect(second.loadedState).toBe(true)
    expect(second.token).toBe(token)
    expect(second.controls.resources()).toEqual([resource])
    expect(second.controls.addResource({ firstName: 'Next' }).id).toBe(resource.id + 1)
    await second.close()
  })

  it('serve a record page on the web host', async () => {
    const sb = await testSandbox()
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: '<Lee>' })
    const page = await (await fetch(`${sb.webHost}/Resource/View/${id}`)).text()
    expect(page).toContain('Ann &lt;Lee&gt;')
  })
})
