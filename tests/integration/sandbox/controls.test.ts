// The test controls the reference keeps (§7), in-process and over HTTP under /__sandbox, the demo seed, persistence
// and the record page.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_USER_EMAIL, startSandbox } from '../../../electron/sandbox'
import { normalizeLinkedInUrl } from '../../../shared/normalize'
import { control, exchange, jwtFor, keyAndUser, rest, testSandbox, widget } from './http'

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'sandbox-test-')), name)

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
    for (const odd of [/\/\/[a-z]{2}\.linkedin\.com/, /\/$/, /\?trk=/, /^HTTPS:\/\/WWW\.LINKEDIN/, /^linkedin\.com/])
      expect(links.some((u) => odd.test(u))).toBe(true)
    expect(links.every((u) => normalizeLinkedInUrl(u) !== null)).toBe(true)
    expect(resources.every((r) => r.address.town && r.address.country && r.ignoredFields.length === 0)).toBe(true)
    expect(resources.some((r) => r.jobLists.length > 0)).toBe(true)
  })
})

describe('controls', () => {
  it('work over HTTP under /__sandbox, and are never logged', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const { get, post } = { get: (p: string) => control.get(sb, p), post: (p: string, b?: unknown) => control.post(sb, p, b) }
    const state = await get('/state')
    expect(state).toMatchObject({ resources: 200, token: sb.token, widgetKey: sb.widgetKey, oauthToken: sb.oauthToken, profile: { listing: 'L2' } })
    expect(state.users).toEqual([{ email: DEFAULT_USER_EMAIL, name: 'Test Owner', active: true }])
    expect((await get('/applications')).length).toBe(sb.controls.applications().length)
    await post('/reset')
    expect(await get('/resources')).toEqual([])
    await post('/seed', { seed: 'demo' })
    expect(await get('/opportunities')).toHaveLength(12)
    const added = await post('/resources', { firstName: 'Zoë', surname: 'Ndlovu', city: 'Leeds', state: 'West Yorkshire' })
    expect(await get(`/resources/${added.id}`)).toMatchObject({
      firstName: 'Zoë',
      address: { town: 'Leeds', county: 'West Yorkshire' },
      documents: [],
      jobLists: []
    })
    await post('/fail-next', { kind: '5xx', status: 500 })
    expect((await fetch(`${sb.restUrl}/api/v1/Opportunity/5001`)).status).toBe(500)
    const { token } = await post('/rotate-token')
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    await post('/rate-limit', { requestsPerMinute: 500 })
    await post('/latency', { ms: 1 })
    expect((await get('/state')).settings).toMatchObject({ requestsPerMinute: 500, latencyMs: 1, networkCut: false })
    expect(await get('/requests')).toEqual([
      expect.objectContaining({ method: 'GET', path: '/api/v1/Opportunity/5001', status: 500, fault: '5xx', at: expect.any(String) })
    ])
    await post('/network-cut', { ms: 200 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await expect(fetch(`${sb.controlUrl}/state`)).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await get('/state')).settings.networkCut).toBe(false)
  })

  it('switch the profile, the Widget key and the users over HTTP', async () => {
    const sb = await testSandbox()
    const { get, post } = { get: (p: string) => control.get(sb, p), post: (p: string, b?: unknown) => control.post(sb, p, b) }
    expect(await post('/profile', { listing: 'L1', listingKey: 'data' })).toMatchObject({ listing: 'L1', listingKey: 'data' })
    expect(await post('/profile', { rowContacts: true })).toMatchObject({ listing: 'L1', rowContacts: true })
    expect(await post('/profile', { name: 'widget-W6' })).toMatchObject({ listing: 'L2', rowContacts: false, widgetAuth: ['W6'] })
    expect(await get('/profile')).toEqual(sb.controls.profile())
    expect((await fetch(`${sb.controlUrl}/profile`, { method: 'POST', body: JSON.stringify({ listing: 'L9' }) })).status).toBe(400)
    expect((await widget(sb, 'checkPerson', { details: { email: 'a@x.com' } }, { Authorization: `Bearer ${sb.token}` })).body.status).toBe(0)
    await post('/profile', { name: 'default' })
    const { widgetKey } = await post('/rotate-widget-key', { key: 'cafebabecafebabecafebabecafebabe' })
    expect(widgetKey).toBe('cafebabecafebabecafebabecafebabe')
    expect(sb.widgetKey).toBe(widgetKey)
    expect((await widget(sb, 'checkPerson', { credentials: keyAndUser(sb), details: { email: 'a@x.com' } })).body.status).toBe(0)
    await post('/revoke-widget-key')
    expect((await get('/state')).widgetKey).toBeNull()
    expect(await post('/users', { email: 'two@example.com', name: 'Two', password: 'pw' })).toMatchObject({ email: 'two@example.com', active: true })
    expect(await post('/users/active', { email: 'two@example.com', active: false })).toMatchObject({ active: false })
    expect((await get('/users')).map((u: any) => [u.email, u.active])).toEqual([
      [DEFAULT_USER_EMAIL, true],
      ['two@example.com', false]
    ])
    expect((await fetch(`${sb.controlUrl}/users`, { method: 'POST', body: JSON.stringify({ email: 'two@example.com' }) })).status).toBe(400)
  })

  it('reset and seed keep the token, the Widget key, the users and the profile', async () => {
    const sb = await testSandbox({ profile: 'listing-L3', users: [{ email: 'me@example.com', password: 'pw' }], widgetKey: 'k'.repeat(32) })
    const before = { token: sb.token, key: sb.widgetKey, oauth: sb.oauthToken, users: sb.controls.users(), profile: sb.controls.profile() }
    expect(before.users).toEqual([{ email: 'me@example.com', name: 'me', password: 'pw', active: true }])
    expect(sb.loginEmail).toBe('me@example.com')
    expect(sb.userPassword).toBe('pw')
    sb.controls.seed('demo')
    sb.controls.reset()
    expect({ token: sb.token, key: sb.widgetKey, oauth: sb.oauthToken, users: sb.controls.users(), profile: sb.controls.profile() }).toEqual(before)
    expect(sb.controls.resources()).toEqual([])
  })

  it('a fail-next 503 can carry Retry-After as an HTTP date; random malformed answers are broken JSON', async () => {
    const sb = await testSandbox()
    sb.controls.failNext({ kind: '5xx', status: 503, retryAfterSeconds: 30, retryAfterForm: 'date', path: 'ExchangeToken' })
    const res = await exchange(sb)
    expect(res.status).toBe(503)
    const when = Date.parse(res.headers.get('retry-after') as string)
    expect(when).toBeGreaterThan(Date.now() + 25_000)
    sb.controls.setFaults({ malformed: 1 })
    const broken = await exchange(sb)
    expect(broken.status).toBe(200)
    await expect(broken.json()).rejects.toThrow()
    sb.controls.clearFaults()
    expect((await exchange(sb)).status).toBe(200)
    expect(() => sb.controls.setFaults({ sometimes: 0.5 } as never)).toThrow(/Unknown fault rate/)
  })

  it('the request log blanks secrets and cuts base64 documents short', async () => {
    const sb = await testSandbox()
    await jwtFor(sb)
    const { id } = sb.controls.addResource({ firstName: 'Ann' })
    const data = Buffer.alloc(3000, 1).toString('base64')
    await widget(sb, 'attachDocument', {
      credentials: keyAndUser(sb),
      file: { filename: 'a.pdf', recordType: 'R', recordId: id, documentType: 'general', primary: 'n', data }
    })
    const log = JSON.stringify(sb.controls.requestLog())
    for (const secret of [sb.token, sb.widgetKey, data]) expect(log).not.toContain(secret)
    expect(log).toContain('[secret]')
    expect(sb.controls.requestLog().at(-1)).toMatchObject({ api: 'widget', status: 200, widgetAuth: 'W4', widgetStatus: 0 })
  })
})

