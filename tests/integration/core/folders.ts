// Data folders on one sandbox TrackerRMS, each a core with its own database, all on one REAL keychain (a service
// name of the test's own): what the keychain tests in this folder build on.
//   const { sandbox, secrets, entries, removeAll } = await keychainSandbox()   // its entries removed at the end
//   const core = openFolder(dir, secrets)            // closed when the test ends (or core.close())
//   await connectToSandbox(core, sandbox)            // (helpers/sandbox) its token and Widget API key
//   await exportOne(core, 'Ada Lovelace')            // a new candidate replied → the queue sent until idle
import { findCredentialsAsync } from '@napi-rs/keyring'
import { randomUUID } from 'node:crypto'
import { onTestFinished } from 'vitest'
import { createCore, type Core } from '../../../electron/core'
import { createKeychainStore, type SecretStore } from '../../../electron/secrets'
import type { RunningSandbox } from '../../../electron/sandbox'
import { FAST_QUEUE } from '../../helpers/fast-queue'
import { FAST_TRACKER, testSandbox } from '../../helpers/sandbox'

export interface KeychainSandbox {
  sandbox: RunningSandbox
  secrets: SecretStore
  /** Every entry of the test's keychain service, by account name. */
  entries(): Promise<Record<string, string>>
  /** Removes every entry of the service, as a user (or another program) would behind the app's back. */
  removeAll(): Promise<void>
}

export async function keychainSandbox(): Promise<KeychainSandbox> {
  const sandbox = await testSandbox()
  const service = `Tracker Sync test ${randomUUID()}`
  const secrets = createKeychainStore(service)
  const entries = async () => Object.fromEntries((await findCredentialsAsync(service)).map((c) => [c.account, c.password]))
  const removeAll = async () => {
    for (const account of Object.keys(await entries())) await secrets.delete(account)
  }
  onTestFinished(removeAll)
  return { sandbox, secrets, entries, removeAll }
}

export function openFolder(dataDir: string, secrets: SecretStore): Core {
  const core = createCore({
    dataDir,
    secrets,
    tracker: FAST_TRACKER,
    sync: { schedulerOptions: FAST_QUEUE, indexReaderOptions: { retryBaseMs: 20, retryMaxMs: 200 } }
  })
  let closed = false
  const close = core.close
  core.close = async () => {
    if (!closed) await close()
    closed = true
  }
  onTestFinished(() => core.close())
  core.settings.set('requests-per-minute', '10000')
  core.settings.set('sync-delay-seconds', '0')
  return core
}

/** A new candidate on a new job, moved to Replied (the job's trigger), then the queue sent until idle or paused. */
export async function exportOne(core: Core, fullName: string) {
  const job = core.jobs.create({ title: `Job for ${fullName}` })
  await core.jobs.setSync(job.id, { trigger: 'replied', trackerJobId: null })
  const email = `${fullName.toLowerCase().replace(/\W+/g, '.')}@example.com`
  const candidate = core.candidates.create({ jobId: job.id, fullName, email })
  core.outreach.recordStage({ jobId: job.id, candidateId: candidate.id, stage: 'replied' })
  return core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 30_000 })
}

/** Whether the sandbox TrackerRMS holds a candidate record of that name. */
export const inTracker = (sandbox: RunningSandbox, fullName: string) => sandbox.controls.resources().some((r) => `${r.firstName} ${r.surname}` === fullName)
