// A TrackerRMS-compatible local server for demo mode, tests and benchmarks. It imitates TrackerRMS as
// shared/docs/trackerrms-api.md documents it (§7), strictly, with a switchable profile for every [unknown].
//
//   const sb = await startSandbox({ seed: 'demo' | 'empty', profile?, token?, widgetKey?, users?, port?,
//                                   requestsPerMinute?, rateWindowMs?, jwtLifetimeSeconds?, latencyMs?, statePath?,
//                                   requestLogLimit?, now?, demo? })
//   sb.restUrl    http://127.0.0.1:PORT            (region "custom": REST URL)
//   sb.widgetUrl  http://127.0.0.1:PORT/widget     (region "custom": Widget URL)
//   sb.webHost    http://127.0.0.1:PORT            (record pages at /Resource/View/{id})
//   sb.controlUrl http://127.0.0.1:PORT/__sandbox  (the same controls over HTTP, see control-routes.ts; null: demo)
//   sb.token      the REST API token that works now (changes on rotateToken, null after revokeToken)
//   sb.widgetKey  the support-issued Widget API key (W4/W5); sb.oauthToken the OAuth GUID (W1/W2)
//   sb.loginEmail, sb.userPassword   the first user's login (W3, and the username of W4)
//   sb.controls   see controls.ts: reset, seed, faults, tokens, keys, users, profile, records, request log
//   await sb.close()
//
// Defaults: seed 'empty', the default (least friendly) profile, a random 32-hex token and a different random Widget
// key, one active user owner@example.com ("Test Owner", password "sandbox-password"), an ephemeral port,
// 100 requests/minute (as TrackerRMS), JWTs living 7 days, no latency, no persistence. Ids: jobs from 5001,
// candidates from 10001.
//
// demo: true is the in-app demo TrackerRMS, which runs while the user browses the web: no controls over HTTP (the
// app uses sb.controls in-process), and requests a web page could send are refused (demo-gate.ts). Tests and
// `npm run sandbox` leave it off: their sandbox takes what TrackerRMS takes, and has its controls under /__sandbox.
import { randomUUID } from 'node:crypto'
import { SandboxAuth, newApiToken } from './auth'
import { createControls, type SandboxControls } from './controls'
import type { SandboxAccount } from './data'
import { FaultPlan, RateLimiter } from './faults'
import { resolveProfile, type SandboxProfile } from './profile'
import { applySeed, type SeedName } from './seed'
import { SandboxServer } from './server'
import { SandboxStore } from './store'
import type { UserInput } from './types'
import { initialUsers } from './users'

export interface SandboxOptions {
  seed?: SeedName
  /** A variant name (or "a,b" applied in order), or a partial profile laid over the default. */
  profile?: Partial<SandboxProfile> | string
  /** The REST API token; a random 32-hex one if not given (and none is in the state file). */
  token?: string
  /** The support-issued Widget API key; a random 32-hex one (not the REST token) if not given. */
  widgetKey?: string
  /** TrackerRMS users (default: one active owner@example.com, "Test Owner", password "sandbox-password"). */
  users?: UserInput[]
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
  now?: () => number
  /** The in-app demo: no HTTP controls; only its own loopback Host and Origin, and JSON bodies (demo-gate.ts). */
  demo?: boolean
}

export interface RunningSandbox {
  readonly restUrl: string
  readonly widgetUrl: string
  readonly webHost: string
  /** Null for the demo, which has no controls over HTTP. */
  readonly controlUrl: string | null
  readonly port: number
  /** The REST API token that works now. */
  readonly token: string | null
  /** The Widget API key that works now (null after a revoke). */
  readonly widgetKey: string | null
  /** The OAuth token (a GUID) the sandbox issued, for W1 (Bearer) and W2 (credentials.oauthtoken). */
  readonly oauthToken: string
  /** The first user's login email and password. */
  readonly loginEmail: string
  readonly userPassword: string
  /** True when the data came from the state file. */
  readonly loadedState: boolean
  readonly controls: SandboxControls
  close(): Promise<void>
}

/** A Widget key that is not the REST token (whether they are the same string in TrackerRMS is [unknown], §3). */
function newWidgetKey(token: string | null): string {
  let key = newApiToken()
  while (key === token) key = newApiToken()
  return key
}

function startAccount(options: SandboxOptions): SandboxAccount {
  const token = options.token ?? newApiToken()
  return {
    token,
    revokedTokens: [],
    widgetKey: options.widgetKey ?? newWidgetKey(token),
    oauthToken: randomUUID(),
    users: initialUsers(options.users),
    profile: resolveProfile(options.profile)
  }
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const now = options.now ?? Date.now
  const store = new SandboxStore(now, startAccount(options), options.statePath)
  const loadedState = store.load()
  if (!loadedState) applySeed(store, options.seed ?? 'empty')
  else {
    // What the caller gives wins over the state file; what it leaves out stays as saved.
    const account = store.account
    if (options.token && options.token !== account.token) account.token = options.token
    if (options.widgetKey) account.widgetKey = options.widgetKey
    if (options.users) account.users = initialUsers(options.users)
    if (options.profile !== undefined) account.profile = resolveProfile(options.profile)
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
    demo: options.demo === true
  })
  server.latencyMs = options.latencyMs ?? 0
  server.controls = createControls(server)
  await server.listen(options.port ?? 0)
  const origin = server.origin
  let closed = false
  return {
    restUrl: origin,
    widgetUrl: `${origin}/widget`,
    webHost: origin,
    controlUrl: options.demo ? null : `${origin}/__sandbox`,
    port: server.port,
    get token() {
      return auth.token
    },
    get widgetKey() {
      return store.account.widgetKey
    },
    get oauthToken() {
      return store.account.oauthToken
    },
    get loginEmail() {
      return store.account.users[0]?.email ?? ''
    },
    get userPassword() {
      return store.account.users[0]?.password ?? ''
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

export type { SeedName } from './seed'
export { SEEDS } from './seed'
export { DEFAULT_PROFILE, PROFILE_VARIANTS, resolveProfile, type WidgetAuthStyle } from './profile'
export { DEFAULT_USER_EMAIL } from './users'
export * from './types'
