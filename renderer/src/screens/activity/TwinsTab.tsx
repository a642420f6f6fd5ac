// Possible duplicates in TrackerRMS, newest first: a record this app created and one someone else created for the
// same person at about the same time (another desktop, a colleague). TrackerRMS's API cannot merge records, so each
// pair is listed with both records for someone to merge in TrackerRMS.
import { CopyCheck } from 'lucide-react'
import type { TwinView } from '../../../../shared/api/sync'
import { useCall } from '../../api/hooks'
import { formatDateTime, formatShort } from '../../api/time'
import { candidatesHref } from '../../app/router'
import { DataTable } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TrackerLink } from '../../components/TrackerLink'
import { MATCHED_ON_LABELS } from './labels'

/** Newest first, whatever order they came in. */
const newestFirst = (twins: TwinView[]) => [...twins].sort((a, b) => b.foundAt.localeCompare(a.foundAt))

export function TwinsTab() {
  const twins = useCall('sync.twins', {})
  const list = newestFirst(twins.data ?? [])
  if (twins.isSuccess && list.length === 0)
    return (
      <EmptyState icon={CopyCheck} title="No possible duplicates">
        <p>
          When someone else creates a TrackerRMS record for a person at about the same time as Tracker Sync does (another Tracker Sync, or a colleague in
          TrackerRMS), both records are listed here so that someone can merge them in TrackerRMS.
        </p>
      </EmptyState>
    )
  return (
    <div className="stack">
      <p className="muted">
        Each line is one person with two TrackerRMS records, created at about the same time. TrackerRMS cannot merge records through its API: open both and
        merge them in TrackerRMS.
      </p>
      {twins.isError && <ErrorMessage>{twins.error.message}</ErrorMessage>}
      <DataTable label="Possible duplicates in TrackerRMS" columns={['Candidate', 'Created by Tracker Sync', 'Created by someone else', 'Why', 'Found']}>
        {list.map((twin) => (
          <tr key={`${twin.oursResourceId}-${twin.otherResourceId}`}>
            <td>
              <a href={candidatesHref({ candidate: twin.candidateId })}>{twin.fullName}</a>
            </td>
            <td>
              <TrackerLink resourceId={twin.oursResourceId} name={twin.fullName} withText text={`#${twin.oursResourceId}`} size={14} />
            </td>
            <td>
              <TrackerLink resourceId={twin.otherResourceId} name={twin.fullName} withText text={`#${twin.otherResourceId}`} size={14} />
            </td>
            <td>{MATCHED_ON_LABELS[twin.matchedOn].replace(/^s/, 'S')}</td>
            <td className="nowrap" title={formatDateTime(twin.foundAt)}>
              {formatShort(twin.foundAt)}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  )
}
