import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CandidateFields } from '../../../shared/domain'
import { morePages, readPage, toIsoUtc, toOpportunity, toResource, toResourceCreateBody, toResourceSummary } from '../../../electron/trackerrms/mapping'

const candidate = (fields: Partial<CandidateFields>): CandidateFields => ({
  firstName: null, lastName: null, fullName: 'Ann Lee', email: null, phone: null, linkedinUrl: null, city: null, state: null,
  country: null, currentTitle: null, currentCompany: null, summary: null, experience: null, education: null, skills: null,
  notes: null, ...fields
})

const TOP_LEVEL = ['firstName', 'surname', 'jobTitle', 'linkedInUrl', 'source', 'currentClient', 'contactDetails', 'address']

describe('the create body (one mapping module)', () => {
  it('nests contact and address fields and names the company by currentClient id -1', () => {
    const body = toResourceCreateBody(
      candidate({
        firstName: 'Ольга', lastName: 'Петрова', fullName: 'Ольга Петрова', email: 'Olga@Example.com', phone: '+44 7700 900123',
        linkedinUrl: 'https://uk.linkedin.com/in/olga/', city: 'Leeds', state: 'West Yorkshire', country: 'United Kingdom',
        currentTitle: 'Staff Nurse', currentCompany: 'NHS', summary: 'long text stays in the resume'
      }),
      'Tracker Sync'
    )
    expect(body).toEqual({
      firstName: 'Ольга', surname: 'Петрова', jobTitle: 'Staff Nurse', linkedInUrl: 'https://uk.linkedin.com/in/olga/', source: 'Tracker Sync',
      currentClient: { id: -1, name: 'NHS' },
      contactDetails: { email: 'Olga@Example.com', mobilePhone: '+44 7700 900123' },
      address: { city: 'Leeds', state: 'West Yorkshire', country: 'United Kingdom' }
    })
  })

  it('splits the full name only when neither first nor last name is given, and leaves out empty groups', () => {
    expect(toResourceCreateBody(candidate({ fullName: 'Ann Marie Lee' }), 's')).toEqual({ firstName: 'Ann Marie', surname: 'Lee', source: 's' })
    expect(toResourceCreateBody(candidate({ fullName: 'Madonna', firstName: 'Madonna' }), 's')).toEqual({ firstName: 'Madonna', source: 's' })
  })

  it('never sends a flat email or phone, whatever the candidate holds', () => {
    const text = fc.option(fc.string({ minLength: 0, maxLength: 20 }), { nil: null })
    fc.assert(
      fc.property(
        fc.record({ firstName: text, lastName: text, fullName: fc.string({ minLength: 1, maxLength: 30 }), email: text, phone: text, linkedinUrl: text, city: text, state: text, country: text, currentTitle: text, currentCompany: text }),
        (fields) => {
          const body = toResourceCreateBody(candidate(fields), 'Tracker Sync') as unknown as Record<string, unknown>
          for (const key of Object.keys(body)) expect(TOP_LEVEL).toContain(key)
          for (const key of Object.keys((body.contactDetails as object) ?? {})) expect(['email', 'mobilePhone']).toContain(key)
          if (fields.email?.trim()) expect((body.contactDetails as { email: string }).email).toBe(fields.email)
          if (fields.phone?.trim()) expect((body.contactDetails as { mobilePhone: string }).mobilePhone).toBe(fields.phone)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('reading TrackerRMS records', () => {
  it('reads a resource in the create shape, with its updated time in UTC', () => {
    const raw = {
      resourceId: 10001, firstName: 'José', surname: 'García', jobTitle: 'Welder', linkedInUrl: 'linkedin.com/in/jose', source: 'LinkedIn',
      currentClient: { id: 3, name: 'Acme' }, contactDetails: { email: 'jose@x.es', mobilePhone: '+34 600' },
      address: { city: 'Madrid', state: null, country: 'Spain' }, lastUpdated: '2026-02-03 04:05:06'
    }
    expect(toResource(raw)).toEqual({
      id: 10001, firstName: 'José', surname: 'García', fullName: 'José García', email: 'jose@x.es', linkedinUrl: 'linkedin.com/in/jose',
      updatedAt: '2026-02-03T04:05:06.000Z', phone: '+34 600', jobTitle: 'Welder', company: 'Acme', city: 'Madrid', state: null,
      country: 'Spain', source: 'LinkedIn'
    })
  })

  it('accepts an id under "id" or as a string, and skips rows without one', () => {
    expect(toResourceSummary({ id: '42', firstName: 'A' })?.id).toBe(42)
    expect(toResourceSummary({ firstName: 'No id' })).toBeNull()
    expect(toResourceSummary({ resourceId: 7, surname: 'Lee' })).toMatchObject({ fullName: 'Lee', updatedAt: null, email: null })
    expect(toOpportunity({ opportunityId: 5001, opportunityName: 'Nurse', opportunityStatusDesc: 'Open', locationCity: 'Leeds' })).toEqual({
      id: 5001, title: 'Nurse', clientName: null, status: 'Open', city: 'Leeds'
    })
    expect(toOpportunity({ opportunityName: 'x' })).toBeNull()
  })

  it('reads dates in ISO, date-only and the Widget form; junk is null', () => {
    expect(toIsoUtc('2026-01-02')).toBe('2026-01-02T00:00:00.000Z')
    expect(toIsoUtc('2026-01-02T10:00:00+02:00')).toBe('2026-01-02T08:00:00.000Z')
    expect(toIsoUtc('yesterday')).toBeNull()
    expect(toIsoUtc(null)).toBeNull()
  })

  it('reads the paged envelope and a bare array, and knows when to stop', () => {
    const envelope = readPage({ resources: [{ resourceId: 1 }], totalCount: 11, totalPages: 2, hasNextPage: true }, 'resources')
    expect(envelope).toMatchObject({ shape: 'envelope', hasNextPage: true })
    expect(morePages(envelope!)).toBe(true)
    expect(morePages(readPage({ opportunities: [], hasNextPage: true }, 'opportunities')!)).toBe(false)
    const full = readPage(Array.from({ length: 10 }, (_, i) => ({ resourceId: i + 1 })), 'resources')!
    expect(full.shape).toBe('array')
    expect(morePages(full)).toBe(true)
    expect(morePages(readPage([{ resourceId: 1 }], 'resources')!)).toBe(false)
    expect(readPage({ items: [] }, 'resources')).toBeNull()
    expect(readPage('<html>', 'resources')).toBeNull()
  })
})
