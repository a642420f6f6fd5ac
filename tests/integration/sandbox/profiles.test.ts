// Every profile dimension (reference §7 table) answers as its variant says, over real HTTP.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROFILE, PROFILE_VARIANTS, resolveProfile, type RunningSandbox, type WidgetAuthStyle } from '../../../electron/sandbox'
import { addPeople, exchange, jwtFor, keyAndUser, rest, restJson, testSandbox, widget } from './http'

describe('profiles', () => {
  it('name every non-default value of every dimension; resolve names, lists of names and partials; refuse unknowns', () => {
    expect(Object.keys(PROFILE_VARIANTS).sort()).toEqual(
      [
        ...['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'none'].map((s) => `widget-${s}`),
        'listing-L1-resources',
        'listing-L1-items',
        'listing-L1-data',
        'listing-L3',
        'row-contacts',
        'updated-after-date',
        'updated-after-datetime',
        'pagination-clean',
        'pagination-wrap-around',
        'current-client-kept',
        'create-id-resourceId',
        'expiration-offset',
        'expiration-absent',
        'wrong-region-404',
        'repeated-application-0',
        'get-records-email',
        'get-records-base-1'
      ].sort()
    )
    for (const name of Object.keys(PROFILE_VARIANTS)) expect(resolveProfile(name), name).not.toEqual(DEFAULT_PROFILE)
    expect(resolveProfile()).toEqual(DEFAULT_PROFILE)
    expect(DEFAULT_PROFILE).toMatchObject({
      widgetAuth: ['W4', 'W5'],
      listing: 'L2',
      pagination: 'overlapping',
      updatedAfter: 'ignored',
      expiration: 'no-offset',
      wrongRegion: 401
    })
    expect(resolveProfile('listing-L1-items, row-contacts')).toMatchObject({ listing: 'L1', listingKey: 'items', rowContacts: true })
    expect(resolveProfile({ widgetAuth: ['W6', 'W1', 'W1'] }).widgetAuth).toEqual(['W1', 'W6'])
    expect(() => resolveProfile('friendly')).toThrow(/Unknown sandbox profile "friendly"/)
    expect(() => resolveProfile({ listing: 'L4' as never })).toThrow(/listing must be one of/)
    expect(() => resolveProfile({ colour: 'red' } as never)).toThrow(/Unknown profile setting/)
    expect(() => resolveProfile({ widgetAuth: ['W7'] as never })).toThrow(/widgetAuth/)
  })
})

describe('widget auth', () => {
  /** One checkPerson call in each style (W6 in all its forms). */
  async function tryStyles(sb: RunningSandbox): Promise<Record<string, number | string>> {
    const details = { email: 'nobody@x.com' }
    const jwt = await jwtFor(sb)
    const basic = Buffer.from(`${sb.loginEmail}:${sb.userPassword}`).toString('base64')
    const calls: [string, unknown, Record<string, string>?][] = [
      ['W1', { details }, { Authorization: `Bearer ${sb.oauthToken}` }],
      ['W2', { credentials: { oauthtoken: sb.oauthToken }, details }],
      ['W2+user', { credentials: { username: sb.loginEmail, oauthtoken: sb.oauthToken }, details }],
      ['W3', { credentials: { username: sb.loginEmail, password: sb.userPassword }, details }],
      ['W3 basic', { details }, { Authorization: `Basic ${basic}` }],
      ['W4', { credentials: keyAndUser(sb), details }],
      ['W5', { credentials: { apikey: sb.widgetKey }, details }],
      ['W6 token bearer', { details }, { Authorization: `Bearer ${sb.token}` }],
      ['W6 jwt bearer', { details }, { Authorization: `Bearer ${jwt}` }],
      ['W6 token apikey', { credentials: { apikey: sb.token }, details }],
      ['W6 token apikey+user', { credentials: { username: sb.loginEmail, apikey: sb.token }, details }],
      ['W6 token oauthtoken', { credentials: { oauthtoken: sb.token }, details }]
    ]
    const statuses: Record<string, number | string> = {}
    for (const [name, parts, headers] of calls) {
      const { http, body } = await widget(sb, 'checkPerson', parts, headers)
      statuses[name] = http === 200 ? body.status : `HTTP ${http}`
      expect(sb.controls.requestLog().at(-1)?.widgetAuth, name).toBe(name.slice(0, 2))
    }
    return statuses
  }

  it.each(['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'none'])('widget-%s accepts only its own style; every other gets status 1', async (style) => {
    const sb = await testSandbox({ profile: `widget-${style}` })
    const statuses = await tryStyles(sb)
    for (const [name, status] of Object.entries(statuses)) expect(status, name).toBe(name.startsWith(style) ? 0 : 1)
  })

  it('W2, W3 and W4 name a user who must exist and be active; W1, W5 and W6 without a username act for nobody in particular', async () => {
    const sb = await testSandbox({ profile: { widgetAuth: ['W1', 'W2', 'W3', 'W4', 'W5', 'W6'] as WidgetAuthStyle[] } })
    const details = { email: 'nobody@x.com' }
    sb.controls.addUser({ email: 'second@example.com', password: 'pw2' })
    expect((await widget(sb, 'checkPerson', { credentials: { username: 'second@example.com', password: 'pw2' }, details })).body.status).toBe(0)
    expect((await widget(sb, 'checkPerson', { credentials: { username: 'second@example.com', password: 'wrong' }, details })).body.status).toBe(1)
    sb.controls.setUserActive('second@example.com', false)
    for (const credentials of [
      { username: 'second@example.com', password: 'pw2' },
      { username: 'second@example.com', apikey: sb.widgetKey },
      { username: 'second@example.com', oauthtoken: sb.oauthToken },
      { username: 'second@example.com', apikey: sb.token }
    ])
      expect((await widget(sb, 'checkPerson', { credentials, details })).body, JSON.stringify(Object.keys(credentials))).toEqual({
        status: 2,
        message: 'User not active',
        count: 0
      })
    expect((await widget(sb, 'checkPerson', { credentials: { username: 'nobody@example.com', oauthtoken: sb.oauthToken }, details })).body.status).toBe(1)
    expect((await widget(sb, 'checkPerson', { credentials: { apikey: sb.widgetKey }, details })).body.status).toBe(0)
  })
})

describe('candidate listing', () => {
  it.each([
    ['listing-L1-resources', 'resources', { totalCount: 25, totalPages: 3, pageNumber: 2, hasNextPage: true }],
    ['listing-L1-items', 'items', { totalRecords: 25, totalPages: 3, pageNumber: 2 }],
    ['listing-L1-data', 'data', { totalRecords: 25, totalPages: 3, pageNumber: 2 }]
  ])('%s: Resource/PagedSearch answers under "%s" with its totals; Resource/Search still answers', async (profile, key, totals) => {
    const sb = await testSandbox({ profile: `${profile},pagination-clean` })
    addPeople(sb, 25)
    const jwt = await jwtFor(sb)
    const page = await restJson(sb, jwt, 'POST', '/api/v1/Resource/PagedSearch', { pageNumber: 2, pageSize: 100 })
    expect(Object.keys(page).sort()).toEqual([key, ...Object.keys(totals)].sort())
    expect(page).toMatchObject(totals)
    expect(page[key].map((r: any) => r.firstname)).toEqual(['P11', 'P12', 'P13', 'P14', 'P15', 'P16', 'P17', 'P18', 'P19', 'P20'])
    expect(await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: 2 })).toEqual(page[key])
  })

  it('row-contacts: list rows carry email and linkedInUrl (by default names only)', async () => {
    const sb = await testSandbox({ profile: 'row-contacts' })
    addPeople(sb, 1)
    const jwt = await jwtFor(sb)
    expect((await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: 1 }))[0]).toMatchObject({
      firstname: 'P1',
      email: 'p1@example.com',
      linkedInUrl: 'https://www.linkedin.com/in/p1'
    })
    sb.controls.setProfile('default')
    expect((await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: 1 }))[0]).not.toHaveProperty('email')
  })

  it('pagination: clean, overlapping (stride 8, size 10) and wrap-around pages', async () => {
    const sb = await testSandbox({ profile: 'listing-L1-resources' })
    addPeople(sb, 25)
    const jwt = await jwtFor(sb)
    const pages = async (n: number) => {
      const names: string[][] = []
      for (let page = 1; page <= n; page++)
        names.push((await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: page, pageSize: 10 })).map((r: any) => r.firstname.slice(1)))
      return names.map((p) => p.join(' '))
    }
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).join(' ')
    // The default: each page repeats the previous page's last 2 rows; a page past the end is empty.
    expect(await pages(5)).toEqual([range(1, 10), range(9, 18), range(17, 25), '25', ''])
    expect(await restJson(sb, jwt, 'POST', '/api/v1/Resource/PagedSearch', { pageNumber: 3 })).toMatchObject({ totalPages: 3, hasNextPage: false })
    sb.controls.setProfile({ pagination: 'clean' })
    expect(await pages(4)).toEqual([range(1, 10), range(11, 20), range(21, 25), ''])
    sb.controls.setProfile({ pagination: 'wrap-around' })
    expect(await pages(5)).toEqual([range(1, 10), range(11, 20), range(21, 25), range(1, 10), range(11, 20)])
    expect(await restJson(sb, jwt, 'POST', '/api/v1/Resource/PagedSearch', { pageNumber: 4 })).toMatchObject({
      totalPages: 3,
      pageNumber: 4,
      hasNextPage: false
    })
  })

  it('updatedAfter: ignored, a date (at or after that UTC midnight) or a date-time (strictly after)', async () => {
    const sb = await testSandbox({ profile: 'pagination-clean' })
    sb.controls.addResource({ firstName: 'A', updatedAt: '2026-01-01T00:00:00.000Z' })
    sb.controls.addResource({ firstName: 'B', updatedAt: '2026-01-01T12:00:00.000Z' })
    sb.controls.addResource({ firstName: 'C', updatedAt: '2026-01-02T00:00:00.000Z' })
    const jwt = await jwtFor(sb)
    const names = async (updatedAfter: string) =>
      (await restJson(sb, jwt, 'POST', '/api/v1/Resource/Search', { pageNumber: 1, updatedAfter })).map((r: any) => r.firstname).join('')
    const cases = ['2026-01-01', '2026-01-01T12:00:00Z', '2026-01-01T11:59:59', '2026-01-02', '2099-01-01']
    const answers = async () => Promise.all(cases.map(names))
    expect(await answers()).toEqual(['ABC', 'ABC', 'ABC', 'ABC', 'ABC'])
    sb.controls.setProfile('updated-after-date')
    expect(await answers()).toEqual(['ABC', 'ABC', 'ABC', 'C', ''])
    sb.controls.setProfile('updated-after-datetime')
    expect(await answers()).toEqual(['BC', 'C', 'BC', '', ''])
    sb.controls.setProfile({ listing: 'L1' })
    expect(
      (await restJson(sb, jwt, 'POST', '/api/v1/Resource/PagedSearch', { pageNumber: 1, updatedAfter: '2026-01-01T06:00:00+00:00' })).resources.map(
        (r: any) => r.firstname
      )
    ).toEqual(['B', 'C'])
    expect((await rest(sb, jwt, 'POST', '/api/v1/Resource/PagedSearch', { updatedAfter: '01/02/2026' })).status).toBe(400)
  })
})

