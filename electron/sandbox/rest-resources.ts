// One candidate over REST: create (§4.3), read (§4.4), PATCH, DELETE, and its documents (§4.11). The create keeps
// only the documented nested fields (resource-fields.ts); currentClient and the answer's id key follow the profile.
import { isObject, restTime } from './formats'
import { json, text, type Reply } from './reply'
import type { RestContext } from './rest-context'
import { patchFromWire } from './resource-fields'
import type { SandboxResource } from './types'

/** The detail record: `firstName` in camelCase here, unlike the list rows (§4.6). */
const resourceJson = (r: SandboxResource) => ({
  resourceId: r.id,
  firstName: r.firstName,
  surname: r.surname,
  jobTitle: r.jobTitle,
  linkedInUrl: r.linkedInUrl,
  source: r.source,
  note: r.note,
  tagText: r.tagText,
  quickSkills: null,
  currentClient: r.currentClient,
  contactDetails: { ...r.contactDetails },
  address: { ...r.address },
  dateCreated: restTime(r.createdAt),
  lastUpdatedDateTime: restTime(r.updatedAt)
})

const notFound = (id: string) => text(404, `Resource ${id} not found.`)
/** Both names missing: a plain-text 400, as other REST errors (their bodies are [unknown], §5; the client reads text). */
const nameless = () => text(400, 'Validation failed: firstName or surname is required.')

export function createResource(ctx: RestContext, _match: RegExpExecArray, body: unknown): Reply {
  if (!isObject(body)) return text(400, 'The request body must be a JSON object.')
  const profile = ctx.store.profile
  const { patch, ignored } = patchFromWire(body, profile.currentClientOnCreate === 'kept')
  if (!patch.top.firstName && !patch.top.surname) return nameless()
  const resource = ctx.store.addResource(patch, {}, ignored)
  return json(201, { [profile.createIdKey]: resource.id, success: true })
}

export function getResource(ctx: RestContext, match: RegExpExecArray): Reply {
  const resource = ctx.store.resource(Number(match[1]))
  return resource ? json(200, resourceJson(resource)) : notFound(match[1])
}

/** A partial change, e.g. {currentClient: {id: -1, name}} [observed]; the record's last update moves to now. */
export function patchResource(ctx: RestContext, match: RegExpExecArray, body: unknown): Reply {
  const resource = ctx.store.resource(Number(match[1]))
  if (!resource) return notFound(match[1])
  if (!isObject(body)) return text(400, 'The request body must be a JSON object.')
  const { patch, ignored } = patchFromWire(body, true)
  const first = patch.top.firstName !== undefined ? patch.top.firstName : resource.firstName
  const last = patch.top.surname !== undefined ? patch.top.surname : resource.surname
  if (!first && !last) return nameless()
  ctx.store.updateResource(resource, patch, ignored)
  return json(200, { id: resource.id, success: true })
}

export function deleteResource(ctx: RestContext, match: RegExpExecArray): Reply {
  return ctx.store.deleteResource(Number(match[1])) ? json(200, { success: true }) : notFound(match[1])
}

/** GET Resource/{id}/Documents: a bare array (§4.11). */
export function listDocuments(ctx: RestContext, match: RegExpExecArray): Reply {
  const resource = ctx.store.resource(Number(match[1]))
  if (!resource) return notFound(match[1])
  return json(
    200,
    resource.documents.map((d) => ({
      documentId: d.id,
      filename: d.filename,
      documentType: d.documentType,
      isPrimary: d.primary,
      dateCreated: restTime(d.attachedAt)
    }))
  )
}
