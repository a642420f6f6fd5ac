// The ONE place that turns our candidate fields into TrackerRMS's create body and TrackerRMS records back into ours.
// TrackerRMS silently drops flat contact fields (a top-level `email` or `phone`), so contact data is always nested
// under contactDetails and address [reference §3].
import type { ResourcePayload } from '../../shared/api/sync'
import type { CandidateFields } from '../../shared/domain'
import { joinName, splitFullName } from '../../shared/names'
import { OPPORTUNITY_PAGE_KEY, PAGE_SIZE, RESOURCE_ID_FIELDS, RESOURCE_PAGE_KEY, RESOURCE_UPDATED_FIELDS } from './assumptions'
import type { TrackerOpportunity, TrackerResource, TrackerResourceSummary } from './types'

/** The body is what "Export to ATS" previews (shared/api): one shape; here the company id is always -1. */
export interface ResourceCreateBody extends ResourcePayload {
  currentClient?: { id: -1; name: string }
}

/** Drops null/empty leaves; returns undefined when nothing is left (so empty groups are not sent). */
function compact<T extends Record<string, string | null | undefined>>(fields: T): { [K in keyof T]?: string } | undefined {
  const entries = Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
  return entries.length ? (Object.fromEntries(entries) as { [K in keyof T]?: string }) : undefined
}

/** The nested create body [reference §3]. `id: -1` asks TrackerRMS to take the company by name. */
export function toResourceCreateBody(candidate: CandidateFields, source: string): ResourceCreateBody {
  // First and last name as the user gave them; split the full name only when neither was given.
  const split = candidate.firstName || candidate.lastName ? null : splitFullName(candidate.fullName)
  const names = compact({ firstName: split ? split.firstName : candidate.firstName, surname: split ? split.lastName : candidate.lastName })
  const profile = compact({ jobTitle: candidate.currentTitle, linkedInUrl: candidate.linkedinUrl })
  const contactDetails = compact({ email: candidate.email, mobilePhone: candidate.phone })
  const address = compact({ city: candidate.city, state: candidate.state, country: candidate.country })
  return {
    ...names,
    ...profile,
    source,
    ...(candidate.currentCompany?.trim() ? { currentClient: { id: -1 as const, name: candidate.currentCompany.trim() } } : {}),
    ...(contactDetails ? { contactDetails } : {}),
    ...(address ? { address } : {})
  }
}

type Json = Record<string, unknown>
const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {})

function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

function positiveId(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null
}

/** ISO-8601 UTC from ISO or the Widget's "YYYY-MM-DD HH:MM:SS" (taken as UTC), else null. */
export function toIsoUtc(value: unknown): string | null {
  const raw = text(value)
  if (!raw) return null
  const widgetForm = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(raw) ? `${raw.replace(' ', 'T')}Z` : raw
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(widgetForm) ? `${widgetForm}T00:00:00Z` : widgetForm
  const ms = Date.parse(dateOnly)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

const firstPresent = (record: Json, fields: readonly string[]) => fields.map((f) => record[f]).find((v) => v !== undefined && v !== null)

/** A resource row (PagedSearch) or record (GET) to what the duplicate index needs. Null if it has no usable id. */
export function toResourceSummary(raw: unknown): TrackerResourceSummary | null {
  const record = asObject(raw)
  const id = positiveId(firstPresent(record, RESOURCE_ID_FIELDS))
  if (id === null) return null
  const contact = asObject(record.contactDetails)
  const firstName = text(record.firstName)
  const surname = text(record.surname ?? record.lastName)
  return {
    id,
    firstName,
    surname,
    fullName: text(joinName(firstName, surname)) ?? text(record.fullName),
    // Read tolerantly: nested is the documented shape, a flat field is accepted if a search ever returns one.
    email: text(contact.email ?? record.email),
    linkedinUrl: text(record.linkedInUrl ?? record.linkedinUrl),
    updatedAt: toIsoUtc(firstPresent(record, RESOURCE_UPDATED_FIELDS))
  }
}

export function toResource(raw: unknown): TrackerResource | null {
  const summary = toResourceSummary(raw)
  if (!summary) return null
  const record = asObject(raw)
  const contact = asObject(record.contactDetails)
  const address = asObject(record.address)
  return {
    ...summary,
    phone: text(contact.mobilePhone ?? contact.phone ?? record.mobilePhone),
    jobTitle: text(record.jobTitle),
    company: text(asObject(record.currentClient).name ?? record.company),
    city: text(address.city),
    state: text(address.state),
    country: text(address.country),
    source: text(record.source)
  }
}

export function toOpportunity(raw: unknown): TrackerOpportunity | null {
  const record = asObject(raw)
  const id = positiveId(record.opportunityId ?? record.id)
  if (id === null) return null
  return {
    id,
    title: text(record.opportunityName ?? record.name) ?? `Job ${id}`,
    clientName: text(record.clientName),
    status: text(record.opportunityStatusDesc ?? record.status),
    city: text(record.locationCity)
  }
}

export interface Page {
  rows: unknown[]
  /** What the service said; null for a bare array (then a full page may have a successor). */
  hasNextPage: boolean | null
  shape: 'envelope' | 'array'
}

/** A PagedSearch answer: the envelope `{ <key>, hasNextPage, … }` or a bare array; null if it is neither. */
export function readPage(body: unknown, kind: 'opportunities' | 'resources'): Page | null {
  if (Array.isArray(body)) return { rows: body, hasNextPage: null, shape: 'array' }
  const record = asObject(body)
  const rows = record[kind === 'resources' ? RESOURCE_PAGE_KEY : OPPORTUNITY_PAGE_KEY]
  if (!Array.isArray(rows)) return null
  const hasNextPage = typeof record.hasNextPage === 'boolean' ? record.hasNextPage : null
  return { rows, hasNextPage, shape: 'envelope' }
}

/** Whether to ask for the page after this one. */
export function morePages(page: Page): boolean {
  if (page.hasNextPage !== null) return page.hasNextPage && page.rows.length > 0
  return page.rows.length >= PAGE_SIZE
}
