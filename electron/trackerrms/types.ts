// The contract between the TrackerRMS client (electron/trackerrms) and its users (sync engine, connection service,
// CLI, UI). The sync engine is written against this interface only.
import type { CandidateFields } from '../../shared/domain'

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

export type HealthCapability = 'reach' | 'auth' | 'jobs' | 'candidates' | 'widget'

export interface HealthItem {
  capability: HealthCapability
  label: string
  ok: boolean
  /** Why it failed, in plain words. */
  reason?: string
  /** What the user can do about it. */
  fix?: string
}

export interface HealthReport {
  ok: boolean
  items: HealthItem[]
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
}
