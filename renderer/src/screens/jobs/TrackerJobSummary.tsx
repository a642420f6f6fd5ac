import { Link2 } from 'lucide-react'
import type { JobSync } from '../../../../shared/domain'

/**
 * What the chosen TrackerRMS job is. For now the title stored with it (if any) or just its id; the live lookup
 * ("found: title, client" / "not found") arrives with the TrackerRMS connection and replaces this component's body.
 */
export function TrackerJobSummary({ sync }: { sync: JobSync }) {
  if (sync.trackerJobId === null) return <p className="tracker-job-summary muted">No TrackerRMS job: candidates are added to TrackerRMS only.</p>
  return (
    <p className="tracker-job-summary">
      <Link2 aria-hidden="true" />
      {sync.trackerJobTitle ? (
        <span>
          <strong>{sync.trackerJobTitle}</strong>
          {sync.trackerJobClient && <span className="muted"> · {sync.trackerJobClient}</span>}
          <span className="muted"> · TrackerRMS job {sync.trackerJobId}</span>
        </span>
      ) : (
        <span>
          TrackerRMS job <strong>{sync.trackerJobId}</strong>
          <span className="muted"> · its title and client show once TrackerRMS is connected</span>
        </span>
      )}
    </p>
  )
}
