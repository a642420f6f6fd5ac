// Runs the durable queue: picks due exports (concurrency-limited, never two for one candidate), runs their steps,
// and turns failures into retries, a paused queue (auth), waiting and probing (offline) or slowing down (429).
import { plural } from '../../shared/plural'
import type { CoreEvents } from '../../shared/events'
import { claimItem, countActive, dueItems, insertAttempt, nextDueTime, setStateWhere, staleRunningItems, touchItems, updateQueueItem, type QueueItem } from '../db/queue'
import type { CoreContext } from '../core/context'
import type { SettingsService } from '../core/settings-service'
import { runExport, type ExportDeps } from './export-steps'
import { classifyFailure, retryDelayMs } from './retry-policy'
import { WorkerLock } from './worker-lock'

export type QueueMode = CoreEvents['queue.state']['state']

export interface SchedulerOptions {
  retryBaseMs: number
  retryMaxMs: number
  probeBaseMs: number
  probeMaxMs: number
  /** How often to look for work enqueued by another process (the CLI) while nothing is due. */
  pollMs: number
  heartbeatMs: number
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  retryBaseMs: 30_000,
  retryMaxMs: 30 * 60_000,
  probeBaseMs: 2_000,
  probeMaxMs: 60_000,
  pollMs: 10_000,
  heartbeatMs: 15_000
}

export interface IdleResult {
  state: 'idle' | 'paused_auth' | 'timeout'
  reason: string | null
  remaining: number
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
  private started = false
  private ignoreDelay = false
  private idleWaiters: ((result: IdleResult) => void)[] = []
  private readonly lock: WorkerLock
  private offConnection: (() => void) | null = null

