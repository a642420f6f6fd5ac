// What the connection report's steps are run with (probe.ts runs them; probe-reads/-writes/-calls make the calls).
import type { TrackerClientOptions, TrackerParts } from './client'
export interface ProbeOptions extends Pick<
  TrackerClientOptions,
  'restUrl' | 'widgetUrl' | 'token' | 'widgetKey' | 'loginEmail' | 'fetch' | 'throttle' | 'timeoutMs' | 'retry' | 'log' | 'now'
> {
  region: string | null
  /** Create (and delete) a test candidate to learn the write calls' shapes: only with the user's consent. */
  writes: boolean
  /** A TrackerRMS job to try the job list on (writes only). */
  trackerJobId?: number | null
}

/** Runs a step: its exchanges are recorded, its failure is recorded rather than thrown. */
export type StepRunner = (id: string, title: string, run: (findings: Record<string, unknown>) => Promise<void>) => Promise<void>

export interface ProbeContext {
  parts: TrackerParts
  options: ProbeOptions
  step: StepRunner
  notes: string[]
}
