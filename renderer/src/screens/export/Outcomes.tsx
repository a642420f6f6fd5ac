// After "Export": one line per candidate that follows its export live (waiting, sending and the step reached, in
// TrackerRMS with the badge, or failed with TrackerRMS's reason and Retry) until every one is done or failed.
import { CircleAlert, CircleCheck, Hourglass, LoaderCircle, RotateCcw } from 'lucide-react'
import { toast } from 'sonner'
import type { ExportOutcome, QueueEntry } from '../../../../shared/api/sync'
import { errorMessage } from '../../api/client'
import { useCall, useCallMutation } from '../../api/hooks'
import { ProgressBar } from '../../components/ProgressBar'
import { TrackerLink } from '../../components/TrackerLink'
import { STEP_LABELS } from '../activity/labels'

export function Outcomes({ outcomes, names }: { outcomes: ExportOutcome[]; names: Map<number, string> }) {
  const queueIds = outcomes.flatMap((o) => ('queueId' in o ? [o.queueId] : []))
  const items = useCall('sync.queueItems', { queueIds: queueIds.length ? queueIds : [1] }, { enabled: queueIds.length > 0 })
  const retry = useCallMutation('sync.retry')
  const byId = new Map((items.data ?? []).map((entry) => [entry.id, entry]))
  // A waiting export is in TrackerRMS already; its resume or job list follows when the Widget API answers.
  const finished = queueIds.filter((id) => ['done', 'failed', 'cancelled', 'waiting'].includes(byId.get(id)?.state ?? '')).length
  const failed = queueIds.filter((id) => byId.get(id)?.state === 'failed').length
  const waiting = queueIds.filter((id) => byId.get(id)?.state === 'waiting').length

  return (
    <div className="stack">
      {queueIds.length > 0 && (
        <ProgressBar
          value={finished / queueIds.length}
          label={finished === queueIds.length ? (waiting ? 'All exports sent; some wait for the Widget API' : 'All exports finished') : 'Sending to TrackerRMS'}
          detail={`${finished} of ${queueIds.length} finished${failed ? `, ${failed} failed` : ''}${waiting ? `, ${waiting} waiting for the Widget API (resume or job list)` : ''}`}
        />
      )}
      <ul className="outcomes" aria-label="Export outcomes">
        {outcomes.map((outcome) => {
          const name = names.get(outcome.candidateId) ?? `Candidate ${outcome.candidateId}`
          if (outcome.outcome === 'refused')
            return (
              <li key={outcome.candidateId} className="outcome refused">
                <CircleAlert aria-hidden="true" />
                <div>
                  <strong>{name}</strong>
                  <p className="muted">Not exported: {outcome.reason}</p>
                </div>
              </li>
            )
          const entry = byId.get(outcome.queueId)
          return (
            <OutcomeLine
              key={outcome.candidateId}
              name={name}
              entry={entry}
              onRetry={(id) => retry.mutateAsync({ queueId: id }).catch((e) => toast.error(errorMessage(e)))}
            />
          )
        })}
      </ul>
    </div>
  )
}

function OutcomeLine({ name, entry, onRetry }: { name: string; entry: QueueEntry | undefined; onRetry(id: number): void }) {
  const state = entry?.state
  return (
    <li className={`outcome ${state ?? 'pending'}`} data-state={state ?? 'pending'}>
      {state === 'done' ? (
        <CircleCheck aria-hidden="true" />
      ) : state === 'failed' || state === 'cancelled' ? (
        <CircleAlert aria-hidden="true" />
      ) : state === 'waiting' ? (
        <Hourglass aria-hidden="true" />
      ) : (
        <LoaderCircle className="spin" aria-hidden="true" />
      )}
      <div>
        <strong>{name}</strong>
        <p className="muted">
          {!entry && 'Queued…'}
          {state === 'pending' && 'Waiting to be sent…'}
          {state === 'retry_wait' && `Waiting to try again: ${entry?.lastError ?? ''}`}
          {state === 'blocked_auth' && 'Waiting: TrackerRMS refused the token (reconnect in Settings).'}
          {state === 'waiting' && entry?.lastError}
          {state === 'running' && `Sending… ${entry ? STEP_LABELS[entry.step] : ''}`}
          {state === 'done' && 'In TrackerRMS.'}
          {state === 'failed' && `Failed: ${entry?.lastError ?? 'no reason given'}`}
          {state === 'cancelled' && 'Cancelled.'}
        </p>
      </div>
      {state === 'done' && entry?.trackerResourceId && <TrackerLink resourceId={entry.trackerResourceId} name={name} withText />}
      {state === 'failed' && entry && (
        <button type="button" className="btn btn-sm" onClick={() => onRetry(entry.id)}>
          <RotateCcw aria-hidden="true" /> Retry
        </button>
      )}
    </li>
  )
}
