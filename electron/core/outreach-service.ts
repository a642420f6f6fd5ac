import { STAGES, type OutreachEvent, type Stage } from '../../shared/domain'
import { notFound, validationError } from '../../shared/errors'
import { checkIsoTime } from '../../shared/iso-time'
import { getJobCandidate, setStage } from '../db/candidates'
import { insertEvent, latestEventTime } from '../db/outreach'
import type { CoreContext } from '../lib/context'

/** Runs inside the transaction that records the event, so its writes (e.g. a queued export) commit with it. */
export type EventHook = (event: OutreachEvent, context: { previousStage: Stage; isLatest: boolean }) => string | void

export interface StageChange {
  event: OutreachEvent | null
  stage: Stage
  /** What the change set in motion, in words ("export to TrackerRMS queued, runs in 2 min"). */
  effects: string[]
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

  return {
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
          if (current.stage === input.stage && input.at === undefined) return { event: null, stage: current.stage, effects: [] }
          const latest = latestEventTime(ctx.db, input.jobId, input.candidateId)
          const event = insertEvent(ctx.db, { jobId: input.jobId, candidateId: input.candidateId, kind: input.stage, occurredAt }, ctx.now())
          // History (an event older than one already recorded) is kept but does not move the current stage back.
          const isLatest = latest === null || occurredAt >= latest
          if (isLatest) setStage(ctx.db, input.jobId, input.candidateId, input.stage, occurredAt)
          const effects = hooks.map((hook) => hook(event, { previousStage: current.stage, isLatest })).filter((e): e is string => typeof e === 'string')
          ctx.log.info('outreach.event', { jobId: event.jobId, candidateId: event.candidateId, kind: event.kind, eventId: event.id })
          ctx.events.emit('data.changed', { what: 'candidates' })
          return { event, stage: isLatest ? input.stage : current.stage, effects }
        })
        .immediate()
    }
  }
}
