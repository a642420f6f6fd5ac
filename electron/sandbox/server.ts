// The sandbox's HTTP server (node:http on 127.0.0.1). One port serves:
//   /api/…, /swagger/…      the REST API              (restUrl   = http://127.0.0.1:PORT)
//   /widget/api/widget/…    the Widget API            (widgetUrl = http://127.0.0.1:PORT/widget)
//   /Resource/View/{id}     a read-only record page   (webHost   = http://127.0.0.1:PORT; also / and /Main/Default.aspx)
//   /__sandbox/…            the controls (never logged, limited or faulted; see control-routes.ts); not in the demo
// The in-app demo (parts.demo) first refuses what a web page could send it (demo-gate.ts) and has no HTTP controls:
// the app calls them in-process.
// API requests are logged on arrival, delayed by the latency setting, then may get a fault, then the per-minute limit
// applies, then the route answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { SandboxAuth } from './auth'
import { handleControl } from './control-routes'
import { demoRefusal } from './demo-gate'
import { FaultPlan, RateLimiter } from './faults'
import { text, type Reply } from './reply'
import { handleRest } from './rest'
import type { SandboxStore } from './store'
import type { RequestLogEntry } from './types'
import { handleWeb } from './web'
import { handleWidget } from './widget'
import type { SandboxControls } from './controls-api'
import { sendFault } from './fault-replies'
import { loggable, readBody, readJson, write } from './http-io'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface ServerParts {
  store: SandboxStore
  auth: SandboxAuth
  faults: FaultPlan
  limiter: RateLimiter
  now: () => number
  requestLogLimit: number
  /** Running as the in-app demo: no controls over HTTP, and only its own loopback Host, Origin and JSON bodies. */
  demo: boolean
}

export class SandboxServer {
  latencyMs = 0
  readonly log: RequestLogEntry[] = []
  controls!: SandboxControls
  private seq = 0
  private readonly http: Server
  private readonly sockets = new Set<Socket>()
  private listening = false
  port = 0

  constructor(readonly parts: ServerParts) {
    this.http = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' })
        res.end(`Sandbox error: ${error instanceof Error ? error.message : String(error)}`)
      })
    })
    this.http.on('connection', (socket: Socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  get networkCut(): boolean {
    return !this.listening
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject)
      this.http.listen(port, '127.0.0.1', () => {
        this.http.off('error', reject)
        this.port = (this.http.address() as { port: number }).port
        this.listening = true
        resolve()
      })
    })
  }

  /** Refuse connections: stop listening and drop every open connection (clients then get ECONNREFUSED). */
  cut(): Promise<void> {
    if (!this.listening) return Promise.resolve()
    this.listening = false
    return new Promise((resolve) => {
      this.http.close(() => resolve())
      for (const socket of this.sockets) socket.destroy()
    })
  }

  restore(): Promise<void> {
    return this.listening ? Promise.resolve() : this.listen(this.port)
  }

  private record(method: string, path: string, api: 'rest' | 'widget'): RequestLogEntry {
    const atMs = this.parts.now()
    const entry: RequestLogEntry = { seq: ++this.seq, at: new Date(atMs).toISOString(), atMs, method, path, api, status: null, fault: null }
    this.log.push(entry)
    if (this.log.length > this.parts.requestLogLimit) this.log.splice(0, this.log.length - this.parts.requestLogLimit)
    return entry
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname
    const lower = path.toLowerCase()
    const refusal = this.parts.demo ? demoRefusal(req, this.port) : null
    if (refusal) {
      req.resume()
      return write(res, refusal)
    }
    if (lower.startsWith('/__sandbox')) {
      if (this.parts.demo) return write(res, text(404, 'Not found'))
      const result = await handleControl(this.controls, method, path.slice('/__sandbox'.length), await readJson(req))
      write(res, result.reply)
      if (result.after) res.on('finish', result.after)
      return
    }
    const api = lower.startsWith('/widget/') ? 'widget' : lower.startsWith('/api/') || lower.startsWith('/swagger/') ? 'rest' : null
    if (!api) return write(res, handleWeb(this.parts.store, method, path, !this.parts.demo))

    const entry = this.record(method, path, api)
    const raw = await readBody(req)
    if (raw === null) return this.answer(res, entry, text(413, 'Request entity too large.'))
    let body: unknown
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        return this.answer(res, entry, text(400, 'The request body is not valid JSON.'))
      }
      entry.body = loggable(body)
    }
    if (this.latencyMs > 0) await sleep(this.latencyMs)
    const fault = this.parts.faults.next(path)
    if (fault) return sendFault(fault, req, res, entry, this.parts.now(), (reply) => this.answer(res, entry, reply))
    const wait = this.parts.limiter.check(this.parts.now())
    if (wait !== null)
      return this.answer(res, entry, {
        status: 429,
        text: 'Too many requests: the API allows a limited number of calls per minute.',
        headers: { 'Retry-After': String(wait) }
      })

    const { store, auth } = this.parts
    const authorization = req.headers.authorization
    if (api === 'rest') return this.answer(res, entry, handleRest({ store, auth }, method, path, body, authorization))
    const answer = handleWidget({ store, auth, webHost: this.origin }, method, path.slice('/widget'.length), body, authorization)
    if (answer.auth) entry.widgetAuth = answer.auth
    this.answer(res, entry, answer.reply)
  }

  /** http://127.0.0.1:PORT: the REST host, and the web host whose pages checkPerson's recordLink points at. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`
  }

  private answer(res: ServerResponse, entry: RequestLogEntry, reply: Reply): void {
    entry.status = reply.status
    const widgetStatus = entry.api === 'widget' && reply.status === 200 ? (reply.json as { status?: unknown } | undefined)?.status : undefined
    if (typeof widgetStatus === 'number') entry.widgetStatus = widgetStatus
    if (reply.headers?.['Retry-After']) entry.retryAfter = reply.headers['Retry-After']
    write(res, reply)
  }
}
