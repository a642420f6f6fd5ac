import { EXPORT_CHOICES, SYNC_LIST_MAX, type ExportChoice, type QueueEntry } from '../../../shared/api'
import { differsWords } from '../../../shared/match-words'
import { parse, positiveInt } from '../args'
import { UsageError } from '../errors'
import { table } from '../format'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync queue [list] [--json]      (the newest ${SYNC_LIST_MAX})
       tracker-sync queue retry ID
       tracker-sync queue cancel ID
       tracker-sync queue decide ID link|create|skip

Lists the exports (newest first) with their state, the step reached, attempts and the last error; retries a
failed or cancelled export; cancels one that has not started. An export whose TrackerRMS match has the same full
name but another email or LinkedIn URL is held until you decide: link to that record, create a new one, or skip it
(the list shows both people side by side).`

/** A held export's two people side by side, with the command that decides it. */
function heldLines(entry: QueueEntry): string {
  const match = entry.match!
  const theirs = match.theirs
  return [
    `Export ${entry.id} needs your decision (tracker-sync queue decide ${entry.id} link|create|skip): same full name, ${differsWords(match.differs)}.`,
    table(
      ['', 'name', 'email', 'LinkedIn URL'],
      [
        ['candidate', match.ours.fullName, match.ours.email ?? '—', match.ours.linkedinUrl ?? '—'],
        [`TrackerRMS #${theirs.resourceId}`, theirs.fullName, theirs.email ?? '—', theirs.linkedinUrl ?? '—']
      ]
    )
  ].join('\n')
}

export const queueCommand: CliCommand = {
  name: 'queue',
  summary: 'list, retry, cancel and decide queued exports',
  usage,
  async run(args, ctx) {
    const { positionals } = parse(args, {}, usage)
    const [action = 'list', id, ...rest] = positionals
    const [choice, ...extra] = action === 'decide' ? rest : [undefined, ...rest]
    if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`, usage)
    if (action === 'list') {
      if (id !== undefined) throw new UsageError('queue list takes no id.', usage)
      const items = await ctx.call('sync.queue', { limit: SYNC_LIST_MAX })
      const held = items.filter((i) => i.match)
      return ctx.print(items, () =>
        items.length === 0
          ? 'The queue is empty.'
          : [
              table(
                ['id', 'candidate', 'name', 'job', 'TrackerRMS job', 'state', 'step', 'attempts', 'next run', 'TrackerRMS id', 'last error'],
                items.map((i) => [
                  i.id,
                  i.candidateId,
                  i.candidateName,
                  i.jobTitle ?? i.jobId,
                  i.trackerJobId,
                  i.match ? 'needs decision' : i.state,
                  i.step,
                  i.attempts,
                  i.nextRunAt,
                  i.trackerResourceId,
                  i.lastError
                ])
              ),
              ...held.map(heldLines)
            ].join('\n\n')
      )
    }
    if (action === 'retry' || action === 'cancel') {
      const queueId = positiveInt(id, 'ID', usage)
      const item = await ctx.call(action === 'retry' ? 'sync.retry' : 'sync.cancel', { queueId })
      return ctx.print(item, () => `Export ${item.id} is now ${item.state}.`)
    }
    if (action === 'decide') {
      const queueId = positiveInt(id, 'ID', usage)
      if (!EXPORT_CHOICES.includes(choice as ExportChoice))
        throw new UsageError(choice === undefined ? 'Say what to do: link, create or skip.' : `Unknown decision "${choice}": use link, create or skip.`, usage)
      const item = await ctx.call('sync.decide', { queueId, decision: choice as ExportChoice })
      return ctx.print(item, () =>
        item.state === 'cancelled'
          ? `Export ${item.id} is skipped: nothing is sent.`
          : `Export ${item.id} is back in line: it will ${choice === 'link' ? `link TrackerRMS #${item.decisionResourceId}` : 'create a new TrackerRMS record'}. Run "sync" (or keep the desktop app open) to send it.`
      )
    }
    throw new UsageError(`Unknown action "${action}".`, usage)
  }
}
