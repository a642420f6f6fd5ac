// How a fault is sent: never answered (hang), the connection dropped (reset), a 5xx or 429 with its Retry-After,
// broken JSON (malformed), or a body too big to read (huge).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { streamHuge } from './http-io'
import type { Reply } from './reply'
import type { FaultRule, RequestLogEntry } from './types'

/** Seconds, or the same moment as an HTTP date. */
function retryAfter(now: number, seconds: number, form: FaultRule['retryAfterForm']): string {
  return form === 'date' ? new Date(now + seconds * 1000).toUTCString() : String(seconds)
}

export async function sendFault(
  rule: FaultRule,
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry,
  now: number,
  answer: (reply: Reply) => void
): Promise<void> {
  entry.fault = rule.kind
  switch (rule.kind) {
    case 'hang':
      return // never answered; the client's timeout must end it (the socket closes with the server)
    case 'reset':
      req.socket.destroy()
      return
    case '5xx': {
      // Retry-After only when the rule asks (a 503 + Retry-After); TrackerRMS's 5xx headers are [unknown] (§5).
      const headers = rule.retryAfterSeconds === undefined ? undefined : { 'Retry-After': retryAfter(now, rule.retryAfterSeconds, rule.retryAfterForm) }
      return answer({ status: rule.status ?? 503, text: 'Service Unavailable', headers })
    }
    case '429':
      return answer({ status: 429, text: 'Too many requests.', headers: { 'Retry-After': retryAfter(now, rule.retryAfterSeconds ?? 1, rule.retryAfterForm) } })
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
