// Server-sent events: every push event of the core, as `data: {"name":…,"payload":…}` lines, to every open page.
import type { ServerResponse } from 'node:http'
import type { ApiEventMessage } from '../../shared/api'

export class EventStreams {
  private readonly clients = new Set<ServerResponse>()
  private readonly heartbeat: ReturnType<typeof setInterval>

  constructor(heartbeatMs = 25_000) {
    // A comment line now and then keeps proxies and idle timeouts from closing a quiet stream.
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), heartbeatMs)
    this.heartbeat.unref()
  }

  open(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
    res.write('retry: 2000\n: connected\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  send(message: ApiEventMessage): void {
    this.write(`data: ${JSON.stringify(message)}\n\n`)
  }

  get size(): number {
    return this.clients.size
  }

  close(): void {
    clearInterval(this.heartbeat)
    for (const res of this.clients) res.end()
    this.clients.clear()
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk)
  }
}
