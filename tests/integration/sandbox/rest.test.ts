// The REST side of the sandbox in its default profile: the documented shapes (reference §2, §4, §7) are accepted,
// the guessed ones are dropped or refused, and the unfriendly parts are there.
import { describe, expect, it } from 'vitest'
import { addPeople, exchange, jwtFor, rest, restJson, testSandbox } from './http'

const REST_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/

describe('the exchange (§2)', () => {
  it('answers a JWT with an exp claim and an expiration without offset; 401 text for a revoked token', async () => {
    const sb = await testSandbox()
    const res = await exchange(sb)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { token: string; expiration: string }
    expect(body.expiration).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)
    const claims = JSON.parse(Buffer.from(body.token.split('.')[1], 'base64url').toString())
    expect(claims.exp * 1000).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600 * 1000)
    expect(Date.parse(`${body.expiration}Z`)).toBe(claims.exp * 1000)
    const old = sb.token as string
    sb.controls.rotateToken()
    const refused = await exchange(sb, old)
    expect(refused.status).toBe(401)
    expect(refused.headers.get('content-type')).toContain('text/plain')
    expect((await exchange(sb, 'ffffffffffffffffffffffffffffffff')).status).toBe(401)
  })

  it('401s an unknown JWT, an expired JWT and JWTs from a rotated token; the route is found before the JWT is checked', async () => {
    const sb = await testSandbox({ jwtLifetimeSeconds: 0.2 })
    const jwt = await jwtFor(sb)
    expect((await rest(sb, 'eyJnot.a.jwt', 'POST', '/api/v1/Opportunity/PagedSearch', {})).status).toBe(401)
    expect((await rest(sb, null, 'POST', '/api/v1/Opportunity/PagedSearch', {})).status).toBe(401)
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect((await rest(sb, jwt, 'POST', '/api/v1/Opportunity/PagedSearch', {})).status).toBe(401)
    sb.controls.setJwtLifetime(3600)
    const fresh = await jwtFor(sb)
    expect((await rest(sb, fresh, 'POST', '/api/v1/Opportunity/PagedSearch', {})).status).toBe(200)
    sb.controls.rotateToken()
    expect((await rest(sb, fresh, 'POST', '/api/v1/Opportunity/PagedSearch', {})).status).toBe(401)
    sb.controls.revokeToken()
    expect(sb.token).toBeNull()
    expect((await rest(sb, null, 'POST', '/api/v1/NoSuchThing', {})).status).toBe(404)
    expect((await rest(sb, null, 'GET', '/api/v1/Resource/Search')).status).toBe(405)
  })

  it('answers the per-minute limit with 429 and Retry-After in seconds', async () => {
    const sb = await testSandbox({ requestsPerMinute: 2 })
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 3; i++) {
      const res = await exchange(sb)
      statuses.push(res.status)
      retryAfter = res.headers.get('retry-after') ?? retryAfter
    }
    expect(statuses).toEqual([200, 200, 429])
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(59)
  })
})

