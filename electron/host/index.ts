// The one front door: createHost builds, for the desktop app, the browser host and the command line alike, the core,
// what the apps add around it (the queue running in the background, the demo TrackerRMS, temporary files for uploads
// and downloads, and on the desktop the save dialog), the API's dispatcher over both, and event forwarding.
import { createDispatcher, type Dispatch } from '../api/dispatch'
import { forwardEvents } from '../api/event-forwarder'
import type { HostServices } from '../api/types'
import { createCore, type Core, type CoreOptions } from '../core'
import type { SecretStore } from '../lib/secret-store'
import type { ApiEventMessage } from '../../shared/api'
import { createDemoController } from './demo'
import { DemoVault } from './demo-vault'
import { createFileStore } from './files'
import { createQueueRunner } from './queue-runner'

export interface AppServiceOptions {
  /** The vault the core's secret store was wrapped with (demo mode keeps its token there). */
  vault: DemoVault
  /** Desktop: asks where to save a file (the system dialog, which confirms replacing); null when cancelled. */
  askSavePath?: (suggestedName: string) => Promise<string | null>
  /** How often to try again for the queue when another process sends it. */
  workerRetryMs?: number
}

export type AppServices = ReturnType<typeof createAppServices>

/** The services around an existing core (createHost uses it; tests that build their own core do too). */
export function createAppServices(core: Core, options: AppServiceOptions) {
  const files = createFileStore(core.ctx.dataDir)
  const demo = createDemoController(core, options.vault)
  const queue = createQueueRunner(core, { retryMs: options.workerRetryMs })
  return {
    files,
    demo,
    queue,
    askSavePath: options.askSavePath ?? null,
    async close(): Promise<void> {
      await queue.stop()
      await demo.close()
      files.close()
    }
  }
}

export interface HostOptions extends Omit<CoreOptions, 'secrets'> {
  /** Where secrets live (the keychain, or the environment); the demo TrackerRMS's own is answered in front of it. */
  secrets: SecretStore
  askSavePath?: AppServiceOptions['askSavePath']
  workerRetryMs?: number
}

export interface Host {
  core: Core
  services: AppServices
  /** Every API call, by name, with its input checked against the contract. */
  dispatch: Dispatch
  /** Sends the core's push events (coalesced) until the returned function is called, or the host closes. */
  forwardEvents(send: (message: ApiEventMessage) => void): () => void
  close(): Promise<void>
}

export function createHost(options: HostOptions): Host {
  const { secrets, askSavePath, workerRetryMs, ...coreOptions } = options
  const vault = new DemoVault()
  const core = createCore({ ...coreOptions, secrets: vault.wrap(secrets) })
  const services = createAppServices(core, { vault, askSavePath, workerRetryMs })
  core.onClose(() => services.close())
  const api: HostServices = services
  return {
    core,
    services,
    dispatch: createDispatcher(core, api),
    forwardEvents(send) {
      const stop = forwardEvents(core.events, send)
      core.onClose(stop)
      return stop
    },
    close: () => core.close()
  }
}

export { DemoVault } from './demo-vault'
export { DEMO_STATE_FILE } from './demo'
