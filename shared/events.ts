// Push events from the core to whoever listens (Electron IPC to the window, server-sent events in the browser
// host, the CLI's progress output). Payloads are small: a listener re-reads what it needs.
import type { ErrorInfo } from './errors'

export interface CoreEvents {
  /** Something in the sync queue changed (enqueued, progressed, finished, failed, cancelled, paused). */
  'queue.changed': { queueIds: number[]; candidateIds: number[] }
  /** The queue as a whole paused or resumed (auth error, offline, rate limited), with the reason in words. */
  'queue.state': { state: 'running' | 'paused_auth' | 'offline' | 'rate_limited' | 'idle'; reason: string | null; retryAt: string | null }
  /** Connected, disconnected, or the token was found to be revoked. */
  'connection.changed': { connected: boolean; problem: ErrorInfo | null }
  /** Progress of a CSV import: rows done and bytes read of the file's total. */
  'import.progress': { importToken: string; rowsDone: number; bytesRead: number; bytesTotal: number; phase: 'reading' | 'applying' | 'done' }
  /** Jobs, candidates or stages changed (e.g. after an import or from the CLI); lists should refresh. */
  'data.changed': { what: 'jobs' | 'candidates' | 'settings' }
}

export type CoreEventName = keyof CoreEvents
