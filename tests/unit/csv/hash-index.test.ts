import { describe, expect, it } from 'vitest'
import { HashIndex, hashKey } from '../../../electron/csv/hash-index'

/** Confirms a hit against the real keys, as stored-keys.ts does by reading the candidate. */
function indexOf(keys: string[], hash?: (key: string) => number) {
  const index = new HashIndex(keys.length + 10, hash)
  keys.forEach((key, i) => index.add(key, i + 1))
  index.seal()
  const confirms: number[] = []
  const find = (key: string) =>
    index.find(key, (id) => {
      confirms.push(id)
      return keys[id - 1] === key
    })
  return { index, find, confirms }
}

describe('HashIndex', () => {
  it('finds the lowest id of every key among 20,000, and nothing for keys it does not hold', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? `李${i}@例子.公司` : `ann.lee${i % 15_000}@example.com`))
    const { index, find } = indexOf(keys)
    expect(index.size).toBe(20_000)
    for (let i = 0; i < keys.length; i++) expect(find(keys[i])).toBe(keys.indexOf(keys[i]) + 1)
    expect(find('ann.lee20000@example.com')).toBeUndefined()
    expect(find('')).toBeUndefined()
  })

  it('with every key hashing alike, still confirms the real key and returns the lowest matching id', () => {
    const keys = ['c@x.com', 'a@x.com', 'b@x.com', 'a@x.com', 'd@x.com']
    const { find, confirms } = indexOf(keys, () => 7)
    expect(find('a@x.com')).toBe(2)
    expect(confirms).toEqual([1, 2]) // ids in ascending order, stopping at the first confirmed
    expect(find('d@x.com')).toBe(5)
    expect(find('e@x.com')).toBeUndefined()
  })

  it('keeps ids ascending within a hash through the sort (partial collisions, both radix passes)', () => {
    // hashes that share the low 16 bits and differ in the high ones, and hashes that are equal
    const hash = (key: string) => ((key.length << 16) | 0x1234) >>> 0
    const keys = ['aaaa', 'bb', 'cccc', 'dd', 'bb', 'eeeeee', 'aaaa']
    const { find } = indexOf(keys, hash)
    expect(keys.map(find)).toEqual([1, 2, 3, 4, 2, 6, 1])
    expect(find('zz')).toBeUndefined()
  })

  it('an empty index finds nothing; the hash spreads keys that differ in one character', () => {
    const empty = new HashIndex(0)
    empty.seal()
    expect(empty.find('a', () => true)).toBeUndefined()
    expect(hashKey('ann@example.com')).not.toBe(hashKey('anm@example.com'))
    expect(hashKey('\u0141')).not.toBe(hashKey('A'))
  })
})
