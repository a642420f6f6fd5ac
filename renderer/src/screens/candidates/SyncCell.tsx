import type { ReviewRow } from '../../../../shared/api/candidates'
import { SyncStatusBadge, SYNC_STATUS_LABELS } from '../../components/badges'
import { Countdown } from '../../components/Countdown'
import { TrackerLink } from '../../components/TrackerLink'

/** A row's sync status: the badge linking to the TrackerRMS record once it is there, the countdown while queued. */
export function SyncCell({ row }: { row: ReviewRow }) {
  if ((row.syncStatus === 'synced' || row.syncStatus === 'in_tracker') && row.trackerResourceId !== null)
    return (
      <span className={`sync sync-${row.syncStatus}`}>
        <TrackerLink resourceId={row.trackerResourceId} name={row.fullName} size={16} />
        {SYNC_STATUS_LABELS[row.syncStatus]}
      </span>
    )
  if (row.syncStatus === 'queued' && row.queuedUntil)
    return (
      <span className="sync sync-queued">
        <SyncStatusBadge status="queued" />
        <span className="sync-when">
          <Countdown until={row.queuedUntil} prefix="" compact />
        </span>
      </span>
    )
  return <SyncStatusBadge status={row.syncStatus} />
}
