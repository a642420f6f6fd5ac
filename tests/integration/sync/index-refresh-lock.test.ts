// `index refresh` reads TrackerRMS's list in the foreground, holding the data folder's worker lock so that the app
// and the CLI never read (or send) at once. A first read of a large TrackerRMS takes minutes to hours: the lock is
// renewed while it reads, as the queue's worker renews it, or another process would take over a lock whose
// heartbeat is a minute old and read alongside.
import { expect, it } from 'vitest'
import { readSetting } from '../../../electron/db/settings'
import { syncedCore } from '../../helpers/sync'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it('renews the worker lock while it reads, and releases it at the end', async () => {
  const { core, sandbox } = await syncedCore() // heartbeat every second (FAST_QUEUE)
  sandbox.controls.addCandidates(400) // the documented listing: 10 a page, about 50 pages
  sandbox.controls.setLatency(60) // a read of about 3 s
  const heartbeat = () => (JSON.parse(readSetting(core.ctx.db, 'sync-worker-lock') ?? 'null') as { heartbeatAt: string } | null)?.heartbeatAt ?? null
  const reading = core.sync.readIndexOnce()
  await sleep(200)
  const first = heartbeat()
  expect(first).not.toBeNull()
  await sleep(2_000)
  expect(core.sync.indexStatus().state).toBe('reading')
  expect(heartbeat()! > first!).toBe(true)
  const { problem, status } = await reading
  expect(problem).toBeNull()
  expect(status).toMatchObject({ state: 'ready', rows: 400 })
  expect(heartbeat()).toBeNull()
})
