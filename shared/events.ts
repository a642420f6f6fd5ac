// Push events from the core to whoever listens (Electron IPC to the window, server-sent events in the browser
// host, the CLI's progress output). Payloads are small: a listener re-reads what it needs.
import type { ListingVariant } from './api/connection'
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
  /** The read of TrackerRMS's candidate list (the duplicate index) moved on: rows read, the total, the ETA. */
  'index.progress': IndexStatus
  /** Jobs, candidates or stages changed (e.g. after an import or from the CLI); lists should refresh. */
  'data.changed': { what: 'jobs' | 'candidates' | 'settings' }
}

export type CoreEventName = keyof CoreEvents

/**
 * Where Tracker Sync's copy of TrackerRMS's candidate list stands. Nothing is created in TrackerRMS before the first
 * full read is done (the full-name rule needs every name); links to records TrackerRMS reports go ahead meanwhile.
 */
export interface IndexStatus {
  /** not_connected; reading (the first full read); paused (stopped by a problem, carries on by itself); ready. */
  state: 'not_connected' | 'reading' | 'paused' | 'ready'
  /** Candidates read so far (reading, paused), or known to the index (ready). */
  rows: number
  /** TrackerRMS's own count of its candidates, when it gives one. */
  total: number | null
  /** 0–100 while reading, when the total is known. */
  percent: number | null
  /** Candidates a minute, measured over this read. */
  ratePerMinute: number | null
  /** Seconds left at that rate. */
  etaSeconds: number | null
  variant: ListingVariant | null
  /** When the first full read finished, and the last refresh since. */
  readyAt: string | null
  lastRefreshAt: string | null
  /** Why the read is paused, in words. */
  problem: string | null
}
