import { STAGES, type OutreachEvent, type Stage } from '../../shared/domain'
import { notFound, validationError } from '../../shared/errors'
import { checkIsoTime } from '../../shared/iso-time'
import { getJobCandidate, setStage } from '../db/candidates'
import { insertEvent, latestEventTime } from '../db/outreach'
import { getQueueItem, waitingTriggerItems } from '../db/queue'
import type { CoreContext } from '../lib/context'

/** Runs inside the transaction that records the event, so its writes (e.g. a queued export) commit with it. */
export type EventHook = (event: OutreachEvent, context: { previousStage: Stage; isLatest: boolean }) => string | void

export interface StageChange {
  event: OutreachEvent | null
  stage: Stage
  /** What the change set in motion, in words ("export to TrackerRMS queued, runs in 2 min"). */
  effects: string[]
  /** The stage it left (to undo the move). */
  previousStage: Stage
  /** The export this move queued, while it waits out the grace delay: its id and when it is sent. */
  queued: { queueId: number; sendAt: string } | null
}

/** What "Undo" of a move did: restored the stage (cancelling its export), or nothing because the export had left. */
export interface UndoMoveResult {
  undone: boolean
  message: string
}

/** How far in the future an event time may be (clock skew between machines), in milliseconds. */
const FUTURE_SKEW_MS = 5 * 60_000

export function createOutreachService(ctx: CoreContext) {
  const hooks: EventHook[] = []

  function parseWhen(at: string | undefined): string {
    if (at === undefined) return ctx.now()
    const check = checkIsoTime(at)
    if (!check.ok) throw validationError('at', check.problem)
    if (check.ms > ctx.clock.now().getTime() + FUTURE_SKEW_MS)
      throw validationError('at', `"${at}" is in the future; an outreach event can only be recorded once it happened.`)
    return new Date(check.ms).toISOString()
  }

  const service = {
    /** The sync engine registers its trigger and cancel rules here. */
    onEvent(hook: EventHook): void {
      hooks.push(hook)
    },
    /**
     * Moves a candidate to a stage in a job and records the outreach event, in one transaction with whatever the
     * event triggers. Recording the stage the candidate is already at changes nothing.
     * `at` records history: an event older than the latest recorded one does not move the current stage.
     */
    recordStage(input: { jobId: number; candidateId: number; stage: Stage; at?: string }): StageChange {
      if (!STAGES.includes(input.stage)) throw validationError('stage', `Unknown stage "${input.stage}". Stages: ${STAGES.join(', ')}.`)
      const occurredAt = parseWhen(input.at)
      return ctx.db
        .transaction((): StageChange => {
          const current = getJobCandidate(ctx.db, input.jobId, input.candidateId)
          if (!current) throw notFound(`Candidate ${input.candidateId} is not on job ${input.jobId}.`)
          if (current.stage === input.stage && input.at === undefined)
            return { event: null, stage: current.stage, effects: [], previousStage: current.stage, queued: null }
          const latest = latestEventTime(ctx.db, input.jobId, input.candidateId)
          const event = insertEvent(ctx.db, { jobId: input.jobId, candidateId: input.candidateId, kind: input.stage, occurredAt }, ctx.now())
          // History (an event older than one already recorded) is kept but does not move the current stage back.
          const isLatest = latest === null || occurredAt >= latest
          if (isLatest) setStage(ctx.db, input.jobId, input.candidateId, input.stage, occurredAt)
          const effects = hooks.map((hook) => hook(event, { previousStage: current.stage, isLatest })).filter((e): e is string => typeof e === 'string')
          ctx.log.info('outreach.event', { jobId: event.jobId, candidateId: event.candidateId, kind: event.kind, eventId: event.id })
          ctx.events.emit('data.changed', { what: 'candidates' })
          const queued = waitingTriggerItems(ctx.db, input.candidateId, input.jobId).find((item) => item.eventId === event.id)
          return {
            event,
            stage: isLatest ? input.stage : current.stage,
            effects,
            previousStage: current.stage,
            queued: queued ? { queueId: queued.id, sendAt: queued.nextRunAt } : null
          }
        })
        .immediate()
    },
    /**
     * Undo of a move that queued an export: moves the candidate back to `stage`, which cancels the export under the
     * sync rule "moved back before it was sent" (so the outreach history says what happened). Checked and done in one
     * transaction with the queue, so an export the worker already took is never half-undone: then nothing changes.
     */
    undoMove(input: { jobId: number; candidateId: number; stage: Stage; queueId: number }): UndoMoveResult {
      return ctx.db
        .transaction((): UndoMoveResult => {
          const item = getQueueItem(ctx.db, input.queueId)
          if (!item || item.candidateId !== input.candidateId || item.jobId !== input.jobId)
            throw notFound(`Export ${input.queueId} is not an export of candidate ${input.candidateId} on job ${input.jobId}.`)
          const stillWaiting = waitingTriggerItems(ctx.db, input.candidateId, input.jobId).some((i) => i.id === item.id)
          if (!stillWaiting) return { undone: false, message: alreadyGone(item.state) }
          service.recordStage({ jobId: input.jobId, candidateId: input.candidateId, stage: input.stage })
          const after = getQueueItem(ctx.db, item.id)
          if (after?.state !== 'cancelled') throw new Error(`Export ${item.id} was not cancelled by moving back to ${input.stage}.`)
          return { undone: true, message: 'Moved back; the export to TrackerRMS was cancelled.' }
        })
        .immediate()
    }
  }
  return service
}

function alreadyGone(state: string): string {
  if (state === 'cancelled') return 'That export was already cancelled; nothing changed.'
  if (state === 'done') return 'Too late to undo: the candidate was already sent to TrackerRMS. Nothing changed.'
  return 'Too late to undo: the export to TrackerRMS has already started. Nothing changed.'
}
