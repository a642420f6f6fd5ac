// One HTTP exchange with TrackerRMS: a timeout that covers the whole response (headers and body), and a cap on how
// much of the body is read, so a hung server or a huge answer never blocks or exhausts the app.
import { TrackerError, fetchFailure, timeoutFailure } from './errors'

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: string
  headers: Record<string, string>
  body?: unknown
  timeoutMs: number
  maxBytes: number
  /** Words for messages: "read job 12". */
  what: string
}

export interface HttpResponse {
  status: number
  headers: Headers
  text: string
}

/** Errors that retrying at once will not fix (a huge body stays huge). */
export const NOT_RETRYABLE = new WeakSet<TrackerError>()

export async function sendOnce(fetchFn: typeof fetch, request: HttpRequest): Promise<HttpResponse> {
  const host = new URL(request.url).host
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, request.timeoutMs)
  try {
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...request.headers },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
      // Never followed: a redirect would carry the token (in the body or the headers) to whatever host it names.
      redirect: 'manual'
    })
    if (response.status >= 300 && response.status <= 399) {
      controller.abort()
      throw redirected(request.what, host, response.status, response.headers.get('location'))
    }
    const text = await readCapped(response, request, controller)
    return { status: response.status, headers: response.headers, text }
  } catch (error) {
    if (error instanceof TrackerError) throw error
    if (timedOut) throw timeoutFailure(request.what, host, request.timeoutMs)
    throw fetchFailure(error, request.what, host)
  } finally {
    clearTimeout(timer)
  }
}

async function readCapped(response: Response, request: HttpRequest, controller: AbortController): Promise<string> {
  if (!response.body) return ''
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > request.maxBytes) {
    controller.abort()
    throw tooLarge(request, response.status)
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > request.maxBytes) {
      controller.abort()
      await reader.cancel().catch(() => {})
      throw tooLarge(request, response.status)
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks))
}

function tooLarge(request: HttpRequest, status: number): TrackerError {
  const mb = Math.round((request.maxBytes / 1024 / 1024) * 10) / 10
  const error = new TrackerError(
    'transient',
    `TrackerRMS at ${new URL(request.url).host} sent more than ${mb} MB in answer to "${request.what}"; stopped reading. ` +
      'This is not what the API sends: check the REST/Widget URL or any proxy in between.',
    { status }
  )
  NOT_RETRYABLE.add(error)
  return error
}

/** The body as JSON, or a transient error that shows what came instead (a proxy page, a cut-off answer). */
export function parseJson(response: HttpResponse, what: string, preview: (text: string) => string): unknown {
  if (response.text.trim() === '') return null
  try {
    return JSON.parse(response.text)
  } catch {
    const error = new TrackerError(
      'transient',
      `TrackerRMS's answer to "${what}" (HTTP ${response.status}) is not valid JSON: ${preview(response.text) || '(empty)'}`,
      { status: response.status, trackerMessage: preview(response.text) }
    )
    NOT_RETRYABLE.add(error)
    throw error
  }
}

/** A redirect answered instead of TrackerRMS: a connection problem, named with the host it pointed to. */
function redirected(what: string, host: string, status: number, location: string | null): TrackerError {
  let target = 'another address'
  try {
    if (location) target = new URL(location, `https://${host}`).host
  } catch {
    // an unreadable Location: "another address"
  }
  return new TrackerError(
    'rejected',
    `${host} answered "${what}" with a redirect (HTTP ${status}) to ${target}. Tracker Sync does not follow redirects, so the token is never sent anywhere else: check the region and addresses in Settings (or ask TrackerRMS support which address to use).`,
    { status }
  )
}
