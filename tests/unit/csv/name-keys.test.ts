// The import's table of namesakes: the job's lowest-id candidate with a name, else the file's first row with it; a
// later row with the name is that person unless a key both have differs; and the namesake learns the keys of rows
// taken as them, so two rows with different emails are never both merged into one key-less namesake.
import { describe, expect, it } from 'vitest'
import { NameKeys } from '../../../electron/csv/name-keys'
import { HAS_EMAIL, HAS_LINKEDIN, HAS_TRACKER_ID } from '../../../shared/same-name'

describe('NameKeys', () => {
  it('the first row with a name is its namesake; a later row is them unless a key both have differs', () => {
    const names = new NameKeys()
    expect(names.match(2, 'ann lee', HAS_EMAIL)).toBeNull()
    expect(names.match(3, 'ann lee', 0)).toEqual({ candidateId: null, row: 2, apart: 0 })
    expect(names.match(4, 'ann lee', HAS_LINKEDIN)).toEqual({ candidateId: null, row: 2, apart: 0 })
    expect(names.match(5, 'ann lee', HAS_EMAIL | HAS_LINKEDIN)).toEqual({ candidateId: null, row: 2, apart: HAS_EMAIL | HAS_LINKEDIN })
    expect(names.match(6, 'bo chen', HAS_EMAIL)).toBeNull()
  })

  it('a candidate of the job comes before any row, the lowest id first, with the keys they have', () => {
    const names = new NameKeys()
    names.addCandidate('ann lee', 7, HAS_TRACKER_ID)
    names.addCandidate('ann lee', 9, 0)
    expect(names.match(2, 'ann lee', HAS_EMAIL)).toEqual({ candidateId: 7, row: null, apart: 0 })
    // row 2 was taken as candidate 7 and brought an email: another email is someone else
    expect(names.match(3, 'ann lee', HAS_EMAIL)).toEqual({ candidateId: 7, row: null, apart: HAS_EMAIL })
    expect(names.match(4, 'ann lee', HAS_TRACKER_ID)).toEqual({ candidateId: 7, row: null, apart: HAS_TRACKER_ID })
  })

  it('learns the keys of rows a stronger key matched to the namesake, and only theirs', () => {
    const names = new NameKeys()
    expect(names.match(2, 'ann lee', HAS_EMAIL)).toBeNull()
    names.note(3, 'ann lee', HAS_EMAIL | HAS_LINKEDIN, null, 2) // same email as row 2, and a LinkedIn URL
    names.note(4, 'ann lee', HAS_TRACKER_ID, null, 99) // matched someone else: teaches nothing
    expect(names.match(5, 'ann lee', HAS_LINKEDIN)).toEqual({ candidateId: null, row: 2, apart: HAS_LINKEDIN })
    expect(names.match(6, 'ann lee', HAS_TRACKER_ID)).toEqual({ candidateId: null, row: 2, apart: 0 })
    names.note(7, 'cara diaz', HAS_EMAIL, 12, null) // a name nobody had: this row is its namesake
    expect(names.match(8, 'cara diaz', HAS_EMAIL)).toEqual({ candidateId: null, row: 7, apart: HAS_EMAIL })
  })
})
