// The TrackerRMS client: implements the TrackerClient contract (types.ts) over REST and the Widget API.
// createTrackerClient({ restUrl, widgetUrl, token, fetch?, throttle?, timeoutMs?, retry?, redactor?, log?, … })
import type { CandidateFields } from '../../shared/domain'
import { validationError } from '../../shared/errors'
import { Redactor } from '../core/redact'
import type { Logger } from '../core/log'
import { JWT_REFRESH_MARGIN_MS, REST_PATHS, WIDGET_ALREADY_EXISTS, WIDGET_AUTH_STATUSES, WIDGET_PATH } from './assumptions'
import { JwtSession, jwtExpiry, type IssuedJwt } from './auth'
import { AUTH_FIX, AUTH_REASON, TrackerError } from './errors'
import { runHealthCheck } from './health'
import { parseJson, type HttpResponse } from './http'
import { morePages, readPage, toIsoUtc, toOpportunity, toResource, toResourceCreateBody, toResourceSummary, type Page } from './mapping'
import { createPipeline, type CallSpec } from './pipeline'
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry'
import { RequestThrottle } from './throttle'
import type { ThrottleStatus, TrackerClient, TrackerOpportunity, TrackerResourceSummary } from './types'
import { WIDGET_STATUS_MEANING, attachDocumentParts, checkPersonParts, readWidgetReply, resourceApplicationParts, widgetEnvelope, type WidgetOperation, type WidgetReply } from './widget'

export interface TrackerClientOptions {
  restUrl: string
  widgetUrl: string
  /** The API token, or how to read it (the keychain is async). Read on first use, never logged. */
  token: string | (() => Promise<string | null>)
  /** Electron's net.fetch in the app (system proxy); the global fetch elsewhere. */
  fetch?: typeof fetch
  /** The throttle shared by every call of the app; a private 90/min one if not given. */
  throttle?: RequestThrottle
  /** Per-request timeout, read on every request (setting request-timeout-seconds). Default 30 s. */
  timeoutMs?: number | (() => number)
  /** Retry counts and delays; tests and the queue keep them small. */
  retry?: Partial<RetryPolicy>
  /** Re-exchange when the JWT has less than this left (1 hour). */
  refreshMarginMs?: number
  /** Read at most this much of one response (default 8 MB). */
  maxResponseBytes?: number
  /** Learns the token and every JWT so they are scrubbed from logs and errors (the core's log redactor). */
  redactor?: Redactor
  log?: Pick<Logger, 'debug' | 'warn'>
  /** `source` recorded when putting a candidate on a job list. */
  source?: string
  now?: () => number
  random?: () => number
  /** Told about every auth error (the connection service pauses the queue) … */
  onAuthError?: (error: TrackerError) => void
  /** … and about every successful exchange (it resumes). */
  onAuthOk?: () => void
}

export type TrackerHttpClient = TrackerClient & {
  readonly restUrl: string
  readonly widgetUrl: string
  throttleStatus(): ThrottleStatus
}

export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
const MAX_PAGES = 100_000

