// How every TrackerRMS request is sent: the JWT attached to REST calls (Widget calls carry their own credentials), a throttle slot held, the timeout applied, and
// the bounded retries decided. The rules for retrying:
// - 429: the whole throttle pauses for Retry-After (seconds or HTTP date), then the call retries (bounded). Safe
//   for every call: TrackerRMS refused the request before doing anything.
// - 401 on a JWT call: exchange again once and retry (the JWT may have expired). Also safe for every call.
// - could not connect at all (offline): one or two quick retries, then the error goes to the queue. Safe: nothing
//   was sent.
// - 5xx, timeout, connection dropped mid-request: retried with backoff ONLY for calls that are safe to repeat.
//   createResource and attachDocument are not: TrackerRMS may have applied them before the answer was lost. They
//   throw 'transient' at once; the sync engine refreshes its index before retrying a create (and a repeated attach
//   at worst adds a second copy of the resume, which the queue avoids by recording each step).
import type { Redactor } from '../lib/redact'
import type { Logger } from '../lib/log'
import { AUTH_FIX, AUTH_REASON, TrackerError, fetchFailure, trackerText } from './errors'
import { NOT_RETRYABLE, sendOnce, type HttpResponse } from './http'
import { joinUrl } from './regions'
import { requestBackoff, parseRetryAfter, sleep, type RetryPolicy } from './retry'
import type { RequestThrottle } from './throttle'

export interface CallSpec {
  api: 'rest' | 'widget'
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
  /** Words for messages: "read job 12". */
  what: string
  /** jwt: REST calls; none: the exchange and Widget calls (their credentials are in the body or `headers`). */
  auth: 'jwt' | 'none'
  /** Extra headers (a Widget style that signs in with a bearer header). */
  headers?: Record<string, string>
  /** Safe to send again after an ambiguous failure (5xx, timeout, dropped connection). */
  idempotent: boolean
}

/** One request and its answer (or failure), as the connection report records it. Secrets are not removed here. */
export interface Exchange {
  api: 'rest' | 'widget'
  method: string
  url: string
  requestHeaders: Record<string, string>
  requestBody: unknown
  status: number | null
  responseHeaders: Record<string, string>
  responseText: string | null
  error: string | null
  ms: number
}

export interface PipelineDeps {
  restUrl: string
  widgetUrl: string
  fetch: typeof fetch
  throttle: RequestThrottle
  policy: RetryPolicy
  timeoutMs: () => number
  maxResponseBytes: number
  redactor: Redactor
  log?: Pick<Logger, 'debug' | 'warn'>
  now: () => number
  random: () => number
  jwt: () => Promise<string>
  invalidateJwt: (jwt: string) => void
  /** Sees every exchange (the connection report); must not throw. */
  observe?: (exchange: Exchange) => void
  /** Every auth error passes here before it is thrown (the connection service pauses the queue). */
  onAuthError: (error: TrackerError) => void
}

export type Pipeline = ReturnType<typeof createPipeline>

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, key) => (out[key] = value))
  return out
}

