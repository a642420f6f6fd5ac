import { STAGE_LABELS, type Stage } from '../../../shared/domain'
import { appError } from '../../../shared/errors'
import { parse, positiveInt } from '../args'
import { UsageError } from '../errors'
import type { CliCommand } from '../types'

const STAGE_WORDS: Record<string, Stage> = {
  sourced: 'sourced',
  sequence: 'sequence',
  replied: 'replied',
  interested: 'interested',
  'not-interested': 'not_interested'
}

const usage = `Usage: tracker-sync stage CANDIDATE --job J sourced|sequence|replied|interested|not-interested [--at ISO-8601]

Records an outreach event: the candidate entered that stage in the job. --at records history (default: now):
2026-03-01 (midnight UTC), 2026-03-01T09:30 (this computer's time), 2026-03-01T09:30:00Z or with an offset
(+01:00). An event from before TrackerRMS was connected, or before the job's trigger was set, never syncs by itself.`

export const stageCommand: CliCommand = {
  name: 'stage',
  summary: 'record an outreach event (stage change) for a candidate',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parse(args, { job: { type: 'string' }, at: { type: 'string' } }, usage)
    if (positionals.length !== 2) throw new UsageError('Give a CANDIDATE id and a stage.', usage)
    const candidateId = positiveInt(positionals[0], 'CANDIDATE', usage)
    const stage = STAGE_WORDS[positionals[1]]
    if (!stage) throw new UsageError(`Unknown stage "${positionals[1]}".`, usage)
    const jobId = positiveInt(values.job, '--job', usage)
    const result = await ctx.call('stages.record', { jobId, candidateIds: [candidateId], stage, at: values.at }, { usage, fields: { at: '--at' } })
    if (result.failed.length) throw appError(result.failed[0].error)
    const outcome = result.outcomes[0]
    ctx.print(outcome, () => {
      if (!outcome.changed) return `Candidate ${candidateId} is already at ${STAGE_LABELS[stage]}; nothing recorded.`
      return [`Recorded: candidate ${candidateId} ${STAGE_LABELS[stage]} at ${outcome.occurredAt}.`, ...outcome.effects].join('\n')
    })
  }
}