describe('getRecords (L3)', () => {
  const instructions = {
    recordtype: 'R',
    recordid: 0,
    state: '',
    searchtext: 'ignored',
    onlymyrecords: false,
    numrecords: 100,
    pagenum: 0,
    sortfield: 'lastupdateddatetime',
    sortdir: 'asc',
    updatedafter: '',
    includecustomfields: false
  }

  it('listing-L3: candidate rows, up to 100 a page, oldest update first, updatedafter strictly after, base 0', async () => {
    const sb = await testSandbox({ profile: 'listing-L3' })
    addPeople(sb, 150)
    sb.controls.updateResource(10_001, { company: 'Acme', jobTitle: 'Nurse', updatedAt: '2026-06-01T00:00:00.000Z' })
    const credentials = keyAndUser(sb)
    const first = (await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, numrecords: 500 } })).body
    expect(first).toMatchObject({ status: 0, message: '', count: 150 })
    expect(first.results).toHaveLength(100)
    expect(first.results[0]).toEqual({
      id: 10_002,
      name: 'P2 Test',
      firstname: 'P2',
      lastname: 'Test',
      jobtitle: '',
      company: '',
      status: 'Active',
      lastupdateddatetime: '2026-01-01 00:01:00',
      details: []
    })
    const second = (await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, pagenum: 1 } })).body
    expect(second.results).toHaveLength(50)
    expect(second.results.at(-1)).toMatchObject({ id: 10_001, company: 'Acme', jobtitle: 'Nurse', lastupdateddatetime: '2026-06-01 00:00:00' })
    const after = (await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, updatedafter: '2026-01-01 02:28:00' } })).body
    expect(after.count).toBe(150 - 149 + 1)
    expect(after.results.map((r: any) => r.id)).toEqual([10_150, 10_001])
    const newest = (await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, numrecords: 1, sortdir: 'desc' } })).body
    expect(newest.results.map((r: any) => r.id)).toEqual([10_001])
    expect((await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, updatedafter: 'yesterday' } })).body.status).toBe(99)
    expect((await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, recordtype: 'C' } })).body).toMatchObject({
      status: 99,
      message: expect.stringMatching(/recordtype C is not available/)
    })
  })

  it('get-records-email adds email and linkedin; get-records-base-1 starts at pagenum 1 (0 answers the same as 1)', async () => {
    const sb = await testSandbox({ profile: 'get-records-email' })
    addPeople(sb, 15)
    const credentials = keyAndUser(sb)
    const page = async (pagenum: number) =>
      (await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, numrecords: 10, pagenum } })).body.results.map((r: any) => r.id - 10_000)
    const row = (await widget(sb, 'getRecords', { credentials, instructions })).body.results[0]
    expect(row).toMatchObject({ email: 'p1@example.com', linkedin: 'https://www.linkedin.com/in/p1' })
    expect([await page(0), await page(1), await page(2)]).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15], []])
    sb.controls.setProfile('get-records-base-1')
    expect((await widget(sb, 'getRecords', { credentials, instructions })).body.results[0]).not.toHaveProperty('email')
    expect([await page(0), await page(1), await page(2), await page(3)]).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [11, 12, 13, 14, 15],
      []
    ])
  })
})

