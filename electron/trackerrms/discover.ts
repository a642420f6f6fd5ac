// First contact with an account: the harmless calls that settle, for this TrackerRMS, what the reference leaves
// [unknown] (§8 "every connect"): how the session expires, whether swagger answers, which candidate listing answers
// and in which envelope, what its rows carry, whether it honours updatedAfter, which Widget sign-in works, and the
// web host (checkPerson's recordLink). About a dozen requests. Nothing is written to TrackerRMS.
import type { ConnectionProfile } from '../../shared/api/connection'
import { asObject, presentKey } from './fields'
import type { JwtSession } from './auth'
import { TrackerError } from './errors'
import { parseJson } from './http'
import { changeTimeField, toResourceSummary } from './mapping'
import { restListPage, updatedAfterTest, widgetListPage, type ListingDeps, type RestListing } from './listing'
import type { ListPage } from './pages'
import { emptyProfile } from './profile-state'
import { EMAIL_FIELDS, HEALTH_PROBE_EMAIL, LINKEDIN_FIELDS, REST_PATHS } from './shapes'
import { checkPersonBlocks, readCheckPerson } from './widget'

export interface DiscoverDeps extends ListingDeps {
  session: JwtSession
  loginEmail: string | null
  hasWidgetKey: () => Promise<boolean>
  now: () => number
}

const carries = (rows: unknown[], names: readonly string[]) =>
  rows.length ? rows.some((row) => presentKey(asObject(row), names) !== null || presentKey(asObject(asObject(row).contactDetails), names) !== null) : null

export async function discoverProfile(deps: DiscoverDeps): Promise<ConnectionProfile> {
  const previous = deps.profile.get()
  const profile = emptyProfile(new Date(deps.now()).toISOString())
  // What only a create can show stays known across re-discoveries.
  profile.currentClientOnCreate = previous?.currentClientOnCreate ?? null
  profile.sourceKept = previous?.sourceKept ?? null

  const issued = await deps.session.refresh()
  profile.session = { expirySource: issued.source, expirationHasOffset: issued.expirationHasOffset }
  profile.swagger = await swagger(deps)

  // REST listing: L1 PagedSearch, else L2 Search.
  let restVariant: RestListing = 'L1'
  let first = await restListPage(deps, 'L1', 1, null)
  if (first === null) {
    restVariant = 'L2'
    first = await restListPage(deps, 'L2', 1, null)
  }
  if (first !== null) {
    const updatedAfter = await updatedAfterTest(deps, restVariant, first)
    profile.listing = { ...profile.listing, variant: restVariant, restVariant, ...rowFacts(first), updatedAfter, restUpdatedAfter: updatedAfter }
  }

  // Widget sign-in, with checkPerson for the user's own login (a harmless lookup).
  const found = await deps.widget.discover({
    operation: 'checkPerson',
    blocks: checkPersonBlocks({ email: deps.loginEmail ?? HEALTH_PROBE_EMAIL }),
    what: 'check the Widget API with a harmless person lookup',
    idempotent: true
  })
  profile.widget = { style: found.style, perOperation: {}, tried: found.attempts, hadWidgetKey: await deps.hasWidgetKey(), hadLoginEmail: !!deps.loginEmail }
  profile.webHost = found.reply ? readCheckPerson(found.reply).webHost : null
  deps.profile.replace(profile)

  // With a working Widget sign-in: getRecords lists 100 candidates a call instead of 10 [§4.5 L3].
  if (found.style) {
    const l3 = await getRecordsTest(deps)
    if (l3)
      deps.profile.update((p) => void (p.listing = { ...p.listing, variant: 'L3', pageBase: l3.base, ...rowFacts(l3.page), updatedAfter: l3.updatedAfter }))
  }
  return deps.profile.get() as ConnectionProfile
}

function rowFacts(page: ListPage) {
  const rows = page.rows
  return {
    envelopeKey: page.envelopeKey,
    rowsCarryEmail: carries(rows, EMAIL_FIELDS),
    rowsCarryLinkedIn: carries(rows, LINKEDIN_FIELDS),
    changeTimeField: rows.map(changeTimeField).find((field) => field !== null) ?? null
  }
}

async function swagger(deps: DiscoverDeps): Promise<ConnectionProfile['swagger']> {
  try {
    const spec = {
      api: 'rest' as const,
      method: 'GET' as const,
      path: REST_PATHS.swagger,
      what: 'read the API description (swagger.json)',
      auth: 'none' as const,
      idempotent: true
    }
    const response = await deps.pipeline.send(spec)
    if (response.status !== 200) return { available: false, paths: [] }
    const paths = Object.keys(asObject(asObject(parseJson(response, spec.what, deps.pipeline.preview)).paths))
    return { available: true, paths: paths.filter((p) => /resource|opportunity|document/i.test(p)).sort() }
  } catch {
    return { available: false, paths: [] }
  }
}

type L3Facts = { base: 0 | 1; page: ListPage; updatedAfter: ConnectionProfile['listing']['updatedAfter'] }
async function getRecordsTest(deps: DiscoverDeps): Promise<L3Facts | null> {
  try {
    const zero = await widgetListPage(deps, 0, null)
    const one = await widgetListPage(deps, 1, null)
    const ids = (page: ListPage) => page.rows.map((row) => toResourceSummary(row)?.id ?? null)
    const named = (page: ListPage) => page.rows.length > 0 && page.rows.every((row) => toResourceSummary(row)?.fullName)
    const same = zero.rows.length > 0 && JSON.stringify(ids(zero)) === JSON.stringify(ids(one))
    const base: 0 | 1 = same || (zero.rows.length === 0 && one.rows.length > 0) ? 1 : 0
    const page = base === 1 ? one : zero
    if (!named(page)) return null
    const tomorrow = `${new Date(deps.now() + 24 * 3600 * 1000).toISOString().slice(0, 10)} 00:00:00`
    const filtered = await widgetListPage(deps, base, tomorrow)
    return { base, page, updatedAfter: filtered.rows.length ? 'ignored' : 'honoured' }
  } catch (error) {
    if (error instanceof TrackerError && ['rejected', 'widget_auth', 'not_found'].includes(error.code)) return null
    throw error
  }
}
