import { spawnSync } from 'node:child_process'
import { hostname } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../electron/core'
import { writeSetting } from '../../../electron/db/settings'
import { createEnvStore } from '../../../electron/secrets'
import { WorkerLock } from '../../../electron/sync/worker-lock'
import { manualClock } from '../../helpers/clock'
import { tempDir } from '../../helpers/temp'

const cores: Core[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close()
})

describe('one queue worker per data folder', () => {
  it('a second process is refused while the first holds the lock, and may take it after release', () => {
    const dir = tempDir()
    const clock = manualClock()
    const a = createCore({ dataDir: dir, secrets: createEnvStore('t-123456'), clock })
    const b = createCore({ dataDir: dir, secrets: createEnvStore('t-123456'), clock })
    cores.push(a, b)
    const lockA = new WorkerLock(a.ctx)
    lockA.acquire()
    // Same process id in a test, so pretend B runs elsewhere by writing A's lock as another live process would.
    writeSetting(a.ctx.db, 'sync-worker-lock', JSON.stringify({ pid: process.ppid, host: hostname(), heartbeatAt: clock.now().toISOString() }))
    expect(() => new WorkerLock(b.ctx).acquire()).toThrow(`Another Tracker Sync (process ${process.ppid} on ${hostname()})`)
    writeSetting(a.ctx.db, 'sync-worker-lock', null)
    expect(() => new WorkerLock(b.ctx).acquire()).not.toThrow()
  })

  it('takes over the lock of a process that died, or whose heartbeat went stale', () => {
    const clock = manualClock()
    const core = createCore({ dataDir: tempDir(), secrets: createEnvStore('t-123456'), clock })
    cores.push(core)
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid as number
    writeSetting(core.ctx.db, 'sync-worker-lock', JSON.stringify({ pid: dead, host: hostname(), heartbeatAt: clock.now().toISOString() }))
    expect(() => new WorkerLock(core.ctx).acquire()).not.toThrow()

    writeSetting(core.ctx.db, 'sync-worker-lock', JSON.stringify({ pid: process.ppid, host: 'another-machine', heartbeatAt: clock.now().toISOString() }))
    expect(() => new WorkerLock(core.ctx).acquire()).toThrow(/already sending/)
    clock.advance(61_000)
    expect(() => new WorkerLock(core.ctx).acquire()).not.toThrow()
  })
})
