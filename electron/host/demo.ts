// Demo mode: a TrackerRMS-compatible server (electron/sandbox) inside this process, with the demo's jobs and
// candidates, and the core connected to it (region "custom"), so the app can be tried without a TrackerRMS account.
//
// Across restarts: the demo's TrackerRMS keeps its data (and token) in <data folder>/demo-trackerrms.json. A data
// folder connected to a local TrackerRMS whose state file is there is "in demo mode": at the next start the demo
// server is started again on the same port when that port is free (nothing changes for the core), otherwise on
// another one, and the core is connected to its new addresses. Leaving the demo (disconnecting, or connecting to a
// real TrackerRMS) stops the server; the state file stays for the next "Try the demo".
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { conflict } from '../../shared/errors'
import type { Core } from '../core'
import { startSandbox, type RunningSandbox } from '../sandbox'
import { seedLocalDemo } from './demo-seed'
import type { DemoVault } from './demo-vault'

export const DEMO_STATE_FILE = 'demo-trackerrms.json'

const localPort = (url: string | null): number | null => {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(parsed.hostname) && parsed.port ? Number(parsed.port) : null
  } catch {
    return null
  }
}

export function createDemoController(core: Core, vault: DemoVault) {
  const statePath = join(core.ctx.dataDir, DEMO_STATE_FILE)
  let sandbox: RunningSandbox | null = null
  let starting: Promise<void> | null = null

  const connectedToSandbox = () => {
    const info = core.connection.info()
    return sandbox !== null && info.connected && info.restUrl === sandbox.restUrl
  }

  /** Connected to a local TrackerRMS whose state file is in this data folder. */
  function isDemoFolder(): boolean {
    const info = core.connection.info()
    return info.connected && info.region === 'custom' && localPort(info.restUrl) !== null && existsSync(statePath)
  }

  async function launch(preferredPort: number | null): Promise<RunningSandbox> {
    // demo: no test controls over HTTP and no requests a web page could send (the seeding below uses the
    // sandbox's controls in-process); the token stays in the state file and the vault.
    const options = { seed: 'demo' as const, statePath, requestsPerMinute: null, demo: true }
    if (preferredPort) {
      try {
        return await startSandbox({ ...options, port: preferredPort })
      } catch (error) {
        core.ctx.log.info('demo.port_taken', { port: preferredPort, error: error instanceof Error ? error.message : String(error) })
      }
    }
    return startSandbox({ ...options, port: 0 })
  }

  async function run(): Promise<void> {
    const before = core.connection.info()
    if (!sandbox) sandbox = await launch(isDemoFolder() ? localPort(before.restUrl) : null)
    const running = sandbox
    vault.enable(running.restUrl, { token: () => running.token, widgetKey: () => running.widgetKey })
    const seeded = seedLocalDemo(core, running.controls.resources())
    if (!connectedToSandbox()) {
      await core.connection.connect({
        region: 'custom',
        restUrl: running.restUrl,
        widgetUrl: running.widgetUrl,
        webHost: running.webHost,
        connectedBy: isDemoFolder() ? before.connectedBy : null,
        loginEmail: running.loginEmail,
        widgetKey: running.widgetKey,
        token: running.token ?? ''
      })
    }
    core.ctx.log.info('demo.started', { restUrl: running.restUrl, loadedState: running.loadedState, seededCandidates: seeded })
  }

  async function stop(): Promise<void> {
    const running = sandbox
    sandbox = null
    vault.disable()
    if (running) {
      await running.close()
      core.ctx.log.info('demo.stopped', {})
    }
  }

  // Leaving the demo (disconnect, or a connection elsewhere) stops its server.
  const offChange = core.connection.onChange((info) => {
    if (sandbox && !starting && (!info.connected || info.restUrl !== sandbox.restUrl)) void stop()
  })

  return {
    /** "Try the demo": start the demo TrackerRMS (if needed), add the demo's local data to an empty folder, connect. */
    async start(): Promise<void> {
      const info = core.connection.info()
      if (info.connected && !isDemoFolder() && !connectedToSandbox())
        throw conflict(`Connected to TrackerRMS at ${info.restUrl}. Disconnect first to try the demo (or use another data folder).`)
      starting ??= run().finally(() => (starting = null))
      await starting
    },
    /** At start-up: bring the demo back if this data folder is in demo mode. */
    async resumeIfDemo(): Promise<boolean> {
      if (!isDemoFolder()) return false
      await this.start()
      return true
    },
    isDemoFolder,
    status: () => ({ running: sandbox !== null, connected: connectedToSandbox() }),
    sandbox: () => sandbox,
    async close(): Promise<void> {
      offChange()
      await stop()
    }
  }
}
