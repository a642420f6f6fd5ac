import { TRIGGER_LABELS } from '../../../shared/domain'
import { parse, requireString } from '../args'
import { UsageError } from '../errors'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync jobs add --title TITLE [--company C] [--location L]
       tracker-sync jobs list [--json]`

export const jobsCommand: CliCommand = {
  name: 'jobs',
  summary: 'add and list jobs',
  usage,
  async run(args, ctx) {
    const [action, ...rest] = args
    if (action === 'add') {
      const { values, positionals } = parse(
        rest,
        { title: { type: 'string' }, company: { type: 'string' }, location: { type: 'string' } },
        usage
      )
      if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}".`, usage)
      const job = ctx.core().jobs.create({ title: requireString(values.title, '--title', usage), company: values.company, location: values.location })
      return ctx.print(job, () => String(job.id))
    }
    if (action === 'list') {
      const { positionals } = parse(rest, {}, usage)
      if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}".`, usage)
      const jobs = ctx.core().jobs.list()
      return ctx.print(jobs, () =>
        jobs.length === 0
          ? 'No jobs yet. Add one with: jobs add --title "Job title"'
          : table(
              ['id', 'title', 'company', 'location', 'candidates', 'sync trigger', 'TrackerRMS job'],
              jobs.map((j) => [
                j.id,
                j.title,
                j.company,
                j.location,
                j.candidateCount,
                TRIGGER_LABELS[j.sync.trigger],
                j.sync.trackerJobId ? `${j.sync.trackerJobId}${j.sync.trackerJobTitle ? ` ${j.sync.trackerJobTitle}` : ''}` : '—'
              ])
            )
      )
    }
    throw new UsageError(action ? `Unknown action "${action}".` : 'Say add or list.', usage)
  }
}
