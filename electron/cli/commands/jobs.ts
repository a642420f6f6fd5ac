import { TRIGGER_LABELS, type Trigger } from '../../../shared/domain'
import { parse, parseOptions, positiveInt, requireString, trackerJobIdArg } from '../args'
import { UsageError } from '../errors'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync jobs add --title TITLE [--company C] [--location L]
       tracker-sync jobs list [--json]
       tracker-sync jobs map J --trigger never|sequence|replied|interested [--tracker-job JOB | --no-tracker-job]

jobs map sets when the job's candidates are sent to TrackerRMS (the trigger) and to which TrackerRMS job's long
list. Set it up before starting outreach: a trigger never reaches back to earlier events (see "backfill").`

const MAP_OPTIONS = { jobId: 'J', trigger: '--trigger', trackerJobId: '--tracker-job' }

export const jobsCommand: CliCommand = {
  name: 'jobs',
  summary: 'add, list and map jobs (sync trigger, TrackerRMS job)',
  usage,
  async run(args, ctx) {
    const [action, ...rest] = args
    if (action === 'add') {
      const { values } = parseOptions(rest, { title: { type: 'string' }, company: { type: 'string' }, location: { type: 'string' } }, usage)
      const job = await ctx.call(
        'jobs.create',
        { title: requireString(values.title, '--title', usage), company: values.company, location: values.location },
        { usage, fields: { title: '--title', company: '--company', location: '--location' } }
      )
      return ctx.print(job, () => String(job.id))
    }
    if (action === 'list') {
      parseOptions(rest, {}, usage)
      const jobs = await ctx.call('jobs.list', {})
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
    if (action === 'map') {
      const { values, positionals } = parse(
        rest,
        { trigger: { type: 'string' }, 'tracker-job': { type: 'string' }, 'no-tracker-job': { type: 'boolean' } },
        usage
      )
      if (positionals.length !== 1) throw new UsageError('Give the job id: jobs map J --trigger …', usage)
      const jobId = positiveInt(positionals[0], 'J', usage)
      if (values['tracker-job'] !== undefined && values['no-tracker-job']) throw new UsageError('Give --tracker-job or --no-tracker-job, not both.', usage)
      if (values.trigger === undefined && values['tracker-job'] === undefined && !values['no-tracker-job'])
        throw new UsageError('Say what to change: --trigger, --tracker-job or --no-tracker-job.', usage)
      const trackerJobId = values['no-tracker-job']
        ? null
        : values['tracker-job'] === undefined
          ? undefined
          : trackerJobIdArg(values['tracker-job'], '--tracker-job', usage)
      const sync = await ctx.call('jobs.setSync', { jobId, trigger: values.trigger as Trigger | undefined, trackerJobId }, { usage, fields: MAP_OPTIONS })
      return ctx.print(sync, () =>
        [
          `Job ${jobId}: ${TRIGGER_LABELS[sync.trigger].toLowerCase()}.`,
          sync.trackerJobId
            ? `Candidates go on the long list of TrackerRMS job ${sync.trackerJobId}${sync.trackerJobTitle ? ` (${sync.trackerJobTitle}${sync.trackerJobClient ? `, ${sync.trackerJobClient}` : ''})` : ''}.`
            : 'No TrackerRMS job: candidates are created in TrackerRMS without being put on a job.'
        ].join('\n')
      )
    }
    throw new UsageError(action ? `Unknown action "${action}".` : 'Say add, list or map.', usage)
  }
}
