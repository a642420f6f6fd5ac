// Every client call against the sandbox over real HTTP; what TrackerRMS ends up holding is read back from the sandbox.
import { describe, expect, it } from 'vitest'
import type { CandidateFields } from '../../../shared/domain'
import { createTrackerClient, type TrackerClientOptions } from '../../../electron/trackerrms'
import type { RunningSandbox } from '../../../electron/sandbox'
import { testSandbox } from '../../helpers/sandbox'

const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 } }
const clientFor = (sb: RunningSandbox, options: Partial<TrackerClientOptions> = {}) =>
  createTrackerClient({ restUrl: sb.restUrl, widgetUrl: sb.widgetUrl, token: sb.token as string, ...fast, ...options })

const candidate = (fields: Partial<CandidateFields> = {}): CandidateFields => ({
  firstName: 'Łukasz', lastName: 'Wiśniewski', fullName: 'Łukasz Wiśniewski', email: 'lukasz@example.pl', phone: '+48 600 100 200',
  linkedinUrl: 'https://pl.linkedin.com/in/lukasz-w/', city: 'Kraków', state: 'Małopolskie', country: 'Poland',
  currentTitle: 'TIG Welder', currentCompany: 'Northwind Fabrication', summary: 'Ten years of TIG', experience: null,
  education: null, skills: null, notes: null, ...fields
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
    const added = sb.controls.addResource({ firstName: 'Ngozi', surname: 'Okafor', email: 'ngozi@example.ng', mobilePhone: '+234 801', company: 'Acme', city: 'Lagos', country: 'Nigeria' })
    const client = clientFor(sb)
    expect(await client.getResource(added.id)).toMatchObject({
      id: added.id, fullName: 'Ngozi Okafor', email: 'ngozi@example.ng', phone: '+234 801', company: 'Acme', city: 'Lagos', country: 'Nigeria', updatedAt: added.updatedAt
    })
    await expect(client.getResource(1)).rejects.toMatchObject({ code: 'not_found' })
  })

  it('crawls every candidate page by page, and only the changed ones with updatedAfter', async () => {
    const sb = await testSandbox()
    for (let i = 0; i < 25; i++) sb.controls.addResource({ firstName: `Person${i}`, surname: 'Test', updatedAt: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` })
    const client = clientFor(sb)
    const pages: number[] = []
    for await (const page of client.crawlResources()) pages.push(page.length)
    expect(pages).toEqual([10, 10, 5])

    const changed = sb.controls.updateResource(10003, { email: 'new@example.com', updatedAt: '2026-03-01T12:00:00.000Z' })
    const delta: string[] = []
    for await (const page of client.crawlResources({ updatedAfter: '2026-01-24T00:00:00.000Z' })) delta.push(...page.map((r) => `${r.id} ${r.updatedAt}`))
    expect(delta).toEqual(['10003 2026-03-01T12:00:00.000Z', '10025 2026-01-25T00:00:00.000Z'])
    expect(changed?.contactDetails.email).toBe('new@example.com')
  })

  it('accepts a bare array instead of the page envelope', async () => {
    const sb = await testSandbox({ resourcePageShape: 'array' })
    for (let i = 0; i < 20; i++) sb.controls.addResource({ firstName: `P${i}`, surname: 'Array' })
    const ids: number[] = []
    for await (const page of clientFor(sb).crawlResources()) ids.push(...page.map((r) => r.id))
    expect(ids).toHaveLength(20)
    // Two full pages, then an empty third tells the client it has them all.
    expect(sb.controls.requestLog().filter((e) => e.path.endsWith('PagedSearch'))).toHaveLength(3)
  })

  it('creates a candidate with nested contact fields; TrackerRMS keeps every one of them', async () => {
    const sb = await testSandbox()
    const { id } = await clientFor(sb).createResource(candidate(), { source: 'Tracker Sync' })
    const stored = sb.controls.resource(id)
    expect(stored).toMatchObject({
      firstName: 'Łukasz', surname: 'Wiśniewski', jobTitle: 'TIG Welder', linkedInUrl: 'https://pl.linkedin.com/in/lukasz-w/', source: 'Tracker Sync',
      currentClient: { name: 'Northwind Fabrication' }, contactDetails: { email: 'lukasz@example.pl', mobilePhone: '+48 600 100 200' },
      address: { city: 'Kraków', state: 'Małopolskie', country: 'Poland' }, ignoredFields: []
    })
    const sent = sb.controls.requestLog().find((e) => e.path === '/api/v1/Resource')?.body as Record<string, unknown>
    expect(Object.keys(sent)).not.toContain('email')
    expect(Object.keys(sent)).not.toContain('phone')
  })

  it("says 'rejected' with TrackerRMS's own message when a create is refused", async () => {
    const sb = await testSandbox()
    const error = await clientFor(sb).createResource(candidate({ firstName: null, lastName: null, fullName: ' ' }), { source: 'x' }).catch((e) => e)
    expect(error).toMatchObject({ code: 'rejected', status: 400, trackerMessage: 'Validation failed: firstName or surname is required.' })
    expect(sb.controls.resources()).toEqual([])
  })

  it('attaches the resume as base64, readable back byte for byte', async () => {
    const sb = await testSandbox()
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00, 0x80])
    await clientFor(sb).attachResume(id, pdf, 'Ann Lee - resume.pdf')
    const [doc] = sb.controls.resource(id)!.documents
    expect(doc).toMatchObject({ filename: 'Ann Lee - resume.pdf', documentType: 'Resume', primary: true, size: 12 })
    expect(new Uint8Array(Buffer.from(doc.data, 'base64'))).toEqual(pdf)
    await expect(clientFor(sb).attachResume(424242, pdf, 'x.pdf')).rejects.toMatchObject({ code: 'rejected', widgetStatus: 99, status: 200 })
  })

  it('puts a candidate on a job list; doing it again is fine and adds nothing', async () => {
    const sb = await testSandbox()
    const job = sb.controls.addOpportunity({ name: 'Nurse' })
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const client = clientFor(sb)
    await client.addToOpportunity(id, job.id, 'short')
    await client.addToOpportunity(id, job.id, 'short')
    expect(sb.controls.resource(id)!.jobLists).toEqual([expect.objectContaining({ opportunityId: job.id, list: 'short', shortlistedBy: 'user', source: 'Tracker Sync' })])
    const error = await client.addToOpportunity(id, 777, 'long').catch((e) => e)
    expect(error).toMatchObject({ code: 'rejected', widgetStatus: 99, trackerMessage: 'Invalid request: opportunity 777 not found' })
  })

  it('reports every capability ok on a healthy connection', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const report = await clientFor(sb).healthCheck()
    expect(report.ok).toBe(true)
    expect(report.items.map((i) => `${i.capability}:${i.ok}`)).toEqual(['reach:true', 'auth:true', 'jobs:true', 'candidates:true', 'widget:true'])
    expect(report.items.find((i) => i.capability === 'jobs')?.detail).toBe('10 open jobs on the first page')
  })

  it('health notes when candidates come without a page envelope', async () => {
    const sb = await testSandbox({ resourcePageShape: 'array' })
    sb.controls.addResource({ firstName: 'A', surname: 'B' })
    const item = (await clientFor(sb).healthCheck()).items.find((i) => i.capability === 'candidates')
    expect(item).toMatchObject({ ok: true, detail: expect.stringContaining('bare array') })
  })
})