export function createTrackerClient(options: TrackerClientOptions): TrackerHttpClient {
  const redactor = options.redactor ?? new Redactor()
  const now = options.now ?? Date.now
  const throttle = options.throttle ?? new RequestThrottle({ limit: () => 90 })
  const timeout = options.timeoutMs ?? 30_000
  const source = options.source ?? 'Tracker Sync'

  async function apiToken(): Promise<string> {
    const token = (typeof options.token === 'string' ? options.token : await options.token())?.trim()
    if (!token) throw pipeline.fail(new TrackerError('auth', `No TrackerRMS API token is stored for ${new URL(options.restUrl).host}. Connect to TrackerRMS again.`))
    redactor.add(token)
    return token
  }

  async function exchangeToken(): Promise<IssuedJwt> {
    const spec: CallSpec = { api: 'rest', method: 'POST', path: REST_PATHS.exchange, body: { bearerToken: await apiToken() }, what: 'exchange the API token for a session', auth: 'none', idempotent: true }
    const response = await pipeline.send(spec)
    if (response.status === 401 || response.status === 403) {
      const said = pipeline.preview(response.text)
      throw pipeline.fail(
        new TrackerError('auth', `TrackerRMS refused the API token (HTTP ${response.status}): ${AUTH_REASON}. ${AUTH_FIX}`, {
          status: response.status,
          trackerMessage: said || undefined
        })
      )
    }
    if (response.status < 200 || response.status > 299) throw pipeline.fail(pipeline.httpError(response, spec))
    const body = json(response, spec) as { token?: unknown; expiration?: unknown } | null
    const jwt = typeof body?.token === 'string' ? body.token.trim() : ''
    if (!jwt) throw pipeline.fail(new TrackerError('transient', 'TrackerRMS accepted the API token but sent no session token back.', { status: response.status }))
    redactor.add(jwt)
    options.onAuthOk?.()
    return { jwt, expiresAt: jwtExpiry(jwt, body?.expiration, now()) }
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
    apiToken,
    onAuthError: (error) => options.onAuthError?.(error)
  })

  const json = (response: HttpResponse, spec: CallSpec) => parseJson(response, spec.what, pipeline.preview)
  function unexpected(what: string, response: HttpResponse): never {
    throw pipeline.fail(new TrackerError('transient', `TrackerRMS's answer to "${what}" is not in the expected shape: ${pipeline.preview(response.text) || '(empty)'}`, { status: response.status }))
  }

  async function searchPage(kind: 'opportunities' | 'resources', pageNumber: number, updatedAfter?: string): Promise<Page> {
    const body = kind === 'opportunities' ? { state: 'open', pageNumber } : { pageNumber, ...(updatedAfter ? { updatedAfter } : {}) }
    const spec: CallSpec = {
      api: 'rest',
      method: 'POST',
      path: kind === 'opportunities' ? REST_PATHS.opportunitySearch : REST_PATHS.resourceSearch,
      body,
      what: `read page ${pageNumber} of ${kind === 'opportunities' ? 'open jobs' : 'candidates'}`,
      auth: 'jwt',
      idempotent: true
    }
    const response = await pipeline.sendOk(spec)
    return readPage(json(response, spec), kind) ?? unexpected(spec.what, response)
  }

  /** Every page, stopping if the service keeps repeating a page (it ignored pageNumber) or never ends. */
  async function* pages(kind: 'opportunities' | 'resources', updatedAfter?: string): AsyncGenerator<unknown[]> {
    const firstRows = new Set<string>()
    for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
      const page = await searchPage(kind, pageNumber, updatedAfter)
      const signature = JSON.stringify(page.rows[0] ?? null)
      if (page.rows.length && firstRows.has(signature))
        throw pipeline.fail(new TrackerError('transient', `TrackerRMS sent page ${pageNumber} of ${kind} again instead of the next one; stopped reading.`))
      firstRows.add(signature)
      if (page.rows.length) yield page.rows
      if (!morePages(page)) return
    }
  }

  async function widget(operation: WidgetOperation, parts: Record<string, unknown>, what: string, idempotent: boolean, success: number[] = [0]): Promise<WidgetReply> {
    const spec: CallSpec = { api: 'widget', method: 'POST', path: WIDGET_PATH(operation), body: widgetEnvelope(operation, parts), what, auth: 'api-token', idempotent }
    const response = await pipeline.sendOk(spec)
    const reply = readWidgetReply(json(response, spec)) ?? unexpected(what, response)
    if (success.includes(reply.status)) return reply
    const said = pipeline.preview(reply.message)
    const meaning = WIDGET_STATUS_MEANING[reply.status] ?? 'unknown status'
    const details = { status: response.status, widgetStatus: reply.status, trackerMessage: said || undefined }
    if (WIDGET_AUTH_STATUSES.includes(reply.status))
      throw pipeline.fail(new TrackerError('auth', `The TrackerRMS Widget API refused the API token (status ${reply.status}, ${meaning}): ${AUTH_REASON}. ${AUTH_FIX}`, details))
    throw pipeline.fail(new TrackerError('rejected', `TrackerRMS refused to ${what} (Widget status ${reply.status}, ${meaning})${said ? `: ${said}` : '.'}`, details))
  }

  const checkId = (id: number, field: string) => {
    if (!Number.isSafeInteger(id) || id < 1) throw validationError(field, `${field} must be a positive whole number, got ${id}.`)
  }

  return {
    restUrl: options.restUrl,
    widgetUrl: options.widgetUrl,
    throttleStatus: () => throttle.status(),

    async exchange() {
      await session.refresh()
    },

    async getOpportunity(id) {
      checkId(id, 'opportunityId')
      const spec: CallSpec = { api: 'rest', method: 'GET', path: REST_PATHS.opportunity(id), what: `read job ${id}`, auth: 'jwt', idempotent: true }
      const response = await pipeline.sendOk(spec, `TrackerRMS has no job with id ${id}. Check the job id in TrackerRMS.`)
      return toOpportunity(json(response, spec)) ?? unexpected(spec.what, response)
    },

    async listOpenOpportunities() {
      const byId = new Map<number, TrackerOpportunity>()
      for await (const rows of pages('opportunities')) {
        for (const row of rows) {
          const opportunity = toOpportunity(row)
          if (opportunity) byId.set(opportunity.id, opportunity)
        }
      }
      return [...byId.values()]
    },

    async getResource(id) {
      checkId(id, 'resourceId')
      const spec: CallSpec = { api: 'rest', method: 'GET', path: REST_PATHS.resource(id), what: `read candidate ${id}`, auth: 'jwt', idempotent: true }
      const response = await pipeline.sendOk(spec, `TrackerRMS has no candidate with id ${id}.`)
      return toResource(json(response, spec)) ?? unexpected(spec.what, response)
    },

    async *crawlResources(crawl = {}) {
      let updatedAfter: string | undefined
      if (crawl.updatedAfter) {
        updatedAfter = toIsoUtc(crawl.updatedAfter) ?? undefined
        if (!updatedAfter) throw validationError('updatedAfter', `updatedAfter must be an ISO-8601 time, got "${crawl.updatedAfter}".`)
      }
      for await (const rows of pages('resources', updatedAfter)) {
        const summaries = rows.map(toResourceSummary).filter((s): s is TrackerResourceSummary => s !== null)
        if (summaries.length) yield summaries
      }
    },

    async createResource(candidate: CandidateFields, create) {
      const spec: CallSpec = {
        api: 'rest',
        method: 'POST',
        path: REST_PATHS.resourceCreate,
        body: toResourceCreateBody(candidate, create.source),
        what: `create the candidate record for ${candidate.fullName}`,
        auth: 'jwt',
        idempotent: false
      }
      const response = await pipeline.sendOk(spec)
      const body = json(response, spec) as { id?: unknown; success?: unknown; message?: unknown } | null
      if (body?.success === false)
        throw pipeline.fail(new TrackerError('rejected', `TrackerRMS refused to ${spec.what}${typeof body.message === 'string' ? `: ${pipeline.preview(body.message)}` : '.'}`, { status: response.status }))
      const id = typeof body?.id === 'string' && /^\d+$/.test(body.id) ? Number(body.id) : body?.id
      if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1)
        throw pipeline.fail(new TrackerError('transient', `TrackerRMS answered the create for ${candidate.fullName} without a record id; the record may exist. The index refresh before the next try will find it.`, { status: response.status }))
      return { id }
    },

    async attachResume(resourceId, pdf, filename) {
      checkId(resourceId, 'resourceId')
      // Not repeated on an ambiguous failure: TrackerRMS may already hold the document (see pipeline.ts).
      await widget('attachDocument', attachDocumentParts(resourceId, pdf, filename), `attach the resume to candidate ${resourceId}`, false)
    },

    async addToOpportunity(resourceId, opportunityId, list) {
      checkId(resourceId, 'resourceId')
      checkId(opportunityId, 'opportunityId')
      // Status 3 (already on that job's list) is success [assumed], which makes this safe to repeat.
      await widget('resourceApplication', resourceApplicationParts(resourceId, opportunityId, list, source), `put candidate ${resourceId} on the ${list} list of job ${opportunityId}`, true, [0, WIDGET_ALREADY_EXISTS])
    },

    healthCheck() {
      return runHealthCheck({
        restHost: new URL(options.restUrl).host,
        widgetHost: new URL(options.widgetUrl).host,
        exchange: async () => void (await session.refresh()),
        firstPage: (kind) => searchPage(kind, 1),
        widgetCheck: async () => void (await widget('checkPerson', checkPersonParts(), 'check the Widget API with a harmless person lookup', true))
      })
    }
  }
}
