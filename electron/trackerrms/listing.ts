// The candidate listing that fills the duplicate index [reference §4.5–4.9], in whichever variant this account
// answers: L3 Widget getRecords (100 a page, sorted by last change, `updatedafter`) when the profile found it works,
// else L1 REST Resource/PagedSearch, falling back to L2 Resource/Search when PagedSearch is missing (404/405).
// `updatedAfter` is sent as a date only, one day before the watermark (its precision and zone are [unknown]), and
// on the REST listings only when connect saw it honoured; otherwise a refresh re-reads the whole list.
import type { ConnectionProfile, ListingVariant } from '../../shared/api/connection'
import { TrackerError } from './errors'
import { parseJson } from './http'
import { toResourceSummary } from './mapping'
import { PageWalk, readListPage, type ListPage } from './pages'
import type { CallSpec, Pipeline } from './pipeline'
import type { ProfileState } from './profile-state'
import { LIST_ENVELOPE_KEYS, LIST_PAGE_ROWS, REST_PATHS } from './shapes'
import type { CrawlOptions, CrawlPage, CrawlResume, TrackerResourceSummary } from './types'
import { getRecordsBlocks, readGetRecords } from './widget'
import type { WidgetCaller } from './widget-caller'

/** Stop a listing that never ends (a service that ignores pageNumber and never repeats a row exactly). */
const MAX_PAGES = 100_000
const DAY_MS = 24 * 3600 * 1000

export interface ListingDeps {
  pipeline: Pipeline
  widget: WidgetCaller
  profile: ProfileState
  log?: { warn(event: string, data?: Record<string, unknown>): void }
}

export type RestListing = Exclude<ListingVariant, 'L3'>

/** A REST listing page; null when this variant's endpoint does not exist here (404 or 405). */
export async function restListPage(deps: ListingDeps, variant: RestListing, pageNumber: number, updatedAfterDate: string | null): Promise<ListPage | null> {
  const body = {
    pageNumber,
    ...(variant === 'L2' ? { pageSize: LIST_PAGE_ROWS } : {}),
    ...(updatedAfterDate ? { updatedAfter: updatedAfterDate } : {})
  }
  const spec: CallSpec = {
    api: 'rest',
    method: 'POST',
    path: variant === 'L1' ? REST_PATHS.resourcePagedSearch : REST_PATHS.resourceSearch,
    body,
    what: `read page ${pageNumber} of the candidates`,
    auth: 'jwt',
    idempotent: true
  }
  const response = await deps.pipeline.send(spec)
  if (response.status === 404 || response.status === 405) return null
  if (response.status < 200 || response.status > 299) throw deps.pipeline.fail(deps.pipeline.httpError(response, spec))
  const page = readListPage(parseJson(response, spec.what, deps.pipeline.preview), LIST_ENVELOPE_KEYS)
  if (!page)
    throw deps.pipeline.fail(
      new TrackerError('transient', `TrackerRMS's answer to "${spec.what}" holds no list: ${deps.pipeline.preview(response.text) || '(empty)'}`, {
        status: response.status
      })
    )
  return page
}

/** A getRecords page of candidates (Widget). */
export async function widgetListPage(deps: ListingDeps, pagenum: number, updatedAfter: string | null): Promise<ListPage> {
  const what = `read page ${pagenum} of the candidates (Widget getRecords)`
  const reply = await deps.widget.call({ operation: 'getRecords', blocks: getRecordsBlocks(pagenum, updatedAfter), what, idempotent: true })
  const rows = reply.status === 0 ? readGetRecords(reply) : null
  if (!rows)
    throw deps.pipeline.fail(
      new TrackerError(
        'rejected',
        `TrackerRMS did not list candidates through the Widget API (status ${reply.status}${reply.message ? `: ${reply.message}` : ''}).`,
        { widgetStatus: reply.status }
      )
    )
  return { rows, envelopeKey: 'results', hasNextPage: null, totalPages: null, total: reply.count }
}

/** `YYYY-MM-DD` of the day before an ISO time: the overlap makes a date-only, zone-less filter safe (§4.9). */
export function dayBefore(iso: string): string {
  return new Date(Date.parse(iso) - DAY_MS).toISOString().slice(0, 10)
}

const idOf = (row: unknown) => toResourceSummary(row)?.id ?? null

