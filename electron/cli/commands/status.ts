import { parse } from '../args'
import { EXIT } from '../errors'
import { pairs } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync status [--json]

Shows the database (path and schema version), the TrackerRMS connection, and counts of the queue and ledger.
Checks that the token of a connected folder is really in the system keychain. Exit code 0, or 3 when it is
missing there (or the keychain cannot be read): reconnect with \`connect\`.`

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'database, connection, queue and ledger at a glance',
  usage,
  async run(args, ctx) {
    parse(args, {}, usage)
    const report = await ctx.call('status.get', {})
    ctx.print(report, () => {
      const c = report.connection
      const missing = c.tokenMissing ? ', but the token is missing from the system keychain: reconnect with `connect`' : ''
      const active = report.queue.pending + report.queue.running + report.queue.retry_wait + report.queue.blocked_auth + report.queue.waiting
      return pairs([
        ['Data folder', report.dataDir],
        ['Database', `${report.database.path} (schema version ${report.database.schemaVersion})`],
        [
          'TrackerRMS',
          c.connected
            ? `connected to ${c.restUrl} (${c.region}) ${c.connectedBy ? `as ${c.connectedBy} ` : ''}since ${c.connectedAt}${missing}`
            : 'not connected'
        ],
        ...(c.problem && !c.tokenMissing ? [['Problem', c.problem] as [string, string]] : []),
        [
          'Token kept in',
          c.tokenStore === 'keychain' ? `the system keychain${c.tokenEntry ? `, entry "${c.tokenEntry}"` : ''}` : 'TRACKER_SYNC_TOKEN (environment)'
        ],
        ['Jobs', report.counts.jobs],
        ['Candidates', report.counts.candidates],
        [
          'Queue',
          `${active} waiting or running, ${report.queue.blocked_auth} blocked by auth, ${report.queue.waiting} parked (waiting for the Widget API, for TrackerRMS's candidate list, or for a record to show up), ${report.queue.done} done, ${report.queue.failed} failed, ${report.queue.cancelled} cancelled`
        ],
        ['In TrackerRMS', `${report.ledger.total} (${report.ledger.created} created, ${report.ledger.linked} linked, ${report.ledger.imported} imported)`]
      ])
    })
    return report.connection.problem ? EXIT.auth : EXIT.ok
  }
}
