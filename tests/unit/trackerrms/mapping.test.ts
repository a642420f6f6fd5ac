import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CandidateFields } from '../../../shared/domain'
import { toDocument, toOpportunity, toResource, toResourceCreateBody, toResourceSummary } from '../../../electron/trackerrms/mapping'
import { personNamed } from '../../helpers/candidate-fields'

const candidate = (fields: Partial<CandidateFields>) => personNamed('Ann Lee', fields)

const TOP_LEVEL = ['firstName', 'surname', 'jobTitle', 'linkedInUrl', 'source', 'currentClient', 'contactDetails', 'address']

describe('the create body (one mapping module, the documented shape)', () => {
  it('nests contact fields, writes the address as town and county, and names the company by currentClient id -1', () => {
    const body = toResourceCreateBody(
      candidate({
        firstName: 'Ольга',
        lastName: 'Петрова',
        fullName: 'Ольга Петрова',
        email: 'Olga@Example.com',
        phone: '+44 7700 900123',
        linkedinUrl: 'https://uk.linkedin.com/in/olga/',
        city: 'Leeds',
        state: 'West Yorkshire',
        country: 'United Kingdom',
        currentTitle: 'Staff Nurse',
        currentCompany: 'NHS',
        summary: 'long text stays in the resume'
      }),
      'Tracker Sync'
    )
    expect(body).toEqual({
      firstName: 'Ольга',
      surname: 'Петрова',
      jobTitle: 'Staff Nurse',
      linkedInUrl: 'https://uk.linkedin.com/in/olga/',
      source: 'Tracker Sync',
      currentClient: { id: -1, name: 'NHS' },
      contactDetails: { email: 'Olga@Example.com', mobilePhone: '+44 7700 900123' },
      address: { town: 'Leeds', county: 'West Yorkshire', country: 'United Kingdom' }
    })
  })

  it('splits the full name only when neither first nor last name is given, and leaves out empty groups', () => {
    expect(toResourceCreateBody(candidate({ fullName: 'Ann Marie Lee' }), 's')).toEqual({ firstName: 'Ann Marie', surname: 'Lee', source: 's' })
    expect(toResourceCreateBody(candidate({ fullName: 'Madonna', firstName: 'Madonna' }), 's')).toEqual({ firstName: 'Madonna', source: 's' })
  })

  it('never sends a flat email or phone, nor city/state in the address, whatever the candidate holds', () => {
    const text = fc.option(fc.string({ minLength: 0, maxLength: 20 }), { nil: null })
    fc.assert(
      fc.property(
        fc.record({
          firstName: text,
          lastName: text,
          fullName: fc.string({ minLength: 1, maxLength: 30 }),
          email: text,
          phone: text,
          linkedinUrl: text,
          city: text,
          state: text,
          country: text,
          currentTitle: text,
          currentCompany: text
        }),
        (fields) => {
          const body = toResourceCreateBody(candidate(fields), 'Tracker Sync') as unknown as Record<string, unknown>
          for (const key of Object.keys(body)) expect(TOP_LEVEL).toContain(key)
          for (const key of Object.keys((body.contactDetails as object) ?? {})) expect(['email', 'mobilePhone']).toContain(key)
          for (const key of Object.keys((body.address as object) ?? {})) expect(['town', 'county', 'country']).toContain(key)
          if (fields.email?.trim()) expect((body.contactDetails as { email: string }).email).toBe(fields.email)
          if (fields.city?.trim()) expect((body.address as { town: string }).town).toBe(fields.city)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('reading TrackerRMS records and rows', () => {
  it('reads a record (GET Resource/{id}): camelCase names, town/county, lastUpdatedDateTime without a zone as UTC', () => {
    const raw = {
      resourceId: 10001,
      firstName: 'José',
      surname: 'García',
      jobTitle: 'Welder',
      linkedInUrl: 'linkedin.com/in/jose',
      source: 'LinkedIn',
      currentClient: { id: 3, name: 'Acme' },
      contactDetails: { email: 'jose@x.es', mobilePhone: '+34 600' },
      address: { town: 'Madrid', county: null, country: 'Spain' },
      lastUpdatedDateTime: '2026-02-03T04:05:06.120'
    }
    expect(toResource(raw)).toEqual({
      id: 10001,
      firstName: 'José',
      surname: 'García',
      fullName: 'José García',
      email: 'jose@x.es',
      linkedinUrl: 'linkedin.com/in/jose',
      updatedAt: '2026-02-03T04:05:06.120Z',
      phone: '+34 600',
      jobTitle: 'Welder',
      company: 'Acme',
      city: 'Madrid',
      state: null,
      country: 'Spain',
      source: 'LinkedIn'
    })
  })

  it('reads list rows that spell firstname with a lower-case n, and Widget rows with only a name', () => {
    expect(toResourceSummary({ resourceId: 5, firstname: 'Amara', surname: 'Okafor', jobTitle: 'RN', lastUpdatedDateTime: '2026-03-01T10:00:00' })).toEqual({
      id: 5,
      firstName: 'Amara',
      surname: 'Okafor',
      fullName: 'Amara Okafor',
      email: null,
      linkedinUrl: null,
      updatedAt: '2026-03-01T10:00:00.000Z'
    })
    expect(
      toResourceSummary({ id: 6, name: 'Ann Lee', email: 'ann@x.com', linkedin: 'linkedin.com/in/ann', lastupdateddatetime: '2026-03-01 10:00:00' })
    ).toMatchObject({
      id: 6,
      fullName: 'Ann Lee',
      email: 'ann@x.com',
      linkedinUrl: 'linkedin.com/in/ann',
      updatedAt: '2026-03-01T10:00:00.000Z'
    })
    // The change time: lastUpdatedDateTime first, the creation time last.
    expect(toResourceSummary({ resourceId: 7, dateCreated: '2026-01-01', lastUpdatedDateTime: '2026-02-01T00:00:00' })?.updatedAt).toBe(
      '2026-02-01T00:00:00.000Z'
    )
    expect(toResourceSummary({ resourceId: 7, dateCreated: '2026-01-01' })?.updatedAt).toBe('2026-01-01T00:00:00.000Z')
  })

  it('accepts an id under "id" or as a string, and skips rows without one', () => {
    expect(toResourceSummary({ id: '42', firstName: 'A' })?.id).toBe(42)
    expect(toResourceSummary({ firstName: 'No id' })).toBeNull()
    expect(toResourceSummary({ resourceId: 7, surname: 'Lee' })).toMatchObject({ fullName: 'Lee', updatedAt: null, email: null })
    expect(toOpportunity({ opportunityId: 5001, opportunityName: 'Nurse', opportunityStatusDesc: 'Open', locationCity: 'Leeds' })).toEqual({
      id: 5001,
      title: 'Nurse',
      clientName: null,
      status: 'Open',
      city: 'Leeds'
    })
    expect(toOpportunity({ opportunityName: 'x' })).toBeNull()
  })

  it('reads document rows under either spelling', () => {
    expect(toDocument({ documentId: 3, filename: 'Ann Lee - Resume.pdf', documentType: 'resume' })).toEqual({
      id: 3,
      filename: 'Ann Lee - Resume.pdf',
      documentType: 'resume'
    })
    expect(toDocument({ id: '4', name: 'cv.docx' })).toEqual({ id: 4, filename: 'cv.docx', documentType: null })
    expect(toDocument({ id: 5 })).toBeNull()
  })
})
