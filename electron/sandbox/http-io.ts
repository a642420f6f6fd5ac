// Reading requests and writing replies for the sandbox server.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reply } from './reply'

/** Bigger than any request the API would accept (a base64 resume of ~30 MB). */
const MAX_BODY_BYTES = 40 * 1024 * 1024

export function write(res: ServerResponse, reply: Reply): void {
  const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '')
  const type = reply.json !== undefined ? 'application/json; charset=utf-8' : (reply.headers?.['Content-Type'] ?? 'text/plain; charset=utf-8')
  res.writeHead(reply.status, { 'Content-Type': type, ...reply.headers })
  res.end(body)
}

/** A JSON array that goes on and on, written with backpressure until done or the client hangs up. */
export async function streamHuge(res: ServerResponse, bytes: number): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'application/json' })
  const chunk = Buffer.from('{"resourceId":1,"firstname":"Ann","surname":"Lee","lastUpdatedDateTime":"2026-01-01T00:00:00.000"},'.repeat(800))
  res.write('[')
  for (let sent = 0; sent < bytes && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)))
  }
  if (!res.destroyed) res.end('{}]')
}

/** The body as text, or null when it is bigger than the API would ever accept. */
export function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooBig = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooBig = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const raw = await readBody(req)
  if (!raw?.trim()) return {}
  try {
    return JSON.parse(raw)
  } catch {
    return {}
  }
}

/** Keys whose values are secrets: the exchange's API token and the Widget credentials. */
const SECRET_KEYS = new Set(['bearertoken', 'password', 'apikey', 'oauthtoken'])

/** The body for the request log: secrets blanked, long strings (base64 documents) shortened. */
export function loggable(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 64)}…(${value.length} chars)` : value
  if (!value || typeof value !== 'object' || depth > 6) return value
  if (Array.isArray(value)) return value.map((item) => loggable(item, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([key, val]) => [key, SECRET_KEYS.has(key.toLowerCase()) ? '[secret]' : loggable(val, depth + 1)]))
}
