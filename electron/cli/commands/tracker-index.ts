import { indexProgressText } from '../../../shared/index-progress'
import { parse } from '../args'
import { EXIT, UsageError } from '../errors'
import { pairs } from '../format'
import type { CliCommand } from '../types'
import { progressNotes } from './index-progress-notes'

const usage = `Usage: tracker-sync index [status] [--json]
       tracker-sync index refresh [--json]

Tracker Sync keeps a copy of who is in TrackerRMS (names, emails, LinkedIn URLs) to find duplicates, because
TrackerRMS cannot search by them. The first read of a large TrackerRMS takes a while (100 candidates a request where
the Widget API lists them, else 10; about 90 requests a minute); it starts when you connect, carries on where it
stopped after a restart, and nothing is created in TrackerRMS until it is done.
  status   how far the read is (candidates read, TrackerRMS's total), or when it was last refreshed
  refresh  reads now in this window, with progress on stderr: the rest of the first read, or what changed since
           the last one (close the desktop app first: one process reads and sends at a time)

Exit codes: 0 done, 3 TrackerRMS refused the token, 5 TrackerRMS unreachable (run it again: it carries on).`

export const indexCommand: CliCommand = {
  name: 'index',
  summary: "read TrackerRMS's candidate list (duplicate check): progress, refresh",
  usage,
  async run(args, ctx) {
    const { positionals } = parse(args, {}, usage)
    const [action = 'status', ...extra] = positionals
    if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`, usage)
    if (action === 'status') {
      const status = ctx.core().sync.indexStatus()
      return ctx.print(status, () =>
        pairs([
          ['TrackerRMS candidates', indexProgressText(status)],
          ['First read finished', status.readyAt ?? 'not yet'],
          ['Listing', status.variant ?? 'not chosen yet']
        ])
      )
    }
    if (action !== 'refresh') throw new UsageError(`Unknown action "${action}": use status or refresh.`, usage)
    const core = ctx.core()
    const off = progressNotes(core, ctx)
    try {
      const { status, problem } = await core.sync.readIndexOnce()
      ctx.print({ ...status, problem }, () => (problem ? `Stopped: ${problem}\n${indexProgressText(status)}` : indexProgressText(status)))
      if (!problem) return EXIT.ok
      return /refused|revoked/i.test(problem) ? EXIT.auth : EXIT.unreachable
    } finally {
      off()
    }
  }
}
