// The in-app demo's door. A test sandbox only ever hears from tests; the demo runs while the user browses the web,
// and any page can make the browser send requests to 127.0.0.1. So the demo answers only requests addressed to its
// own loopback host and port (a DNS-rebound page sends its own name), from no page or its own (Origin), and with
// JSON bodies only: TrackerRMS's documented API takes JSON everywhere (attachDocument too: base64 in JSON, never
// multipart, reference §3, §4.11), and JSON is what an HTML form on another site cannot send.
import type { IncomingMessage } from 'node:http'
import { loopbackHostAllowed, sameOriginAllowed } from '../../shared/loopback'
import { json, type Reply } from './reply'

const isJson = (type: string | undefined) => /^application\/json\s*(;|$)/i.test(type ?? '')

/** Whether the request carries a body. */
const hasBody = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined

/** The demo's refusal of this request, or null when it may go on. */
export function demoRefusal(req: IncomingMessage, port: number): Reply | null {
  if (!loopbackHostAllowed(req.headers.host, port)) return json(403, { error: `The demo TrackerRMS answers only as 127.0.0.1:${port} or localhost:${port}.` })
  if (!sameOriginAllowed(req.headers.origin, port)) return json(403, { error: 'The demo TrackerRMS refuses requests from other web pages.' })
  // A form's POST with no fields has no body, but still names its type.
  if ((req.headers['content-type'] !== undefined || hasBody(req)) && !isJson(req.headers['content-type']))
    return json(415, { error: 'The demo TrackerRMS takes JSON only (Content-Type: application/json).' })
  return null
}
