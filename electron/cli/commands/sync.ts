import { parseOptions, positiveInt } from '../args'
import { EXIT } from '../errors'
import type { CliCommand } from '../types'
import { progressNotes } from './index-progress-notes'

const usage = `Usage: tracker-sync sync [--until-idle] [--ignore-delay] [--timeout SECONDS] [--json]

Sends the queued exports to TrackerRMS. Without --until-idle it keeps running (like the desktop app does in the
background) until you press Ctrl-C. --until-idle stops when nothing is left to send; --ignore-delay sends
exports still inside their grace delay (and retries waiting ones) now. Only one process sends a data folder's queue
at a time: close the desktop app first.

Exit codes: 0 nothing left, 3 paused because TrackerRMS refused the token, 5 TrackerRMS unreachable until the timeout.`

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'send the queued exports to TrackerRMS',
  usage,
  async run(args, ctx) {
    const { values } = parseOptions(args, { 'until-idle': { type: 'boolean' }, 'ignore-delay': { type: 'boolean' }, timeout: { type: 'string' } }, usage)
    const timeoutMs = values.timeout === undefined ? undefined : positiveInt(values.timeout, '--timeout', usage) * 1000
    const core = ctx.core()
    const offQueue = core.events.on('queue.state', (s) => {
      if (s.reason) ctx.note(`Queue ${s.state.replace('_', ' ')}: ${s.reason}`)
    })
    const offIndex = progressNotes(core, ctx)
    try {
      if (!values['until-idle']) {
        core.sync.start()
        ctx.note('Sending the queue. Press Ctrl-C to stop.')
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve)
          process.once('SIGTERM', resolve)
        })
      }
      const result = values['until-idle'] ? await core.sync.runUntilIdle({ ignoreDelay: values['ignore-delay'], timeoutMs }) : null
      const counts = core.status.report().queue
      const summary = { result, queue: counts, mode: core.sync.state() }
      ctx.print(summary, () =>
        [
          result?.state === 'idle'
            ? 'Nothing left to send.'
            : result
              ? `Stopped: ${result.reason ?? result.state} (${result.remaining} still queued).`
              : 'Stopped.',
          `Done ${counts.done}, failed ${counts.failed}, queued ${counts.pending + counts.retry_wait}, blocked by auth ${counts.blocked_auth}, waiting ${counts.waiting}.`,
          ...(counts.waiting
            ? [
                'Those waiting wait for the Widget API (their record is in TrackerRMS; the resume or job list follows), for the first read of TrackerRMS\'s candidates ("index status" shows how far), for a record TrackerRMS reports to show up in its list, or for your decision on a doubtful match ("queue decide"). "queue" shows which.'
              ]
            : [])
        ].join('\n')
      )
      if (result?.state === 'paused_auth') return EXIT.auth
      if (result?.state === 'timeout' && core.sync.state().state === 'offline') return EXIT.unreachable
      return result?.state === 'timeout' ? EXIT.error : EXIT.ok
    } finally {
      offQueue()
      offIndex()
      await core.sync.stop()
    }
  }
}
