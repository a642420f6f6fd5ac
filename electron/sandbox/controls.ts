// The sandbox's controls, in-process (tests, benchmarks, the sync engine's tests) and over HTTP under /__sandbox/
// (control-routes.ts maps each route to one of these). Read-backs return copies: changing them changes nothing.
import { newApiToken } from './auth'
import { applySeed, type SeedName } from './seed'
import type { SandboxServer } from './server'
import type {
  FaultRates,
  FaultRule,
  OpportunityInput,
  RequestLogEntry,
  ResourceInput,
  SandboxOpportunity,
  SandboxResource,
  SandboxSettingsView
} from './types'

export interface SandboxControls {
  /** Empty data, no faults, no latency, empty request log; the token and limits stay. */
  reset(): void
  /** Replaces all records with a seed ('demo' or 'empty'); the token stays. */
  seed(name: SeedName): void
  setLatency(ms: number): void
  /** Random faults per API request (probabilities 0..1). */
  setFaults(rates: FaultRates): void
  /** The next matching request(s) get this fault: deterministic, for tests. */
  failNext(rule: FaultRule): void
  clearFaults(): void
  /** Refuse connections until restoreNetwork (the port stays reserved for us). */
  cutNetwork(): Promise<void>
  restoreNetwork(): Promise<void>
  /** The current API token stops working (exchange and JWTs issued from it → 401). */
  revokeToken(): void
  /** A new API token replaces the old one (which stops working); returns it. */
  rotateToken(token?: string): string
  /** The API token that works now (null after a revoke). */
  token(): string | null
  setJwtLifetime(seconds: number): void
  /** Requests per window before 429 (null: unlimited); the window is 60 s unless given. */
  setRateLimit(requestsPerMinute: number | null, windowMs?: number): void
  /** How Resource/PagedSearch answers: the [assumed] envelope (default) or a bare array. */
  setResourcePageShape(shape: 'envelope' | 'array'): void
  settings(): SandboxSettingsView
  resources(): SandboxResource[]
  resource(id: number): SandboxResource | null
  opportunities(): SandboxOpportunity[]
  requestLog(): RequestLogEntry[]
  clearRequestLog(): void
  addResource(input: ResourceInput): SandboxResource
  /** Edits a record as a TrackerRMS user would (its updated time moves to now, or to input.updatedAt). */
  updateResource(id: number, patch: ResourceInput): SandboxResource | null
  deleteResource(id: number): boolean
  addOpportunity(input: OpportunityInput): SandboxOpportunity
}

const copy = <T>(value: T): T => structuredClone(value)

export function createControls(server: SandboxServer): SandboxControls {
  const { store, auth, faults, limiter } = server.parts
  const check = (ok: boolean, message: string) => {
    if (!ok) throw new RangeError(message)
  }
  return {
    reset() {
      applySeed(store, 'empty')
      faults.clear()
      server.latencyMs = 0
      server.log.length = 0
    },
    seed(name) {
      check(name === 'demo' || name === 'empty', `Unknown seed "${String(name)}": use demo or empty.`)
      applySeed(store, name)
    },
    setLatency(ms) {
      check(Number.isFinite(ms) && ms >= 0, 'latency must be 0 or more milliseconds')
      server.latencyMs = ms
    },
    setFaults(rates) {
      for (const rate of Object.values(rates)) check(typeof rate === 'number' && rate >= 0 && rate <= 1, 'fault rates are probabilities from 0 to 1')
      faults.rates = { ...rates }
    },
    failNext(rule) {
      check(['5xx', '429', 'hang', 'reset', 'malformed', 'huge'].includes(rule.kind), `Unknown fault "${String(rule.kind)}".`)
      faults.add(rule)
    },
    clearFaults: () => faults.clear(),
    cutNetwork: () => server.cut(),
    restoreNetwork: () => server.restore(),
    revokeToken: () => auth.revoke(),
    rotateToken: (token) => auth.rotate(token ?? newApiToken()),
    token: () => auth.token,
    setJwtLifetime(seconds) {
      check(Number.isFinite(seconds) && seconds > 0, 'the JWT lifetime must be more than 0 seconds')
      auth.jwtLifetimeSeconds = seconds
    },
    setRateLimit(requestsPerMinute, windowMs) {
      check(requestsPerMinute === null || (Number.isInteger(requestsPerMinute) && requestsPerMinute > 0), 'the rate limit must be a whole number above 0, or null')
      limiter.limit = requestsPerMinute
      if (windowMs !== undefined) limiter.windowMs = windowMs
    },
    setResourcePageShape(shape) {
      check(shape === 'envelope' || shape === 'array', 'the resource page shape is "envelope" or "array"')
      server.parts.shape.resourcePage = shape
    },
    settings: () => ({
      latencyMs: server.latencyMs,
      jwtLifetimeSeconds: auth.jwtLifetimeSeconds,
      requestsPerMinute: limiter.limit,
      rateWindowMs: limiter.windowMs,
      rates: { ...faults.rates },
      pendingFaults: faults.pending(),
      networkCut: server.networkCut,
      resourcePageShape: server.parts.shape.resourcePage
    }),
    resources: () => copy(store.data.resources),
    resource: (id) => copy(store.resource(id)),
    opportunities: () => copy(store.data.opportunities),
    requestLog: () => copy(server.log),
    clearRequestLog: () => void (server.log.length = 0),
    addResource: (input) => copy(store.addResource(input)),
    updateResource: (id, patch) => copy(store.updateResource(id, patch)),
    deleteResource: (id) => store.deleteResource(id),
    addOpportunity: (input) => copy(store.addOpportunity(input))
  }
}
