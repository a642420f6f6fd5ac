// The ONE place that turns our candidate fields into TrackerRMS's create body and TrackerRMS records back into ours.
// Contact data is nested (a flat `email` or `phone` is silently dropped [observed]) and the address uses `town` and
// `county`, not `city`/`state` (which are silently dropped too) [reference §4.3]. Reads are case-insensitive.
import type { ResourcePayload } from '../../shared/api/sync'
import type { CandidateFields } from '../../shared/domain'
import { joinName, splitFullName } from '../../shared/names'
import { asObject, pick, pickObject, positiveId, presentKey, text, toIsoUtc } from './fields'
import {
  ADDRESS_GROUP_FIELDS,
  CHANGE_TIME_FIELDS,
  CONTACT_GROUP_FIELDS,
  COUNTY_FIELDS,
  EMAIL_FIELDS,
  FIRST_NAME_FIELDS,
  FULL_NAME_FIELDS,
  LINKEDIN_FIELDS,
  PHONE_FIELDS,
  RESOURCE_ID_FIELDS,
  SURNAME_FIELDS,
  TOWN_FIELDS
} from './shapes'
import type { TrackerDocument, TrackerOpportunity, TrackerResource, TrackerResourceSummary } from './types'

/** The body is what "Export to ATS" previews (shared/api): one shape; here the company id is always -1. */
export type ResourceCreateBody = ResourcePayload

/** Drops null/empty leaves; returns undefined when nothing is left (so empty groups are not sent). */
function compact<T extends Record<string, string | null | undefined>>(fields: T): { [K in keyof T]?: string } | undefined {
  const entries = Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
  return entries.length ? (Object.fromEntries(entries) as { [K in keyof T]?: string }) : undefined
}

/** The nested create body [§4.3]. `currentClient {id: -1, name}` asks TrackerRMS to take the company by name. */
export function toResourceCreateBody(candidate: CandidateFields, source: string): ResourceCreateBody {
  // First and last name as the user gave them; split the full name only when neither was given.
  const split = candidate.firstName || candidate.lastName ? null : splitFullName(candidate.fullName)
  const names = compact({ firstName: split ? split.firstName : candidate.firstName, surname: split ? split.lastName : candidate.lastName })
  const profile = compact({ jobTitle: candidate.currentTitle, linkedInUrl: candidate.linkedinUrl })
  const contactDetails = compact({ email: candidate.email, mobilePhone: candidate.phone })
  const address = compact({ town: candidate.city, county: candidate.state, country: candidate.country })
  const company = candidate.currentCompany?.trim()
  return {
    ...names,
    ...profile,
    source,
    ...(company ? { currentClient: { id: -1, name: company } } : {}),
    ...(contactDetails ? { contactDetails } : {}),
    ...(address ? { address } : {})
  }
}

/** The field that carries a record's change time, if any (for the connection profile). */
export const changeTimeField = (raw: unknown): string | null => presentKey(asObject(raw), CHANGE_TIME_FIELDS)

/** A contact field, nested under contactDetails [observed] or flat on a row [unknown]. */
function contact(record: Record<string, unknown>, names: readonly string[]): string | null {
  return text(pick(pickObject(record, CONTACT_GROUP_FIELDS), names) ?? pick(record, names))
}

/** A list row (any listing) or a record (GET) to what the duplicate index needs. Null if it has no usable id. */
export function toResourceSummary(raw: unknown): TrackerResourceSummary | null {
  const record = asObject(raw)
  const id = positiveId(pick(record, RESOURCE_ID_FIELDS))
  if (id === null) return null
  const firstName = text(pick(record, FIRST_NAME_FIELDS))
  const surname = text(pick(record, SURNAME_FIELDS))
  return {
    id,
    firstName,
    surname,
    fullName: text(joinName(firstName, surname)) ?? text(pick(record, FULL_NAME_FIELDS)),
    email: contact(record, EMAIL_FIELDS),
    linkedinUrl: text(pick(record, LINKEDIN_FIELDS)),
    updatedAt: toIsoUtc(pick(record, CHANGE_TIME_FIELDS))
  }
}

export function toResource(raw: unknown): TrackerResource | null {
  const summary = toResourceSummary(raw)
  if (!summary) return null
  const record = asObject(raw)
  const address = pickObject(record, ADDRESS_GROUP_FIELDS)
  return {
    ...summary,
    phone: contact(record, PHONE_FIELDS),
    jobTitle: text(pick(record, ['jobTitle'])),
    company: text(pick(pickObject(record, ['currentClient']), ['name']) ?? pick(record, ['company', 'currentCompany'])),
    city: text(pick(address, TOWN_FIELDS)),
    state: text(pick(address, COUNTY_FIELDS)),
    country: text(pick(address, ['country'])),
    source: text(pick(record, ['source']))
  }
}

export function toOpportunity(raw: unknown): TrackerOpportunity | null {
  const record = asObject(raw)
  const id = positiveId(pick(record, ['opportunityId', 'id']))
  if (id === null) return null
  return {
    id,
    title: text(pick(record, ['opportunityName', 'name'])) ?? `Job ${id}`,
    clientName: text(pick(record, ['clientName', 'company'])),
    status: text(pick(record, ['opportunityStatusDesc', 'status'])),
    city: text(pick(record, ['locationCity']))
  }
}

/** A row of GET Resource/{id}/Documents [observed; row fields unverified, §4.11]. */
export function toDocument(raw: unknown): TrackerDocument | null {
  const record = asObject(raw)
  const filename = text(pick(record, ['filename', 'fileName', 'name']))
  if (!filename) return null
  return {
    id: positiveId(pick(record, ['documentId', 'id'])),
    filename,
    documentType: text(pick(record, ['documentType', 'type']))
  }
}
