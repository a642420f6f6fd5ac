// The read of TrackerRMS's candidate list (the duplicate index), as Settings and Activity show it: a progress bar
// with the count and the time left while reading, the problem and "Read now" when paused, one quiet line once done.
import { CircleCheck, PauseCircle, RefreshCw } from 'lucide-react'
import type { IndexStatus } from '../../../shared/events'
import { indexProgressText } from '../../../shared/index-progress'
import { plural } from '../../../shared/plural'
import { useReadIndex } from '../api/read-index'
import { formatDateTime, formatShort } from '../api/time'
import { ProgressBar } from './ProgressBar'

/** "34,000 of ~100,000 (34 %)": the bar's value for screen readers (its visible text changes with every page). */
function countText(status: IndexStatus): string {
  const read = status.rows.toLocaleString('en')
  if (status.total === null) return `${read} read`
  return `${read} of ~${status.total.toLocaleString('en')}${status.percent !== null ? ` (${status.percent} %)` : ''}`
}

/** `checkForChanges`: offer a delta once the first read is done (Settings; Activity only says where it stands). */
export function IndexRead({ status, checkForChanges = false }: { status: IndexStatus; checkForChanges?: boolean }) {
  const { readNow, busy } = useReadIndex(status)
  if (status.state === 'not_connected') return null
  if (status.state === 'ready') {
    const checked = status.lastRefreshAt ?? status.readyAt
    return (
      <div className="index-ready" data-index-state="ready">
        <CircleCheck aria-hidden="true" />
        <span>
          Tracker Sync knows your {plural(status.rows, 'TrackerRMS candidate')}
          {checked && <span title={formatDateTime(checked)}>, last checked {formatShort(checked)}</span>}.
        </span>
        {checkForChanges && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={readNow} disabled={busy}>
            <RefreshCw className={busy ? 'spin' : undefined} aria-hidden="true" /> {busy ? 'Checking…' : 'Check for changes now'}
          </button>
        )}
      </div>
    )
  }
  const bar = (
    <ProgressBar
      value={status.percent === null ? null : status.percent / 100}
      label={status.state === 'reading' ? indexProgressText(status) : 'Reading paused'}
      detail={status.percent !== null ? `${status.percent} %` : undefined}
      name="Reading your TrackerRMS candidates"
      valueText={countText(status)}
    />
  )
  if (status.state === 'paused')
    return (
      <div className="index-read" data-index-state="paused">
        <div className="callout warning" role="status">
          <PauseCircle aria-hidden="true" />
          <div className="callout-body">
            <p>
              <strong>{indexProgressText(status)}</strong>
              {status.problem && ' It carries on by itself.'} Exports that would create a record in TrackerRMS wait until then.
            </p>
            <button type="button" className="btn btn-sm" onClick={readNow} disabled={busy}>
              <RefreshCw className={busy ? 'spin' : undefined} aria-hidden="true" /> Read now
            </button>
          </div>
        </div>
        {bar}
      </div>
    )
  return (
    <div className="index-read" data-index-state="reading">
      {bar}
      <p className="muted index-read-note">
        Until this is done, exports that would create a record in TrackerRMS wait: Tracker Sync checks every name for a duplicate first. Exports of people
        TrackerRMS already has are linked meanwhile.
      </p>
    </div>
  )
}
