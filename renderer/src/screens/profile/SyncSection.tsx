import { Send } from 'lucide-react'
import { ACTIVE_QUEUE_STATES } from '../../../../shared/domain'
import type { CandidateProfile } from '../../../../shared/api/candidates'
import { useCall } from '../../api/hooks'
import { useConnection } from '../../api/state'
import { formatDateTime } from '../../api/time'
import { SyncStatusBadge } from '../../components/badges'
import { Countdown } from '../../components/Countdown'
import { TrackerLink } from '../../components/TrackerLink'
import { MATCHED_ON_LABELS, STATE_LABELS } from '../activity/labels'
import { WaitingReason } from '../activity/WaitingReason'
import { HeldDecision } from '../export/DoubtfulMatch'

const HOW: Record<string, string> = {
  created: 'Created in TrackerRMS',
  linked: 'Linked to an existing TrackerRMS record',
  imported: 'Imported from TrackerRMS'
}

/** Where the candidate stands with TrackerRMS: the badge linking to the record, or the export waiting (and when). */
export function SyncSection({ profile, onExport }: { profile: CandidateProfile; onExport(): void }) {
  const { sync, candidate } = profile
  const connected = useConnection().data?.connected ?? false
  const queue = useCall('sync.queue', { candidateId: candidate.id, limit: 5 })
  const active = queue.data?.find((e) => ACTIVE_QUEUE_STATES.includes(e.state))

  if (sync.trackerResourceId !== null)
    return (
      <div className="sync-card in-tracker">
        <TrackerLink resourceId={sync.trackerResourceId} name={candidate.fullName} size={32} />
        <div className="sync-card-text">
          <p>
            <strong>{HOW[sync.how ?? ''] ?? 'In TrackerRMS'}</strong>
            {sync.matchedOn && <span className="muted"> ({MATCHED_ON_LABELS[sync.matchedOn]})</span>}
          </p>
          <p className="muted">
            Record #{sync.trackerResourceId}
            {sync.syncedAt && ` · ${formatDateTime(sync.syncedAt)}`}
            {sync.syncedBy && ` · by ${sync.syncedBy}`}
          </p>
          <TrackerLink resourceId={sync.trackerResourceId} name={candidate.fullName} withText size={14} />
          {active?.state === 'waiting' && <WaitingReason entry={active} />}
        </div>
        <div className="sync-card-footer">
          <button type="button" className="btn btn-sm" disabled aria-describedby="export-synced-reason">
            <Send aria-hidden="true" /> Export to ATS
          </button>
          <p id="export-synced-reason" className="muted">
            Already in TrackerRMS: contact details are sent once. Other jobs’ triggers still put this record on their TrackerRMS job lists.
          </p>
        </div>
      </div>
    )
  return (
    <div className="sync-card">
      <SyncStatusBadge status={sync.status} />
      <div className="sync-card-text">
        <p className="muted">
          {active ? (
            <>
              {active.match ? 'Needs your decision' : STATE_LABELS[active.state]}
              {active.jobTitle ? ` (${active.jobTitle})` : ''}
              {(active.state === 'pending' || active.state === 'retry_wait') && (
                <>
                  {': sent '}
                  <Countdown until={active.nextRunAt} />
                </>
              )}
              {active.state === 'blocked_auth' && ': waits until TrackerRMS accepts the token again.'}
              {active.state === 'waiting' && !active.match && <WaitingReason entry={active} />}
            </>
          ) : sync.status === 'failed' ? (
            'The last export failed; retry it in Activity.'
          ) : (
            'Not in TrackerRMS yet. It is sent when its job’s trigger fires, or with Export to ATS.'
          )}
        </p>
        {active?.match && <HeldDecision entry={active} />}
      </div>
      <div className="sync-card-footer">
        <button
          type="button"
          className="btn btn-sm btn-primary"
          disabled={!connected || !!active}
          aria-describedby={!connected || active ? 'export-reason-profile' : undefined}
          onClick={onExport}
        >
          <Send aria-hidden="true" /> Export to ATS
        </button>
        {(!connected || active) && (
          <p id="export-reason-profile" className="muted">
            {!connected ? 'Connect TrackerRMS in Settings to export.' : 'An export is already waiting in the queue.'}
          </p>
        )}
      </div>
    </div>
  )
}
