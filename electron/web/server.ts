// The browser host: the built renderer and the same API as Electron's IPC, over HTTP on 127.0.0.1.
//
// Who needs the key (see guard.ts for why):
//   GET /?key=K             the page itself: without the right key, 401 and a page saying where to find it
//   GET /assets/…           the page's own build files (hashed JS, CSS, icons): served WITHOUT the key, because a
//                           browser loads them from <script>/<link> tags that cannot carry one; they are the same
//                           for every user and hold no data
//   POST /api/<call>        the API: key in the X-Tracker-Sync-Key header, JSON body; 401 without, 403 wrong
//   GET /events             push events (server-sent events): key in the same header
//   anything else           401 without the key, 404 with it
// Every response carries the app's CSP, no-referrer (the key is in the page's address) and no framing.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { API_PATH, EVENTS_PATH, KEY_HEADER, KEY_QUERY, isCallName } from '../../shared/api'
import type { ErrorInfo } from '../../shared/errors'
import type { Dispatch } from '../api/dispatch'
import { forwardEvents } from '../api/event-forwarder'
import type { CoreEventBus } from '../lib/events'
import { CONTENT_SECURITY_POLICY } from '../lib/security-headers'
import { hostAllowed, keyMatches, newKey, originAllowed } from './guard'
import { EventStreams } from './sse'
import { resolveStatic, sendFile } from './static'

/** Largest API request body; the biggest legitimate one (a candidate with long notes) is far below. */
export const MAX_BODY_BYTES = 1024 * 1024

export interface WebHostOptions {
  dispatch: Dispatch
  events: CoreEventBus
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** Tests may fix it; otherwise a fresh random key per run. */
  key?: string
}

export interface WebHost {
  url: string
  port: number
  key: string
  close(): Promise<void>
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const key = options.key ?? newKey()
  const streams = new EventStreams()
  const stopForwarding = forwardEvents(options.events, (message) => streams.send(message))
  let port = 0

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Internal error.')
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return plain(res, 403, 'This address is only served as 127.0.0.1 or localhost.')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const path = url.pathname
    const headerKey = req.headers[KEY_HEADER]
    const hasKey = keyMatches(typeof headerKey === 'string' ? headerKey : null, key)
    const isGet = req.method === 'GET' || req.method === 'HEAD'

    if (path === '/' || path === '/index.html') {
      if (!isGet) return plain(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' })
      const given = url.searchParams.get(KEY_QUERY)
      if (!given) return page(res, 401, 'Open Tracker Sync with the address printed by "npm run web": it ends in ?key=…')
      if (!keyMatches(given, key))
        return page(res, 403, 'This key is not valid for this run. Each start of "npm run web" prints a new address; use the latest one.')
      return sendFile(res, join(options.rendererDir, 'index.html'), { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' }, req.method === 'HEAD')
    }

    if (path.startsWith('/assets/') && isGet) {
      const file = resolveStatic(join(options.rendererDir, 'assets'), path.slice('/assets/'.length))
      if (!file) return plain(res, 404, 'Not found.')
      // Vite puts a content hash in every asset's name, so a cached copy is never stale.
      return sendFile(res, file, { ...SECURITY_HEADERS, 'Cache-Control': 'public, max-age=31536000, immutable' }, req.method === 'HEAD')
    }

    if (!hasKey) return keyRefused(res, headerKey)
    if (!originAllowed(req, port)) return json(res, 403, { ok: false, error: errorInfo('conflict', 'Requests from other web pages are refused.') })

    if (path.startsWith(API_PATH)) {
      if (req.method !== 'POST') return json(res, 405, { ok: false, error: errorInfo('validation', 'API calls are POST requests.') }, { Allow: 'POST' })
      const name = decoded(path.slice(API_PATH.length))
      if (name === null)
        return json(res, 400, {
          ok: false,
          error: errorInfo('validation', 'The address is not valid: a "%" in it is not followed by an encoded UTF-8 character.')
        })
      if (!isCallName(name)) return json(res, 404, { ok: false, error: errorInfo('not_found', `There is no API call named "${name.slice(0, 80)}".`) })
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
        return json(res, 415, { ok: false, error: errorInfo('validation', 'Send the call’s arguments as JSON (Content-Type: application/json).', 'input') })
      const body = await readBody(req)
      if (body === null) return json(res, 413, { ok: false, error: errorInfo('validation', `The request is larger than ${MAX_BODY_BYTES} bytes.`, 'input') })
      let input: unknown
      try {
        input = body.length ? JSON.parse(body) : {}
      } catch {
        return json(res, 400, { ok: false, error: errorInfo('validation', 'The request body is not valid JSON.', 'input') })
      }
      return json(res, 200, await options.dispatch(name, input))
    }

    if (path === EVENTS_PATH && req.method === 'GET') return streams.open(res, SECURITY_HEADERS)
    return plain(res, 404, 'Not found.')
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?${KEY_QUERY}=${key}`,
    port,
    key,
    async close() {
      stopForwarding()
      streams.close()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    }
  }
}

/** A percent-encoded path part decoded, or null when it is malformed ("%ZZ", a lone "%", cut-off UTF-8). */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

const errorInfo = (code: ErrorInfo['code'], message: string, field?: string): ErrorInfo => (field ? { code, message, field } : { code, message })

function keyRefused(res: ServerResponse, given: string | string[] | undefined): void {
  // 401: no key at all (say how to get one); 403: a key, but the wrong one.
  if (given === undefined) return json(res, 401, { ok: false, error: errorInfo('auth', `This request needs the key of this run in the ${KEY_HEADER} header.`) })
  return json(res, 403, { ok: false, error: errorInfo('auth', 'The key is not valid for this run.') })
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text))
  })
  res.end(text)
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}

/** A minimal page for a refused visit: the message, in the app's name, nothing else. */
function page(res: ServerResponse, status: number, message: string): void {
  const escaped = message.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`)
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tracker Sync</title></head><body><main><h1>Tracker Sync</h1><p>${escaped}</p></main></body></html>`
  )
}

/** The body as text, or null once it passes MAX_BODY_BYTES (the rest is not read). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Past the limit the rest is drained and dropped, so the 413 answer still reaches the page.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolveBody(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
