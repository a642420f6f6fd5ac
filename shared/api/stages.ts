// Stage changes (outreach events) for one or many candidates of a job.
import { z } from 'zod'
import type { ErrorInfo } from '../errors'
import { STAGES, type Stage } from '../domain'
import { call } from './define'
import { id, isoTime } from './fields'

/** Most candidates one stage action may move (a "select all" is capped to this). */
const STAGE_BATCH_MAX = 10_000

interface StageRecordOutcome {
  candidateId: number
  stage: Stage
  /** False when the candidate already was at that stage (nothing recorded). */
  changed: boolean
  /** When the recorded event happened; null when nothing was recorded. */
  occurredAt: string | null
  /** What the change set in motion, in words (e.g. an export queued). */
  effects: string[]
  /** The stage it left, for Undo. */
  previousStage: Stage
  /** The export this move queued, while it waits out the grace delay (Undo cancels it until `sendAt`). */
  queued: { queueId: number; sendAt: string } | null
}

export interface StageUndoResult {
  /** False when the export had already been sent (or started): then nothing was changed. */
  undone: boolean
  message: string
}

export interface StageRecordResult {
  stage: Stage
  outcomes: StageRecordOutcome[]
  /** Candidates whose change was refused, each with the reason; the others were recorded. */
  failed: { candidateId: number; error: ErrorInfo }[]
}

export const stagesCalls = {
  'stages.record': call<StageRecordResult>()(
    z.strictObject({
      jobId: id,
      candidateIds: z.array(id).min(1, 'must name at least one candidate').max(STAGE_BATCH_MAX, `must name at most ${STAGE_BATCH_MAX} candidates`),
      stage: z.enum(STAGES),
      at: isoTime.optional()
    }),
    'Records that candidates of a job entered a stage (one outreach event each).'
  ),
  'stages.undo': call<StageUndoResult>()(
    z.strictObject({ jobId: id, candidateId: id, stage: z.enum(STAGES), queueId: id }),
    'Undoes a move that queued an export: moves the candidate back to `stage`, cancelling the export; changes nothing once it was sent.'
  )
}
