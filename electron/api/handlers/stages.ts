import type { StageRecordResult } from '../../../shared/api'
import { toErrorInfo } from '../../../shared/errors'
import type { Handler } from '../types'

/**
 * One outreach event per candidate, each in its own transaction (with whatever it triggers): a candidate that
 * cannot move (e.g. not on this job) is reported and does not stop the others.
 */
export const stagesRecord: Handler<'stages.record'> = (core, { jobId, candidateIds, stage, at }) => {
  const result: StageRecordResult = { stage, outcomes: [], failed: [] }
  for (const candidateId of new Set(candidateIds)) {
    try {
      const change = core.outreach.recordStage({ jobId, candidateId, stage, at })
      result.outcomes.push({
        candidateId,
        stage: change.stage,
        changed: change.event !== null,
        occurredAt: change.event?.occurredAt ?? null,
        effects: change.effects,
        previousStage: change.previousStage,
        queued: change.queued
      })
    } catch (error) {
      result.failed.push({ candidateId, error: toErrorInfo(error) })
    }
  }
  return result
}

export const stagesUndo: Handler<'stages.undo'> = (core, input) => core.outreach.undoMove(input)
