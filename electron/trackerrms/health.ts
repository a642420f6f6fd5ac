// The connection health check: one item per capability, each ok or failed with the reason, what it means for the
// user and the fix, in plain words — built from what discovery learned (the connection profile) and one read of
// the open jobs. A Widget refusal is reported as the Widget's problem, with the secret to obtain; it never says
// "regenerate the API token" (that would break the user's other integrations and fix nothing).
import { LISTING_LABELS, WIDGET_AUTH_STYLE_LABELS, type ConnectionProfile } from '../../shared/api/connection'
import { plural } from '../../shared/plural'
import { AUTH_FIX, AUTH_REASON, TrackerError, WIDGET_FIX } from './errors'
import type { ListPage } from './pages'
import type { HealthCapability, HealthItem, HealthReport } from './types'
import { WIDGET_STATUS_MEANING } from './widget'

export interface HealthProbes {
  restHost: string
  widgetHost: string
  discover(): Promise<ConnectionProfile>
  jobsPage(): Promise<ListPage>
}

const LABELS: Record<HealthCapability, string> = {
  reach: 'Reach the TrackerRMS REST host',
  auth: 'Sign in with the API token',
  jobs: 'Read jobs',
  candidates: 'Read candidates (for the duplicate check)',
  deltas: 'Read only what changed',
  duplicates: 'Find existing records by email and LinkedIn URL',
  widget: 'Widget API (resumes, job lists, person check)'
}

const ok = (capability: HealthCapability, detail?: string): HealthItem => ({ capability, label: LABELS[capability], ok: true, ...(detail ? { detail } : {}) })
const failed = (capability: HealthCapability, reason: string, fix: string, error?: unknown): HealthItem => ({
  capability,
  label: LABELS[capability],
  ok: false,
  reason,
  fix,
  ...(error instanceof TrackerError ? { errorCode: error.code } : {})
})

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

function fixFor(error: unknown): string {
  if (!(error instanceof TrackerError)) return 'Run the check again; if it keeps failing, save a connection report (Settings) and send it to support.'
  switch (error.code) {
    case 'auth':
      return AUTH_FIX
    case 'offline':
      return 'Check the internet connection and any proxy, and that the region or REST URL is right.'
    case 'rate_limited':
      return 'Wait a minute and run the check again (TrackerRMS allows about 100 requests a minute).'
    case 'transient':
      return 'TrackerRMS may be busy or down: try again in a few minutes.'
    default:
      return 'Check the region and URLs; if they are right, save a connection report (Settings) and send it to support.'
  }
}

function signInFailure(error: unknown, probes: HealthProbes): HealthItem[] {
  if (error instanceof TrackerError && error.code === 'offline')
    return [
      failed('reach', reasonOf(error), fixFor(error), error),
      failed('auth', 'Not checked: the REST host could not be reached.', 'Fix the connection first.')
    ]
  if (error instanceof TrackerError && error.code === 'auth' && error.status === undefined)
    // Not a refusal by TrackerRMS (e.g. no token in the keychain): its own message says what is wrong.
    return [failed('reach', 'Not checked: there is no API token to sign in with.', AUTH_FIX, error), failed('auth', reasonOf(error), AUTH_FIX, error)]
  if (error instanceof TrackerError && error.code === 'auth')
    return [ok('reach', probes.restHost), failed('auth', `TrackerRMS refused the API token: ${AUTH_REASON}.`, AUTH_FIX, error)]
  return [ok('reach', probes.restHost), failed('auth', reasonOf(error), fixFor(error), error)]
}

export async function runHealthCheck(probes: HealthProbes): Promise<HealthReport> {
  let profile: ConnectionProfile
  try {
    profile = await probes.discover()
  } catch (error) {
    const skipped = 'Not checked: signing in failed.'
    const items = [...signInFailure(error, probes), ...(['jobs', 'candidates', 'widget'] as const).map((c) => failed(c, skipped, 'Fix signing in first.'))]
    return { ok: false, items, profile: null }
  }
  const items: HealthItem[] = [ok('reach', probes.restHost), ok('auth', sessionDetail(profile))]
  try {
    const page = await probes.jobsPage()
    const more = page.hasNextPage === true || (page.totalPages ?? 0) > 1 ? '+' : ''
    items.push(ok('jobs', `${plural(page.rows.length, 'open job').replace(/^(\d+)/, `$1${more}`)} on the first page`))
  } catch (error) {
    items.push(failed('jobs', reasonOf(error), fixFor(error), error))
  }
  items.push(...listingItems(profile), widgetItem(profile, probes.widgetHost))
  return { ok: items.every((item) => item.ok), items, profile }
}

