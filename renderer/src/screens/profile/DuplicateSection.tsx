// The profile's duplicate flags. A twin: this person has two TrackerRMS records, ours and one someone else created
// at about the same time; both are linked so they can be merged in TrackerRMS. A near miss: an export found a
// similar record and did not link it. A twin's message is also the candidate's duplicateWarning: shown once.
import { Copy, TriangleAlert } from 'lucide-react'
import type { TwinView } from '../../../../shared/api/sync'
import type { Candidate } from '../../../../shared/domain'
import { useCall } from '../../api/hooks'
import { formatDateTime } from '../../api/time'
import { TrackerLink } from '../../components/TrackerLink'

function TwinFlag({ twin }: { twin: TwinView }) {
  return (
    <div className="callout warning duplicate-warning twin-flag" role="note" aria-label="Possible duplicate in TrackerRMS">
      <Copy aria-hidden="true" />
      <div className="callout-body">
        <p>
          <strong>Two TrackerRMS records of this person.</strong> <span>{twin.message}</span>
        </p>
        <ul className="twin-records" aria-label="The two records">
          <li>
            <TrackerLink resourceId={twin.oursResourceId} name={twin.fullName} withText text={`#${twin.oursResourceId}, created by Tracker Sync`} size={14} />
          </li>
          <li>
            <TrackerLink resourceId={twin.otherResourceId} name={twin.fullName} withText text={`#${twin.otherResourceId}, created by someone else`} size={14} />
          </li>
        </ul>
        <p className="muted">Found {formatDateTime(twin.foundAt)}.</p>
      </div>
    </div>
  )
}

function NearMiss({ warning }: { warning: string }) {
  return (
    <div className="callout warning duplicate-warning" role="note" aria-label="Possible duplicate in TrackerRMS">
      <TriangleAlert aria-hidden="true" />
      <div>
        <strong>Possible duplicate in TrackerRMS.</strong> <span>{warning}</span>
        <p className="muted">
          Tracker Sync links only exact matches (email, LinkedIn URL or full name); nothing was linked or merged. Check the record in TrackerRMS yourself.
        </p>
      </div>
    </div>
  )
}

export function DuplicateSection({ candidate }: { candidate: Candidate }) {
  const twins = useCall('sync.twins', { candidateId: candidate.id })
  const list = twins.data ?? []
  // Until the twins are known, the warning may be a twin's message: not shown as a near miss meanwhile.
  const nearMiss = !twins.isPending && candidate.duplicateWarning && !list.some((t) => t.message === candidate.duplicateWarning)
  return (
    <>
      {list.map((twin) => (
        <TwinFlag key={`${twin.oursResourceId}-${twin.otherResourceId}`} twin={twin} />
      ))}
      {nearMiss && <NearMiss warning={candidate.duplicateWarning!} />}
    </>
  )
}
