// What the sandbox stores and what its controls read back. These records are "the truth in TrackerRMS" that tests
// assert against: they hold exactly what the sandbox kept of each request (a flat email is dropped, as TrackerRMS does).

export interface SandboxDocument {
  id: number
  filename: string
  documentType: string
  primary: boolean
  /** The bytes as TrackerRMS received them, base64. */
  data: string
  size: number
  attachedAt: string
}

export interface SandboxJobListEntry {
  opportunityId: number
  list: 'long' | 'short'
  shortlistedBy: string | null
  source: string | null
  addedAt: string
}

export interface SandboxResource {
  id: number
  firstName: string | null
  surname: string | null
  jobTitle: string | null
  linkedInUrl: string | null
  source: string | null
  currentClient: { id: number; name: string } | null
  contactDetails: { email: string | null; mobilePhone: string | null }
  address: { city: string | null; state: string | null; country: string | null }
  createdAt: string
  /** Sent as `lastUpdated`; what `updatedAfter` filters on. */
  updatedAt: string
  documents: SandboxDocument[]
  jobLists: SandboxJobListEntry[]
  /** Fields of the create body that TrackerRMS silently ignored (e.g. a flat `email`), e.g. ["email", "contactDetails.phone"]. */
  ignoredFields: string[]
}

/** The friendly form for seeding and for controls.addResource (not the TrackerRMS wire format). */
export interface ResourceInput {
  firstName?: string | null
  surname?: string | null
  jobTitle?: string | null
  linkedInUrl?: string | null
  source?: string | null
  company?: string | null
  email?: string | null
  mobilePhone?: string | null
  city?: string | null
  state?: string | null
  country?: string | null
  createdAt?: string
  updatedAt?: string
}

export interface SandboxOpportunity {
  id: number
  name: string
  clientName: string | null
  /** opportunityStatusDesc, e.g. "Open", "Filled", "Closed". */
  status: string
  open: boolean
  city: string | null
  createdAt: string
  updatedAt: string
}

export interface OpportunityInput {
  name: string
  clientName?: string | null
  status?: string
  open?: boolean
  city?: string | null
}

export interface RequestLogEntry {
  seq: number
  /** When the request arrived (ISO-8601) and the same in epoch ms. */
  at: string
  atMs: number
  method: string
  path: string
  api: 'rest' | 'widget'
  /** null while unanswered, and for hang/reset faults. */
  status: number | null
  fault: FaultKind | null
  retryAfter?: string
  /** The JSON body of POSTs, with the API token blanked and long strings (base64 documents) cut to 64 characters. */
  body?: unknown
}

export type FaultKind = '5xx' | '429' | 'hang' | 'reset' | 'malformed' | 'huge'

/** Deterministic faults: the next `count` matching API requests get this fault. */
export interface FaultRule {
  kind: FaultKind
  /** How many matching requests (default 1). */
  count?: number
  /** Only requests whose path contains this text (case-insensitive), e.g. "/Resource" or "attachDocument". */
  path?: string
  /** For 5xx: the status (default 503). */
  status?: number
  /** For 429: the Retry-After value in seconds (default 1), sent as seconds or as an HTTP date. */
  retryAfterSeconds?: number
  retryAfterForm?: 'seconds' | 'date'
  /** For huge: bytes to send (default 64 MB; the client stops reading long before). */
  hugeBytes?: number
}

/** Random faults for demos and chaos runs: each a probability 0..1 per API request (seeded PRNG). */
export interface FaultRates {
  error5xx?: number
  rateLimit429?: number
  hang?: number
  reset?: number
}

export interface SandboxSettingsView {
  latencyMs: number
  jwtLifetimeSeconds: number
  requestsPerMinute: number | null
  rateWindowMs: number
  rates: FaultRates
  pendingFaults: FaultRule[]
  networkCut: boolean
  resourcePageShape: 'envelope' | 'array'
}
