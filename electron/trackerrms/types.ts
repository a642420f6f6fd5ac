// The contract between the TrackerRMS client (electron/trackerrms) and its users (sync engine, connection service,
// CLI, UI). The sync engine is written against this interface only.
import type { HealthReport } from '../../shared/api/connection'
import type { CandidateFields } from '../../shared/domain'

// The health check's result is part of the API contract (shared/api): one definition for both sides.
export type { HealthCapability, HealthItem, HealthReport } from '../../shared/api/connection'
import type { ConnectionProfile, ListingVariant } from '../../shared/api/connection'

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

/** A document on a candidate record (GET Resource/{id}/Documents). */
export interface TrackerDocument {
  id: number | null
  filename: string
  documentType: string | null
}

/** checkPerson's answer [§4.10]: whether a candidate matched (no id: it never says which), and the web host. */
export interface CheckPersonResult {
  /** `R` in recordTypes: a TrackerRMS candidate has this email, phone or LinkedIn URL. */
  candidateMatched: boolean
  recordTypes: string
  firstRecord: { fullName: string | null; email: string | null; linkedin: string | null; phone: string | null }
  /** The origin of `recordLink`: the TrackerRMS web app of this account. */
  webHost: string | null
}

/** What putting a candidate on a job list found. */
export type ListingOutcome =
  /** TrackerRMS added them (status 0). */
  | { kind: 'added' }
  /** They were on that list already: status 3 confirmed by reading the list back, or found by the read-back. */
  | { kind: 'already_listed'; confirmed: boolean }

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

/** Where an interrupted read of the candidate list carries on (a checkpoint). */
export interface CrawlResume {
  variant: ListingVariant
  /** The first page not yet read. */
  fromPage: number
  /** The ids read before: a page bringing only these is the end of the data. */
  seen: Iterable<number>
}

export interface CrawlOptions {
  updatedAfter?: string
  resume?: CrawlResume | null
}

/** One page of the candidate list: its new rows, and where the read stands. */
export interface CrawlPage {
  rows: TrackerResourceSummary[]
  page: number
  variant: ListingVariant
  /** How many candidates TrackerRMS says the list holds (null when it does not say). */
  total: number | null
  /** The end of the data: no page follows. */
  last: boolean
}

export interface TrackerClient {
  /** Exchanges the API token for a JWT now (normally done lazily). Throws an 'auth' error on 401. */
  exchange(): Promise<void>
  /** Learns this account's [unknown]s (listing, Widget sign-in, web host …) with harmless calls; see discover.ts. */
  discover(): Promise<ConnectionProfile>
  /** Throws a 'not_found' error for an unknown id. */
  getOpportunity(id: number): Promise<TrackerOpportunity>
  /** Every page of open jobs. */
  listOpenOpportunities(): Promise<TrackerOpportunity[]>
  getResource(id: number): Promise<TrackerResource>
  /** Page by page (10 a page on REST, 100 on the Widget), oldest first where the service allows; resumable. */
  crawlResources(options?: CrawlOptions): AsyncIterable<CrawlPage>
  /** Whether crawlResources with updatedAfter reads only what changed (else it re-reads everyone). */
  readsChangesOnly(): boolean
  /**
   * Creates a candidate record with nested contact fields (one mapping module). Returns its id, and notes about
   * what TrackerRMS did not keep (the company is PATCHed when the create dropped it).
   */
  createResource(candidate: CandidateFields, options: { source: string }): Promise<{ id: number; notes: string[] }>
  /** Attaches a PDF as the record's primary resume (Widget attachDocument, documented `file` block). */
  attachResume(resourceId: number, pdf: Uint8Array, filename: string): Promise<void>
  /** The record's documents, to tell whether an interrupted attach arrived. */
  listDocuments(resourceId: number): Promise<TrackerDocument[]>
  /** Widget resourceApplication. Status 3 is read back before it counts as "already listed". */
  addToOpportunity(resourceId: number, opportunityId: number, list: 'long' | 'short'): Promise<ListingOutcome>
  /** Reads the job lists back: true when the candidate is on that job, false when not, null when it cannot tell. */
  isOnOpportunity(resourceId: number, opportunityId: number): Promise<boolean | null>
  /** After every Widget sign-in failed, calls fail at once for a while; this makes the next call try them all again. */
  retryWidgetSignIn(): void
  /** Widget checkPerson with the fields given (no name input exists). */
  checkPerson(details: { email?: string | null; phone?: string | null; linkedin?: string | null }): Promise<CheckPersonResult>
  healthCheck(): Promise<HealthReport>
  /** The shared throttle's state (optional so that other implementations need not have one). */
  throttleStatus?(): ThrottleStatus
}
