// The same-name rule as a table: two people with the same full name and no TrackerRMS ID, email or LinkedIn URL in
// common are one person unless a key BOTH have differs. One with an email only and one with a LinkedIn URL only are
// one person (how one person looks in a LinkedIn export and a contacts export).
import { describe, expect, it } from 'vitest'
import { keyBits, toldApartBy, toldApartMessage } from '../../../shared/same-name'

type Keys = { trackerId?: number; email?: string; linkedin?: string }
const bits = (k: Keys) => keyBits({ trackerId: k.trackerId ?? null, email: k.email ?? null, linkedin: k.linkedin ?? null })
const verdict = (a: Keys, b: Keys) => {
  const apart = toldApartBy(bits(a), bits(b))
  return apart === 0 ? 'one person' : toldApartMessage('row 12', 'Ann Lee', apart, 'imported').replace(/^.* but a different (.*): imported.*$/, '$1')
}

const A = 'ann@example.com'
const B = 'ann.lee@work.example'
const LA = 'linkedin.com/in/ann-lee'
const LB = 'linkedin.com/in/ann-lee-2'

const TABLE: [string, Keys, Keys, string][] = [
  ['no keys on either', {}, {}, 'one person'],
  ['an email on one side only', { email: A }, {}, 'one person'],
  ['a LinkedIn URL on one side only', {}, { linkedin: LA }, 'one person'],
  ['an email only against a LinkedIn URL only', { email: A }, { linkedin: LA }, 'one person'],
  ['a TrackerRMS ID on one side only', { trackerId: 5 }, { email: A }, 'one person'],
  ['both have an email (different)', { email: A }, { email: B }, 'email'],
  ['both have a LinkedIn URL (different)', { linkedin: LA }, { linkedin: LB }, 'LinkedIn URL'],
  ['both have a TrackerRMS ID (different)', { trackerId: 5 }, { trackerId: 6 }, 'TrackerRMS ID'],
  ['an email and LinkedIn URL against a LinkedIn URL only', { email: A, linkedin: LA }, { linkedin: LB }, 'LinkedIn URL'],
  ['both have an email and a LinkedIn URL', { email: A, linkedin: LA }, { email: B, linkedin: LB }, 'email and LinkedIn URL'],
  ['both have all three', { trackerId: 5, email: A, linkedin: LA }, { trackerId: 6, email: B, linkedin: LB }, 'TrackerRMS ID, email and LinkedIn URL']
]

describe('the same-name rule (keys already checked to differ)', () => {
  it.each(TABLE)('%s: %s', (_what, a, b, expected) => {
    expect(verdict(a, b)).toBe(expected)
    expect(verdict(b, a)).toBe(expected) // whichever came first
  })

  it('words the warning with the namesake, their name, what differs and what was done', () => {
    expect(toldApartMessage('row 12', 'Émile Smith-Jones', bits({ email: A }), 'imported')).toBe(
      'Same full name as row 12 (Émile Smith-Jones) but a different email: imported as a different person.'
    )
    expect(toldApartMessage('candidate 456', 'Ann Lee', bits({ linkedin: LA }), 'added')).toBe(
      'Same full name as candidate 456 (Ann Lee) but a different LinkedIn URL: added as a different person.'
    )
  })
})
