import { plural } from '../../../shared/plural'
import { parseTrackerJobId } from '../../../shared/tracker-job-id'
import { checkOutput, OutputRefused, writeOutputFile } from '../../lib/safe-output'
import { parseOptions } from '../args'
import { UsageError } from '../errors'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync probe --out FILE [--create-test-records [--tracker-job JOB]]

Writes a connection report to FILE (JSON): the calls Tracker Sync makes on first contact with your TrackerRMS, each
request and TrackerRMS's raw answer, with the API token, the Widget API key, every session token, authorisation
headers and personal data removed. It is the file to send to support when something does not work, and it
settles what TrackerRMS's documentation leaves open (listing, paging, Widget sign-in, field names).

By default it only reads. --create-test-records (with your consent, ideally on a TrackerRMS API sandbox account)
also creates one candidate named "Tracker Sync probe", attaches a small document, creates an activity, puts it on
the long list of --tracker-job (a job id, e.g. 5001 or JOB-5001) if given, and deletes it again at the end.
FILE must not exist yet.`

export const probeCommand: CliCommand = {
  name: 'probe',
  summary: 'write a connection report for support (redacted requests and replies)',
  usage,
  async run(args, ctx) {
    const { values } = parseOptions(args, { out: { type: 'string' }, 'create-test-records': { type: 'boolean' }, 'tracker-job': { type: 'string' } }, usage)
    if (!values.out) throw new UsageError('Give the file to write with --out FILE.', usage)
    const trackerJobId = values['tracker-job'] === undefined ? null : parseTrackerJobId(values['tracker-job'])
    if (values['tracker-job'] !== undefined && trackerJobId === null)
      throw new UsageError(`--tracker-job must be a TrackerRMS job id such as 5001 or JOB-5001, got "${values['tracker-job']}".`, usage)
    if (trackerJobId !== null && !values['create-test-records'])
      throw new UsageError('--tracker-job is for the job-list step, which needs --create-test-records.', usage)
    // A new file only (a link there too is refused), checked before the requests and again when writing.
    const refusedAsTaken = (error: unknown): never => {
      throw error instanceof OutputRefused ? new UsageError(`${values.out} exists already: give another file name, or remove it first.`, usage) : error
    }
    await checkOutput(values.out).catch(refusedAsTaken)
    ctx.note('Asking TrackerRMS (about 30 requests; it takes a little while at the request limit)…')
    const report = await ctx.core().connection.report({ writes: !!values['create-test-records'], trackerJobId })
    const text = `${JSON.stringify(report, null, 2)}\n`
    // Readable by this user only: it describes the account (if not its secrets).
    await writeOutputFile(values.out, text).catch(refusedAsTaken)
    const failed = report.steps.filter((s) => s.error)
    ctx.print({ file: values.out, steps: report.steps.length, failedSteps: failed.map((s) => s.id), notes: report.notes }, () =>
      [
        `Wrote the connection report to ${values.out} (${plural(report.steps.length, 'step')}, ${plural(
          report.steps.reduce((n, s) => n + s.exchanges.length, 0),
          'request'
        )}).`,
        ...(failed.length ? [`Steps that failed (their error is in the report): ${failed.map((s) => s.id).join(', ')}.`] : []),
        ...report.notes
      ].join('\n')
    )
  }
}
