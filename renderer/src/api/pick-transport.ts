// Which transport this page uses: the preload's bridge in the desktop app, HTTP with the key from the address when
// served by the browser host.
import { KEY_QUERY } from '../../../shared/api/bridge'
import { createHttpTransport } from './http-transport'
import type { Transport } from './transport'

/** The transport for this page, or null when it was opened without the browser host's key. */
export function pickTransport(): Transport | null {
  if (window.api) return { kind: 'electron', call: window.api.call, onEvent: window.api.onEvent }
  const key = new URLSearchParams(window.location.search).get(KEY_QUERY)
  return key ? createHttpTransport(key) : null
}
