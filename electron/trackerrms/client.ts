// The TrackerRMS client: implements the TrackerClient contract (types.ts) over REST and the Widget API, adapting
// to what connect learned about the account (the connection profile, profile-state.ts).
// createTrackerClient({ restUrl, widgetUrl, token, widgetKey?, loginEmail?, profile?, onProfile?, fetch?, … })
import type { ConnectionProfile } from '../../shared/api/connection'
import { Redactor } from '../lib/redact'
import type { Logger } from '../lib/log'
import { JwtSession, jwtExpiry, type IssuedJwt } from './auth'
import { discoverProfile } from './discover'
import { AUTH_FIX, AUTH_REASON, TrackerError } from './errors'
import { text } from './fields'
import { runHealthCheck } from './health'
import { parseJson } from './http'
import { createJobLists } from './job-lists'
import { listResources, readsChangesOnly, type ListingDeps } from './listing'
import { toOpportunity } from './mapping'
import { PageWalk, readListPage, type ListPage } from './pages'
import { createPipeline, type CallSpec, type Exchange } from './pipeline'
import { ProfileState } from './profile-state'
import { checkId, createResources } from './resources'
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry'
import { JWT_REFRESH_MARGIN_MS, OPPORTUNITY_ENVELOPE_KEYS, REST_PATHS } from './shapes'
import { RequestThrottle } from './throttle'
import type { ThrottleStatus, TrackerClient, TrackerOpportunity } from './types'
import { attachDocumentBlocks, checkPersonBlocks, readCheckPerson } from './widget'
import { WidgetCaller } from './widget-caller'

type Secret = string | null | (() => Promise<string | null>)

export interface TrackerClientOptions {
  restUrl: string
  widgetUrl: string
  /** The REST API token, or how to read it (the keychain is async). Read on first use, never logged. */
  token: Secret
  /** The Widget API key TrackerRMS support issues (optional; kept in the keychain like the token). */
  widgetKey?: Secret
  /** The user's TrackerRMS login email: the Widget's `credentials.username`. */
  loginEmail?: string | null
  /** What connect learned about this account; the client adapts as it goes without one. */
  profile?: ConnectionProfile | null
  /** Told every change to the profile (the connection service stores it; no secret is in it). */
  onProfile?: (profile: ConnectionProfile) => void
  /** Electron's net.fetch in the app (system proxy); the global fetch elsewhere. */
  fetch?: typeof fetch
  /** The throttle shared by every call of the app; a private 90/min one if not given. */
  throttle?: RequestThrottle
  /** Per-request timeout, read on every request (setting request-timeout-seconds). Default 30 s. */
  timeoutMs?: number | (() => number)
  /** Retry counts and delays; tests and the queue keep them small. */
  retry?: Partial<RetryPolicy>
  /** Re-exchange when the JWT has less than this left (1 hour, or half its lifetime). */
  refreshMarginMs?: number
  /** Read at most this much of one response (default 8 MB). */
  maxResponseBytes?: number
  /** Learns the token, the Widget key and every JWT so they are scrubbed from logs and errors. */
  redactor?: Redactor
  log?: Pick<Logger, 'debug' | 'warn'>
  /** `source` recorded when putting a candidate on a job list. */
  source?: string
  now?: () => number
  random?: () => number
  /** Sees every request and its answer (the connection report, probe.ts). */
  observe?: (exchange: Exchange) => void
  /** Told about every REST auth error (the connection service pauses the queue) … */
  onAuthError?: (error: TrackerError) => void
  /** … and about every successful exchange (it resumes). */
  onAuthOk?: () => void
}

export type TrackerHttpClient = TrackerClient & {
  readonly restUrl: string
  readonly widgetUrl: string
  throttleStatus(): ThrottleStatus
  /** The connection profile as the client knows it now. */
  profile(): ConnectionProfile | null
}

const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024

