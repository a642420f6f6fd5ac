import { describe, expect, it } from 'vitest'
import { PageWalk, readListPage } from '../../../electron/trackerrms/pages'
import { LIST_ENVELOPE_KEYS } from '../../../electron/trackerrms/shapes'

const rows = (...ids: number[]) => ids.map((resourceId) => ({ resourceId, firstname: `P${resourceId}` }))
const idOf = (row: unknown) => (row as { resourceId: number }).resourceId
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/** Feeds pages to a walk until it stops; returns the ids it kept and why it ended. */
function walk(pages: unknown[]) {
  const w = new PageWalk(idOf)
  const kept: number[] = []
  for (let i = 0; i < pages.length; i++) {
    const page = readListPage(pages[i], LIST_ENVELOPE_KEYS)!
    const verdict = w.accept(page, i + 1)
    kept.push(...verdict.fresh.map(idOf))
    if (!verdict.more) return { kept, end: verdict.end, pagesRead: i + 1 }
  }
  return { kept, end: null, pagesRead: pages.length }
}

describe('list pages', () => {
  it('finds the rows in a bare array or under any documented envelope key, with the totals', () => {
    for (const key of LIST_ENVELOPE_KEYS)
      expect(readListPage({ [key]: rows(1), totalRecords: 11 }, LIST_ENVELOPE_KEYS)).toMatchObject({ envelopeKey: key, total: 11 })
    expect(readListPage({ resources: rows(1), totalCount: 3, totalPages: 1, hasNextPage: false }, LIST_ENVELOPE_KEYS)).toMatchObject({
      total: 3,
      totalPages: 1,
      hasNextPage: false
    })
    expect(readListPage(rows(1, 2), LIST_ENVELOPE_KEYS)).toMatchObject({ envelopeKey: null, rows: rows(1, 2) })
    expect(readListPage({ message: 'no list' }, LIST_ENVELOPE_KEYS)).toBeNull()
    expect(readListPage('<html>', LIST_ENVELOPE_KEYS)).toBeNull()
  })

  it('keeps each row once from overlapping pages, and ends on the short last page or a page of rows already seen', () => {
    expect(walk([rows(...range(1, 10)), rows(...range(9, 18)), rows(...range(17, 25)), rows(25), []])).toEqual({
      kept: range(1, 25),
      end: 'short',
      pagesRead: 3
    })
    expect(walk([rows(...range(1, 10)), rows(...range(9, 18)), rows(...range(17, 26)), rows(25, 26), []])).toEqual({
      kept: range(1, 26),
      end: 'repeat',
      pagesRead: 4
    })
  })

  it('ends (not fails) when TrackerRMS wraps around to page 1 again', () => {
    const pages = [rows(...range(1, 10)), rows(...range(11, 20)), rows(...range(1, 10)), rows(...range(11, 20))]
    expect(walk(pages)).toEqual({ kept: range(1, 20), end: 'repeat', pagesRead: 3 })
  })

  it('ends on hasNextPage false, the last of totalPages, every row of the total, or a short page', () => {
    expect(walk([{ resources: rows(1, 2), hasNextPage: false }, { resources: rows(3) }]).pagesRead).toBe(1)
    expect(walk([{ items: rows(1, 2), totalPages: 1 }, { items: rows(3) }]).pagesRead).toBe(1)
    expect(walk([{ data: rows(1, 2), totalRecords: 2 }, { data: rows(3) }]).pagesRead).toBe(1)
    expect(walk([rows(...range(1, 10)), rows(11, 12), rows(13)])).toMatchObject({ kept: range(1, 12), end: 'short' })
    // A first page shorter than asked for is not yet the end: the next one says.
    expect(walk([rows(1, 2, 3), []])).toMatchObject({ kept: [1, 2, 3], end: 'empty', pagesRead: 2 })
  })
})
