// The contract between the TrackerRMS client (electron/trackerrms) and its users (sync engine, connection service,
// CLI, UI). The sync engine is written against this interface only.
import type { HealthReport } from '../../shared/api/connection'
import type { CandidateFields } from '../../shared/domain'

// The health check's result is part of the API contract (shared/api): one definition for both sides.
export type { HealthCapability, HealthItem, HealthReport } from '../../shared/api/connection'

/** A TrackerRMS job ("opportunity"). */
export interface TrackerOpportunity {
  id: number
  title: string
  clientName: string | null
  status: string | null
  city: string | null
}

/** What the duplicate index needs of a TrackerRMS candidate ("resource"). */
export interface TrackerResourceSummary {
  id: number
  firstName: string | null
  surname: string | null
  /** firstName + surname, as TrackerRMS shows it. */
  fullName: string | null
  email: string | null
  linkedinUrl: string | null
  /** ISO-8601, when TrackerRMS last changed the record (null if it did not say). */
  updatedAt: string | null
}

/** A full candidate record as read back from TrackerRMS. */
export interface TrackerResource extends TrackerResourceSummary {
  phone: string | null
  jobTitle: string | null
  company: string | null
  city: string | null
  state: string | null
  country: string | null
  source: string | null
}

/** How the one shared request throttle is doing, so the queue can say it is slowed down. */
export interface ThrottleStatus {
  /** The limit in force (setting requests-per-minute), per window. */
  requestsPerMinute: number
  /** The window the limit counts over (60 000 ms outside tests). */
  windowMs: number
  /** Requests in flight or finished within the last window. */
  inWindow: number
  /** Calls waiting for a slot. */
  waiting: number
  /** While TrackerRMS asked us to wait (429 + Retry-After) every call waits until this time (ISO-8601). */
  pausedUntil: string | null
  /** True when calls are waiting or paused. */
  slowed: boolean
}

export interface TrackerClient {
  /** Exchanges the API token for a JWT now (normally done lazily). Throws an 'auth' error on 401. */
  exchange(): Promise<void>
  /** Throws a 'not_found' error for an unknown id. */
  getOpportunity(id: number): Promise<TrackerOpportunity>
  /** Every page of open jobs. */
  listOpenOpportunities(): Promise<TrackerOpportunity[]>
  getResource(id: number): Promise<TrackerResource>
  /** Page by page (10 a page on the real service), oldest first where the service allows. */
  crawlResources(options?: { updatedAfter?: string }): AsyncIterable<TrackerResourceSummary[]>
  /** Creates a candidate record with nested contact fields (one mapping module). Returns its id. */
  createResource(candidate: CandidateFields, options: { source: string }): Promise<{ id: number }>
  attachResume(resourceId: number, pdf: Uint8Array, filename: string): Promise<void>
  addToOpportunity(resourceId: number, opportunityId: number, list: 'long' | 'short'): Promise<void>
  healthCheck(): Promise<HealthReport>
  /** The shared throttle's state (optional so that other implementations need not have one). */
  throttleStatus?(): ThrottleStatus
}