/** The pieces a client is made of: also what the connection report (probe.ts) sends its raw calls with. */
export function createTrackerParts(options: TrackerClientOptions) {
  const redactor = options.redactor ?? new Redactor()
  const now = options.now ?? Date.now
  const throttle = options.throttle ?? new RequestThrottle({ limit: () => 90 })
  const timeout = options.timeoutMs ?? 30_000
  const source = options.source ?? 'Tracker Sync'
  const profile = new ProfileState(options.profile ?? null, now, options.onProfile)
  const read = async (secret: Secret | undefined) => (typeof secret === 'function' ? await secret() : secret)?.trim() || null

  async function apiToken(): Promise<string> {
    // A token that cannot be read (the keychain locked, or without it) is an auth problem the listener hears too.
    const token = await read(options.token).catch((error: unknown) => {
      throw error instanceof TrackerError ? pipeline.fail(error) : error
    })
    if (!token)
      throw pipeline.fail(new TrackerError('auth', `No TrackerRMS API token is stored for ${new URL(options.restUrl).host}. Connect to TrackerRMS again.`))
    redactor.add(token)
    return token
  }

  async function widgetKey(): Promise<string | null> {
    const key = await read(options.widgetKey)
    redactor.add(key)
    return key
  }

  async function exchangeToken(): Promise<IssuedJwt> {
    const spec: CallSpec = {
      api: 'rest',
      method: 'POST',
      path: REST_PATHS.exchange,
      body: { bearerToken: await apiToken() },
      what: 'sign in',
      auth: 'none',
      idempotent: true
    }
    const response = await pipeline.send(spec)
    if (response.status === 401 || response.status === 403) {
      const said = pipeline.preview(response.text)
      throw pipeline.fail(
        new TrackerError('auth', `TrackerRMS refused this API token: ${AUTH_REASON}. ${AUTH_FIX} (HTTP ${response.status}, signing in)`, {
          status: response.status,
          trackerMessage: said || undefined
        })
      )
    }
    if (response.status < 200 || response.status > 299) throw pipeline.fail(pipeline.httpError(response, spec))
    const body = parseJson(response, spec.what, pipeline.preview) as { token?: unknown; expiration?: unknown } | null
    const jwt = text(body?.token) ?? ''
    if (!jwt)
      throw pipeline.fail(new TrackerError('transient', 'TrackerRMS accepted the API token but sent no session token back.', { status: response.status }))
    redactor.add(jwt)
    options.onAuthOk?.()
    return { jwt, ...jwtExpiry(jwt, body?.expiration, now()) }
  }

  const session = new JwtSession(exchangeToken, options.refreshMarginMs ?? JWT_REFRESH_MARGIN_MS, now)
  const pipeline = createPipeline({
    restUrl: options.restUrl,
    widgetUrl: options.widgetUrl,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    throttle,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    timeoutMs: typeof timeout === 'number' ? () => timeout : timeout,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    redactor,
    log: options.log,
    now,
    random: options.random ?? Math.random,
    jwt: () => session.jwt(),
    invalidateJwt: (jwt) => session.invalidate(jwt),
    observe: options.observe,
    onAuthError: (error) => options.onAuthError?.(error)
  })
  const widget = new WidgetCaller(pipeline, { restToken: apiToken, widgetKey, loginEmail: options.loginEmail?.trim() || null }, profile, now, options.log)
  return { pipeline, session, widget, profile, throttle, apiToken, widgetKey, source, now, loginEmail: options.loginEmail?.trim() || null }
}

export type TrackerParts = ReturnType<typeof createTrackerParts>

