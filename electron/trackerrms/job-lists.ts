// Putting a candidate on a TrackerRMS job's list (Widget resourceApplication [doc 1124]) and reading the lists
// back (REST OpportunityResource/Search [observed]). What status 3 means for resourceApplication is [unknown]
// ("record found and cannot be overwritten"), so it counts as "already listed" only once the read-back finds the
// row, or — when the lists are too long to read — with a note that it was not confirmed.
import { TrackerError } from './errors'
import { asObject, pick, positiveId } from './fields'
import { parseJson } from './http'
import { readListPage } from './pages'
import type { CallSpec, Pipeline } from './pipeline'
import { checkId } from './resources'
import { LIST_ENVELOPE_KEYS, LIST_PAGE_ROWS, REST_PATHS, WIDGET_STATUS } from './shapes'
import type { ListingOutcome } from './types'
import { WIDGET_STATUS_MEANING, resourceApplicationBlocks } from './widget'
import type { WidgetCaller } from './widget-caller'

/** Pages of OpportunityResource/Search read at most, from both ends (whether it filters by job is [unknown]). */
const READ_BACK_PAGES = { first: 3, last: 12 }

export function createJobLists(pipeline: Pipeline, widget: WidgetCaller, source: string) {
  async function page(pageNumber: number) {
    const spec: CallSpec = {
      api: 'rest',
      method: 'POST',
      path: REST_PATHS.opportunityResourceSearch,
      body: { searchText: '', pageSize: LIST_PAGE_ROWS, pageNumber },
      what: `read page ${pageNumber} of the job lists`,
      auth: 'jwt',
      idempotent: true
    }
    const response = await pipeline.sendOk(spec)
    const read = readListPage(parseJson(response, spec.what, pipeline.preview), LIST_ENVELOPE_KEYS)
    if (!read) throw pipeline.fail(new TrackerError('transient', `TrackerRMS's answer to "${spec.what}" holds no list.`, { status: response.status }))
    return read
  }

  async function isOnOpportunity(resourceId: number, opportunityId: number): Promise<boolean | null> {
    checkId(resourceId, 'resourceId')
    checkId(opportunityId, 'opportunityId')
    const matches = (rows: unknown[]) =>
      rows.some((row) => positiveId(pick(asObject(row), ['resourceId'])) === resourceId && positiveId(pick(asObject(row), ['opportunityId'])) === opportunityId)
    const first = await page(1)
    if (matches(first.rows)) return true
    const last = first.total !== null ? Math.max(1, Math.ceil(first.total / LIST_PAGE_ROWS)) : first.totalPages
    if (last === null) return first.rows.length < LIST_PAGE_ROWS ? false : null
    const wanted = new Set<number>()
    for (let n = 2; n <= Math.min(last, READ_BACK_PAGES.first); n++) wanted.add(n)
    for (let n = last; n > Math.max(1, last - READ_BACK_PAGES.last); n--) wanted.add(n)
    for (const n of [...wanted].sort((a, b) => b - a)) if (matches((await page(n)).rows)) return true
    return wanted.size + 1 >= last ? false : null
  }

  return {
    isOnOpportunity,

    async addToOpportunity(resourceId: number, opportunityId: number, list: 'long' | 'short'): Promise<ListingOutcome> {
      checkId(resourceId, 'resourceId')
      checkId(opportunityId, 'opportunityId')
      const what = `put candidate ${resourceId} on the ${list} list of job ${opportunityId}`
      const reply = await widget.call({
        operation: 'resourceApplication',
        blocks: resourceApplicationBlocks(resourceId, opportunityId, list, source),
        what,
        idempotent: true
      })
      if (reply.status === WIDGET_STATUS.ok) return { kind: 'added' }
      if (reply.status === WIDGET_STATUS.exists) {
        const found = await isOnOpportunity(resourceId, opportunityId)
        if (found !== false) return { kind: 'already_listed', confirmed: found === true }
      }
      const said = pipeline.preview(reply.message)
      throw pipeline.fail(
        new TrackerError(
          'rejected',
          `TrackerRMS refused to ${what} (Widget status ${reply.status}, ${WIDGET_STATUS_MEANING[reply.status] ?? 'unknown status'})${said ? `: ${said}` : '.'}`,
          {
            widgetStatus: reply.status,
            trackerMessage: said || undefined
          }
        )
      )
    }
  }
}