/** A listing filtered to changes after tomorrow must be empty if the filter works (§8); with no rows, no verdict. */
export async function updatedAfterTest(
  deps: ListingDeps & { now: () => number },
  variant: RestListing,
  unfiltered: ListPage
): Promise<ConnectionProfile['listing']['updatedAfter']> {
  if (!unfiltered.rows.length) return 'unknown'
  const tomorrow = new Date(deps.now() + DAY_MS).toISOString().slice(0, 10)
  try {
    const filtered = await restListPage(deps, variant, 1, tomorrow)
    return !filtered || filtered.rows.length ? 'ignored' : 'honoured'
  } catch (error) {
    if (error instanceof TrackerError && error.code === 'rejected') return 'ignored' // the filter is refused: never send it
    throw error
  }
}

/** Connect found no candidates to tell whether updatedAfter works: tell now that there are some (two requests, once). */
async function settleUpdatedAfter(deps: ListingDeps, variant: RestListing): Promise<void> {
  const first = await restListPage(deps, variant, 1, null)
  if (!first) return
  const verdict = await updatedAfterTest({ ...deps, now: Date.now }, variant, first)
  if (verdict !== 'unknown') deps.profile.update((profile) => void (profile.listing.restUpdatedAfter = verdict))
}

/**
 * Every candidate (changed since `updatedAfter`, where the account allows), page by page, each row once. With
 * `resume` (a checkpoint of an interrupted read in the same variant) it carries on at `fromPage`, knowing the ids
 * read before, so the end of the data is still recognised; a checkpoint of another variant starts over at page 1.
 */
export async function* listResources(deps: ListingDeps, options: CrawlOptions = {}): AsyncGenerator<CrawlPage> {
  const listing = deps.profile.get()?.listing
  const from = (variant: ListingVariant) => (options.resume?.variant === variant ? options.resume : null)
  if (listing?.variant === 'L3') {
    try {
      const after = options.updatedAfter ? `${dayBefore(options.updatedAfter)} 00:00:00` : null
      yield* walk(deps, 'L3', from('L3'), (index) => widgetListPage(deps, index - 1 + (listing.pageBase ?? 0), after))
      return
    } catch (error) {
      // The Widget stopped answering (its sign-in was refused): the REST listing does the same job, 10 a page.
      if (!(error instanceof TrackerError && error.code === 'widget_auth')) throw error
      deps.log?.warn('trackerrms.listing.widget_unavailable', { message: error.message })
    }
  }
  if (options.updatedAfter && listing?.restVariant && listing.restUpdatedAfter === 'unknown') await settleUpdatedAfter(deps, listing.restVariant)
  const date = options.updatedAfter && deps.profile.get()?.listing.restUpdatedAfter === 'honoured' ? dayBefore(options.updatedAfter) : null
  if ((listing?.restVariant ?? 'L1') === 'L1') {
    const resume = from('L1')
    const startAt = resume?.fromPage ?? 1
    const first = await restListPage(deps, 'L1', startAt, date)
    if (first === null) {
      deps.profile.update((profile) => {
        profile.listing.restVariant = 'L2'
        if (profile.listing.variant !== 'L3') profile.listing.variant = 'L2'
      })
    } else {
      yield* walk(deps, 'L1', resume, async (index) => (index === startAt ? first : ((await restListPage(deps, 'L1', index, date)) ?? emptyPage)))
      return
    }
  }
  yield* walk(deps, 'L2', from('L2'), async (index) => (await restListPage(deps, 'L2', index, date)) ?? emptyPage)
}

/** Whether a listing with updatedAfter reads only what changed: getRecords [doc 361], or a REST listing seen to honour it. */
export function readsChangesOnly(profile: ConnectionProfile | null): boolean {
  return profile?.listing.variant === 'L3' || profile?.listing.restUpdatedAfter === 'honoured'
}

const emptyPage: ListPage = { rows: [], envelopeKey: null, hasNextPage: null, totalPages: null, total: null }

async function* walk(
  deps: ListingDeps,
  variant: ListingVariant,
  resume: CrawlResume | null,
  page: (index: number) => Promise<ListPage>
): AsyncGenerator<CrawlPage> {
  const pages = new PageWalk(idOf, resume?.seen)
  for (let index = resume?.fromPage ?? 1; index <= MAX_PAGES; index++) {
    const listed = await page(index)
    const verdict = pages.accept(listed, index)
    if (verdict.end === 'repeat') deps.log?.warn('trackerrms.listing.repeated_page', { variant, page: index, rowsSeen: pages.rowsSeen })
    const rows = verdict.fresh.map(toResourceSummary).filter((s): s is TrackerResourceSummary => s !== null)
    if (rows.length || verdict.more) yield { rows, page: index, variant, total: listed.total, last: !verdict.more }
    if (!verdict.more) return
  }
}
