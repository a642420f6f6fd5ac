// Runs the durable queue: picks due exports (concurrency-limited, never two for one candidate), runs their steps,
// and applies the outcome each returns (outcome.ts) through the state machine (queue-machine.ts): done, a retry
// with backoff, failed, waiting for the Widget API (released when it may work again), a paused queue (the REST
// token refused), waiting and probing (offline) or slowing down (429).
import { plural } from '../../shared/plural'
import { DUE_QUEUE_STATES } from '../../shared/domain'
import type { CoreEvents } from '../../shared/events'
import { getLedgerEntry, getResumeFacts } from '../db/ledger'
import { countBusy, countWaiting, dueItems, getQueueItem, nextDueTime, staleRunningItems, touchItems, type QueueItem } from '../db/queue'
import type { CoreContext } from '../lib/context'
import type { SyncSettings } from './types'
import { runExport, type ExportDeps } from './export-steps'
import { backoffDelay } from '../lib/backoff'
import { outcomeOf, type StepOutcome } from './outcome'
import { claim, moveAll, moveItem } from './queue-machine'
import { WorkerLock } from './worker-lock'
import type { IndexReader } from './index-reader'
import type { QueueCapability } from '../../shared/domain'

/** After a round of the queue that could not read or claim it (a busy database), the next one in this long. */
const PUMP_RETRY_MS = 1_000

export type QueueMode = CoreEvents['queue.state']['state']

export interface SchedulerOptions {
  retryBaseMs: number
  retryMaxMs: number
  probeBaseMs: number
  probeMaxMs: number
  /** How often to look for work enqueued by another process (the CLI) while nothing is due. */
  pollMs: number
  heartbeatMs: number
  /** How often exports waiting for the Widget API try again (its sign-in may work again: a key issued, a fix). */
  widgetRecheckMs: number
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  retryBaseMs: 30_000,
  retryMaxMs: 30 * 60_000,
  probeBaseMs: 2_000,
  // A probe is one request: the queue notices TrackerRMS is back within 15 s.
  probeMaxMs: 15_000,
  pollMs: 10_000,
  heartbeatMs: 15_000,
  widgetRecheckMs: 10 * 60_000
}

export interface IdleResult {
  state: 'idle' | 'paused_auth' | 'timeout'
  reason: string | null
  /** Exports still to work on. */
  remaining: number
  /** Exports parked until the Widget API answers (not counted in remaining). */
  waiting: number
}

const FAR_FUTURE = '9999-12-31T23:59:59.999Z'

export class SyncScheduler {
  private readonly running = new Map<number, Promise<void>>()
  private mode: QueueMode = 'idle'
  private reason: string | null = null
  private resumeAt: number | null = null
  private probes = 0
  private timer: NodeJS.Timeout | null = null
  private heartbeat: NodeJS.Timeout | null = null
  private widgetRecheck: NodeJS.Timeout | null = null
  private started = false
  private ignoreDelay = false
  private idleWaiters: ((result: IdleResult) => void)[] = []
  private readonly lock: WorkerLock
  private offConnection: (() => void) | null = null

  constructor(
    private readonly ctx: CoreContext,
    private readonly settings: SyncSettings,
    /** What one export needs; throws an 'auth' or 'conflict' AppError when TrackerRMS is not usable. */
    private readonly exportDeps: () => ExportDeps,
    private readonly options: SchedulerOptions = DEFAULT_SCHEDULER_OPTIONS,
    /** Reads TrackerRMS's candidate list in the background while this process sends the queue. */
    private readonly reader: IndexReader | null = null
  ) {
    this.lock = new WorkerLock(ctx)
  }

  get state(): { state: QueueMode; reason: string | null; retryAt: string | null } {
    return { state: this.mode, reason: this.reason, retryAt: this.resumeAt ? new Date(this.resumeAt).toISOString() : null }
  }

  get isStarted(): boolean {
    return this.started
  }

