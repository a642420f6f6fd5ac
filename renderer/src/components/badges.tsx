import { CircleAlert, CircleDashed, Clock } from 'lucide-react'
import { STAGE_LABELS, type Stage, type SyncStatus } from '../../../shared/domain'
import badge from '../assets/in-trackerrms-badge.svg'

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`stage stage-${stage}`}>{STAGE_LABELS[stage]}</span>
}

export const SYNC_STATUS_LABELS: Record<SyncStatus, string> = {
  not_synced: 'Not synced',
  queued: 'Queued',
  synced: 'Synced',
  failed: 'Failed',
  in_tracker: 'In TrackerRMS'
}

/** Our own "in TrackerRMS" mark (not TrackerRMS's logo). Phase 2 wraps it in a link to the record. */
export function TrackerBadge({ size = 16, label = 'In TrackerRMS' }: { size?: number; label?: string }) {
  return <img className="tracker-badge" src={badge} width={size} height={size} alt={label} />
}

export function SyncStatusBadge({ status }: { status: SyncStatus }) {
  const label = SYNC_STATUS_LABELS[status]
  return (
    <span className={`sync sync-${status}`}>
      {status === 'not_synced' && <CircleDashed aria-hidden="true" />}
      {status === 'queued' && <Clock aria-hidden="true" />}
      {status === 'failed' && <CircleAlert aria-hidden="true" />}
      {(status === 'synced' || status === 'in_tracker') && <TrackerBadge size={14} label="" />}
      {label}
    </span>
  )
}