describe('candidates (§4.3, §4.4)', () => {
  it('keeps the documented nested fields; drops flat contacts, address.city/state, currentClient and unknown keys, and lists them', async () => {
    const sb = await testSandbox()
    const jwt = await jwtFor(sb)
    const created = await restJson(
      sb,
      jwt,
      'POST',
      '/api/v1/Resource',
      {
        firstName: 'Ann',
        surname: 'Lee',
        jobTitle: 'Nurse',
        source: 'Tracker Sync',
        linkedInUrl: 'https://www.linkedin.com/in/ann-lee',
        note: 'Met at the fair',
        tagText: 'icu',
        email: 'flat@x.com',
        phone: '+1 555',
        contactDetails: { email: 'ann@x.com', mobilePhone: '+44 7700 900123', telephone: '0113 496 0000', phone: '+1 556' },
        address: {
          addressLine1: '1 High St',
          town: 'Leeds',
          county: 'West Yorkshire',
          postcode: 'LS1 1AA',
          country: 'United Kingdom',
          city: 'York',
          state: 'NY'
        },
        currentClient: { id: -1, name: 'Acme' },
        Firstname: 'Wrong case'
      },
      201
    )
    expect(created).toEqual({ id: expect.any(Number), success: true })
    const stored = sb.controls.resource(created.id)!
    expect(stored).toMatchObject({
      firstName: 'Ann',
      surname: 'Lee',
      jobTitle: 'Nurse',
      source: 'Tracker Sync',
      note: 'Met at the fair',
      tagText: 'icu',
      currentClient: null,
      contactDetails: { email: 'ann@x.com', mobilePhone: '+44 7700 900123', telephone: '0113 496 0000' },
      address: { addressLine1: '1 High St', addressLine2: null, town: 'Leeds', county: 'West Yorkshire', postcode: 'LS1 1AA', country: 'United Kingdom' },
      documents: [],
      jobLists: []
    })
    expect(stored.ignoredFields.sort()).toEqual(
      ['Firstname', 'address.city', 'address.state', 'contactDetails.phone', 'currentClient', 'email', 'phone'].sort()
    )
    expect(stored.address).not.toHaveProperty('city')
  })

  it('a flat email alone leaves no email at all; a body with neither name is a 400 in plain text', async () => {
    const sb = await testSandbox()
    const jwt = await jwtFor(sb)
    const { id } = await restJson(sb, jwt, 'POST', '/api/v1/Resource', { firstName: 'Ann', email: 'ann@x.com', address: { city: 'Leeds' } }, 201)
    expect(sb.controls.resource(id)).toMatchObject({ contactDetails: { email: null }, address: { town: null }, ignoredFields: ['email', 'address.city'] })
    const nameless = await rest(sb, jwt, 'POST', '/api/v1/Resource', { contactDetails: { email: 'x@x.com' } })
    expect(nameless.status).toBe(400)
    expect(await nameless.text()).toMatch(/firstName or surname/)
  })

  it('reads one back with camelCase firstName and lastUpdatedDateTime in UTC without offset; 404 for an unknown id', async () => {
    const sb = await testSandbox()
    const jwt = await jwtFor(sb)
    const { id } = sb.controls.addResource({
      firstName: 'Zoë',
      surname: 'Ndlovu',
      city: 'Leeds',
      state: 'West Yorkshire',
      email: 'z@x.com',
      company: 'Hooli',
      updatedAt: '2026-02-03T04:05:06.789Z'
    })
    const read = await restJson(sb, jwt, 'GET', `/api/v1/resource/${id}`)
    expect(read).toMatchObject({
      resourceId: id,
      firstName: 'Zoë',
      surname: 'Ndlovu',
      quickSkills: null,
      currentClient: { id: expect.any(Number), name: 'Hooli' },
      contactDetails: { email: 'z@x.com', mobilePhone: null, telephone: null },
      address: { town: 'Leeds', county: 'West Yorkshire' },
      lastUpdatedDateTime: '2026-02-03T04:05:06.789'
    })
    expect(read).not.toHaveProperty('firstname')
    expect(read.dateCreated).toMatch(REST_TIME)
    expect((await rest(sb, jwt, 'GET', '/api/v1/Resource/999999')).status).toBe(404)
  })

  it('PATCH sets currentClient and moves lastUpdatedDateTime; DELETE removes the record', async () => {
    const sb = await testSandbox()
    const jwt = await jwtFor(sb)
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee', updatedAt: '2026-01-01T00:00:00.000Z' })
    expect(await restJson(sb, jwt, 'PATCH', `/api/v1/Resource/${id}`, { currentClient: { id: -1, name: 'Acme' }, email: 'flat@x.com' })).toEqual({
      id,
      success: true
    })
    const stored = sb.controls.resource(id)!
    expect(stored.currentClient).toEqual({ id: expect.any(Number), name: 'Acme' })
    expect(stored.ignoredFields).toEqual(['email'])
    expect(Date.parse(stored.updatedAt)).toBeGreaterThan(Date.parse('2026-01-02T00:00:00Z'))
    expect((await rest(sb, jwt, 'PATCH', '/api/v1/Resource/999999', { note: 'x' })).status).toBe(404)
    expect(await restJson(sb, jwt, 'DELETE', `/api/v1/Resource/${id}`)).toEqual({ success: true })
    expect(sb.controls.resource(id)).toBeNull()
    expect((await rest(sb, jwt, 'DELETE', `/api/v1/Resource/${id}`)).status).toBe(404)
  })
})

describe('the candidate listing in the default profile (L2, §4.5–4.8)', () => {
  it('Resource/PagedSearch is 404; Resource/Search answers a bare array of 10 rows spelled firstname, whatever pageSize and filters say', async () => {
    const sb = await testSandbox()
    addPeople(sb, 30)
    const jwt = await jwtFor(sb)
    const paged = await rest(sb, jwt, 'POST', '/api/v1/Resource/PagedSearch', { pageNumber: 1 })
    expect(paged.status).toBe(404)
    expect(await paged.text()).toMatch(/No HTTP resource/)
    const page = await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: 1, pageSize: 100 })
    expect(Array.isArray(page)).toBe(true)
    expect(page).toHaveLength(10)
    expect(Object.keys(page[0]).sort()).toEqual(['firstname', 'jobTitle', 'lastUpdatedDateTime', 'quickSkills', 'resourceId', 'surname'])
    expect(page[0]).toMatchObject({ firstname: 'P1', surname: 'Test', lastUpdatedDateTime: '2026-01-01T00:00:00.000' })
    const filtered = await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', {
      pageNumber: 1,
      pageSize: 5,
      keyword: 'P7',
      email: 'p7@example.com',
      firstName: 'P7'
    })
    expect(filtered).toEqual(page)
  })

  it('ignores updatedAfter by default, but refuses an unreadable one with a 400', async () => {
    const sb = await testSandbox()
    addPeople(sb, 3)
    const jwt = await jwtFor(sb)
    expect(await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: 1, updatedAfter: '2099-01-01' })).toHaveLength(3)
    expect((await rest(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: 1, updatedAfter: 'last week' })).status).toBe(400)
  })
})