  /** Takes the data folder's worker lock (throws 'conflict' if another process has it), recovers, and starts. */
  start(): void {
    if (this.started) return
    this.lock.acquire()
    this.started = true
    this.recoverInterrupted()
    this.offConnection = this.ctx.events.on('connection.changed', ({ connected, problem }) => {
      if (connected && !problem) {
        this.resume()
        this.reader?.start()
      } else if (!connected) {
        void this.reader?.stop()
        this.pause('Not connected to TrackerRMS. Connect again to send the queued exports.')
      }
    })
    this.heartbeat = setInterval(() => {
      this.lock.renew()
      try {
        touchItems(this.ctx.db, [...this.running.keys()], this.ctx.now())
      } catch (error) {
        // Another Tracker Sync keeps the database busy: the next beat marks them (they count as stale after minutes).
        this.ctx.log.warn('queue.touch_skipped', { error })
      }
    }, this.options.heartbeatMs)
    this.widgetRecheck = setInterval(() => {
      try {
        this.releaseWaiting('Trying the Widget API again.', ['widget'])
        this.releaseWaiting('Looking for this person’s TrackerRMS record again.', ['record'])
      } catch (error) {
        this.ctx.log.warn('queue.recheck_skipped', { error }) // a busy database: the next recheck does it
      }
    }, this.options.widgetRecheckMs)
    this.setMode('running', null)
    this.reader?.start()
    this.pump()
  }

  /** Stops taking work, waits briefly for running steps, and releases the lock. Unfinished items resume next start. */
  async stop(waitMs = 5_000): Promise<void> {
    if (!this.started) return
    this.started = false
    if (this.timer) clearTimeout(this.timer)
    if (this.heartbeat) clearInterval(this.heartbeat)
    if (this.widgetRecheck) clearInterval(this.widgetRecheck)
    this.offConnection?.()
    const settled = Promise.allSettled([...this.running.values(), this.reader?.stop()])
    await Promise.race([settled, new Promise((r) => setTimeout(r, waitMs).unref())])
    this.lock.release()
    this.finishIdleWaiters(this.result('timeout', 'The queue was stopped.'))
  }

  /** New work may be due (called after enqueueing). */
  wake(): void {
    if (this.started) setImmediate(() => this.pump())
  }

  /**
   * "Try now" from the user: offline, the probe runs at once (and the backoff starts over) instead of at the next
   * try; exports waiting for their next try after a failure go now. Paused for the token or slowed down by
   * TrackerRMS, nothing changes (a reconnect, or TrackerRMS's own Retry-After, decides those).
   */
  tryNow(): void {
    if (!this.started) return
    const ids = moveAll(this.ctx.db, ['retry_wait'], { to: 'pending', change: { nextRunAt: this.ctx.now() }, audit: null }, this.ctx.now())
    if (ids.length) this.ctx.events.emit('queue.changed', { queueIds: ids, candidateIds: [] })
    if (this.mode === 'offline') {
      this.probes = 0
      this.resumeAt = null
    }
    this.pump()
  }

