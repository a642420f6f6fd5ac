import { parseOptions, positiveInt } from '../args'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync tracker-jobs [--id N] [--json]

Lists the open jobs in TrackerRMS (every page), or shows one job by its TrackerRMS id (any status).`

export const trackerJobsCommand: CliCommand = {
  name: 'tracker-jobs',
  summary: 'open jobs in TrackerRMS, or one by id',
  usage,
  async run(args, ctx) {
    const { values } = parseOptions(args, { id: { type: 'string' } }, usage)
    const client = ctx.core().connection.client()
    const jobs = values.id !== undefined ? [await client.getOpportunity(positiveInt(values.id, '--id', usage))] : await client.listOpenOpportunities()
    const rows = jobs.map((job) => [job.id, job.title, job.clientName, job.status, job.city])
    ctx.print(values.id !== undefined ? jobs[0] : jobs, () =>
      jobs.length ? table(['id', 'title', 'client', 'status', 'city'], rows) : 'TrackerRMS has no open jobs.'
    )
  }
}
