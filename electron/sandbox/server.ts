// The sandbox's HTTP server (node:http on 127.0.0.1). One port serves:
//   /api/…                  the REST API              (restUrl   = http://127.0.0.1:PORT)
//   /widget/api/widget/…    the Widget API            (widgetUrl = http://127.0.0.1:PORT/widget)
//   /Resource/View/{id}     a read-only record page   (webHost   = http://127.0.0.1:PORT)
//   /__sandbox/…            the controls (never logged, limited or faulted; see control-routes.ts)
// API requests are logged on arrival, delayed by the latency setting, then may get a fault, then the per-minute limit
// applies, then the route answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { SandboxAuth } from './auth'
import { handleControl } from './control-routes'
import { FaultPlan, RateLimiter } from './faults'
import { text, type Reply } from './reply'
import { handleRest } from './rest'
import type { SandboxStore } from './store'
import type { FaultRule, RequestLogEntry } from './types'
import { handleWeb } from './web'
import { handleWidget } from './widget'
import type { SandboxControls } from './controls'
import { loggable, readBody, readJson, streamHuge, write } from './http-io'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface ServerParts {
  store: SandboxStore
  shape: { resourcePage: 'envelope' | 'array' }
  auth: SandboxAuth
  faults: FaultPlan
  limiter: RateLimiter
  now: () => number
  requestLogLimit: number
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
    if (lower.startsWith('/__sandbox')) {
      const result = await handleControl(this.controls, method, path.slice('/__sandbox'.length), await readJson(req))
      write(res, result.reply)
      if (result.after) res.on('finish', result.after)
      return
    }
    const api = lower.startsWith('/widget/') ? 'widget' : lower.startsWith('/api/') ? 'rest' : null
    if (!api) return write(res, handleWeb(this.parts.store, method, path))

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
    if (fault) return this.fault(fault, req, res, entry)
    const wait = this.parts.limiter.check(this.parts.now())
    if (wait !== null) return this.answer(res, entry, { status: 429, text: 'Too many requests: the API allows a limited number of calls per minute.', headers: { 'Retry-After': String(wait) } })

    const ctx = { store: this.parts.store, auth: this.parts.auth, resourcePageShape: this.parts.shape.resourcePage }
    const authorization = req.headers.authorization
    const reply =
      api === 'rest' ? handleRest(ctx, method, path, body, authorization) : handleWidget(ctx, method, path.slice('/widget'.length), body, authorization)
    this.answer(res, entry, reply)
  }

  private answer(res: ServerResponse, entry: RequestLogEntry, reply: Reply): void {
    entry.status = reply.status
    if (reply.headers?.['Retry-After']) entry.retryAfter = reply.headers['Retry-After']
    write(res, reply)
  }

  private async fault(rule: FaultRule, req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): Promise<void> {
    entry.fault = rule.kind
    switch (rule.kind) {
      case 'hang':
        return // never answered; the client's timeout must end it (the socket closes with the server)
      case 'reset':
        req.socket.destroy()
        return
      case '5xx':
        return this.answer(res, entry, text(rule.status ?? 503, 'Service Unavailable'))
      case '429': {
        const seconds = rule.retryAfterSeconds ?? 1
        const value = rule.retryAfterForm === 'date' ? new Date(this.parts.now() + seconds * 1000).toUTCString() : String(seconds)
        return this.answer(res, entry, { status: 429, text: 'Too many requests.', headers: { 'Retry-After': value } })
      }
      case 'malformed':
        entry.status = 200
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{"opportunities": [{"opportunityId": 5001, "opportunityName": "Senior IC')
        return
      case 'huge':
        entry.status = 200
        return streamHuge(res, rule.hugeBytes ?? 64 * 1024 * 1024)
    }
  }
}