function sessionDetail(profile: ConnectionProfile): string {
  const { expirySource, expirationHasOffset } = profile.session
  if (expirySource === 'expiration')
    return `session expiry from the exchange's "expiration"${expirationHasOffset === false ? ' (no time zone: read as UTC)' : ''}`
  if (expirySource === 'jwt-exp') return "session expiry from the session token's own expiry"
  return 'TrackerRMS gave no session expiry: renewed every 6 hours, and at once if refused'
}

function listingItems(profile: ConnectionProfile): HealthItem[] {
  const { listing } = profile
  if (!listing.variant)
    return [
      failed(
        'candidates',
        'TrackerRMS answered neither Resource/PagedSearch nor Resource/Search, so Tracker Sync cannot read the candidates it compares new ones with.',
        'Nothing is created until this works (that would risk duplicates). Save a connection report (Settings) and send it to support.'
      )
    ]
  const shape = listing.envelopeKey ? `rows under "${listing.envelopeKey}"` : 'a bare list'
  const changed = listing.changeTimeField ? `; records say when they changed ("${listing.changeTimeField}")` : '; records do not say when they changed'
  const items = [ok('candidates', `${LISTING_LABELS[listing.variant]}, ${shape}${changed}`)]
  items.push(
    listing.updatedAfter === 'honoured'
      ? ok('deltas', 'TrackerRMS honours "updated after": each refresh of the duplicate index reads only what changed')
      : ok(
          'deltas',
          `TrackerRMS ${listing.updatedAfter === 'ignored' ? 'ignores' : 'could not show (no candidates yet) whether it honours'} "updated after" on this listing: the duplicate index re-reads every candidate instead, at most every 30 minutes (slower, still correct)`
        )
  )
  const rowsCarry = listing.rowsCarryEmail || listing.rowsCarryLinkedIn
  if (rowsCarry)
    items.push(
      ok('duplicates', `list rows carry ${[listing.rowsCarryEmail && 'emails', listing.rowsCarryLinkedIn && 'LinkedIn URLs'].filter(Boolean).join(' and ')}`)
    )
  else if (profile.widget.style)
    items.push(ok('duplicates', 'list rows carry names only; checkPerson checks the email and LinkedIn URL on TrackerRMS right before each create'))
  else
    items.push(
      failed(
        'duplicates',
        "TrackerRMS's list of candidates carries names only and the Widget API (checkPerson) is not available, so only the exact full-name rule can find an existing record: someone stored under another name with the same email could be created again.",
        WIDGET_FIX
      )
    )
  return items
}

function widgetItem(profile: ConnectionProfile, widgetHost: string): HealthItem {
  const { widget } = profile
  if (widget.style)
    return ok('widget', `${widgetHost}: signed in with ${WIDGET_AUTH_STYLE_LABELS[widget.style]}${profile.webHost ? `; web app at ${profile.webHost}` : ''}`)
  const tried = widget.tried.length
    ? widget.tried
        .map(
          (a) =>
            `${WIDGET_AUTH_STYLE_LABELS[a.style]} → ${a.widgetStatus !== null ? `status ${a.widgetStatus} (${WIDGET_STATUS_MEANING[a.widgetStatus] ?? 'unknown'})` : `HTTP ${a.httpStatus}`}`
        )
        .join('; ')
    : 'nothing to try with'
  const missing = !widget.hadWidgetKey
    ? 'No Widget API key was given, and TrackerRMS does not accept the REST API token there.'
    : !widget.hadLoginEmail
      ? 'The Widget API key was refused without a TrackerRMS login email.'
      : 'The Widget API key was refused with this TrackerRMS login email.'
  return {
    ...failed(
      'widget',
      `${missing} Tried: ${tried}. Resumes can't be attached and candidates can't be put on job lists until the Widget API answers; records are still created, and those steps wait.`,
      WIDGET_FIX
    ),
    errorCode: 'widget_auth'
  }
}