describe('persistence and the record page', () => {
  it('persist the data and the account to a JSON file when asked, and load them on the next start', async () => {
    const statePath = tempFile('sandbox.json')
    const first = await startSandbox({ seed: 'empty', statePath, profile: 'listing-L1-items' })
    first.controls.addOpportunity({ name: 'Nurse' })
    const resource = first.controls.addResource({ firstName: 'Ann', surname: 'Lee', city: 'Leeds' })
    first.controls.addUser({ email: 'two@example.com' })
    const { token, widgetKey, oauthToken } = first
    await first.close()
    expect(existsSync(statePath)).toBe(true)
    const second = await startSandbox({ seed: 'demo', statePath })
    expect(second.loadedState).toBe(true)
    expect({ token: second.token, widgetKey: second.widgetKey, oauthToken: second.oauthToken }).toEqual({ token, widgetKey, oauthToken })
    expect(second.controls.profile()).toMatchObject({ listing: 'L1', listingKey: 'items' })
    expect(second.controls.users()).toHaveLength(2)
    expect(second.controls.resources()).toEqual([resource])
    expect(second.controls.addResource({ firstName: 'Next' }).id).toBe(resource.id + 1)
    await second.close()
  })

  it('convert a state file from the earlier sandbox (version 1)', async () => {
    const statePath = tempFile('old.json')
    const old = {
      version: 1,
      token: 'a'.repeat(32),
      revokedTokens: [],
      nextResourceId: 10_002,
      nextOpportunityId: 5_002,
      nextDocumentId: 1,
      nextClientId: 2,
      clients: { acme: 1 },
      opportunities: [
        {
          id: 5001,
          name: 'Nurse',
          clientName: null,
          status: 'Open',
          open: true,
          city: 'Leeds',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z'
        }
      ],
      resources: [
        {
          id: 10_001,
          firstName: 'Ann',
          surname: 'Lee',
          jobTitle: null,
          linkedInUrl: null,
          source: null,
          currentClient: { id: 1, name: 'Acme' },
          contactDetails: { email: 'ann@x.com', mobilePhone: null },
          address: { city: 'Leeds', state: 'West Yorkshire', country: 'UK' },
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          documents: [],
          jobLists: [{ opportunityId: 5001, list: 'long', shortlistedBy: 'user', source: null, addedAt: '2026-01-01T00:00:00.000Z' }],
          ignoredFields: []
        }
      ]
    }
    writeFileSync(statePath, JSON.stringify(old))
    const sb = await startSandbox({ statePath })
    expect(sb.token).toBe('a'.repeat(32))
    expect(sb.widgetKey).toMatch(/^[0-9a-f]{32}$/)
    expect(sb.loginEmail).toBe(DEFAULT_USER_EMAIL)
    expect(sb.controls.resource(10_001)).toMatchObject({
      address: { town: 'Leeds', county: 'West Yorkshire', country: 'UK' },
      contactDetails: { telephone: null }
    })
    expect(sb.controls.applications()).toMatchObject([{ opportunityResourceId: 1, resourceId: 10_001, status: 'Long List' }])
    const jwt = await jwtFor(sb)
    expect((await rest(sb, jwt, 'GET', '/api/v1/Opportunity/5001')).status).toBe(200)
    await sb.close()
  })

  it('serve a record page on the web host, and a home page where recordLink points', async () => {
    const sb = await testSandbox()
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: '<Lee>', city: 'Leeds', state: 'West Yorkshire' })
    const page = await (await fetch(`${sb.webHost}/Resource/View/${id}`)).text()
    expect(page).toContain('Ann &lt;Lee&gt;')
    expect(page).toContain('Leeds, West Yorkshire')
    expect((await fetch(`${sb.webHost}/Main/Default.aspx`)).status).toBe(200)
  })
})
