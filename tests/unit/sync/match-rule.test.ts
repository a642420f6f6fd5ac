import { describe, expect, it } from 'vitest'
import { agreement, type PersonKeys } from '../../../electron/sync/match-rule'

const person = (fullName: string | null, email: string | null = null, linkedinUrl: string | null = null): PersonKeys => ({ fullName, email, linkedinUrl })

describe('is a TrackerRMS record this candidate? (the duplicate rule and the doubtful match)', () => {
  it('an email that agrees (case folded) settles it, whatever the names and LinkedIn URLs say', () => {
    expect(agreement(person('David Smith', 'David@Example.com', 'linkedin.com/in/a'), person('Dave Smith', 'david@example.com', 'linkedin.com/in/b'))).toEqual({
      kind: 'same',
      field: 'email'
    })
  })

  it('a LinkedIn URL that agrees (in another form) settles it, even when the emails differ', () => {
    expect(
      agreement(
        person('David Smith', 'david@home.com', 'https://www.linkedin.com/in/David-Smith/?trk=x'),
        person('David Smith', 'd.smith@work.com', 'linkedin.com/in/david-smith')
      )
    ).toEqual({ kind: 'same', field: 'linkedin' })
  })

  it('the full name (case and spacing folded) agrees and nothing contradicts it: the same person', () => {
    expect(agreement(person('  DAVID   smith ', 'david@example.com'), person('David Smith'))).toEqual({ kind: 'same', field: 'name' })
    expect(agreement(person('David Smith'), person('David Smith', 'other@example.com', 'linkedin.com/in/other'))).toEqual({ kind: 'same', field: 'name' })
    // An email on one side and a LinkedIn URL on the other do not contradict each other.
    expect(agreement(person('David Smith', 'david@example.com'), person('David Smith', null, 'linkedin.com/in/other'))).toEqual({ kind: 'same', field: 'name' })
  })

  it('the full name agrees but an email or LinkedIn URL present on both sides differs: doubtful, with what differs', () => {
    expect(agreement(person('David Smith', 'david@example.com'), person('David Smith', 'dsmith@other.org'))).toEqual({ kind: 'doubtful', differs: ['email'] })
    expect(agreement(person('David Smith', null, 'linkedin.com/in/david-1'), person('david smith', null, 'linkedin.com/in/david-2'))).toEqual({
      kind: 'doubtful',
      differs: ['linkedin']
    })
    expect(
      agreement(person('David Smith', 'david@example.com', 'linkedin.com/in/david-1'), person('David Smith', 'dsmith@other.org', 'linkedin.com/in/david-2'))
    ).toEqual({ kind: 'doubtful', differs: ['email', 'linkedin'] })
  })

  it('names that are not exactly the same never match ("Steve Lu" is not "Steven Lu"), nor do missing names', () => {
    expect(agreement(person('Steve Lu', 'steve@example.com'), person('Steven Lu', 'steven@example.com'))).toEqual({ kind: 'different' })
    expect(agreement(person('Steve Lu'), person('Steven Lu'))).toEqual({ kind: 'different' })
    expect(agreement(person(null, 'a@example.com'), person(null, 'b@example.com'))).toEqual({ kind: 'different' })
  })
})
