import { CircleAlert, CircleCheck, CircleHelp, LoaderCircle, Plug } from 'lucide-react'
import type { TrackerJobLookup as Lookup } from '../../../../shared/api/tracker'
import type { JobSync } from '../../../../shared/domain'

/** What the TrackerRMS job id names, as TrackerRMS says right now: found (title, client), not found, or can't tell. */
export function TrackerJobLookup({ lookup, pending, id, stored }: { lookup: Lookup | undefined; pending: boolean; id: number | null; stored: JobSync }) {
  // What was known when it was saved, for when TrackerRMS cannot be asked now.
  const known =
    stored.trackerJobId === id && stored.trackerJobTitle ? `${stored.trackerJobTitle}${stored.trackerJobClient ? ` · ${stored.trackerJobClient}` : ''}` : null
  if (id === null) return <p className="lookup muted">No TrackerRMS job: candidates are added to TrackerRMS without being put on a job’s list.</p>
  if (pending || !lookup || lookup.id !== id)
    return (
      <p className="lookup muted" role="status">
        <LoaderCircle className="spin" aria-hidden="true" /> Looking up TrackerRMS job {id}…
      </p>
    )
  switch (lookup.state) {
    case 'found':
      return (
        <p className="lookup lookup-found" role="status">
          <CircleCheck aria-hidden="true" />
          <span>
            <strong>{lookup.title}</strong>
            {lookup.clientName && <span> · {lookup.clientName}</span>}
            {lookup.city && <span className="muted"> · {lookup.city}</span>}
            {lookup.status && <span className="muted"> · {lookup.status}</span>}
            <span className="muted"> · TrackerRMS job {lookup.id}</span>
          </span>
        </p>
      )
    case 'not_found':
      return (
        <p className="lookup lookup-missing" role="status">
          <CircleAlert aria-hidden="true" /> <span>Not found: {lookup.message} Check the job’s id in TrackerRMS.</span>
        </p>
      )
    case 'unavailable':
      return (
        <p className="lookup lookup-unknown" role="status">
          <CircleHelp aria-hidden="true" />{' '}
          <span>
            {known ? <strong>{known} · </strong> : null}Can’t check right now ({lookup.message}). The id is kept
            {known ? '' : ' and its title shows once TrackerRMS answers'}.
          </span>
        </p>
      )
    case 'not_connected':
      return (
        <p className="lookup lookup-unknown" role="status">
          <Plug aria-hidden="true" />{' '}
          <span>
            {known ? <strong>{known} · </strong> : null}TrackerRMS job {lookup.id}. Connect TrackerRMS in Settings to check it
            {known ? '' : ' and see its title'}.
          </span>
        </p>
      )
  }
}
