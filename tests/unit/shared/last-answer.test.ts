import { describe, expect, it } from 'vitest'
import { rememberLast } from '../../../shared/normalize/last-answer'

describe('rememberLast', () => {
  it('answers the same string again without calling the function, and anything else by calling it', () => {
    const seen: (string | null | undefined)[] = []
    const upper = rememberLast((s) => (seen.push(s), s == null ? null : s.toUpperCase()))
    expect([upper('ann'), upper('ann'), upper('bo'), upper('ann'), upper(null), upper(null), upper('')]).toEqual(['ANN', 'ANN', 'BO', 'ANN', null, null, ''])
    expect(seen).toEqual(['ann', 'bo', 'ann', null, null, ''])
  })
})
