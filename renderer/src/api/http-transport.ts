// The browser host's transport: POST /api/<call> with the key header; events from GET /events (reconnecting).
import { API_PATH, EVENTS_PATH, KEY_HEADER } from '../../../shared/api/bridge'
import type { ApiEventMessage } from '../../../shared/api/events'
import type { Result } from '../../../shared/api/result'
import type { Transport } from './transport'
import { readEventStream } from './sse-reader'

const RECONNECT_MS = 2000

/** After the stream comes back, events may have been missed: everything is announced as changed. */
const RECONNECTED: ApiEventMessage[] = (['jobs', 'candidates', 'settings'] as const).map((what) => ({ name: 'data.changed', payload: { what } }))

export function createHttpTransport(key: string): Transport {
  const listeners = new Set<(event: ApiEventMessage) => void>()
  let streaming = false

  async function call(name: string, input: unknown): Promise<Result<never>> {
    let response: Response
    try {
      response = await fetch(`${API_PATH}${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [KEY_HEADER]: key },
        body: JSON.stringify(input ?? {})
      })
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Tracker Sync is not answering. Is "npm run web" still running?' } }
    }
    try {
      return (await response.json()) as Result<never>
    } catch {
      return { ok: false, error: { code: 'internal', message: `Tracker Sync answered ${response.status} without a result.` } }
    }
  }

  async function stream(): Promise<void> {
    let first = true
    while (listeners.size > 0) {
      try {
        const response = await fetch(EVENTS_PATH, { headers: { [KEY_HEADER]: key } })
        if (response.ok && response.body) {
          // After a reconnect, everything may be stale: say so once, as a data change.
          if (!first) for (const listener of listeners) RECONNECTED.forEach(listener)
          first = false
          for await (const data of readEventStream(response.body)) {
            const message = JSON.parse(data) as ApiEventMessage
            for (const listener of listeners) listener(message)
          }
        }
      } catch {
        // dropped: retried below
      }
      first = false
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS))
    }
    streaming = false
  }

  return {
    kind: 'browser',
    call: call as Transport['call'],
    onEvent(listener) {
      listeners.add(listener)
      if (!streaming) {
        streaming = true
        void stream()
      }
      return () => void listeners.delete(listener)
    }
  }
}
