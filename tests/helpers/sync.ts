// A core connected to a fresh sandbox, with the sync engine on it, for the sync integration tests.
//   const { core, sync, sandbox, job, addCandidate, sendAll } = await syncedCore({ trigger: 'replied', trackerJob: true })
import type { Trigger } from '../../shared/domain'
import { FAST_QUEUE, plainResume } from './sync-resume'
import { createSyncService, type SyncServiceDeps } from '../../electron/sync/sync-service'
import { connectedCore } from './sandbox'
import type { SandboxOptions } from '../../electron/sandbox'
import type { ConnectionOptions } from '../../electron/core/connection-service'

export { FAST_QUEUE, plainResume }

export async function syncedCore(
  options: {
    trigger?: Trigger
    trackerJob?: boolean
    sandbox?: SandboxOptions
    settings?: Record<string, string>
    tracker?: ConnectionOptions
    secrets?: 'env' | 'keychain'
    sync?: Partial<Pick<SyncServiceDeps, 'atBoundary' | 'indexFreshMs' | 'schedulerOptions'>>
  } = {}
) {
  const connected = await connectedCore({ sandbox: options.sandbox, tracker: options.tracker, secrets: options.secrets, settings: { 'requests-per-minute': '10000', 'sync-delay-seconds': '0', ...options.settings } })
  const { core, sandbox } = connected
  const sync = createSyncService({
    ctx: core.ctx,
    settings: core.settings,
    outreach: core.outreach,
    client: () => core.connection.client(),
    renderResume: plainResume,
    ...options.sync,
    schedulerOptions: { ...FAST_QUEUE, ...options.sync?.schedulerOptions }
  })
  core.onClose(() => sync.stop())
  const opportunity = options.trackerJob === false ? null : sandbox.controls.addOpportunity({ name: 'Senior Staff Nurse', clientName: 'St Mary’s Hospital' })
  const job = core.jobs.create({ title: 'Senior Staff Nurse' })
  await core.jobs.setSync(job.id, { trigger: options.trigger ?? 'replied', trackerJobId: opportunity?.id ?? null })
  const addCandidate = (fields: Parameters<typeof core.candidates.create>[0] extends infer T ? Omit<T & object, 'jobId'> : never, jobId = job.id) =>
    core.candidates.create({ ...fields, jobId })
  /** Moves candidates to a stage (firing the trigger) and sends the queue until idle. */
  const sendAll = () => sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 60_000 })
  return { ...connected, sync, job, opportunity, addCandidate, sendAll }
}