describe('create, exchange and job-list variants', () => {
  it('current-client-kept keeps currentClient on create; create-id-resourceId answers {resourceId, success}', async () => {
    const sb = await testSandbox({ profile: 'current-client-kept' })
    const jwt = await jwtFor(sb)
    const { id } = await restJson(sb, jwt, 'POST', '/api/v1/Resource', { firstName: 'Ann', currentClient: { id: -1, name: 'Acme' } }, 201)
    expect(sb.controls.resource(id)).toMatchObject({ currentClient: { name: 'Acme' }, ignoredFields: [] })
    sb.controls.setProfile('create-id-resourceId')
    const created = await restJson(sb, jwt, 'POST', '/api/v1/Resource', { firstName: 'Bob', currentClient: { id: -1, name: 'Acme' } }, 201)
    expect(created).toEqual({ resourceId: id + 1, success: true })
    expect(sb.controls.resource(id + 1)).toMatchObject({ currentClient: null, ignoredFields: ['currentClient'] })
  })

  it('expiration with an offset, without one, or absent (the JWT exp claim is always there)', async () => {
    const sb = await testSandbox({ profile: 'expiration-offset' })
    const read = async () => (await (await exchange(sb)).json()) as { token: string; expiration?: string }
    expect((await read()).expiration).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/)
    sb.controls.setProfile('default')
    expect((await read()).expiration).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)
    sb.controls.setProfile('expiration-absent')
    const absent = await read()
    expect(absent).not.toHaveProperty('expiration')
    expect(JSON.parse(Buffer.from(absent.token.split('.')[1], 'base64url').toString()).exp).toBeGreaterThan(Date.now() / 1000)
  })

  it('wrong-region-404: a token never issued here is 404; a revoked one is still 401', async () => {
    const sb = await testSandbox({ profile: 'wrong-region-404' })
    expect((await exchange(sb, 'ffffffffffffffffffffffffffffffff')).status).toBe(404)
    const old = sb.token as string
    sb.controls.rotateToken()
    expect((await exchange(sb, old)).status).toBe(401)
    expect((await exchange(sb)).status).toBe(200)
  })

  it('repeated-application-0: a repeat answers 0 and leaves a second list entry', async () => {
    const sb = await testSandbox({ profile: 'repeated-application-0' })
    const job = sb.controls.addOpportunity({ name: 'Nurse' })
    const { id } = sb.controls.addResource({ firstName: 'Ann' })
    const instructions = { opportunityid: job.id, resourceid: id, assigntolist: 'long', shortlistedby: 'user', source: 'Tracker Sync' }
    for (let i = 0; i < 2; i++)
      expect((await widget(sb, 'resourceApplication', { credentials: keyAndUser(sb), instructions })).body).toMatchObject({ status: 0 })
    const entries = sb.controls.applications().filter((a) => a.resourceId === id && a.opportunityId === job.id)
    expect(entries).toHaveLength(2)
    const jwt = await jwtFor(sb)
    expect((await restJson(sb, jwt, 'POST', '/api/v1/OpportunityResource/Search', { pageNumber: 1 })).totalRecords).toBe(2)
  })
})
