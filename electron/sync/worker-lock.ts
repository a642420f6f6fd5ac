// One queue worker per data folder. The desktop app and `sync` on the command line share the database; if both
// sent exports at once they could both create the same person. The holder renews its lock; a lock whose process
// is gone or whose heartbeat is stale is taken over (the previous worker crashed or was killed).
import { hostname } from 'node:os'
import { conflict } from '../../shared/errors'
import { readSetting, writeSetting } from '../db/settings'
import type { CoreContext } from '../lib/context'
import { processAlive } from '../lib/process-alive'

const KEY = 'sync-worker-lock'

interface LockValue {
  pid: number
  host: string
  heartbeatAt: string
}

export class WorkerLock {
  private held = false

  constructor(
    private readonly ctx: CoreContext,
    /** A heartbeat older than this means the holder is gone even if its PID was reused. */
    private readonly staleAfterMs = 60_000
  ) {}

  /** Takes the lock or throws a 'conflict' error naming the process that holds it. */
  acquire(): void {
    this.ctx.db
      .transaction(() => {
        const raw = readSetting(this.ctx.db, KEY)
        const current = raw ? (JSON.parse(raw) as LockValue) : null
        if (current && !(current.pid === process.pid && current.host === hostname()) && this.isLive(current)) {
          throw conflict(
            `Another Tracker Sync (process ${current.pid} on ${current.host}) is already sending this data folder's exports. ` +
              'Close it, or let it do the work.'
          )
        }
        this.write()
      })
      .immediate()
    this.held = true
  }

  /**
   * Renews the heartbeat; call regularly while holding the lock. Runs from a timer, so it never throws: when another
   * Tracker Sync keeps the database busy past the busy timeout (a large import), this beat is skipped and logged —
   * the next one renews it (a lock is taken over only after a minute without any).
   */
  renew(): void {
    if (!this.held) return
    try {
      this.write()
    } catch (error) {
      this.ctx.log.warn('queue.lock_renew_skipped', { error })
    }
  }

  release(): void {
    if (!this.held) return
    this.held = false
    const raw = readSetting(this.ctx.db, KEY)
    if (raw && (JSON.parse(raw) as LockValue).pid === process.pid) writeSetting(this.ctx.db, KEY, null)
  }

  private isLive(lock: LockValue): boolean {
    const fresh = this.ctx.clock.now().getTime() - Date.parse(lock.heartbeatAt) < this.staleAfterMs
    if (!fresh) return false
    return lock.host !== hostname() || processAlive(lock.pid)
  }

  private write(): void {
    writeSetting(this.ctx.db, KEY, JSON.stringify({ pid: process.pid, host: hostname(), heartbeatAt: this.ctx.now() } satisfies LockValue))
  }
}
