// Reads TrackerRMS's candidate list in the background, from the moment the integration is connected (not at the
// first export): the first full read with its checkpoint after every page, progress and an ETA from the measured
// rate ('index.progress'), a pause and a retry when TrackerRMS cannot be reached, and, once it is done, a delta now
// and then and soon after each create (which is when another desktop's twin of our record shows up).
import type { IndexStatus } from '../../shared/events'
import { getCrawlState, indexSize } from '../db/tracker-crawl'
import { backoffDelay } from '../lib/backoff'
import type { CoreContext } from '../lib/context'
import type { TrackerClient } from '../trackerrms/types'
import { outcomeOf } from './outcome'
import type { FullReadProgress, RefreshResult, TrackerIndexRefresher } from './tracker-index-refresh'

export interface IndexReaderOptions {
  retryBaseMs: number
  retryMaxMs: number
  /** A delta this often once the first read is done (it reads nothing new when nothing changed). */
  deltaEveryMs: number
  /** A delta this long after a create: another desktop's record of the same person shows up then. */
  followUpMs: number
}

export const DEFAULT_INDEX_READER_OPTIONS: IndexReaderOptions = { retryBaseMs: 2_000, retryMaxMs: 60_000, deltaEveryMs: 5 * 60_000, followUpMs: 30_000 }

export interface IndexReaderHooks {
  /** The client and host of the connection; throws when not connected. */
  connection(): { client: TrackerClient; host: string }
  /** The first full read finished. */
  onReady(): void
  /** A refresh brought records the index did not know (a record exports wait for may be among them). */
  onNewRecords(): void
  /** TrackerRMS refused the REST token: the whole queue pauses (reconnecting starts the read again). */
  onAuthRefused(reason: string): void
}

export class IndexReader {
  private started = false
  private loop: Promise<void> | null = null
  private timer: NodeJS.Timeout | null = null
  private dueAt: number | null = null
  /** A read was asked for while one ran: run again right after it. */
  private again = false
  /** onReady was called in this session. */
  private announced = false
  private failures = 0
  /**
   * When the follow-up delta of the latest create is due (null: none pending). Kept apart from the timer: a timer due
   * sooner (an earlier create's) must not swallow it, and a refresh made before this create does not count for it.
   */
  private followUpAt: number | null = null
  private problem: string | null = null
  /** The rate is measured over this session of the read: rows and time at its start. */
  private session: { atMs: number; rows: number } | null = null
  private last: FullReadProgress | null = null

  constructor(
    private readonly ctx: CoreContext,
    private readonly refresher: TrackerIndexRefresher,
    private readonly hooks: IndexReaderHooks,
    private readonly options: IndexReaderOptions = DEFAULT_INDEX_READER_OPTIONS
  ) {}

  /** Starts reading (or carries on) if connected; idempotent. Only the process that sends the queue calls it. */
  start(): void {
    this.started = true
    this.kick(0)
  }

  async stop(): Promise<void> {
    this.started = false
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.loop?.catch(() => undefined)
  }

  /** Whether the first full read is under way in this process (exports waiting for it keep "sync until idle" busy). */
  get reading(): boolean {
    const state = this.phase()
    return this.started && (state === 'reading' || (state === 'paused' && this.timer !== null))
  }

  /** Whether the first full read of the connected TrackerRMS is done (cheap: no row count). */
  isReady(): boolean {
    return this.phase() === 'ready'
  }

  /** The state alone, without counting the index (the scheduler asks on its hot path). */
  private phase(): IndexStatus['state'] {
    const host = this.host()
    if (!host) return 'not_connected'
    if (getCrawlState(this.ctx.db, host)?.fullCrawlAt) return 'ready'
    return this.problem ? 'paused' : 'reading'
  }

  private host(): string | null {
    try {
      return this.hooks.connection().host
    } catch {
      return null
    }
  }

  /** A create went out: look for another desktop's record of the same person soon. */
  afterCreate(): void {
    this.followUpAt = Date.now() + this.options.followUpMs
    this.kick(this.options.followUpMs)
  }

  /**
   * One read in the foreground (the CLI's \`index refresh\`, in a process that does not send the queue): carries on
   * with the first read to its end, or reads what changed. Returns the problem that stopped it, or null.
   */
  async readOnce(): Promise<string | null> {
    this.started = true
    try {
      await this.runOnce()
      return this.problem
    } finally {
      this.started = false
    }
  }

  /** Reads now (a delta, or carries on with the first read), e.g. when asked from the CLI or Settings. */
  readNow(): void {
    this.kick(0)
  }

