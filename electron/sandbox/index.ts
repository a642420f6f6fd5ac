// A TrackerRMS-compatible local server for demo mode, tests and benchmarks. It imitates section 6 of
// shared/docs/trackerrms-api.md, unfriendly parts included.
//
//   const sb = await startSandbox({ seed: 'demo' | 'empty', token?, port?, requestsPerMinute?, rateWindowMs?,
//                                   jwtLifetimeSeconds?, latencyMs?, statePath?, requestLogLimit?, now? })
//   sb.restUrl    http://127.0.0.1:PORT            (region "custom": REST URL)
//   sb.widgetUrl  http://127.0.0.1:PORT/widget     (region "custom": Widget URL)
//   sb.webHost    http://127.0.0.1:PORT            (record pages at /Resource/View/{id})
//   sb.controlUrl http://127.0.0.1:PORT/__sandbox  (the same controls over HTTP, see control-routes.ts)
//   sb.token      the API token that works now (changes on rotateToken, null after revokeToken)
//   sb.controls   reset, seed, setLatency, setFaults, failNext, clearFaults, cutNetwork, restoreNetwork,
//                 revokeToken, rotateToken, token, setJwtLifetime, setRateLimit, setResourcePageShape, settings, resources, resource,
//                 opportunities, requestLog, clearRequestLog, addResource, updateResource, deleteResource,
//                 addOpportunity (see controls.ts)
//   await sb.close()
//
// Defaults: seed 'empty', a random 32-hex token, an ephemeral port, 100 requests/minute (as TrackerRMS),
// JWTs living 7 days, no latency, no persistence. Ids: opportunities from 5001, resources from 10001.
import { SandboxAuth, newApiToken } from './auth'
import { createControls, type SandboxControls } from './controls'
import { FaultPlan, RateLimiter } from './faults'
import { applySeed, type SeedName } from './seed'
import { SandboxServer } from './server'
import { SandboxStore } from './store'

export interface SandboxOptions {
  seed?: SeedName
  /** The API token; a random 32-hex one if not given (and none is in the state file). */
  token?: string
  /** 0 or absent: an ephemeral port. */
  port?: number
  /** The per-window limit answered with 429 (default 100, as TrackerRMS); null for none. */
  requestsPerMinute?: number | null
  rateWindowMs?: number
  jwtLifetimeSeconds?: number
  latencyMs?: number
  /** Keep the data in this JSON file: loaded at start when it exists (the seed is then not applied), saved on change. */
  statePath?: string
  requestLogLimit?: number
  /** Resource/PagedSearch as the [assumed] envelope (default) or a bare array. */
  resourcePageShape?: 'envelope' | 'array'
  now?: () => number
}

export interface RunningSandbox {
  readonly restUrl: string
  readonly widgetUrl: string
  readonly webHost: string
  readonly controlUrl: string
  readonly port: number
  /** The API token that works now. */
  readonly token: string | null
  /** True when the data came from the state file. */
  readonly loadedState: boolean
  readonly controls: SandboxControls
  close(): Promise<void>
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const now = options.now ?? Date.now
  const store = new SandboxStore(now, options.statePath)
  const loadedState = store.load()
  if (!loadedState) {
    store.data.token = options.token ?? newApiToken()
    applySeed(store, options.seed ?? 'empty')
  } else if (options.token && options.token !== store.data.token) {
    store.data.token = options.token
    store.changed()
  }
  const auth = new SandboxAuth(store, now)
  if (options.jwtLifetimeSeconds) auth.jwtLifetimeSeconds = options.jwtLifetimeSeconds
  const limiter = new RateLimiter(options.requestsPerMinute === undefined ? 100 : options.requestsPerMinute, options.rateWindowMs ?? 60_000)
  const server = new SandboxServer({
    store,
    auth,
    faults: new FaultPlan(),
    limiter,
    now,
    requestLogLimit: options.requestLogLimit ?? 100_000,
    shape: { resourcePage: options.resourcePageShape ?? 'envelope' }
  })
  server.latencyMs = options.latencyMs ?? 0
  server.controls = createControls(server)
  await server.listen(options.port ?? 0)
  const origin = `http://127.0.0.1:${server.port}`
  let closed = false
  return {
    restUrl: origin,
    widgetUrl: `${origin}/widget`,
    webHost: origin,
    controlUrl: `${origin}/__sandbox`,
    port: server.port,
    get token() {
      return auth.token
    },
    loadedState,
    controls: server.controls,
    async close() {
      if (closed) return
      closed = true
      await server.cut()
      store.flush()
    }
  }
}

export type { SandboxControls } from './controls'
export type { SeedName } from './seed'
export { SEEDS } from './seed'
export * from './types'
