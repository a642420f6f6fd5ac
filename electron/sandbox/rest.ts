// The REST API as TrackerRMS answers it [reference §2–3, §6], including the unfriendly parts: 10 rows a page
// whatever pageSize says, text filters and sort ignored, a flat email/phone on create silently dropped, 401 for an
// unknown, expired or revoked JWT, 404 (plain text) for an unknown id. Paths match case-insensitively.
import type { SandboxAuth } from './auth'
import { json, noRoute, text, type Reply } from './reply'
import type { SandboxStore } from './store'
import type { ResourceInput, SandboxOpportunity, SandboxResource } from './types'

export const SANDBOX_PAGE_SIZE = 10

export interface RestContext {
  store: SandboxStore
  auth: SandboxAuth
  /** [assumed] envelope, or a bare array (which the client must accept too). */
  resourcePageShape: 'envelope' | 'array'
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

export function opportunityJson(o: SandboxOpportunity) {
  return {
    opportunityId: o.id,
    opportunityName: o.name,
    clientName: o.clientName,
    opportunityStatusDesc: o.status,
    locationCity: o.city,
    dateCreated: o.createdAt,
    lastUpdated: o.updatedAt
  }
}

/** Same shape as the create body [observed], plus the id and times. */
export function resourceJson(r: SandboxResource) {
  return {
    resourceId: r.id,
    firstName: r.firstName,
    surname: r.surname,
    jobTitle: r.jobTitle,
    linkedInUrl: r.linkedInUrl,
    source: r.source,
    currentClient: r.currentClient,
    contactDetails: { ...r.contactDetails },
    address: { ...r.address },
    dateCreated: r.createdAt,
    lastUpdated: r.updatedAt
  }
}

/** updatedAfter as YYYY-MM-DD or ISO [observed]; undefined when absent, NaN when unreadable. */
function updatedAfterMs(body: Record<string, unknown>): number | undefined {
  const value = body.updatedAfter
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') return Number.NaN
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
}

function paged<T>(rows: T[], body: Record<string, unknown>, key: string, toJson: (row: T) => unknown, bare = false): Reply {
  const requested = Number(body.pageNumber)
  const pageNumber = Number.isInteger(requested) && requested >= 1 ? requested : 1
  const totalPages = Math.ceil(rows.length / SANDBOX_PAGE_SIZE)
  const slice = rows.slice((pageNumber - 1) * SANDBOX_PAGE_SIZE, pageNumber * SANDBOX_PAGE_SIZE)
  if (bare) return json(200, slice.map(toJson))
  return json(200, { [key]: slice.map(toJson), totalCount: rows.length, totalPages, pageNumber, hasNextPage: pageNumber < totalPages })
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null)

const RESOURCE_FIELDS = new Set(['firstName', 'surname', 'jobTitle', 'linkedInUrl', 'source', 'currentClient', 'contactDetails', 'address'])

/** What TrackerRMS keeps of a create body: known nested fields only; the rest is listed as ignored. */
function readCreateBody(body: Record<string, unknown>): { input: ResourceInput; ignored: string[] } {
  const ignored = Object.keys(body).filter((key) => !RESOURCE_FIELDS.has(key))
  const contact = isObject(body.contactDetails) ? body.contactDetails : {}
  const address = isObject(body.address) ? body.address : {}
  const client = isObject(body.currentClient) ? body.currentClient : {}
  ignored.push(...Object.keys(contact).filter((k) => k !== 'email' && k !== 'mobilePhone').map((k) => `contactDetails.${k}`))
  ignored.push(...Object.keys(address).filter((k) => !['city', 'state', 'country'].includes(k)).map((k) => `address.${k}`))
  return {
    input: {
      firstName: str(body.firstName),
      surname: str(body.surname),
      jobTitle: str(body.jobTitle),
      linkedInUrl: str(body.linkedInUrl),
      source: str(body.source),
      company: str(client.name),
      email: str(contact.email),
      mobilePhone: str(contact.mobilePhone),
      city: str(address.city),
      state: str(address.state),
      country: str(address.country)
    },
    ignored
  }
}

export function handleRest(ctx: RestContext, method: string, path: string, body: unknown, authorization: string | undefined): Reply {
  const route = path.toLowerCase().replace(/\/+$/, '')
  if (route === '/api/auth/exchangetoken') {
    if (method !== 'POST') return text(405, 'The requested resource does not support http method ' + method + '.')
    const given = isObject(body) ? body.bearerToken : undefined
    const issued = ctx.auth.exchange(given)
    // Unfriendly on purpose: the refusal echoes the token, so the client must redact what it quotes.
    return issued ? json(200, issued) : text(401, `Invalid or expired API token '${String(given).slice(0, 100)}'.`)
  }
  if (!route.startsWith('/api/v1/')) return noRoute(path)
  if (!ctx.auth.checkJwt(authorization)) return text(401, 'Authorization has been denied for this request.')

  const search = isObject(body) ? body : {}
  const after = updatedAfterMs(search)
  if (after !== undefined && Number.isNaN(after)) return text(400, 'updatedAfter is not a valid date.')
  const changedSince = <T extends { updatedAt: string }>(rows: T[]) => (after === undefined ? rows : rows.filter((r) => Date.parse(r.updatedAt) > after))

  let match: RegExpExecArray | null
  if (route === '/api/v1/opportunity/pagedsearch' && method === 'POST') {
    // state is honoured; name/keyword filters, pageSize and sort are ignored, as on the real service.
    const state = typeof search.state === 'string' ? search.state.toLowerCase() : 'all'
    const rows = ctx.store.data.opportunities.filter((o) => (state === 'open' ? o.open : state === 'closed' ? !o.open : true))
    return paged(changedSince(rows), search, 'opportunities', opportunityJson)
  }
  if ((match = /^\/api\/v1\/opportunity\/(\d+)$/.exec(route)) && method === 'GET') {
    const opportunity = ctx.store.opportunity(Number(match[1]))
    return opportunity ? json(200, opportunityJson(opportunity)) : text(404, `Opportunity ${match[1]} not found.`)
  }
  if (route === '/api/v1/resource/pagedsearch' && method === 'POST') {
    // Oldest first (by id); name and email filters are ignored, as reported of the real service.
    return paged(changedSince(ctx.store.data.resources), search, 'resources', resourceJson, ctx.resourcePageShape === 'array')
  }
  if ((match = /^\/api\/v1\/resource\/(\d+)$/.exec(route)) && method === 'GET') {
    const resource = ctx.store.resource(Number(match[1]))
    return resource ? json(200, resourceJson(resource)) : text(404, `Resource ${match[1]} not found.`)
  }
  if (route === '/api/v1/resource' && method === 'POST') {
    if (!isObject(body)) return text(400, 'The request body must be a JSON object.')
    const { input, ignored } = readCreateBody(body)
    if (!input.firstName?.trim() && !input.surname?.trim()) return text(400, 'Validation failed: firstName or surname is required.')
    const resource = ctx.store.addResource(input, ignored)
    return json(201, { id: resource.id, success: true })
  }
  return noRoute(path)
}
