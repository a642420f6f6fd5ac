import { plural } from '../../../shared/plural'
import { TOKEN_ENV } from '../../secrets'
import { parseOptions } from '../args'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync disconnect [--json]

Removes this data folder's TrackerRMS token from the system keychain and stops automatic exports. Jobs,
candidates, the ledger and queued exports are kept; queued exports wait until you connect again. Other data
folders connected to the same TrackerRMS keep their own token and stay connected.`

export const disconnectCommand: CliCommand = {
  name: 'disconnect',
  summary: 'forget the TrackerRMS token (local data and the queue stay)',
  usage,
  async run(args, ctx) {
    parseOptions(args, {}, usage)
    const before = await ctx.call('connection.get', {})
    const wasConnected = before.connected
    const info = await ctx.call('connection.disconnect', {})
    const { queue } = await ctx.call('status.get', {})
    const waiting = queue.pending + queue.running + queue.retry_wait + queue.blocked_auth + queue.waiting
    ctx.print({ ...info, wasConnected, queuedExports: waiting }, () =>
      wasConnected
        ? [
            `Disconnected from TrackerRMS at ${before.restUrl}.`,
            info.tokenStore === 'keychain'
              ? "This data folder's token was removed from the system keychain (other data folders keep theirs)."
              : `${TOKEN_ENV} is still set in this environment: unset it too.`,
            `Jobs, candidates and the ledger are kept; ${plural(waiting, 'queued export')} wait until you connect again.`
          ].join('\n')
        : 'Not connected to TrackerRMS; nothing to do.'
    )
  }
}
