// "Try now": TrackerRMS was out of reach and is back; the queue would wait for its next probe (a minute here), but
// the user asks it to try at once, through the same API call the banner's and the rows' button makes.
import { expect, it } from 'vitest'
import { createAppServices, DemoVault } from '../../../electron/host'
import { createDispatcher } from '../../../electron/api/dispatch'
import { valueOf } from '../../helpers/api'
import { syncedCore } from '../../helpers/sync'

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until(check: () => boolean, what: string, timeoutMs = 20_000) {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await wait(20)
  }
}

it('sends the waiting exports at once, without waiting out the backoff, when TrackerRMS is back', async () => {
  // The next probe after going offline is a minute away: only "Try now" can send within this test.
  const { core, sync, sandbox, job, addCandidate } = await syncedCore({ sync: { schedulerOptions: { probeBaseMs: 60_000, probeMaxMs: 60_000 } } })
  const app = createAppServices(core, { vault: new DemoVault() })
  core.onClose(() => app.close())
  const value = valueOf(createDispatcher(core, app))

  await sandbox.controls.cutNetwork()
  const ann = addCandidate({ fullName: 'Ann Offline', email: 'ann.offline@example.com' })
  core.outreach.recordStage({ jobId: job.id, candidateId: ann.id, stage: 'replied' })
  sync.start()
  await until(() => sync.state().state === 'offline', 'the queue to go offline')
  const retryAt = Date.parse(sync.state().retryAt!)
  expect(retryAt - Date.now()).toBeGreaterThan(30_000)

  await sandbox.controls.restoreNetwork()
  await wait(500)
  // Back, but the queue does not know yet: nothing sent.
  expect(sync.state().state).toBe('offline')
  expect(sandbox.controls.resources()).toHaveLength(0)

  await value('sync.tryNow', {})
  await until(() => sandbox.controls.resources().length === 1, 'the export to be sent')
  expect(Date.now()).toBeLessThan(retryAt)
  expect(sandbox.controls.resources()[0].contactDetails.email).toBe('ann.offline@example.com')
  await until(() => core.sync.queueEntries({ limit: 5 })[0]?.state === 'done', 'the export to be done')
  expect(core.sync.queueEntries({ limit: 5 })[0].attempts).toBe(0)
})
