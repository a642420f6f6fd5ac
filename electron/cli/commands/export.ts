import { parse, positiveInt, trackerJobIdArg } from '../args'
import { EXIT, UsageError } from '../errors'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync export CANDIDATE… [--tracker-job JOB] [--job J] [--json]

"Export to ATS": sends candidates that are not yet in TrackerRMS, right away (no grace delay), and puts them on
the long list of TrackerRMS job N when given. Candidates already synced are refused with the reason (exit code 4);
the others are still queued. Run "sync" (or keep the desktop app open) to send the queue. One whose TrackerRMS match
has the same full name but another email or LinkedIn URL is held for your decision ("queue" shows it; "queue decide").`

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export candidates to TrackerRMS by hand ("Export to ATS")',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parse(args, { 'tracker-job': { type: 'string' }, job: { type: 'string' } }, usage)
    if (positionals.length === 0) throw new UsageError('Give at least one CANDIDATE id.', usage)
    const candidateIds = positionals.map((p) => positiveInt(p, 'CANDIDATE', usage))
    const trackerJobId = values['tracker-job'] === undefined ? null : trackerJobIdArg(values['tracker-job'], '--tracker-job', usage)
    const jobId = values.job === undefined ? null : positiveInt(values.job, '--job', usage)
    const results = await ctx.call('sync.export', { candidateIds, trackerJobId, jobId })
    ctx.print(results, () =>
      results
        .map((r) =>
          r.outcome === 'refused'
            ? `candidate ${r.candidateId}: refused — ${r.reason}`
            : r.outcome === 'skipped'
              ? `candidate ${r.candidateId}: skipped`
              : `candidate ${r.candidateId}: ${r.outcome === 'queued' ? 'queued' : 'already queued'} (export ${r.queueId})`
        )
        .join('\n')
    )
    return results.some((r) => r.outcome === 'refused') ? EXIT.rule : EXIT.ok
  }
}
