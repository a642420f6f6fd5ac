// What the sandbox stores and what its controls read back. These records are "the truth in TrackerRMS" that tests
// assert against: they hold exactly what the sandbox kept of each request, in the documented field names
// (shared/docs/trackerrms-api.md §4.3), and list what it silently dropped (a flat `email`, `address.city`, …).
import type { WidgetAuthStyle } from './profile'

export interface SandboxDocument {
  id: number
  filename: string
  /** One of general, resume, photo, specification, logo, agencyresume (§4.11). */
  documentType: string
  primary: boolean
  /** The bytes as TrackerRMS received them, base64. */
  data: string
  size: number
  attachedAt: string
}

export interface SandboxJobListEntry {
  /** The OpportunityResource id (§4.13), unique across all jobs. */
  opportunityResourceId: number
  opportunityId: number
  list: 'long' | 'short'
  /** "user" (a shortlisting) or "resource" (an application, "Applied"); §4.12. */
  shortlistedBy: 'user' | 'resource'
  source: string | null
  addedAt: string
}

/** A job-list entry with its candidate, as controls.applications() lists them. */
export interface SandboxApplication extends SandboxJobListEntry {
  resourceId: number
  /** opportunityResourceStatusName: "Long List", "Short List" or "Applied". */
  status: string
}

interface SandboxContactDetails {
  email: string | null
  mobilePhone: string | null
  telephone: string | null
}

interface SandboxAddress {
  addressLine1: string | null
  addressLine2: string | null
  /** The city (§4.3: `town`, not `city`). */
  town: string | null
  /** The state or region (§4.3: `county`, not `state`). */
  county: string | null
  postcode: string | null
  country: string | null
}

export interface SandboxResource {
  id: number
  firstName: string | null
  surname: string | null
  jobTitle: string | null
  linkedInUrl: string | null
  source: string | null
  note: string | null
  tagText: string | null
  currentClient: { id: number; name: string } | null
  contactDetails: SandboxContactDetails
  address: SandboxAddress
  createdAt: string
  /** ISO-8601 (UTC); sent as `lastUpdatedDateTime`, what `updatedAfter` filters on. */
  updatedAt: string
  documents: SandboxDocument[]
  jobLists: SandboxJobListEntry[]
  /** What the client sent that TrackerRMS silently dropped, e.g. ["email", "address.city", "currentClient"]. */
  ignoredFields: string[]
}

/** The friendly form for seeding and for controls.addResource/updateResource (not the TrackerRMS wire format). */
export interface ResourceInput {
  firstName?: string | null
  surname?: string | null
  jobTitle?: string | null
  linkedInUrl?: string | null
  source?: string | null
  note?: string | null
  tagText?: string | null
  /** Becomes currentClient {id, name}. */
  company?: string | null
  email?: string | null
  mobilePhone?: string | null
  telephone?: string | null
  addressLine1?: string | null
  /** Stored as address.town. */
  city?: string | null
  /** Stored as address.county. */
  state?: string | null
  postcode?: string | null
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
  state: string | null
  publishOnline: boolean
  createdAt: string
  updatedAt: string
}

export interface OpportunityInput {
  name: string
  clientName?: string | null
  status?: string
  open?: boolean
  city?: string | null
  state?: string | null
  publishOnline?: boolean
}

/** A TrackerRMS user: the login email is the Widget `username` (W3, W4) and shows as recordType "U" in checkPerson. */
export interface SandboxUser {
  email: string
  name: string
  password: string
  active: boolean
}

export interface UserInput {
  email: string
  name?: string
  password?: string
  active?: boolean
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
  /** The JSON body of POSTs, with secrets blanked and long strings (base64 documents) cut to 64 characters. */
  body?: unknown
  /** Widget calls: the auth style recognised (even one the profile refuses), 'rejected' (no secret matched) or 'mixed' (two methods). */
  widgetAuth?: WidgetAuthStyle | 'rejected' | 'mixed'
  /** Widget calls answered with HTTP 200: the Widget `status` in the reply. */
  widgetStatus?: number
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
  /** For 429 and 5xx: the Retry-After value in seconds (429: default 1; 5xx: none unless given), as seconds or an HTTP date. */
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
  malformed?: number
  huge?: number
}

export interface SandboxSettingsView {
  latencyMs: number
  jwtLifetimeSeconds: number
  requestsPerMinute: number | null
  rateWindowMs: number
  rates: FaultRates
  pendingFaults: FaultRule[]
  networkCut: boolean
}
