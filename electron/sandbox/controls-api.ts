// The sandbox's controls as the server, the HTTP control routes and the tests see them (controls.ts implements them
// over the server): their own module, so the server and the controls do not import each other.
import type { SandboxProfile } from './profile'
import type { SeedName } from './seed'
import type * as T from './types'

export interface SandboxControls {
  /** Empty data, no faults, no latency, empty request log; the token, Widget key, users, profile and limits stay. */
  reset(): void
  /** Replaces all records with a seed ('demo' or 'empty'); the account (token, key, users, profile) stays. */
  seed(name: SeedName): void
  setLatency(ms: number): void
  /** Random faults per API request (probabilities 0..1). */
  setFaults(rates: T.FaultRates): void
  /** The next matching request(s) get this fault: deterministic, for tests. */
  failNext(rule: T.FaultRule): void
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
  /** The answers chosen for the reference's [unknown]s (profile.ts). */
  profile(): SandboxProfile
  /** Merges a partial onto the current profile; a variant name (or "a,b") starts again from the default. */
  setProfile(change: Partial<SandboxProfile> | string): SandboxProfile
  /** The support-issued Widget API key (null after a revoke). */
  widgetKey(): string | null
  rotateWidgetKey(key?: string): string
  revokeWidgetKey(): void
  /** The OAuth token (a GUID) for W1/W2. */
  oauthToken(): string
  users(): T.SandboxUser[]
  addUser(input: T.UserInput): T.SandboxUser
  setUserActive(email: string, active: boolean): T.SandboxUser
  settings(): T.SandboxSettingsView
  resources(): T.SandboxResource[]
  resource(id: number): T.SandboxResource | null
  opportunities(): T.SandboxOpportunity[]
  /** Every job-list entry of every candidate, oldest first. */
  applications(): T.SandboxApplication[]
  requestLog(): T.RequestLogEntry[]
  clearRequestLog(): void
  addResource(input: T.ResourceInput): T.SandboxResource
  /**
   * Adds `count` generated, plausible candidates (seed.ts generatedCandidates: shared names, unique emails, updated
   * times spread over the days before now, about 100 a day); returns how many candidates there are now.
   */
  addCandidates(count: number, seed?: number): number
  /** Edits a record as a TrackerRMS user would (its updated time moves to now, or to input.updatedAt). */
  updateResource(id: number, patch: T.ResourceInput): T.SandboxResource | null
  deleteResource(id: number): boolean
  addOpportunity(input: T.OpportunityInput): T.SandboxOpportunity
}