export function createPipeline(deps: PipelineDeps) {
  const preview = (text: string) => trackerText(text, deps.redactor)

  /** The error to throw, after telling the auth listener about an auth error. */
  function fail(error: TrackerError): TrackerError {
    if (error.code === 'auth') deps.onAuthError(error)
    return error
  }

  /** The error for a finished request that did not succeed. */
  function httpError(response: HttpResponse, spec: CallSpec, notFound?: string): TrackerError {
    const said = preview(response.text)
    const details = { status: response.status, trackerMessage: said || undefined }
    const suffix = said ? `: ${said}` : '.'
    const { status } = response
    if (status === 401 || status === 403)
      return new TrackerError('auth', `TrackerRMS refused the credentials (HTTP ${status}) when trying to ${spec.what}: ${AUTH_REASON}. ${AUTH_FIX}`, details)
    if (status === 404 && notFound) return new TrackerError('not_found', notFound, details)
    if (status === 404)
      return new TrackerError(
        'rejected',
        `TrackerRMS has no such address (HTTP 404) for "${spec.what}": check the ${spec.api === 'rest' ? 'REST' : 'Widget'} URL${suffix}`,
        details
      )
    if (status === 429) return new TrackerError('rate_limited', `TrackerRMS is limiting requests (HTTP 429) when trying to ${spec.what}.`, details)
    if (status >= 500 || status === 408)
      return new TrackerError('transient', `TrackerRMS had a problem (HTTP ${status}) when trying to ${spec.what}${suffix}`, details)
    return new TrackerError('rejected', `TrackerRMS refused to ${spec.what} (HTTP ${status})${suffix}`, details)
  }

  function observe(spec: CallSpec, url: string, headers: Record<string, string>, response: HttpResponse | null, error: string | null, started: number): void {
    if (!deps.observe) return
    try {
      deps.observe({
        api: spec.api,
        method: spec.method,
        url,
        requestHeaders: headers,
        requestBody: spec.body,
        status: response?.status ?? null,
        responseHeaders: response ? headerRecord(response.headers) : {},
        responseText: response?.text ?? null,
        error,
        ms: deps.now() - started
      })
    } catch {
      // the report must never break a call
    }
  }

  /** Sends with retries. Returns any answer not handled here (2xx, and 4xx other than 401-once and 429). */
  async function send(spec: CallSpec): Promise<HttpResponse> {
    const { policy } = deps
    const url = joinUrl(spec.api === 'rest' ? deps.restUrl : deps.widgetUrl, spec.path)
    const host = new URL(url).host
    let transientTries = 0
    let offlineTries = 0
    let rateTries = 0
    let reauthed = false
    for (;;) {
      // Credentials first: getting a JWT is itself a request and must not wait behind our own slot.
      const jwt = spec.auth === 'jwt' ? await deps.jwt() : null
      const headers: Record<string, string> = { ...spec.headers }
      if (jwt) headers.Authorization = `Bearer ${jwt}`
      const release = await deps.throttle.acquire({ maxPauseWaitMs: policy.maxRateLimitWaitMs })
      const started = deps.now()
      let response: HttpResponse
      try {
        response = await sendOnce(deps.fetch, {
          method: spec.method,
          url,
          headers,
          body: spec.body,
          timeoutMs: deps.timeoutMs(),
          maxBytes: deps.maxResponseBytes,
          what: spec.what
        })
      } catch (error) {
        release()
        const failure = error instanceof TrackerError ? error : fetchFailure(error, spec.what, host)
        observe(spec, url, headers, null, failure.message, started)
        deps.log?.debug('trackerrms.request.failed', { api: spec.api, method: spec.method, path: spec.path, code: failure.code, message: failure.message })
        if (failure.code === 'offline' && offlineTries < policy.offlineRetries) {
          await sleep(requestBackoff(offlineTries++, policy, deps.random))
          continue
        }
        if (failure.code === 'transient' && spec.idempotent && !NOT_RETRYABLE.has(failure) && transientTries < policy.retries) {
          await sleep(requestBackoff(transientTries++, policy, deps.random))
          continue
        }
        throw fail(failure)
      }
      release()
      observe(spec, url, headers, response, null, started)
      deps.log?.debug('trackerrms.request', { api: spec.api, method: spec.method, path: spec.path, status: response.status, ms: deps.now() - started })

      if (response.status === 401 && jwt && !reauthed) {
        deps.invalidateJwt(jwt)
        reauthed = true
        continue
      }
      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('retry-after'), deps.now()) ?? requestBackoff(rateTries, policy, deps.random)
        deps.throttle.pause(wait)
        deps.log?.warn('trackerrms.rate_limited', { path: spec.path, waitMs: wait })
        if (rateTries < policy.rateLimitRetries && wait <= policy.maxRateLimitWaitMs) {
          rateTries++
          continue
        }
        throw fail(
          new TrackerError(
            'rate_limited',
            `TrackerRMS is limiting requests (HTTP 429); it asked us to wait ${Math.ceil(wait / 1000)} s before trying to ${spec.what} again.`,
            {
              status: 429,
              retryAfterMs: wait,
              trackerMessage: preview(response.text) || undefined
            }
          )
        )
      }
      if (response.status >= 500 || response.status === 408) {
        if (spec.idempotent && transientTries < policy.retries) {
          await sleep(requestBackoff(transientTries++, policy, deps.random))
          continue
        }
        throw fail(httpError(response, spec))
      }
      return response
    }
  }

  /** Sends and insists on a 2xx answer. */
  async function sendOk(spec: CallSpec, notFound?: string): Promise<HttpResponse> {
    const response = await send(spec)
    if (response.status < 200 || response.status > 299) throw fail(httpError(response, spec, notFound))
    return response
  }

  return { send, sendOk, fail, httpError, preview }
}
