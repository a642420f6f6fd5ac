import type { CandidateProfile } from '../../../../shared/api/candidates'
import { SyncStatusBadge, TrackerBadge } from '../../components/badges'
import { formatTime } from './format'

const HOW: Record<string, string> = { created: 'Created in TrackerRMS', linked: 'Linked to an existing TrackerRMS record', imported: 'Imported from TrackerRMS' }
const MATCHED: Record<string, string> = { email: 'same email', linkedin: 'same LinkedIn URL', name: 'same full name' }

/**
 * Where the candidate stands with TrackerRMS. Phase 2 turns the badge into a link to the record (on the user's
 * TrackerRMS web host) and adds the sync history and "Export to ATS" beside it.
 */
export function SyncSection({ profile }: { profile: CandidateProfile }) {
  const { sync } = profile
  if (sync.trackerResourceId === null)
    return (
      <div className="sync-card">
        <SyncStatusBadge status={sync.status} />
        <p className="muted">
          {sync.status === 'queued'
            ? 'An export is waiting in the queue.'
            : sync.status === 'failed'
              ? 'The last export failed; see Activity.'
              : 'Not in TrackerRMS yet. It is sent when its job’s trigger fires.'}
        </p>
      </div>
    )
  return (
    <div className="sync-card">
      <TrackerBadge size={28} />
      <div>
        <p>
          <strong>{HOW[sync.how ?? ''] ?? 'In TrackerRMS'}</strong>
          {sync.matchedOn && <span className="muted"> ({MATCHED[sync.matchedOn]})</span>}
        </p>
        <p className="muted">
          TrackerRMS record {sync.trackerResourceId}
          {sync.syncedAt && ` · ${formatTime(sync.syncedAt)}`}
          {sync.syncedBy && ` · by ${sync.syncedBy}`}
        </p>
      </div>
    </div>
  )
}