  constructor(
    private readonly ctx: CoreContext,
    private readonly settings: SettingsService,
    /** What one export needs; throws an 'auth' or 'conflict' AppError when TrackerRMS is not usable. */
    private readonly exportDeps: () => ExportDeps,
    private readonly options: SchedulerOptions = DEFAULT_SCHEDULER_OPTIONS
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
      if (connected && !problem) this.resume()
      else if (!connected) this.pause('Not connected to TrackerRMS. Connect again to send the queued exports.')
    })
    this.heartbeat = setInterval(() => {
      this.lock.renew()
      touchItems(this.ctx.db, [...this.running.keys()], this.ctx.now())
    }, this.options.heartbeatMs)
    this.setMode('running', null)
    this.pump()
  }

  /** Stops taking work, waits briefly for running steps, and releases the lock. Unfinished items resume next start. */
  async stop(waitMs = 5_000): Promise<void> {
    if (!this.started) return
    this.started = false
    if (this.timer) clearTimeout(this.timer)
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.offConnection?.()
    await Promise.race([Promise.allSettled([...this.running.values()]), new Promise((r) => setTimeout(r, waitMs).unref())])
    this.lock.release()
    this.finishIdleWaiters({ state: 'timeout', reason: 'The queue was stopped.', remaining: countActive(this.ctx.db) })
  }

  /** New work may be due (called after enqueueing). */
  wake(): void {
    if (this.started) setImmediate(() => this.pump())
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
        resolve({ state: 'timeout', reason: `Stopped waiting after ${Math.round(options.timeoutMs! / 1000)} s.`, remaining: countActive(this.ctx.db) })
      }, options.timeoutMs)
    })
    const result = await Promise.race([done, timedOut])
    clearTimeout(timeout)
    return result
  }

  /** Unblocks items held for auth and carries on (after a reconnect). */
  resume(): void {
    const ids = setStateWhere(this.ctx.db, ['blocked_auth'], 'pending', this.ctx.now())
    if (ids.length) this.ctx.events.emit('queue.changed', { queueIds: ids, candidateIds: [] })
    this.probes = 0
    this.resumeAt = null
    this.setMode('running', null)
    this.pump()
  }

  private pause(reason: string): void {
    const ids = setStateWhere(this.ctx.db, ['pending', 'retry_wait'], 'blocked_auth', this.ctx.now())
    if (ids.length) this.ctx.events.emit('queue.changed', { queueIds: ids, candidateIds: [] })
    this.setMode('paused_auth', reason)
    this.settleIfPaused()
  }

  /** Tells whoever waits for the queue that it is paused, once the exports already in flight have settled. */
  private settleIfPaused(): void {
    if (this.mode === 'paused_auth' && this.running.size === 0)
      this.finishIdleWaiters({ state: 'paused_auth', reason: this.reason, remaining: countActive(this.ctx.db) })
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

  private pump(): void {
    if (!this.started) return
    if (this.timer) clearTimeout(this.timer)
    if (this.mode === 'paused_auth') return
    if (this.mode === 'offline' || this.mode === 'rate_limited') {
      if (this.resumeAt !== null && this.ctx.clock.now().getTime() < this.resumeAt) return this.schedule(Date.now() + (this.resumeAt - this.ctx.clock.now().getTime()))
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
        for (const item of due) if (claimItem(this.ctx.db, item.id, this.ctx.now())) this.launch(item, deps)
      }
    }
    if (this.running.size === 0) {
      const remaining = countActive(this.ctx.db)
      if (remaining === 0) {
        this.setMode('idle', null)
        this.finishIdleWaiters({ state: 'idle', reason: null, remaining: 0 })
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
      .then(() => {
        this.probes = 0
        this.ctx.log.info('export.done', { queueId: item.id, candidateId: item.candidateId })
      })
      .catch((error: unknown) => this.onFailure(item, error))
      .finally(() => {
        this.running.delete(item.id)
        this.ctx.events.emit('queue.changed', { queueIds: [item.id], candidateIds: [item.candidateId] })
        this.settleIfPaused()
        this.pump()
      })
    this.running.set(item.id, run)
  }

  private onFailure(item: QueueItem, error: unknown): void {
    const action = classifyFailure(error)
    const db = this.ctx.db
    const now = this.ctx.now()
    const current = db.prepare('SELECT attempts, step FROM sync_queue WHERE id = ?').get(item.id) as { attempts: number; step: string } | undefined
    if (!current) return
    this.ctx.log.warn('export.failed', { queueId: item.id, action: action.kind, reason: action.reason })
    const audit = (outcome: string, message: string) =>
      insertAttempt(db, { queueId: item.id, candidateId: item.candidateId, step: current.step, outcome, message }, now)
    db.transaction(() => {
      switch (action.kind) {
        case 'pause_auth':
          updateQueueItem(db, item.id, { state: 'blocked_auth', lastError: action.reason }, now)
          audit('blocked_auth', action.reason)
          break
        case 'offline':
        case 'rate_limited':
          updateQueueItem(db, item.id, { state: 'pending', lastError: action.reason }, now)
          audit(action.kind, action.reason)
          break
        case 'fail':
          updateQueueItem(db, item.id, { state: 'failed', lastError: action.reason }, now)
          audit('failed', action.reason)
          break
        case 'retry': {
          const attempts = current.attempts + 1
          const max = this.settings.get('max-attempts')
          if (attempts >= max) {
            const message = `Gave up after ${plural(attempts, 'attempt')}: ${action.reason}`
            updateQueueItem(db, item.id, { state: 'failed', attempts, lastError: message }, now)
            audit('failed', message)
          } else {
            const delay = retryDelayMs(attempts, this.options.retryBaseMs, this.options.retryMaxMs)
            const nextRunAt = new Date(this.ctx.clock.now().getTime() + delay).toISOString()
            updateQueueItem(db, item.id, { state: 'retry_wait', attempts, nextRunAt, lastError: action.reason }, now)
            audit('retry', `${action.reason} (attempt ${attempts} of ${max}; next try at ${nextRunAt})`)
          }
          break
        }
      }
    })()
    if (action.kind === 'pause_auth' || action.kind === 'offline' || action.kind === 'rate_limited') this.handleQueueLevelFailure(error)
  }

  /** Failures that concern the whole queue rather than one item. */
  private handleQueueLevelFailure(error: unknown): void {
    const action = classifyFailure(error)
    if (action.kind === 'pause_auth') {
      this.pause(action.reason)
      this.ctx.events.emit('connection.changed', { connected: this.settings.connectionValue('connected-at') !== null, problem: { code: 'auth', message: action.reason } })
    } else if (action.kind === 'offline') {
      this.enterOffline(action.reason)
    } else if (action.kind === 'rate_limited') {
      this.resumeAt = this.ctx.clock.now().getTime() + action.retryAfterMs
      this.setMode('rate_limited', action.reason)
      this.schedule(Date.now() + action.retryAfterMs)
    } else {
      this.ctx.log.error('queue.unexpected', { error })
      this.schedule(Date.now() + this.options.pollMs)
    }
  }

  private enterOffline(reason: string): void {
    const delay = Math.min(this.options.probeMaxMs, this.options.probeBaseMs * 2 ** this.probes)
    this.probes++
    this.resumeAt = this.ctx.clock.now().getTime() + delay
    this.setMode('offline', reason)
    this.schedule(Date.now() + delay)
  }

  /** While offline: one cheap call (an index delta) tells whether TrackerRMS is back. No attempts are used up. */
  private async probe(): Promise<void> {
    try {
      const deps = this.exportDeps()
      await deps.index.refresh(deps.client, deps.host, { force: true })
      this.probes = 0
      this.resumeAt = null
      this.setMode('running', null)
      this.pump()
    } catch (error) {
      const action = classifyFailure(error)
      if (action.kind === 'offline') this.enterOffline(action.reason)
      else if (action.kind === 'pause_auth' || action.kind === 'rate_limited') this.handleQueueLevelFailure(error)
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
    this.ctx.db.transaction(() => {
      for (const item of stale) {
        const attempts = item.attempts + 1
        const message = 'Interrupted: Tracker Sync stopped while this export was running.'
        if (attempts >= max) updateQueueItem(this.ctx.db, item.id, { state: 'failed', attempts, lastError: `Gave up after ${plural(attempts, 'attempt')}. ${message}` }, now)
        else updateQueueItem(this.ctx.db, item.id, { state: 'retry_wait', attempts, nextRunAt: now, lastError: message }, now)
        insertAttempt(this.ctx.db, { queueId: item.id, candidateId: item.candidateId, step: item.step, outcome: 'interrupted', message }, now)
      }
    })()
    if (this.settings.connectionValue('connected-at') !== null) setStateWhere(this.ctx.db, ['blocked_auth'], 'pending', now)
  }

  private finishIdleWaiters(result: IdleResult): void {
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const waiter of waiters) waiter(result)
  }
}
