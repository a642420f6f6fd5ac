// After "Export": one line per candidate that follows its export live (waiting, sending and the step reached, created
// or linked with the record number and the badge, held for the user's decision with the choices, or failed with
// TrackerRMS's reason and Retry) until every one is done, failed or waits for the user.
import { Ban, CircleAlert, CircleCheck, CircleHelp, Hourglass, LoaderCircle, RotateCcw } from 'lucide-react'
import { toast } from 'sonner'
import type { ExportOutcome, QueueEntry } from '../../../../shared/api/sync'
import { errorMessage } from '../../api/client'
import { useCall, useCallMutation } from '../../api/hooks'
import { ProgressBar } from '../../components/ProgressBar'
import { TrackerLink } from '../../components/TrackerLink'
import { STEP_LABELS } from '../activity/labels'
import { recordWords } from '../../api/queue-toasts'
import { HeldDecision } from './DoubtfulMatch'

export function Outcomes({ outcomes, names }: { outcomes: ExportOutcome[]; names: Map<number, string> }) {
  const queueIds = outcomes.flatMap((o) => ('queueId' in o ? [o.queueId] : []))
  const items = useCall('sync.queueItems', { queueIds: queueIds.length ? queueIds : [1] }, { enabled: queueIds.length > 0 })
  const retry = useCallMutation('sync.retry')
  const byId = new Map((items.data ?? []).map((entry) => [entry.id, entry]))
  // A waiting export is in TrackerRMS already; its resume or job list follows when the Widget API answers.
  const finished = queueIds.filter((id) => ['done', 'failed', 'cancelled', 'waiting'].includes(byId.get(id)?.state ?? '')).length
  const failed = queueIds.filter((id) => byId.get(id)?.state === 'failed').length
  const held = queueIds.filter((id) => byId.get(id)?.waitingFor === 'decision').length
  const waiting = queueIds.filter((id) => byId.get(id)?.state === 'waiting').length - held

  return (
    <div className="stack">
      {queueIds.length > 0 && (
        <ProgressBar
          value={finished / queueIds.length}
          label={
            finished < queueIds.length
              ? 'Sending to TrackerRMS'
              : held
                ? 'All exports sent, except those waiting for your decision'
                : waiting
                  ? 'All exports sent; some wait for the Widget API'
                  : 'All exports finished'
          }
          detail={`${finished} of ${queueIds.length} finished${failed ? `, ${failed} failed` : ''}${held ? `, ${held} waiting for your decision` : ''}${waiting ? `, ${waiting} waiting for the Widget API (resume or job list)` : ''}`}
        />
      )}
      <ul className="outcomes" aria-label="Export outcomes">
        {outcomes.map((outcome) => {
          const name = names.get(outcome.candidateId) ?? `Candidate ${outcome.candidateId}`
          if (outcome.outcome === 'skipped')
            return (
              <li key={outcome.candidateId} className="outcome skipped">
                <Ban aria-hidden="true" />
                <div>
                  <strong>{name}</strong>
                  <p className="muted">Skipped, as you chose: nothing was sent.</p>
                </div>
              </li>
            )
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
      ) : entry?.waitingFor === 'decision' ? (
        <CircleHelp aria-hidden="true" />
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
          {state === 'waiting' && entry?.waitingFor !== 'decision' && entry?.lastError}
          {state === 'running' && `Sending… ${entry ? STEP_LABELS[entry.step] : ''}`}
          {state === 'done' && entry && `${recordWords(entry)}.`}
          {state === 'failed' && `Failed: ${entry?.lastError ?? 'no reason given'}`}
          {state === 'cancelled' && 'Cancelled.'}
        </p>
        {entry?.match && <HeldDecision entry={entry} />}
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
