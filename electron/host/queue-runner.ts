// The queue runs inside the app (desktop and browser host) from start to quit. Only one process may send a data
// folder's queue (the worker lock): when another one holds it — say `npm run cli -- sync` — the app says so (the
// Activity screen shows it) instead of failing, and tries again now and then, taking over once that one stops.
import { AppError } from '../../shared/errors'
import type { Core } from '../core'

export function createQueueRunner(core: Core, options: { retryMs?: number } = {}) {
  const retryMs = options.retryMs ?? 30_000
  let problem: string | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false

  function attempt(): void {
    timer = null
    if (stopped) return
    try {
      core.sync.start()
      if (problem) core.ctx.log.info('queue.worker_taken_over', {})
      problem = null
    } catch (thrown) {
      // Another process sends the queue ('conflict'), or keeps the database busy right now: try again later. This
      // runs from a timer too, so nothing may escape it (an escaped error would end the app). A data folder that
      // cannot be written ('conflict' too) says so in words.
      const error = core.dataFolder.explain(thrown)
      const message =
        error instanceof AppError && error.code === 'conflict'
          ? error.message
          : `Another Tracker Sync is busy with this data folder (${error instanceof Error ? error.message : String(error)}); trying again shortly.`
      if (problem !== message) core.ctx.log.info('queue.worker_elsewhere', { message })
      problem = message
      timer = setTimeout(attempt, retryMs)
      timer.unref?.()
    }
  }

  return {
    start: attempt,
    status: () => ({ running: core.sync.scheduler.isStarted, problem: core.sync.scheduler.isStarted ? null : problem }),
    async stop(): Promise<void> {
      stopped = true
      if (timer) clearTimeout(timer)
      await core.sync.stop()
    }
  }
}
