// What the desktop app and the browser host add around the core: the queue running in the background, the demo
// TrackerRMS, temporary files for uploads and downloads, and (desktop only) the save dialog. The API's handlers
// reach these through the third argument; the CLI has none of it.
import type { Core } from '../../core'
import { createDemoController } from './demo'
import type { DemoVault } from './demo-vault'
import { createFileStore } from './files'
import { createQueueRunner } from './queue-runner'

export interface AppServiceOptions {
  /** The vault the core's secret store was wrapped with (demo mode keeps its token there). */
  vault: DemoVault
  /** Desktop: asks where to save a file (the system dialog) and copies it there; null when cancelled. */
  saveAs?: (source: string, suggestedName: string) => Promise<string | null>
  /** How often to try again for the queue when another process sends it. */
  workerRetryMs?: number
}

export type AppServices = ReturnType<typeof createAppServices>

export function createAppServices(core: Core, options: AppServiceOptions) {
  const files = createFileStore(core.ctx.dataDir)
  const demo = createDemoController(core, options.vault)
  const queue = createQueueRunner(core, { retryMs: options.workerRetryMs })
  return {
    files,
    demo,
    queue,
    saveAs: options.saveAs ?? null,
    async close(): Promise<void> {
      await queue.stop()
      await demo.close()
      files.close()
    }
  }
}

export { DemoVault } from './demo-vault'
export { DEMO_STATE_FILE } from './demo'
