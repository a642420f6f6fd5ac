import { Ban, RotateCcw } from 'lucide-react'
import { toast } from 'sonner'
import type { QueueEntry } from '../../../../shared/api/sync'
import { QUEUE_STEPS } from '../../../../shared/domain'
import { errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { formatDateTime, formatShort } from '../../api/time'
import { candidatesHref } from '../../app/router'
import { Countdown } from '../../components/Countdown'
import { TryNowButton } from '../../components/StatusBanners'
import { StatusDetails } from '../../components/StatusDetails'
import type { SyncStatus } from '../../../../shared/sync-status'
import { TrackerLink } from '../../components/TrackerLink'
import { ORIGIN_LABELS, STATE_LABELS, STEPS, STEP_LABELS } from './labels'
import { WaitingReason } from './WaitingReason'
import { HeldDecision } from '../export/DoubtfulMatch'

/** Four dots: duplicate check, record, resume, job list — filled up to the last step completed. */
function Steps({ entry }: { entry: QueueEntry }) {
  const reached = QUEUE_STEPS.indexOf(entry.step)
  const text = STEPS.map((s) => `${s.label}: ${reached >= QUEUE_STEPS.indexOf(s.step) ? 'done' : 'not yet'}`).join(', ')
  return (
    <span className="steps" role="img" aria-label={text} title={text}>
      {STEPS.map((s) => (
        <span
          key={s.step}
          className={`step${reached >= QUEUE_STEPS.indexOf(s.step) ? ' reached' : ''}${entry.state === 'running' && QUEUE_STEPS.indexOf(s.step) === reached + 1 ? ' current' : ''}`}
        />
      ))}
    </span>
  )
}

/**
 * `status`: the queue's current cause (token, network, rate limit), which a waiting or paused row shows instead of
 * the error it stored when it last ran (that one may be an hour old and about another cause).
 */
export function QueueRow({ entry, status }: { entry: QueueEntry; status: SyncStatus | null }) {
  const retry = useCallMutation('sync.retry')
  const cancel = useCallMutation('sync.cancel')
  const act = (promise: Promise<unknown>, done: string) => void promise.then(() => toast.success(done)).catch((e) => toast.error(errorMessage(e)))
  const waiting = entry.state === 'pending' || entry.state === 'retry_wait'
  // Held for the user's decision: the two people and the choices on a row of their own, under the export's.
  const held = entry.waitingFor === 'decision'
  const cause = waiting || entry.state === 'blocked_auth' ? status : null
  const ownError = entry.state === 'failed' || entry.state === 'cancelled' || (entry.state === 'retry_wait' && !cause)
  return (
    <>
      <tr data-state={entry.state}>
        <td>
          <a href={candidatesHref({ candidate: entry.candidateId })}>{entry.candidateName}</a>
          <div className="muted cell-sub" title={formatDateTime(entry.createdAt)}>
            {ORIGIN_LABELS[entry.origin]} · {formatShort(entry.createdAt)}
          </div>
        </td>
        <td>
          {entry.jobTitle ?? <span className="muted">—</span>}
          <div className="muted cell-sub">{entry.trackerJobId ? `TrackerRMS job ${entry.trackerJobId}` : 'No TrackerRMS job'}</div>
        </td>
        <td>
          <span className={`state state-${entry.state}`}>{held ? 'Needs your decision' : STATE_LABELS[entry.state]}</span>
          <div className="muted cell-sub">
            {/* Due but TrackerRMS is out of reach: the cause below says what it waits for, not a countdown at "now". */}
            {waiting && !(cause?.cause === 'unreachable' && Date.parse(entry.nextRunAt) <= Date.now()) && (
              <Countdown until={entry.nextRunAt} prefix={entry.state === 'retry_wait' ? 'next try in ' : 'sent in '} />
            )}
            {entry.state === 'running' && STEP_LABELS[entry.step]}
            {entry.state === 'done' && entry.trackerResourceId && (
              <TrackerLink resourceId={entry.trackerResourceId} name={entry.candidateName} withText text={`#${entry.trackerResourceId}`} size={14} />
            )}
            {cause && (
              <span className="last-error" data-cause={cause.cause}>
                {cause.title}
                <StatusDetails detail={cause.detail} />
              </span>
            )}
            {ownError && entry.lastError && <span className="last-error">{entry.lastError}</span>}
            {entry.state === 'waiting' && !held && <WaitingReason entry={entry} />}
          </div>
        </td>
        <td>
          <Steps entry={entry} />
        </td>
        <td className="num">{entry.attempts}</td>
        <td className="actions-cell">
          {/* Retrying an export held for the first read of TrackerRMS's list would only hold it again: it goes by itself. */}
          {(entry.state === 'failed' || entry.state === 'cancelled' || (entry.state === 'waiting' && entry.waitingFor !== 'index' && !held)) && (
            <button
              type="button"
              className="btn btn-sm"
              disabled={retry.isPending}
              onClick={() => act(retry.mutateAsync({ queueId: entry.id }), `Export of ${entry.candidateName} is back in line`)}
            >
              <RotateCcw aria-hidden="true" /> Retry
            </button>
          )}
          {(cause?.action === 'try_now' || entry.state === 'retry_wait') && <TryNowButton />}
          {(waiting || entry.state === 'blocked_auth' || (entry.state === 'waiting' && !held)) && (
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              disabled={cancel.isPending}
              onClick={() => act(cancel.mutateAsync({ queueId: entry.id }), `Export of ${entry.candidateName} cancelled`)}
            >
              <Ban aria-hidden="true" /> Cancel
            </button>
          )}
        </td>
      </tr>
      {held && entry.match && (
        <tr className="held-row" data-state={entry.state}>
          <td colSpan={6}>
            <HeldDecision entry={entry} />
          </td>
        </tr>
      )}
    </>
  )
}