  status(): IndexStatus {
    const host = this.host()
    const state = host ? getCrawlState(this.ctx.db, host) : null
    const base = {
      variant: this.last?.variant ?? state?.checkpoint?.variant ?? null,
      readyAt: state?.fullCrawlAt ?? null,
      lastRefreshAt: state?.lastRefreshAt ?? null
    }
    if (!host) return { state: 'not_connected', rows: 0, total: null, percent: null, ratePerMinute: null, etaSeconds: null, ...base, problem: null }
    if (state?.fullCrawlAt)
      return { state: 'ready', rows: indexSize(this.ctx.db), total: null, percent: null, ratePerMinute: null, etaSeconds: null, ...base, problem: null }
    const rows = this.last?.rows ?? state?.checkpoint?.rows ?? 0
    const total = this.last?.total ?? state?.checkpoint?.total ?? null
    const rate = this.ratePerMinute(rows)
    const left = total !== null ? Math.max(0, total - rows) : null
    return {
      state: this.problem ? 'paused' : 'reading',
      rows,
      total,
      percent: total ? Math.min(100, Math.floor((rows / total) * 100)) : null,
      ratePerMinute: rate,
      etaSeconds: rate && left !== null ? Math.round((left / rate) * 60) : null,
      ...base,
      problem: this.problem
    }
  }

  private ratePerMinute(rows: number): number | null {
    if (!this.session) return null
    const minutes = (Date.now() - this.session.atMs) / 60_000
    const read = rows - this.session.rows
    return minutes > 0 && read > 0 ? Math.round(read / minutes) : null
  }

  /** Runs the next read in `afterMs` (or sooner, if one is due sooner already). */
  private kick(afterMs: number): void {
    if (!this.started) return
    const at = Date.now() + afterMs
    if (this.timer && this.dueAt !== null && this.dueAt <= at) return
    if (this.timer) clearTimeout(this.timer)
    this.dueAt = at
    this.timer = setTimeout(() => this.fire(), afterMs)
    this.timer.unref?.()
  }

  private fire(): void {
    this.timer = null
    this.dueAt = null
    if (this.loop) {
      this.again = true
      return
    }
    let next: number | null = null
    this.loop = this.runOnce()
      .then((ms) => void (next = ms))
      .finally(() => {
        this.loop = null
        if (this.again) {
          this.again = false
          this.kick(0)
        } else if (next !== null) this.kick(next)
      })
  }

  /** One read: the first full read (from its checkpoint) or a delta. Returns when to read next (null: not now). */
  private async runOnce(): Promise<number | null> {
    let connection: { client: TrackerClient; host: string }
    try {
      connection = this.hooks.connection()
    } catch {
      return null // not connected: connecting starts it again
    }
    const { client, host } = connection
    try {
      const wasComplete = this.refresher.isComplete(host)
      const startedAt = Date.now()
      // A due follow-up reads now, even when a later create's refresh was recent: that refresh came before this
      // create's twin could show up. (Where a refresh re-reads every candidate, the re-read interval still rules.)
      const followUp = this.followUpAt !== null && this.followUpAt <= startedAt
      let result: RefreshResult
      if (wasComplete) result = await this.refresher.refresh(client, host, { force: followUp && client.readsChangesOnly() })
      else {
        this.session = { atMs: Date.now(), rows: getCrawlState(this.ctx.db, host)?.checkpoint?.rows ?? 0 }
        this.emit()
        result = await this.refresher.readAll(
          client,
          host,
          (progress) => this.onPage(progress),
          () => this.started
        )
      }
      this.failures = 0
      this.problem = null
      if (!wasComplete && result.kind === 'full') this.ctx.log.info('index.ready', { records: result.records, pages: result.pages })
      if (result.kind === 'full' || (wasComplete && !this.announced)) {
        // Also at the first read of a session: exports may wait for a read that an earlier process finished.
        this.announced = true
        this.emit()
        this.hooks.onReady()
      } else {
        if (result.added > 0) this.hooks.onNewRecords()
        // Screens show when TrackerRMS was last checked ("Check for changes now" ends here).
        if (result.kind === 'delta') this.emit()
      }
      // Done with the follow-up, unless a create since then made another one due later.
      if (this.followUpAt !== null && this.followUpAt <= startedAt) this.followUpAt = null
      return this.followUpAt !== null ? Math.max(0, this.followUpAt - Date.now()) : this.options.deltaEveryMs
    } catch (error) {
      return this.onFailure(error)
    }
  }

  private onPage(progress: FullReadProgress): void {
    this.last = progress
    this.problem = null
    this.emit()
  }

  private onFailure(error: unknown): number | null {
    const outcome = outcomeOf(error)
    this.problem = outcome.reason
    this.ctx.log.warn('index.read_failed', { outcome: outcome.kind, reason: outcome.reason })
    this.emit()
    // The REST token refused: reconnecting starts the read again. Anything else: carry on from the checkpoint.
    if (outcome.kind === 'pause_auth') {
      this.hooks.onAuthRefused(outcome.reason)
      return null
    }
    this.session = null
    return outcome.kind === 'rate_limited'
      ? outcome.retryAfterMs
      : backoffDelay(this.failures++, { baseMs: this.options.retryBaseMs, maxMs: this.options.retryMaxMs })
  }

  private emit(): void {
    this.ctx.events.emit('index.progress', this.status())
  }
}
