import { STAGE_LABELS } from '../../../shared/domain'
import { parseOptions, positiveInt } from '../args'
import { UsageError } from '../errors'
import { table } from '../format'
import type { CliCommand } from '../types'
import { addToJobAction, withAddToJobHint } from './candidates-add-to-job'

const usage = `Usage: tracker-sync candidates add --job J --name "Full Name" [--first F --last L] [--email E]
                 [--phone P] [--linkedin URL] [--city C --state S --country K] [--title T] [--company C]
       tracker-sync candidates add-to-job --job J CANDIDATE…
       tracker-sync candidates list [--job J] [--json]

A name is required: --name, or --first and --last. One person is one candidate: "add" refuses an email or
LinkedIn URL a stored candidate already has (exit code 4); put that candidate on the job with "add-to-job".
A stored candidate with the same full name is not refused: a warning on stderr names them, and says whether a
different email or LinkedIn URL makes them a different person (with --json: the "warning" field).`

const ADD_OPTIONS = {
  job: { type: 'string' },
  name: { type: 'string' },
  first: { type: 'string' },
  last: { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  linkedin: { type: 'string' },
  city: { type: 'string' },
  state: { type: 'string' },
  country: { type: 'string' },
  title: { type: 'string' },
  company: { type: 'string' }
} as const

export const candidatesCommand: CliCommand = {
  name: 'candidates',
  summary: 'add candidates to a job (new, or existing ones to another job) and list them',
  usage,
  async run(args, ctx) {
    const [action, ...rest] = args
    if (action === 'add') {
      const { values: v } = parseOptions(rest, ADD_OPTIONS, usage)
      const jobId = positiveInt(v.job, '--job', usage)
      const candidate = await withAddToJobHint(jobId, () =>
        ctx.call('candidates.create', {
          jobId,
          fullName: v.name,
          firstName: v.first,
          lastName: v.last,
          email: v.email,
          phone: v.phone,
          linkedinUrl: v.linkedin,
          city: v.city,
          state: v.state,
          country: v.country,
          currentTitle: v.title,
          currentCompany: v.company
        })
      )
      // stdout stays the id alone (scripts read it); the namesake warning is for the person at the terminal
      if (candidate.warning && !ctx.json) ctx.note(`Warning: ${candidate.warning}`)
      return ctx.print(candidate, () => String(candidate.id))
    }
    if (action === 'add-to-job') return addToJobAction(rest, ctx, usage)
    if (action === 'list') {
      const { values } = parseOptions(rest, { job: { type: 'string' } }, usage)
      const core = ctx.core()
      if (values.job !== undefined) {
        const list = core.candidates.listForJob(positiveInt(values.job, '--job', usage))
        return ctx.print(list, () =>
          list.length === 0
            ? 'No candidates on this job yet. Add one with: candidates add --job J --name "Full Name"'
            : table(
                ['id', 'name', 'email', 'stage', 'title', 'company'],
                list.map((c) => [c.id, c.fullName, c.email, STAGE_LABELS[c.stage], c.currentTitle, c.currentCompany])
              )
        )
      }
      const list = core.candidates.listAll()
      return ctx.print(list, () =>
        list.length === 0
          ? 'No candidates yet.'
          : table(
              ['id', 'name', 'email', 'title', 'company'],
              list.map((c) => [c.id, c.fullName, c.email, c.currentTitle, c.currentCompany])
            )
      )
    }
    throw new UsageError(action ? `Unknown action "${action}".` : 'Say add, add-to-job or list.', usage)
  }
}
