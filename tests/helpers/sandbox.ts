// Test helpers for the local TrackerRMS sandbox (electron/sandbox). Call them inside a test: what they start is
// closed when that test finishes (pass autoClose: false, e.g. in beforeAll, and call close() yourself).
//
//   const sb = await testSandbox({ seed: 'demo' })              // RunningSandbox: restUrl, widgetUrl, webHost,
//                                                               // token, controls, close()
//   const { sandbox, core, dataDir, token, close } = await connectedCore({
//     sandbox?: SandboxOptions,        // default: seed 'empty', no per-minute limit
//     secrets?: 'env' | 'keychain',    // default 'env' (createEnvStore(token)); 'keychain' = the real OS keychain
//     tracker?: ConnectionOptions,     // default FAST_TRACKER (small retry delays)
//     settings?: Record<string, string>, // default { 'requests-per-minute': '10000' }
//     connectedBy?: string, withWidgetKey?: boolean, autoClose?: boolean })
//   → a core (createCore on a temp data folder) already connected (region custom) to a fresh sandbox, as the
//     sandbox's user (owner@example.com) with its Widget API key (withWidgetKey: false connects without one).
//   Pass `sandbox: { profile: 'widget-none' }` (a variant of PROFILE_VARIANTS, or a partial profile) for another profile.
//
//   connectToSandbox(core, sandbox, { connectedBy?, widgetKey?, token? })  connects a core of the test's own
//   FAST_TRACKER   client tuning that keeps retries quick (base delay 5 ms, max 50 ms)
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { createCore, type Core, type CoreOptions } from '../../electron/core'
import type { ConnectionOptions } from '../../electron/core/connection-service'
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../electron/sandbox'
import { createEnvStore, createKeychainStore, KEYCHAIN_SERVICE, type SecretStore } from '../../electron/secrets'

export const FAST_TRACKER: ConnectionOptions = {
  client: { retry: { baseDelayMs: 5, maxDelayMs: 50 } }
}

/** A sandbox on an ephemeral port with no per-minute limit unless asked (tests make many calls quickly). */
export async function testSandbox(options: SandboxOptions & { autoClose?: boolean } = {}): Promise<RunningSandbox> {
  const { autoClose = true, ...sandboxOptions } = options
  const sandbox = await startSandbox({ requestsPerMinute: null, ...sandboxOptions })
  if (autoClose) onTestFinished(() => sandbox.close())
  return sandbox
}

export interface ConnectedCore {
  sandbox: RunningSandbox
  core: Core
  dataDir: string
  /** The API token the core was connected with. */
  token: string
  /** The Widget API key it was connected with (null: none). */
  widgetKey: string | null
  secrets: SecretStore
  close(): Promise<void>
}

export async function connectedCore(
  options: {
    sandbox?: SandboxOptions
    secrets?: 'env' | 'keychain'
    tracker?: ConnectionOptions
    settings?: Record<string, string>
    connectedBy?: string
    /** Connect with the sandbox's Widget API key (default true: the documented profile needs one). */
    withWidgetKey?: boolean
    /** Which secret to give as the Widget API key: the support key (default), or the OAuth token (styles W1/W2). */
    widgetSecret?: 'key' | 'oauth'
    autoClose?: boolean
    /** Further createCore options (e.g. sync timings). */
    core?: Partial<CoreOptions>
  } = {}
): Promise<ConnectedCore> {
  const sandbox = await testSandbox({ ...options.sandbox, autoClose: false })
  const token = sandbox.token as string
  const dataDir = mkdtempSync(join(tmpdir(), 'tracker-sync-sandbox-'))
  // A keychain service of its own, so a test never touches a real "Tracker Sync" entry.
  const widgetKey = options.withWidgetKey === false ? null : options.widgetSecret === 'oauth' ? sandbox.oauthToken : sandbox.widgetKey
  const secrets = options.secrets === 'keychain' ? createKeychainStore(`${KEYCHAIN_SERVICE} test ${process.pid}`) : createEnvStore(token, widgetKey)
  const core = createCore({ dataDir, secrets, tracker: options.tracker ?? FAST_TRACKER, ...options.core })
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    if (options.secrets === 'keychain') await core.connection.disconnect().catch(() => {})
    await core.close()
    await sandbox.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  if (options.autoClose !== false) onTestFinished(close)
  for (const [key, value] of Object.entries(options.settings ?? { 'requests-per-minute': '10000' })) core.settings.set(key, value)
  await connectToSandbox(core, sandbox, { connectedBy: options.connectedBy, widgetKey, token })
  return { sandbox, core, dataDir, token, widgetKey, secrets, close }
}

/** Connects a core to a sandbox (region custom) as its user, with its token and Widget API key unless told others. */
export function connectToSandbox(core: Core, sandbox: RunningSandbox, given: { connectedBy?: string; widgetKey?: string | null; token?: string } = {}) {
  return core.connection.connect({
    region: 'custom',
    restUrl: sandbox.restUrl,
    widgetUrl: sandbox.widgetUrl,
    webHost: sandbox.webHost,
    connectedBy: given.connectedBy ?? `Test Owner <${sandbox.loginEmail}>`,
    widgetKey: given.widgetKey === undefined ? sandbox.widgetKey : given.widgetKey,
    token: given.token ?? (sandbox.token as string)
  })
}