describe('jobs, job lists and documents (§4.1, §4.2, §4.11, §4.13)', () => {
  it('answers jobs with the observed fields, honours state and publishOnline, and ignores pageSize', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const jwt = await jwtFor(sb)
    const job = await restJson(sb, jwt, 'GET', '/api/v1/Opportunity/5001')
    expect(job).toEqual({
      opportunityId: 5001,
      opportunityName: 'Senior ICU Nurse',
      clientName: "St Mary's Hospital Trust",
      opportunityStatusDesc: 'Open',
      locationCity: 'Leeds',
      locationState: 'West Yorkshire',
      lastUpdatedDateTime: expect.stringMatching(REST_TIME)
    })
    const open = await restJson(sb, jwt, 'POST', '/api/v1/Opportunity/PagedSearch', { state: 'open', keyword: 'Welder', pageSize: 3, pageNumber: 1 })
    expect(open).toMatchObject({ totalCount: 10, totalPages: 1, hasNextPage: false })
    expect(open.opportunities).toHaveLength(10)
    const published = await restJson(sb, jwt, 'POST', '/api/v1/Opportunity/PagedSearch', { state: 'open', publishOnline: true })
    expect(published.totalCount).toBe(6)
    expect((await restJson(sb, jwt, 'POST', '/api/v1/Opportunity/PagedSearch', { updatedAfter: '2099-01-01' })).opportunities).toEqual([])
    expect((await rest(sb, jwt, 'GET', '/api/v1/Opportunity/1')).status).toBe(404)
  })

  it('lists job-list entries 10 a page, oldest first, ignoring searchText; one by id', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const jwt = await jwtFor(sb)
    const all = sb.controls.applications()
    expect(all.length).toBeGreaterThan(10)
    const page = await restJson(sb, jwt, 'POST', '/api/v1/OpportunityResource/Search', { searchText: 'JOB-5003', pageSize: 50, pageNumber: 1 })
    expect(page).toMatchObject({ totalRecords: all.length, pageNumber: 1, pageSize: 10 })
    expect(page.data).toEqual(
      all.slice(0, 10).map((a) => ({
        opportunityResourceId: a.opportunityResourceId,
        opportunityId: a.opportunityId,
        resourceId: a.resourceId,
        opportunityResourceStatusName: a.status
      }))
    )
    expect(['Long List', 'Short List']).toContain(page.data[0].opportunityResourceStatusName)
    expect(await restJson(sb, jwt, 'GET', `/api/v1/OpportunityResource/${all[3].opportunityResourceId}`)).toEqual(page.data[3])
    expect((await rest(sb, jwt, 'GET', '/api/v1/OpportunityResource/999999')).status).toBe(404)
  })

  it('lists a candidate’s documents as a bare array; swagger.json is not served', async () => {
    const sb = await testSandbox()
    const jwt = await jwtFor(sb)
    const { id } = sb.controls.addResource({ firstName: 'Ann' })
    expect(await restJson(sb, jwt, 'GET', `/api/v1/Resource/${id}/Documents`)).toEqual([])
    expect((await rest(sb, jwt, 'GET', '/api/v1/Resource/999999/Documents')).status).toBe(404)
    expect((await fetch(`${sb.restUrl}/swagger/v1/swagger.json`)).status).toBe(404)
    expect(sb.controls.requestLog().at(-1)).toMatchObject({ api: 'rest', path: '/swagger/v1/swagger.json', status: 404 })
  })
})

describe('malformed addresses', () => {
  it('a bad percent escape in the path is an unknown address (404, or 405 for a page), never a server error', async () => {
    const sb = await testSandbox()
    const jwt = await jwtFor(sb)
    for (const bad of ['%E0%A4%A', '%ZZ', '%'])
      for (const path of [`/api/${bad}`, `/api/v1/Resource/${bad}`, `/widget/api/widget/${bad}`, `/__sandbox/${bad}`, `/Resource/View/${bad}`])
        for (const method of ['GET', 'POST']) {
          const status = (await rest(sb, jwt, method, path, method === 'POST' ? {} : undefined)).status
          expect([method, path, status]).toEqual([method, path, method === 'POST' && path.startsWith('/Resource/') ? 405 : 404])
        }
  })
})
