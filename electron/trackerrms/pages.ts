// Reading TrackerRMS's list pages [reference §4.5, §4.8]. The envelope varies (a bare array, or the first array
// under one of several keys), and the paging is unreliable: 10 rows a page whatever was asked, and Resource/Search
// was seen sending overlapping and wrap-around pages. So rows are de-duplicated by id, and a page that brings no
// id not seen before is the end of the data (logged), not an error. An empty page, hasNextPage false, the last of
// totalPages, or every row of the total seen also end it.
import { asObject, pick, presentKey } from './fields'
import { TOTAL_FIELDS } from './shapes'

export interface ListPage {
  rows: unknown[]
  /** The key the rows came under; null for a bare array. */
  envelopeKey: string | null
  hasNextPage: boolean | null
  totalPages: number | null
  total: number | null
}

const count = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null)

/** A page in any of the envelopes the reference lists, or null when the body holds no list at all. */
export function readListPage(body: unknown, keys: readonly string[]): ListPage | null {
  if (Array.isArray(body)) return { rows: body, envelopeKey: null, hasNextPage: null, totalPages: null, total: null }
  const record = asObject(body)
  const key = presentKey(
    record,
    keys.filter((k) => Array.isArray(pick(record, [k])))
  )
  if (key === null) return null
  const hasNext = pick(record, ['hasNextPage'])
  return {
    rows: record[key] as unknown[],
    envelopeKey: key,
    hasNextPage: typeof hasNext === 'boolean' ? hasNext : null,
    totalPages: count(pick(record, ['totalPages'])),
    total: count(pick(record, TOTAL_FIELDS))
  }
}

export type PageVerdict = { fresh: unknown[]; more: boolean; end: 'empty' | 'repeat' | 'last' | 'short' | null }

/** Follows one listing page by page: which rows are new, and whether to ask for the next page. */
export class PageWalk {
  private readonly seen: Set<number>
  private largest = 0
  pages = 0

  /** `seen`: ids read by an earlier, interrupted walk of the same listing (it resumes after them). */
  constructor(
    private readonly idOf: (row: unknown) => number | null,
    seen: Iterable<number> = []
  ) {
    this.seen = new Set(seen)
  }

  get rowsSeen(): number {
    return this.seen.size
  }

  accept(page: ListPage, pageIndex: number): PageVerdict {
    this.pages++
    if (page.rows.length === 0) return { fresh: [], more: false, end: 'empty' }
    const fresh = page.rows.filter((row) => {
      const id = this.idOf(row)
      if (id === null || this.seen.has(id)) return false
      this.seen.add(id)
      return true
    })
    // A page with nothing new: TrackerRMS repeated or wrapped around. That is the end of the data.
    if (fresh.length === 0) return { fresh, more: false, end: 'repeat' }
    const short = this.largest > 0 && page.rows.length < this.largest
    this.largest = Math.max(this.largest, page.rows.length)
    if (page.hasNextPage === false) return { fresh, more: false, end: 'last' }
    if (page.totalPages !== null && pageIndex >= page.totalPages) return { fresh, more: false, end: 'last' }
    if (page.total !== null && this.seen.size >= page.total) return { fresh, more: false, end: 'last' }
    if (short) return { fresh, more: false, end: 'short' }
    return { fresh, more: true, end: null }
  }
}
