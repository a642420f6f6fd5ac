// Connects outreach events to the queue (rules 1 and 2), inside the transaction that records the event.
import { STAGE_LABELS } from '../../shared/domain'
import { getJobSync } from '../db/jobs'
import { insertAttempt, waitingTriggerItems } from '../db/queue'
import { moveItem } from './queue-machine'
import type { CoreContext } from '../lib/context'
import type { OutreachHook } from './types'
import type { SyncSettings } from './types'
import { enqueueExport } from './enqueue'
import { decideTrigger, triggerMatches } from './triggers'

export function createTriggerHook(ctx: CoreContext, settings: SyncSettings, onQueued: (ids: number[], candidateIds: number[]) => void): OutreachHook {
  return (event, { isLatest }) => {
    const job = getJobSync(ctx.db, event.jobId)
    if (!job) return
    const now = ctx.now()

    // A mis-click undone: moving the candidate to a stage that no longer fires the trigger, while its export is
    // still inside the grace delay, cancels that export. History (an older event) never cancels anything.
    if (isLatest && !triggerMatches(job.trigger, event.kind)) {
      const waiting = waitingTriggerItems(ctx.db, event.candidateId, event.jobId)
      for (const item of waiting) {
        const reason = `Cancelled: moved to ${STAGE_LABELS[event.kind]} before it was sent.`
        moveItem(ctx.db, item.id, { to: 'cancelled', change: { lastError: reason }, audit: { step: 'queued', outcome: 'cancelled', message: reason } }, now)
      }
      if (waiting.length) {
        onQueued(
          waiting.map((i) => i.id),
          [event.candidateId]
        )
        return 'The export to TrackerRMS that was waiting was cancelled.'
      }
      return
    }

    const decision = decideTrigger(event, job, settings.connectionValue('connected-at'))
    if (!decision.fire) {
      // Say why only when the trigger would have matched: silence for ordinary stage moves.
      return triggerMatches(job.trigger, event.kind) ? `Not sent to TrackerRMS: ${decision.reason}.` : undefined
    }
    const delaySeconds = settings.get('sync-delay-seconds')
    const result = enqueueExport(
      ctx.db,
      { candidateId: event.candidateId, jobId: event.jobId, trackerJobId: job.trackerJobId, origin: 'trigger', eventId: event.id, delaySeconds },
      ctx.clock.now()
    )
    if (result.outcome === 'already_done') return `Not sent to TrackerRMS again: ${result.reason}.`
    if (result.outcome === 'already_queued') return 'An export to TrackerRMS is already queued for this candidate.'
    insertAttempt(
      ctx.db,
      {
        queueId: result.item.id,
        candidateId: event.candidateId,
        step: 'queued',
        outcome: 'queued',
        message: `Trigger "${job.trigger}" fired on ${event.kind}.`
      },
      now
    )
    onQueued([result.item.id], [event.candidateId])
    return delaySeconds > 0
      ? `Export to TrackerRMS queued: it is sent in ${delaySeconds} s unless the candidate is moved back.`
      : 'Export to TrackerRMS queued.'
  }
}
