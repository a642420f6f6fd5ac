import { describe, expect, it } from 'vitest'
import { plural } from '../../../shared/plural'

describe('plural', () => {
  it.each([
    [0, 'attempt', undefined, '0 attempts'],
    [1, 'attempt', undefined, '1 attempt'],
    [2, 'attempt', undefined, '2 attempts'],
    [12_345, 'candidate', undefined, '12,345 candidates'],
    [1, 'entry', 'entries', '1 entry'],
    [3, 'entry', 'entries', '3 entries']
  ])('%d %s', (count, noun, pluralNoun, expected) => {
    expect(plural(count, noun, pluralNoun)).toBe(expected)
  })
})
