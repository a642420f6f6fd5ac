import type { QueueState } from '../../../../shared/domain'
import { STATE_LABELS } from './labels'

// 'held' is the queue state 'waiting': exports parked until something outside them is there (the Widget API, the
// first read of TrackerRMS's list, a record TrackerRMS reports). One tile: the counts are by state, not by reason.
export type QueueFilter = 'all' | 'waiting' | 'running' | 'paused' | 'held' | 'done' | 'failed' | 'cancelled'

export const FILTER_STATES: Record<Exclude<QueueFilter, 'all'>, QueueState[]> = {
  waiting: ['pending', 'retry_wait'],
  running: ['running'],
  paused: ['blocked_auth'],
  held: ['waiting'],
  done: ['done'],
  failed: ['failed'],
  cancelled: ['cancelled']
}
const LABELS: Record<Exclude<QueueFilter, 'all'>, string> = {
  waiting: 'Waiting',
  running: 'Sending',
  paused: 'Paused',
  held: STATE_LABELS.waiting,
  done: 'In TrackerRMS',
  failed: 'Failed',
  cancelled: 'Cancelled'
}

/** Counts by state; each is a filter for the list below (pressed again: everything). */
export function QueueSummary({ counts, filter, onFilter }: { counts: Record<QueueState, number>; filter: QueueFilter; onFilter(filter: QueueFilter): void }) {
  return (
    <div className="queue-summary" role="group" aria-label="Exports by state">
      {(Object.keys(LABELS) as Exclude<QueueFilter, 'all'>[]).map((key) => {
        const n = FILTER_STATES[key].reduce((sum, state) => sum + (counts[state] ?? 0), 0)
        return (
          <button key={key} type="button" className={`tile tile-${key}`} aria-pressed={filter === key} onClick={() => onFilter(filter === key ? 'all' : key)}>
            <span className="tile-count">{n.toLocaleString()}</span>
            <span className="tile-label">{LABELS[key]}</span>
          </button>
        )
      })}
    </div>
  )
}
