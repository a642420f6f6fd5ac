import { parseOptions } from '../args'
import { EXIT } from '../errors'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync health [--json]

Checks the TrackerRMS connection: reach the REST host, sign in with the token, read jobs, read candidates,
and the Widget API (resumes and job lists). Each line says ok or FAILED, why, and what to do.
Exit code 0 when all are ok, 3 when TrackerRMS refused the token, 5 when it cannot be reached, 1 otherwise.`

export const healthCommand: CliCommand = {
  name: 'health',
  summary: 'check the TrackerRMS connection, with the fix for anything that fails',
  usage,
  async run(args, ctx) {
    parseOptions(args, {}, usage)
    const report = await ctx.call('connection.health', {})
    ctx.print(report, () =>
      report.items
        .map((item) =>
          item.ok
            ? `ok      ${item.label}${item.detail ? ` (${item.detail})` : ''}`
            : `FAILED  ${item.label}\n        Why: ${item.reason}\n        Fix: ${item.fix}`
        )
        .join('\n')
    )
    const failedCodes = report.items.filter((item) => !item.ok).map((item) => item.errorCode)
    if (!failedCodes.length) return EXIT.ok
    if (failedCodes.includes('auth')) return EXIT.auth
    if (failedCodes.some((code) => code === 'offline' || code === 'transient' || code === 'rate_limited')) return EXIT.unreachable
    return EXIT.error
  }
}
