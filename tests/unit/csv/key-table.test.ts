import { describe, expect, it } from 'vitest'
import { KeyTable } from '../../../electron/csv/key-table'

describe('KeyTable', () => {
  it('keeps the first value of each key, across page and table growth, Latin-1 and wider keys alike', () => {
    const table = new KeyTable()
    const expected = new Map<string, number>()
    // 20,000 keys: several entry pages, several byte pages, several rehashes; some keys need two bytes per character
    for (let i = 0; i < 20_000; i++) {
      const key = i % 7 === 0 ? `李${i}@例子.公司` : i % 5 === 0 ? `josé.ñúñez${i}@example.com` : `ann.lee${i}@example.com`
      expect(table.getOrAdd(key, i)).toBeUndefined()
      expected.set(key, i)
    }
    expect(table.size).toBe(20_000)
    for (const [key, value] of expected) {
      expect(table.get(key)).toBe(value)
      expect(table.getOrAdd(key, -1)).toBe(value)
    }
    expect(table.size).toBe(20_000)
  })

  it('tells apart keys that differ only in length, in one character, or in the high byte of a character', () => {
    const table = new KeyTable()
    table.getOrAdd('ann@example.com', 1)
    expect(table.get('ann@example.co')).toBeUndefined()
    expect(table.get('ann@example.comm')).toBeUndefined()
    expect(table.get('anm@example.com')).toBeUndefined()
    table.getOrAdd('\u0141', 2) // Ł: low byte 0x41 is "A"
    expect(table.get('A')).toBeUndefined()
    expect(table.get('\u0141')).toBe(2)
  })

  it('set() replaces the value of a key, or adds the key', () => {
    const table = new KeyTable()
    table.getOrAdd('ann lee', 1)
    table.set('ann lee', 2)
    table.set('bo chen', 3)
    expect([table.get('ann lee'), table.get('bo chen'), table.size]).toEqual([2, 3, 2])
  })

  it('stores a key longer than a byte page', () => {
    const table = new KeyTable()
    const long = 'x'.repeat(70_000)
    table.getOrAdd('short', 1)
    table.getOrAdd(long, 2)
    table.getOrAdd('after', 3)
    expect([table.get('short'), table.get(long), table.get('after'), table.get(long.slice(1))]).toEqual([1, 2, 3, undefined])
  })
})
