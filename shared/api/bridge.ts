// What the preload exposes as window.api (and what the browser host's HTTP transport imitates). Type-only and
// zod-free, so the preload bundle carries nothing but two functions.
import type { CallInput, CallName, CallResult } from './contract'
import type { ApiEventMessage } from './events'

/** Electron IPC channels: one for calls (invoke), one for pushed events (main -> page). */
export const API_CHANNEL = 'tracker-sync:api'
export const EVENT_CHANNEL = 'tracker-sync:event'

/** Browser host: calls are POST {API_PATH}<call name>, events stream from EVENTS_PATH, the key goes in KEY_HEADER. */
export const API_PATH = '/api/'
export const EVENTS_PATH = '/events'
export const KEY_HEADER = 'x-tracker-sync-key'
export const KEY_QUERY = 'key'

export interface TrackerSyncBridge {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>>
  /** Calls the listener for every pushed event; returns the unsubscribe function. */
  onEvent(listener: (event: ApiEventMessage) => void): () => void
}
