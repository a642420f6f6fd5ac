import { SYNC_LIST_MAX } from '../../../shared/api'
import { parse, positiveInt } from '../args'
import { UsageError } from '../errors'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync queue [list] [--json]      (the newest ${SYNC_LIST_MAX})
       tracker-sync queue retry ID
       tracker-sync queue cancel ID

Lists the exports (newest first) with their state, the step reached, attempts and the last error; retries a
failed or cancelled export; cancels one that has not started.`

export const queueCommand: CliCommand = {
  name: 'queue',
  summary: 'list, retry and cancel queued exports',
  usage,
  async run(args, ctx) {
    const { positionals } = parse(args, {}, usage)
    const [action = 'list', id, ...extra] = positionals
    if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`, usage)
    if (action === 'list') {
      if (id !== undefined) throw new UsageError('queue list takes no id.', usage)
      const items = await ctx.call('sync.queue', { limit: SYNC_LIST_MAX })
      return ctx.print(items, () =>
        items.length === 0
          ? 'The queue is empty.'
          : table(
              ['id', 'candidate', 'name', 'job', 'TrackerRMS job', 'state', 'step', 'attempts', 'next run', 'TrackerRMS id', 'last error'],
              items.map((i) => [
                i.id,
                i.candidateId,
                i.candidateName,
                i.jobTitle ?? i.jobId,
                i.trackerJobId,
                i.state,
                i.step,
                i.attempts,
                i.nextRunAt,
                i.trackerResourceId,
                i.lastError
              ])
            )
      )
    }
    if (action === 'retry' || action === 'cancel') {
      const queueId = positiveInt(id, 'ID', usage)
      const item = await ctx.call(action === 'retry' ? 'sync.retry' : 'sync.cancel', { queueId })
      return ctx.print(item, () => `Export ${item.id} is now ${item.state}.`)
    }
    throw new UsageError(`Unknown action "${action}".`, usage)
  }
}
