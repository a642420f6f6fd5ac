// The candidate listings (§4.5–4.9): Resource/PagedSearch (profile 'L1' only) and Resource/Search (every profile).
// 10 rows a page whatever pageSize says, oldest first, text filters ignored; rows spell `firstname` (§4.6). Pages,
// row contact fields, updatedAfter and L1's envelope follow the profile.
import { isObject, readCount, restTime } from './formats'
import type { SandboxProfile } from './profile'
import { json, text, type Reply } from './reply'
import type { RestContext } from './rest-context'
import type { SandboxResource } from './types'

export const SANDBOX_PAGE_SIZE = 10
/** Rows each 'overlapping' page repeats from the one before. */
const OVERLAP = 2

/** An ISO date or date-time; no zone means UTC (§2 reads offset-less times as UTC). NaN when unreadable. */
function parseTime(value: string): number {
  const v = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Date.parse(`${v}T00:00:00Z`)
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) return Date.parse(`${v.replace(' ', 'T')}Z`)
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v)) return Date.parse(v)
  return Number.NaN
}

/**
 * Which rows an updatedAfter keeps: 'date' reads only the YYYY-MM-DD part (rows updated at or after that UTC
 * midnight), 'datetime' the whole time (strictly after), 'ignored' keeps all. Unreadable → a 400 in every mode.
 */
export function updatedAfterFilter(value: unknown, mode: SandboxProfile['updatedAfter']): Reply | ((updatedAt: string) => boolean) {
  if (value === undefined || value === null || value === '') return () => true
  const time = typeof value === 'string' ? parseTime(value) : Number.NaN
  if (Number.isNaN(time)) return text(400, `The value '${String(value)}' is not valid for updatedAfter.`)
  if (mode === 'ignored') return () => true
  if (mode === 'datetime') return (updatedAt) => Date.parse(updatedAt) > time
  const midnight = Date.parse(`${(value as string).trim().slice(0, 10)}T00:00:00Z`)
  return (updatedAt) => Date.parse(updatedAt) >= midnight
}

/** Page `pageNumber` (from 1) of `rows` as the profile pages them, and how many pages cover them all. */
export function pageOf<T>(rows: T[], pageNumber: number, mode: SandboxProfile['pagination']): { slice: T[]; totalPages: number } {
  const total = rows.length
  if (mode === 'overlapping') {
    // Stride 8, size 10: each page repeats the last 2 rows of the one before. A page past the covering ones can
    // still bring rows (only ones already seen); a page starting past the end is empty.
    const stride = SANDBOX_PAGE_SIZE - OVERLAP
    const start = (pageNumber - 1) * stride
    return {
      slice: rows.slice(start, start + SANDBOX_PAGE_SIZE),
      totalPages: total === 0 ? 0 : Math.max(1, Math.ceil((total - SANDBOX_PAGE_SIZE) / stride) + 1)
    }
  }
  const totalPages = Math.ceil(total / SANDBOX_PAGE_SIZE)
  // Wrap-around: past the last page the numbering starts again at page 1.
  const page = mode === 'wrap-around' && totalPages > 0 ? ((pageNumber - 1) % totalPages) + 1 : pageNumber
  return { slice: rows.slice((page - 1) * SANDBOX_PAGE_SIZE, page * SANDBOX_PAGE_SIZE), totalPages }
}

export const pageNumberOf = (body: Record<string, unknown>): number => Math.max(1, readCount(body.pageNumber) ?? 1)

const row = (r: SandboxResource, contacts: boolean) => ({
  resourceId: r.id,
  firstname: r.firstName,
  surname: r.surname,
  jobTitle: r.jobTitle,
  quickSkills: null,
  lastUpdatedDateTime: restTime(r.updatedAt),
  ...(contacts ? { email: r.contactDetails.email, linkedInUrl: r.linkedInUrl } : {})
})

function listing(ctx: RestContext, input: unknown): Reply | { rows: ReturnType<typeof row>[]; total: number; totalPages: number; pageNumber: number } {
  const body = isObject(input) ? input : {}
  const profile = ctx.store.profile
  const keep = updatedAfterFilter(body.updatedAfter, profile.updatedAfter)
  if (typeof keep !== 'function') return keep
  const matching = ctx.store.data.resources.filter((r) => keep(r.updatedAt))
  const pageNumber = pageNumberOf(body)
  const { slice, totalPages } = pageOf(matching, pageNumber, profile.pagination)
  return { rows: slice.map((r) => row(r, profile.rowContacts)), total: matching.length, totalPages, pageNumber }
}

/** POST Resource/Search {pageNumber, pageSize} → a bare array [observed]. */
export function searchResources(ctx: RestContext, _match: RegExpExecArray, body: unknown): Reply {
  const page = listing(ctx, body)
  return 'rows' in page ? json(200, page.rows) : page
}

/** POST Resource/PagedSearch {pageNumber, updatedAfter?} (profile 'L1'): the envelope key and its totals per profile. */
export function pagedSearchResources(ctx: RestContext, _match: RegExpExecArray, body: unknown): Reply {
  const page = listing(ctx, body)
  if (!('rows' in page)) return page
  const key = ctx.store.profile.listingKey
  const { rows, total, totalPages, pageNumber } = page
  if (key === 'resources') return json(200, { resources: rows, totalCount: total, totalPages, pageNumber, hasNextPage: pageNumber < totalPages })
  return json(200, { [key]: rows, totalRecords: total, totalPages, pageNumber })
}
