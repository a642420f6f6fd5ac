// A core connected to a fresh sandbox, with its sync engine (core.sync), for the sync integration tests.
//   const { core, sync, sandbox, job, opportunity, addCandidate, sendAll } = await syncedCore({ trigger: 'replied' })
import type { Trigger } from '../../shared/domain'
import type { CoreOptions } from '../../electron/core'
import type { ConnectionOptions } from '../../electron/core/connection-service'
import type { SandboxOptions } from '../../electron/sandbox'
import { connectedCore } from './sandbox'
import { FAST_QUEUE } from './fast-queue'

export { FAST_QUEUE }

export async function syncedCore(
  options: {
    trigger?: Trigger
    trackerJob?: boolean
    sandbox?: SandboxOptions
    settings?: Record<string, string>
    tracker?: ConnectionOptions
    secrets?: 'env' | 'keychain'
    sync?: CoreOptions['sync']
    withWidgetKey?: boolean
    widgetSecret?: 'key' | 'oauth'
  } = {}
) {
  const connected = await connectedCore({
    sandbox: options.sandbox,
    withWidgetKey: options.withWidgetKey,
    widgetSecret: options.widgetSecret,
    tracker: options.tracker,
    secrets: options.secrets,
    settings: { 'requests-per-minute': '10000', 'sync-delay-seconds': '0', ...options.settings },
    core: {
      sync: {
        ...options.sync,
        schedulerOptions: { ...FAST_QUEUE, ...options.sync?.schedulerOptions },
        indexReaderOptions: { retryBaseMs: 20, retryMaxMs: 200, ...options.sync?.indexReaderOptions }
      }
    }
  })
  const { core, sandbox } = connected
  const sync = core.sync
  const opportunity = options.trackerJob === false ? null : sandbox.controls.addOpportunity({ name: 'Senior Staff Nurse', clientName: 'St Mary’s Hospital' })
  const job = core.jobs.create({ title: 'Senior Staff Nurse' })
  await core.jobs.setSync(job.id, { trigger: options.trigger ?? 'replied', trackerJobId: opportunity?.id ?? null })
  const addCandidate = (fields: Omit<Parameters<typeof core.candidates.create>[0], 'jobId'>, jobId = job.id) => core.candidates.create({ ...fields, jobId })
  /** Sends the queue until idle, grace delays ignored. */
  const sendAll = () => sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 60_000 })
  /** Starts the queue (and with it the read of TrackerRMS's candidate list, as the app does) until that read is done. */
  const readIndex = async () => {
    sync.start()
    const started = Date.now()
    while (sync.indexStatus().state !== 'ready') {
      if (Date.now() - started > 30_000) throw new Error(`TrackerRMS's list was not read: ${JSON.stringify(sync.indexStatus())}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  return { ...connected, sync, job, opportunity, addCandidate, sendAll, readIndex }
}