  /** Runs until nothing is left to do, the queue is paused for auth, or the timeout passes. */
  async runUntilIdle(options: { ignoreDelay?: boolean; timeoutMs?: number } = {}): Promise<IdleResult> {
    this.ignoreDelay = options.ignoreDelay ?? false
    let waiter!: (result: IdleResult) => void
    const done = new Promise<IdleResult>((resolve) => (waiter = resolve))
    this.idleWaiters.push(waiter)
    if (!this.started) this.start()
    else this.pump()
    this.settleIfPaused()
    if (!options.timeoutMs) return done
    let timeout: NodeJS.Timeout | undefined
    const timedOut = new Promise<IdleResult>((resolve) => {
      timeout = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== waiter)
        resolve(this.result('timeout', `Stopped waiting after ${Math.round(options.timeoutMs! / 1000)} s.`))
      }, options.timeoutMs)
    })
    const result = await Promise.race([done, timedOut])
    clearTimeout(timeout)
    return result
  }

  /** Unblocks items held for auth, and lets the waiting try the Widget again, and carries on (after a reconnect). */
  resume(): void {
    const ids = moveAll(this.ctx.db, ['blocked_auth'], { to: 'pending', audit: null }, this.ctx.now())
    if (ids.length) this.ctx.events.emit('queue.changed', { queueIds: ids, candidateIds: [] })
    this.releaseWaiting('Connected again: trying the Widget API again.', ['widget', 'record'])
    this.probes = 0
    this.resumeAt = null
    this.setMode('running', null)
    this.pump()
  }

  /**
   * Waiting exports go back in line (no attempt used): those waiting for these capabilities (all by default).
   * Those still not possible wait again.
   */
  releaseWaiting(message: string, capabilities?: readonly QueueCapability[]): void {
    if (!this.started || countWaiting(this.ctx.db, capabilities) === 0) return
    if (!capabilities || capabilities.includes('widget'))
      try {
        this.exportDeps().client.retryWidgetSignIn()
      } catch {
        // not connected: the items wait in line like any other
      }
    const ids = moveAll(
      this.ctx.db,
      ['waiting'],
      { to: 'pending', change: { nextRunAt: this.ctx.now() }, audit: { step: 'queued', outcome: 'released', message } },
      this.ctx.now(),
      capabilities
    )
    if (ids.length) this.ctx.events.emit('queue.changed', { queueIds: ids, candidateIds: [] })
    this.wake()
  }

  private pause(reason: string): void {
    const ids = moveAll(this.ctx.db, DUE_QUEUE_STATES, { to: 'blocked_auth', audit: null }, this.ctx.now())
    if (ids.length) this.ctx.events.emit('queue.changed', { queueIds: ids, candidateIds: [] })
    this.setMode('paused_auth', reason)
    this.settleIfPaused()
  }

  private result(state: IdleResult['state'], reason: string | null): IdleResult {
    return { state, reason, remaining: countBusy(this.ctx.db), waiting: countWaiting(this.ctx.db) }
  }

  /** Exports wait for the first read of TrackerRMS's list, which is under way: the queue is not idle yet. */
  private waitsForReader(): boolean {
    return Boolean(this.reader?.reading) && countWaiting(this.ctx.db, ['index']) > 0
  }

  /** Tells whoever waits for the queue that it is paused, once the exports already in flight have settled. */
  private settleIfPaused(): void {
    if (this.mode === 'paused_auth' && this.running.size === 0) this.finishIdleWaiters(this.result('paused_auth', this.reason))
  }

  private setMode(mode: QueueMode, reason: string | null): void {
    if (mode === this.mode && reason === this.reason) return
    this.mode = mode
    this.reason = reason
    this.ctx.events.emit('queue.state', this.state)
    this.ctx.log.info('queue.mode', { mode, reason })
  }

  private schedule(atMs: number): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.pump(), Math.max(0, atMs - Date.now()))
  }

  /**
   * Runs from timers and promise callbacks, so nothing may escape it (an escaped error ends the app). A database that
   * another Tracker Sync keeps busy past the busy timeout (or any other failure to read or claim the queue) skips
   * this round; the next one is scheduled as usual.
   */
  private pump(): void {
    try {
      this.pumpOnce()
    } catch (error) {
      this.ctx.log.warn('queue.pump_skipped', { error })
      if (this.started) this.schedule(Date.now() + PUMP_RETRY_MS)
    }
  }

  private pumpOnce(): void {
    if (!this.started) return
    if (this.timer) clearTimeout(this.timer)
    if (this.mode === 'paused_auth') return
    if (this.mode === 'offline' || this.mode === 'rate_limited') {
      if (this.resumeAt !== null && this.ctx.clock.now().getTime() < this.resumeAt)
        return this.schedule(Date.now() + (this.resumeAt - this.ctx.clock.now().getTime()))
      if (this.mode === 'offline') return void this.probe()
      this.setMode('running', null)
    }
    const free = this.settings.get('sync-concurrency') - this.running.size
    if (free > 0) {
      const due = dueItems(this.ctx.db, this.ignoreDelay ? FAR_FUTURE : this.ctx.now(), free, [...this.running.keys()])
      if (due.length) {
        let deps: ExportDeps
        try {
          deps = this.exportDeps()
        } catch (error) {
          return this.handleQueueLevelFailure(error)
        }
        this.setMode('running', null)
        for (const item of due) if (claim(this.ctx.db, item.id, this.ctx.now())) this.launch(item, deps)
      }
    }
    if (this.running.size === 0) {
      if (countBusy(this.ctx.db) === 0 && !this.waitsForReader()) {
        this.setMode('idle', null)
        this.finishIdleWaiters(this.result('idle', null))
      }
      const next = nextDueTime(this.ctx.db)
      const nextMs = next ? Date.parse(next) - this.ctx.clock.now().getTime() + Date.now() : Infinity
      this.schedule(Math.min(nextMs, Date.now() + this.options.pollMs))
    } else {
      this.schedule(Date.now() + this.options.pollMs)
    }
  }

  private launch(item: QueueItem, deps: ExportDeps): void {
    this.ctx.events.emit('queue.changed', { queueIds: [item.id], candidateIds: [item.candidateId] })
    const run = runExport(deps, item.id)
      .then((outcome) => this.settle(item, outcome))
      .catch((error: unknown) => this.ctx.log.error('queue.settle_failed', { queueId: item.id, error }))
      .finally(() => {
        this.running.delete(item.id)
        this.ctx.events.emit('queue.changed', { queueIds: [item.id], candidateIds: [item.candidateId] })
        this.settleIfPaused()
        this.pump()
      })
    this.running.set(item.id, run)
  }

  /** Applies what the export's last step returned to the item (and, for auth, offline and 429, to the queue). */
  private settle(item: QueueItem, outcome: StepOutcome): void {
    const db = this.ctx.db
    const now = this.ctx.now()
    const current = getQueueItem(db, item.id)
    if (!current) return
    const step = current.step
    switch (outcome.kind) {
      case 'next':
      case 'done':
        this.probes = 0
        moveItem(
          db,
          item.id,
          { to: 'done', change: { lastError: null }, audit: { step: 'done', outcome: 'done', message: outcome.kind === 'done' ? outcome.message : 'Done.' } },
          now
        )
        this.ctx.log.info('export.done', { queueId: item.id, candidateId: item.candidateId })
        return
      case 'fail':
        moveItem(db, item.id, { to: 'failed', change: { lastError: outcome.reason }, audit: { step, outcome: 'failed', message: outcome.reason } }, now)
        break
      case 'waiting': {
        const shown = waitingMessage(this.ctx, current, outcome.reason)
        moveItem(
          db,
          item.id,
          { to: 'waiting', waitingFor: outcome.capability, change: { lastError: shown }, audit: { step, outcome: 'waiting', message: shown } },
          now
        )
        // The first read may have finished while this export was deciding to wait for it.
        if (outcome.capability === 'index' && this.reader?.isReady())
          this.releaseWaiting('TrackerRMS’s candidate list is read: checking for duplicates and sending.', ['index'])
        break
      }
      case 'pause_auth':
        moveItem(
          db,
          item.id,
          { to: 'blocked_auth', change: { lastError: outcome.reason }, audit: { step, outcome: 'blocked_auth', message: outcome.reason } },
          now
        )
        break
      case 'offline':
      case 'rate_limited':
        moveItem(db, item.id, { to: 'pending', change: { lastError: outcome.reason }, audit: { step, outcome: outcome.kind, message: outcome.reason } }, now)
        break
      case 'retry': {
        const attempts = current.attempts + 1
        const max = this.settings.get('max-attempts')
        if (attempts >= max) {
          const message = `Gave up after ${plural(attempts, 'attempt')}: ${outcome.reason}`
          moveItem(db, item.id, { to: 'failed', change: { attempts, lastError: message }, audit: { step, outcome: 'failed', message } }, now)
        } else {
          const delay = backoffDelay(attempts - 1, { baseMs: this.options.retryBaseMs, maxMs: this.options.retryMaxMs })
          const nextRunAt = new Date(this.ctx.clock.now().getTime() + delay).toISOString()
          const message = `${outcome.reason} (attempt ${attempts} of ${max}; next try at ${nextRunAt})`
          moveItem(
            db,
            item.id,
            { to: 'retry_wait', change: { attempts, nextRunAt, lastError: outcome.reason }, audit: { step, outcome: 'retry', message } },
            now
          )
        }
        break
      }
    }
    this.ctx.log.warn('export.not_done', { queueId: item.id, outcome: outcome.kind, reason: outcome.reason })
    if (outcome.kind === 'pause_auth' || outcome.kind === 'offline' || outcome.kind === 'rate_limited') this.queueLevel(outcome)
  }

  /** TrackerRMS refused the REST token outside an export (reading its candidate list): the queue pauses. */
  authRefused(reason: string): void {
    if (this.started) this.queueLevel({ kind: 'pause_auth', reason })
  }

  /** Failures that concern the whole queue rather than one item. */
  private handleQueueLevelFailure(error: unknown): void {
    this.queueLevel(outcomeOf(error))
  }

  private queueLevel(action: StepOutcome): void {
    if (action.kind === 'pause_auth') {
      this.pause(action.reason)
      this.ctx.events.emit('connection.changed', {
        connected: this.settings.connectionValue('connected-at') !== null,
        problem: { code: 'auth', message: action.reason }
      })
    } else if (action.kind === 'offline') {
      this.enterOffline(action.reason)
    } else if (action.kind === 'rate_limited') {
      this.resumeAt = this.ctx.clock.now().getTime() + action.retryAfterMs
      this.setMode('rate_limited', action.reason)
      this.schedule(Date.now() + action.retryAfterMs)
    } else {
      this.ctx.log.error('queue.unexpected', { outcome: action })
      this.schedule(Date.now() + this.options.pollMs)
    }
  }

  private enterOffline(reason: string): void {
    const delay = backoffDelay(this.probes, { baseMs: this.options.probeBaseMs, maxMs: this.options.probeMaxMs })
    this.probes++
    this.resumeAt = this.ctx.clock.now().getTime() + delay
    this.setMode('offline', reason)
    this.schedule(Date.now() + delay)
  }

  /**
   * While offline: one cheap call (a fresh session: a single request, whatever the size of the account — an index
   * refresh can mean re-reading every candidate where TrackerRMS ignores updatedAfter) tells whether TrackerRMS is
   * back. No attempts are used up.
   */
  private async probe(): Promise<void> {
    try {
      const deps = this.exportDeps()
      await deps.client.exchange()
      this.probes = 0
      this.resumeAt = null
      this.setMode('running', null)
      this.pump()
    } catch (error) {
      const action = outcomeOf(error)
      if (action.kind === 'offline') this.enterOffline(action.reason)
      else if (action.kind === 'pause_auth' || action.kind === 'rate_limited') this.queueLevel(action)
      else {
        this.resumeAt = null
        this.setMode('running', null)
        this.pump()
      }
    }
  }

  /** Items left 'running' by a process that died: they count one attempt and go back in line. */
  private recoverInterrupted(): void {
    const now = this.ctx.now()
    const max = this.settings.get('max-attempts')
    const stale = staleRunningItems(this.ctx.db, FAR_FUTURE)
    for (const item of stale) {
      const attempts = item.attempts + 1
      const message = 'Interrupted: Tracker Sync stopped while this export was running.'
      const audit = { step: item.step, outcome: 'interrupted', message }
      if (attempts >= max)
        moveItem(
          this.ctx.db,
          item.id,
          { to: 'failed', change: { attempts, lastError: `Gave up after ${plural(attempts, 'attempt')}. ${message}` }, audit },
          now
        )
      else moveItem(this.ctx.db, item.id, { to: 'retry_wait', change: { attempts, nextRunAt: now, lastError: message }, audit }, now)
    }
    if (this.settings.connectionValue('connected-at') !== null) moveAll(this.ctx.db, ['blocked_auth'], { to: 'pending', audit: null }, now)
  }

  private finishIdleWaiters(result: IdleResult): void {
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const waiter of waiters) waiter(result)
  }
}

/** What a waiting export shows: what is done in TrackerRMS, and what waits for the Widget API and why. */
function waitingMessage(ctx: CoreContext, item: QueueItem, reason: string): string {
  const ledger = getLedgerEntry(ctx.db, item.candidateId)
  const id = item.trackerResourceId ?? ledger?.trackerResourceId
  if (id && ledger?.how === 'created' && !getResumeFacts(ctx.db, item.candidateId)?.resumeAttachedAt)
    return `Created in TrackerRMS (#${id}) — resume not attached yet: ${reason}`
  if (id && item.trackerJobId !== null) return `In TrackerRMS (#${id}) — not on the list of job ${item.trackerJobId} yet: ${reason}`
  return reason
}
