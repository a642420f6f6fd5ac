// The connection health check: one item per capability, each ok or failed with the reason and the fix in plain
// words. It also probes the API details the reference marks [assumed] (see assumptions.ts): the Widget auth style,
// the Resource/PagedSearch envelope and the field that says when a record changed.
import { RESOURCE_UPDATED_FIELDS } from './assumptions'
import { AUTH_FIX, AUTH_REASON, TrackerError } from './errors'
import type { Page } from './mapping'
import type { HealthCapability, HealthItem, HealthReport } from './types'

export interface HealthProbes {
  restHost: string
  widgetHost: string
  exchange(): Promise<void>
  firstPage(kind: 'opportunities' | 'resources'): Promise<Page>
  widgetCheck(): Promise<void>
}

const LABELS: Record<HealthCapability, string> = {
  reach: 'Reach the TrackerRMS REST host',
  auth: 'Sign in with the API token',
  jobs: 'Read jobs',
  candidates: 'Read candidates',
  widget: 'Widget API (resumes and job lists)'
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

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function fixFor(error: unknown, api: 'REST' | 'Widget'): string {
  if (!(error instanceof TrackerError)) return 'Run the check again; if it keeps failing, send the log file to support.'
  switch (error.code) {
    case 'auth':
      return AUTH_FIX
    case 'offline':
      return `Check the internet connection and any proxy, and that the ${api} URL is right for your region.`
    case 'rate_limited':
      return 'Wait a minute and run the check again (TrackerRMS allows about 100 requests a minute).'
    case 'transient':
      return 'TrackerRMS may be busy or down: try again in a few minutes.'
    default:
      return `Check the ${api} URL and region; if they are right, TrackerRMS may have changed its API: tell support what it said.`
  }
}

export async function runHealthCheck(probes: HealthProbes): Promise<HealthReport> {
  const items: HealthItem[] = []
  let signedIn = false
  try {
    await probes.exchange()
    signedIn = true
    items.push(ok('reach', probes.restHost), ok('auth'))
  } catch (error) {
    if (error instanceof TrackerError && error.code === 'offline') {
      items.push(failed('reach', reasonOf(error), fixFor(error, 'REST'), error), failed('auth', 'Not checked: the REST host could not be reached.', 'Fix the connection first.'))
    } else if (error instanceof TrackerError && error.code === 'auth' && error.status === undefined) {
      // Not a refusal by TrackerRMS (e.g. no token in the keychain): its own message says what is wrong.
      items.push(failed('reach', 'Not checked: there is no API token to sign in with.', AUTH_FIX, error), failed('auth', reasonOf(error), AUTH_FIX, error))
    } else if (error instanceof TrackerError && error.code === 'auth') {
      items.push(ok('reach', probes.restHost), failed('auth', `TrackerRMS refused the API token: ${AUTH_REASON}.`, AUTH_FIX, error))
    } else {
      items.push(ok('reach', probes.restHost), failed('auth', reasonOf(error), fixFor(error, 'REST'), error))
    }
  }

  if (!signedIn) {
    const skipped = 'Not checked: signing in failed.'
    items.push(failed('jobs', skipped, 'Fix signing in first.'), failed('candidates', skipped, 'Fix signing in first.'))
  } else {
    items.push(await check('jobs', async () => {
      const page = await probes.firstPage('opportunities')
      return `${page.rows.length}${page.hasNextPage ? '+' : ''} open job${page.rows.length === 1 ? '' : 's'} on the first page`
    }))
    items.push(await check('candidates', async () => {
      const page = await probes.firstPage('resources')
      const notes = [`${page.rows.length}${page.hasNextPage ? '+' : ''} candidate${page.rows.length === 1 ? '' : 's'} on the first page`]
      if (page.shape === 'array') notes.push('the list came as a bare array (no page envelope): paging by row count')
      const first = page.rows[0] as Record<string, unknown> | undefined
      if (first && !RESOURCE_UPDATED_FIELDS.some((field) => first[field] !== undefined && first[field] !== null))
        notes.push('records do not say when they changed, so each index refresh re-reads every candidate')
      return notes.join('; ')
    }))
  }

  items.push(await check('widget', async () => {
    await probes.widgetCheck()
    return probes.widgetHost
  }))
  return { ok: items.every((item) => item.ok), items }
}

async function check(capability: HealthCapability, probe: () => Promise<string>): Promise<HealthItem> {
  try {
    return ok(capability, await probe())
  } catch (error) {
    const api = capability === 'widget' ? 'Widget' : 'REST'
    if (error instanceof TrackerError && error.code === 'auth' && (error.status !== undefined || error.widgetStatus !== undefined))
      return failed(capability, `TrackerRMS refused the API token for the ${api} API: ${AUTH_REASON}.`, AUTH_FIX, error)
    return failed(capability, reasonOf(error), fixFor(error, api), error)
  }
}
