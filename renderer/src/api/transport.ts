// How the page reaches the core: Electron's preload (window.api) in the desktop app, HTTP + server-sent events
// when served by the browser host. Both speak the same contract and answer the same Result shape.
import type { TrackerSyncBridge } from '../../../shared/api/bridge'
import { KEY_QUERY } from '../../../shared/api/bridge'
import { createHttpTransport } from './http-transport'

export type Transport = TrackerSyncBridge & { kind: 'electron' | 'browser' }

/** The transport for this page, or null when it was opened without the browser host's key. */
export function pickTransport(): Transport | null {
  if (window.api) return { kind: 'electron', call: window.api.call, onEvent: window.api.onEvent }
  const key = new URLSearchParams(window.location.search).get(KEY_QUERY)
  return key ? createHttpTransport(key) : null
}