export function createTrackerClient(options: TrackerClientOptions): TrackerHttpClient {
  const { pipeline, session, widget, profile, throttle, widgetKey, source, now, loginEmail } = createTrackerParts(options)
  const listing: ListingDeps = { pipeline, widget, profile, log: options.log }
  const resources = createResources(pipeline, profile)
  const jobLists = createJobLists(pipeline, widget, source)

  async function jobsPage(pageNumber: number): Promise<ListPage> {
    const spec: CallSpec = {
      api: 'rest',
      method: 'POST',
      path: REST_PATHS.opportunitySearch,
      body: { state: 'open', pageNumber },
      what: `read page ${pageNumber} of open jobs`,
      auth: 'jwt',
      idempotent: true
    }
    const response = await pipeline.sendOk(spec)
    const page = readListPage(parseJson(response, spec.what, pipeline.preview), OPPORTUNITY_ENVELOPE_KEYS)
    if (!page)
      throw pipeline.fail(
        new TrackerError('transient', `TrackerRMS's answer to "${spec.what}" holds no list: ${pipeline.preview(response.text) || '(empty)'}`, {
          status: response.status
        })
      )
    return page
  }

  const discover = () => discoverProfile({ ...listing, session, loginEmail, hasWidgetKey: async () => !!(await widgetKey()), now })

  return {
    restUrl: options.restUrl,
    widgetUrl: options.widgetUrl,
    throttleStatus: () => throttle.status(),
    profile: () => profile.get(),

    async exchange() {
      await session.refresh()
    },
    discover,

    async getOpportunity(id) {
      checkId(id, 'opportunityId')
      const spec: CallSpec = { api: 'rest', method: 'GET', path: REST_PATHS.opportunity(id), what: `read job ${id}`, auth: 'jwt', idempotent: true }
      const notFound = `TrackerRMS has no job with id ${id}. Check the job id in TrackerRMS.`
      const response = await pipeline.sendOk(spec, notFound)
      // 200 with an empty or null body is "not found" too [observed, §4.1].
      const body = parseJson(response, spec.what, pipeline.preview)
      if (body === null || (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0))
        throw new TrackerError('not_found', notFound, { status: response.status })
      const job = toOpportunity(body)
      if (!job)
        throw pipeline.fail(
          new TrackerError('transient', `TrackerRMS's answer to "${spec.what}" is not a job: ${pipeline.preview(response.text)}`, { status: response.status })
        )
      return job
    },

    async listOpenOpportunities() {
      const byId = new Map<number, TrackerOpportunity>()
      const pages = new PageWalk((row) => toOpportunity(row)?.id ?? null)
      for (let n = 1; n <= 10_000; n++) {
        const verdict = pages.accept(await jobsPage(n), n)
        for (const row of verdict.fresh) {
          const job = toOpportunity(row)
          if (job) byId.set(job.id, job)
        }
        if (!verdict.more) break
      }
      return [...byId.values()]
    },

    getResource: resources.getResource,
    crawlResources: (crawl = {}) => listResources(listing, crawl),
    readsChangesOnly: () => readsChangesOnly(profile.get()),
    createResource: resources.createResource,
    listDocuments: resources.listDocuments,

    async attachResume(resourceId, pdf, filename) {
      checkId(resourceId, 'resourceId')
      const what = `attach the resume to candidate ${resourceId}`
      // Not repeated on an ambiguous failure: the export reads the documents back before sending it again.
      const reply = await widget.call({ operation: 'attachDocument', blocks: attachDocumentBlocks(resourceId, pdf, filename), what, idempotent: false })
      if (reply.status !== 0)
        throw pipeline.fail(
          new TrackerError(
            'rejected',
            `TrackerRMS refused to ${what} (Widget status ${reply.status})${reply.message ? `: ${pipeline.preview(reply.message)}` : '.'}`,
            { widgetStatus: reply.status }
          )
        )
    },

    retryWidgetSignIn: () => widget.retrySignIn(),
    addToOpportunity: jobLists.addToOpportunity,
    isOnOpportunity: jobLists.isOnOpportunity,

    async checkPerson(details) {
      const reply = await widget.call({
        operation: 'checkPerson',
        blocks: checkPersonBlocks(details),
        what: 'check TrackerRMS for the same person (checkPerson)',
        idempotent: true
      })
      if (reply.status !== 0)
        throw pipeline.fail(
          new TrackerError(
            'rejected',
            `TrackerRMS did not answer the person check (Widget status ${reply.status})${reply.message ? `: ${pipeline.preview(reply.message)}` : '.'}`,
            { widgetStatus: reply.status }
          )
        )
      return readCheckPerson(reply)
    },

    healthCheck() {
      return runHealthCheck({ restHost: new URL(options.restUrl).host, widgetHost: new URL(options.widgetUrl).host, discover, jobsPage: () => jobsPage(1) })
    }
  }
}
