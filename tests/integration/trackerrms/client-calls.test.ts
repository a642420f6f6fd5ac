// Every client call against the sandbox over real HTTP; what TrackerRMS ends up holding is read back from the sandbox.
import { describe, expect, it } from 'vitest'
import type { CandidateFields } from '../../../shared/domain'
import { createTrackerClient, type TrackerClientOptions } from '../../../electron/trackerrms'
import type { RunningSandbox } from '../../../electron/sandbox'
import { testSandbox } from '../../helpers/sandbox'

const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 } }
/** A client as the app builds one: the REST token, the sandbox user's login and the support-issued Widget key. */
const clientFor = (sb: RunningSandbox, options: Partial<TrackerClientOptions> = {}) =>
  createTrackerClient({
    restUrl: sb.restUrl,
    widgetUrl: sb.widgetUrl,
    token: sb.token as string,
    widgetKey: sb.widgetKey,
    loginEmail: sb.loginEmail,
    ...fast,
    ...options
  })

const candidate = (fields: Partial<CandidateFields> = {}): CandidateFields => ({
  firstName: 'Łukasz',
  lastName: 'Wiśniewski',
  fullName: 'Łukasz Wiśniewski',
  email: 'lukasz@example.pl',
  phone: '+48 600 100 200',
  linkedinUrl: 'https://pl.linkedin.com/in/lukasz-w/',
  city: 'Kraków',
  state: 'Małopolskie',
  country: 'Poland',
  currentTitle: 'TIG Welder',
  currentCompany: 'Northwind Fabrication',
  summary: 'Ten years of TIG',
  experience: null,
  education: null,
  skills: null,
  notes: null,
  ...fields
})

