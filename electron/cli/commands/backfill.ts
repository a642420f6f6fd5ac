import { plural } from '../../../shared/plural'
import { parseOptions, positiveInt } from '../args'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync backfill --job J [--yes] [--json]

Lists the candidates of job J whose past outreach events would have matched the job's trigger but were never sent
(for example because TrackerRMS was connected later), with the count. Nothing is sent unless you add --yes.`

export const backfillCommand: CliCommand = {
  name: 'backfill',
  summary: 'send candidates whose past events match the trigger (asks first)',
  usage,
  async run(args, ctx) {
    const { values } = parseOptions(args, { job: { type: 'string' }, yes: { type: 'boolean' } }, usage)
    const jobId = positiveInt(values.job, '--job', usage)
    if (!values.yes) {
      const plan = await ctx.call('sync.backfillPreview', { jobId })
      return ctx.print(plan, () =>
        plan.count === 0
          ? `No candidate of job ${jobId} is waiting for a backfill.`
          : [
              table(
                ['candidate', 'name', 'event', 'when'],
                plan.candidates.map((c) => [c.candidateId, c.fullName, c.eventKind, c.occurredAt])
              ),
              ...(plan.count > plan.candidates.length ? [`…and ${plan.count - plan.candidates.length} more.`] : []),
              `${plural(plan.count, 'candidate')} would be sent to TrackerRMS. Run again with --yes to queue them.`
            ].join('\n')
      )
    }
    const result = await ctx.call('sync.backfillConfirm', { jobId })
    ctx.print(result, () => `Queued ${plural(result.queued, 'export')} for job ${jobId}.`)
  }
}
