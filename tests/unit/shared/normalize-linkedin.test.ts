import { describe, expect, it } from 'vitest'
import { isLinkedInProfileUrl, normalizeLinkedInUrl } from '../../../shared/normalize'

const KEY = 'linkedin.com/in/ann-lee'

describe('normalizeLinkedInUrl: every form of one profile meets at one key', () => {
  it.each([
    'https://www.linkedin.com/in/ann-lee',
    'https://www.linkedin.com/in/ann-lee/',
    'http://www.linkedin.com/in/ann-lee',
    'http://linkedin.com/in/ann-lee',
    'https://linkedin.com/in/ann-lee',
    'www.linkedin.com/in/ann-lee',
    'linkedin.com/in/ann-lee',
    'linkedin.com/in/ann-lee/',
    '//www.linkedin.com/in/ann-lee',
    'HTTPS://WWW.LINKEDIN.COM/IN/ANN-LEE',
    'https://www.linkedin.com/in/Ann-Lee',
    'https://uk.linkedin.com/in/ann-lee',
    'https://de.linkedin.com/in/ann-lee/',
    'https://ca.linkedin.com/in/ann-lee',
    'https://m.linkedin.com/in/ann-lee',
    'https://mobile.linkedin.com/in/ann-lee',
    'https://www.linkedin.com/mwlite/in/ann-lee',
    'https://www.linkedin.com/in/ann-lee?trk=public_profile_browsemap',
    'https://www.linkedin.com/in/ann-lee/?originalSubdomain=uk',
    'https://www.linkedin.com/in/ann-lee#experience',
    'https://www.linkedin.com/in/ann-lee/?utm_source=share&utm_medium=ios#top',
    'https://www.linkedin.com/in/ann-lee/en',
    'https://www.linkedin.com/in/ann-lee/details/experience/',
    'https://www.linkedin.com:443/in/ann-lee',
    '  https://www.linkedin.com/in/ann-lee  ',
    'https://www.linkedin.com//in//ann-lee//',
    'https://www.linkedin.com./in/ann-lee',
    'https://www.linkedin.com/in/%61nn-lee'
  ])('%j', (input) => {
    expect(normalizeLinkedInUrl(input)).toBe(KEY)
  })

  it.each([
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-1a2b3c', 'linkedin.com/in/josé-garcía-1a2b3c'],
    ['https://www.linkedin.com/in/jos%c3%a9-garc%c3%ada-1a2b3c/', 'linkedin.com/in/josé-garcía-1a2b3c'],
    ['https://www.linkedin.com/in/José-García-1A2B3C', 'linkedin.com/in/josé-garcía-1a2b3c'],
    ['https://www.linkedin.com/in/Jose\u0301-García-1a2b3c', 'linkedin.com/in/josé-garcía-1a2b3c'],
    ['linkedin.com/in/ann-lee-0a1b2c3d', 'linkedin.com/in/ann-lee-0a1b2c3d'],
    ['https://www.linkedin.com/in/100%-ann', 'linkedin.com/in/100%-ann']
  ])('%j -> %j', (input, expected) => {
    expect(normalizeLinkedInUrl(input)).toBe(expected)
  })

  it.each([
    ['', 'empty'],
    ['ann-lee', 'a bare slug'],
    ['https://www.linkedin.com/', 'the home page'],
    ['https://www.linkedin.com/in/', 'no slug'],
    ['https://www.linkedin.com/company/acme', 'a company page'],
    ['https://www.linkedin.com/school/mit/', 'a school page'],
    ['https://www.linkedin.com/search/results/people/?keywords=ann%20lee', 'a search'],
    ['https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH', 'Sales Navigator'],
    ['https://www.linkedin.com/talent/profile/AEMAAA', 'Recruiter'],
    ['https://www.linkedin.com/jobs/view/123', 'a job'],
    ['https://www.linkedin.com/pub/ann-lee/1/2/3', 'the retired /pub/ form'],
    ['https://lnkd.in/abc123', 'a short link'],
    ['https://linkedin.com.evil.example/in/ann-lee', 'a look-alike host'],
    ['https://notlinkedin.com/in/ann-lee', 'another domain'],
    ['https://linkedin.com@evil.example/in/ann-lee', 'user-info trick'],
    ['ftp://www.linkedin.com/in/ann-lee', 'a non-web scheme'],
    ['javascript://www.linkedin.com/in/ann-lee', 'a script scheme'],
    ['mailto:ann@acme.com', 'an email'],
    [null, 'null']
  ])('%j is not a profile key (%s)', (input, _why) => {
    expect(normalizeLinkedInUrl(input)).toBeNull()
    expect(isLinkedInProfileUrl(input)).toBe(false)
  })
})