describe('TrackerRMS client calls', () => {
  it('exchanges the token once and reuses the JWT', async () => {
    const sb = await testSandbox()
    const client = clientFor(sb)
    await client.exchange()
    sb.controls.addOpportunity({ name: 'Nurse' })
    await client.getOpportunity(5001)
    await client.getOpportunity(5001)
    expect(sb.controls.requestLog().map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'POST /api/Auth/ExchangeToken 200',
      'GET /api/v1/Opportunity/5001 200',
      'GET /api/v1/Opportunity/5001 200'
    ])
  })

  it('reads one job, and says not_found for an unknown id', async () => {
    const sb = await testSandbox()
    sb.controls.addOpportunity({ name: 'ICU Nurse', clientName: "St Mary's", city: 'Leeds' })
    const client = clientFor(sb)
    expect(await client.getOpportunity(5001)).toEqual({ id: 5001, title: 'ICU Nurse', clientName: "St Mary's", status: 'Open', city: 'Leeds' })
    await expect(client.getOpportunity(9999)).rejects.toMatchObject({ code: 'not_found', status: 404, message: expect.stringContaining('no job with id 9999') })
  })

  it('lists every page of open jobs (10 a page), leaving closed ones out', async () => {
    const sb = await testSandbox()
    for (let i = 1; i <= 23; i++) sb.controls.addOpportunity({ name: `Job ${i}`, open: i % 8 !== 0 })
    const jobs = await clientFor(sb).listOpenOpportunities()
    expect(jobs).toHaveLength(21)
    expect(new Set(jobs.map((j) => j.id)).size).toBe(21)
    expect(jobs.some((j) => j.title === 'Job 8')).toBe(false)
    const pages = sb.controls.requestLog().filter((e) => e.path.endsWith('PagedSearch'))
    expect(pages.map((e) => (e.body as { pageNumber: number }).pageNumber)).toEqual([1, 2, 3])
  })

  it('reads a candidate, and says not_found for an unknown id', async () => {
    const sb = await testSandbox()
    const added = sb.controls.addResource({
      firstName: 'Ngozi',
      surname: 'Okafor',
      email: 'ngozi@example.ng',
      mobilePhone: '+234 801',
      company: 'Acme',
      city: 'Lagos',
      country: 'Nigeria'
    })
    const client = clientFor(sb)
    expect(await client.getResource(added.id)).toMatchObject({
      id: added.id,
      fullName: 'Ngozi Okafor',
      email: 'ngozi@example.ng',
      phone: '+234 801',
      company: 'Acme',
      city: 'Lagos',
      country: 'Nigeria',
      updatedAt: added.updatedAt
    })
    await expect(client.getResource(1)).rejects.toMatchObject({ code: 'not_found' })
  })

  it('crawls every candidate once from overlapping pages (Resource/Search, the documented default), then ends', async () => {
    const sb = await testSandbox()
    for (let i = 0; i < 25; i++)
      sb.controls.addResource({ firstName: `Person${i}`, surname: 'Test', updatedAt: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` })
    const client = clientFor(sb)
    const ids: number[] = []
    for await (const page of client.crawlResources()) ids.push(...page.rows.map((r) => r.id))
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => 10001 + i))
    // PagedSearch is missing here (404): Resource/Search takes over, and its three overlapping pages are enough.
    expect(sb.controls.requestLog().map((e) => `${e.path} ${e.status}`)).toEqual([
      '/api/Auth/ExchangeToken 200',
      '/api/v1/Resource/PagedSearch 404',
      '/api/v1/Resource/Search 200',
      '/api/v1/Resource/Search 200',
      '/api/v1/Resource/Search 200'
    ])
    expect(client.profile()?.listing).toMatchObject({ variant: 'L2', restVariant: 'L2' })
  })

  it('sends updatedAfter as a date, one day before the watermark, where connect saw it honoured', async () => {
    const sb = await testSandbox({ profile: 'updated-after-date' })
    for (let i = 0; i < 25; i++)
      sb.controls.addResource({ firstName: `Person${i}`, surname: 'Test', updatedAt: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` })
    const client = clientFor(sb)
    expect((await client.discover()).listing).toMatchObject({ variant: 'L2', restUpdatedAfter: 'honoured' })
    const changed = sb.controls.updateResource(10003, { email: 'new@example.com', updatedAt: '2026-03-01T12:00:00.000Z' })
    sb.controls.clearRequestLog()
    const delta: number[] = []
    for await (const page of client.crawlResources({ updatedAfter: '2026-01-24T08:00:00.000Z' })) delta.push(...page.rows.map((r) => r.id))
    expect(delta.sort()).toEqual([10003, 10023, 10024, 10025])
    expect(sb.controls.requestLog().map((e) => (e.body as { updatedAfter?: string })?.updatedAfter)).toContain('2026-01-23')
    expect(changed?.contactDetails.email).toBe('new@example.com')
  })

  it('reads every listing variant and envelope: PagedSearch under resources, items or data, and getRecords (100 a page)', async () => {
    for (const profile of [
      'listing-L1-resources',
      'listing-L1-items',
      'listing-L1-data',
      'listing-L3',
      'get-records-base-1',
      'pagination-wrap-around',
      'pagination-clean'
    ]) {
      const sb = await testSandbox({ profile })
      for (let i = 0; i < 23; i++) sb.controls.addResource({ firstName: `P${i}`, surname: 'List' })
      const client = clientFor(sb)
      const learned = await client.discover()
      const ids: number[] = []
      for await (const page of client.crawlResources()) ids.push(...page.rows.map((r) => r.id))
      expect(ids, profile).toEqual(Array.from({ length: 23 }, (_, i) => 10001 + i))
      expect(learned.listing.variant, profile).toBe(profile.includes('L1') ? 'L1' : profile.includes('pagination') ? 'L2' : 'L3')
      if (profile.startsWith('listing-L1')) expect(learned.listing.envelopeKey).toBe(profile.split('-').pop())
      if (profile === 'get-records-base-1') expect(learned.listing.pageBase).toBe(1)
    }
  })

  it('creates a candidate with nested contact fields and town/county; a company the create dropped is PATCHed', async () => {
    const sb = await testSandbox()
    const client = clientFor(sb)
    const { id } = await client.createResource(candidate(), { source: 'Tracker Sync' })
    const stored = sb.controls.resource(id)
    expect(stored).toMatchObject({
      firstName: 'Łukasz',
      surname: 'Wiśniewski',
      jobTitle: 'TIG Welder',
      linkedInUrl: 'https://pl.linkedin.com/in/lukasz-w/',
      source: 'Tracker Sync',
      currentClient: { name: 'Northwind Fabrication' },
      contactDetails: { email: 'lukasz@example.pl', mobilePhone: '+48 600 100 200' },
      address: { town: 'Kraków', county: 'Małopolskie', country: 'Poland' },
      ignoredFields: ['currentClient']
    })
    const sent = sb.controls.requestLog().find((e) => e.path === '/api/v1/Resource')?.body as Record<string, unknown>
    expect(Object.keys(sent)).not.toContain('email')
    expect(Object.keys(sent.address as object).sort()).toEqual(['country', 'county', 'town'])
    expect(client.profile()).toMatchObject({ currentClientOnCreate: 'dropped', sourceKept: true })
    // From then on: no read-back, a PATCH after each create.
    sb.controls.clearRequestLog()
    await client.createResource(candidate({ fullName: 'Ola Nowak', firstName: 'Ola', lastName: 'Nowak', email: 'ola@example.pl' }), { source: 'Tracker Sync' })
    expect(sb.controls.requestLog().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /api/v1/Resource', 'PATCH /api/v1/Resource/10002'])
  })

  it('keeps the company in one call where the create keeps it, and reads the id from resourceId', async () => {
    const sb = await testSandbox({ profile: { currentClientOnCreate: 'kept', createIdKey: 'resourceId' } })
    const client = clientFor(sb)
    const { id } = await client.createResource(candidate(), { source: 'Tracker Sync' })
    expect(sb.controls.resource(id)).toMatchObject({ currentClient: { name: 'Northwind Fabrication' }, ignoredFields: [] })
    expect(sb.controls.requestLog().filter((e) => e.method === 'PATCH')).toHaveLength(0)
    expect(client.profile()?.currentClientOnCreate).toBe('kept')
  })

  it("says 'rejected' with TrackerRMS's own message when a create is refused", async () => {
    const sb = await testSandbox()
    const error = await clientFor(sb)
      .createResource(candidate({ firstName: null, lastName: null, fullName: ' ' }), { source: 'x' })
      .catch((e) => e)
    expect(error).toMatchObject({ code: 'rejected', status: 400, trackerMessage: 'Validation failed: firstName or surname is required.' })
    expect(sb.controls.resources()).toEqual([])
  })

  it('attaches the resume in the documented file block (a lower-case "resume"), readable back byte for byte and listed', async () => {
    const sb = await testSandbox()
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00, 0x80])
    const client = clientFor(sb)
    await client.attachResume(id, pdf, 'Ann Lee - Resume.pdf')
    const [doc] = sb.controls.resource(id)!.documents
    expect(doc).toMatchObject({ filename: 'Ann Lee - Resume.pdf', documentType: 'resume', primary: true, size: 12 })
    expect(new Uint8Array(Buffer.from(doc.data, 'base64'))).toEqual(pdf)
    const sent = sb.controls
      .requestLog()
      .filter((e) => e.path.endsWith('attachDocument'))
      .pop()
    expect(Object.keys((sent?.body as any).trackerrms.attachDocument).sort()).toEqual(['credentials', 'file'])
    expect(sent?.widgetAuth).toBe('W4')
    expect(await client.listDocuments(id)).toEqual([{ id: doc.id, filename: 'Ann Lee - Resume.pdf', documentType: 'resume' }])
    await expect(client.attachResume(424242, pdf, 'x.pdf')).rejects.toMatchObject({ code: 'rejected', widgetStatus: 99, status: 200 })
  })

  it('puts a candidate on a job list; again: status 3 is read back and confirmed, and nothing is added', async () => {
    const sb = await testSandbox()
    const job = sb.controls.addOpportunity({ name: 'Nurse' })
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const client = clientFor(sb)
    expect(await client.isOnOpportunity(id, job.id)).toBe(false)
    expect(await client.addToOpportunity(id, job.id, 'short')).toEqual({ kind: 'added' })
    expect(await client.addToOpportunity(id, job.id, 'short')).toEqual({ kind: 'already_listed', confirmed: true })
    expect(await client.isOnOpportunity(id, job.id)).toBe(true)
    expect(sb.controls.resource(id)!.jobLists).toEqual([
      expect.objectContaining({ opportunityId: job.id, list: 'short', shortlistedBy: 'user', source: 'Tracker Sync' })
    ])
    const error = await client.addToOpportunity(id, 777, 'long').catch((e) => e)
    expect(error).toMatchObject({ code: 'rejected', widgetStatus: 99 })
  })

  it('checks a person on TrackerRMS: a candidate by email or LinkedIn URL ("R"); the web host from recordLink', async () => {
    const sb = await testSandbox()
    sb.controls.addResource({ firstName: 'Ann', surname: 'Lee', email: 'ann@example.com', linkedInUrl: 'https://www.linkedin.com/in/ann-lee' })
    const client = clientFor(sb)
    expect(await client.checkPerson({ email: 'ANN@example.com' })).toMatchObject({
      candidateMatched: true,
      firstRecord: { fullName: 'Ann Lee' },
      webHost: sb.webHost
    })
    expect(await client.checkPerson({ linkedin: 'uk.linkedin.com/in/ann-lee/' })).toMatchObject({ candidateMatched: true })
    expect(await client.checkPerson({ email: 'someone@else.com' })).toMatchObject({ candidateMatched: false })
    const sent = sb.controls
      .requestLog()
      .filter((e) => e.path.endsWith('checkPerson') && e.widgetStatus === 0)
      .map((e) => Object.keys((e.body as any).trackerrms.checkPerson).sort())
    expect(sent).toEqual([
      ['credentials', 'details'],
      ['credentials', 'details'],
      ['credentials', 'details']
    ])
  })

  it('reports every capability on a healthy connection, with what it learned', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const report = await clientFor(sb).healthCheck()
    expect(report.ok).toBe(true)
    expect(report.items.map((i) => `${i.capability}:${i.ok}`)).toEqual([
      'reach:true',
      'auth:true',
      'jobs:true',
      'candidates:true',
      'deltas:true',
      'duplicates:true',
      'widget:true'
    ])
    expect(report.items.find((i) => i.capability === 'jobs')?.detail).toBe('10 open jobs on the first page')
    expect(report.items.find((i) => i.capability === 'candidates')?.detail).toContain(
      'Resource/Search (10 a page), a bare list; records say when they changed ("lastUpdatedDateTime")'
    )
    expect(report.items.find((i) => i.capability === 'deltas')?.detail).toContain('ignores "updated after"')
    expect(report.items.find((i) => i.capability === 'duplicates')?.detail).toContain('names only; checkPerson')
    expect(report.profile).toMatchObject({
      session: { expirySource: 'expiration', expirationHasOffset: false },
      swagger: { available: false },
      listing: {
        variant: 'L2',
        envelopeKey: null,
        rowsCarryEmail: false,
        rowsCarryLinkedIn: false,
        changeTimeField: 'lastUpdatedDateTime',
        updatedAfter: 'ignored'
      },
      widget: { style: 'widget-key-apikey', hadWidgetKey: true, hadLoginEmail: true },
      webHost: sb.webHost
    })
    expect(report.profile?.widget.tried.map((t) => `${t.style}:${t.widgetStatus}`)).toEqual([
      'rest-token-apikey:1',
      'rest-token-bearer:1',
      'widget-key-apikey:0'
    ])
  })
})
