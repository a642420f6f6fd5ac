// The Widget API [reference §3]: POST {widget}/api/widget/{operation} with the envelope
// {"trackerrms": {"<operation>": {"instructions": {…}, "file": {…}}}}, answered with HTTP 200 and
// {"status", "message", "count"} even for errors: 1 user not found (an unknown or revoked token), 3 record exists,
// 99 invalid request. Auth is the API token as a bearer [assumed]; no Authorization header at all gets HTTP 401.
import type { SandboxAuth } from './auth'
import { json, noRoute, text, type Reply } from './reply'
import type { SandboxStore } from './store'

export interface WidgetContext {
  store: SandboxStore
  auth: SandboxAuth
}

const OPERATIONS = ['attachdocument', 'resourceapplication', 'checkperson'] as const

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)
const reply = (status: number, message: string, count = 0): Reply => json(200, { status, message, count })
const invalid = (message: string) => reply(99, `Invalid request: ${message}`)
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function id(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null
}

/** The operation's part of the envelope, whatever the case of its key. */
function operationPart(body: unknown, operation: string): Record<string, unknown> | null {
  if (!isObject(body) || !isObject(body.trackerrms)) return null
  const key = Object.keys(body.trackerrms).find((k) => k.toLowerCase() === operation)
  const part = key ? body.trackerrms[key] : null
  return isObject(part) ? part : null
}

export function handleWidget(ctx: WidgetContext, method: string, path: string, body: unknown, authorization: string | undefined): Reply {
  const match = /^\/api\/widget\/([a-z]+)\/?$/i.exec(path)
  const operation = match?.[1].toLowerCase()
  if (!operation || !(OPERATIONS as readonly string[]).includes(operation)) return noRoute(path)
  if (method !== 'POST') return text(405, `The requested resource does not support http method ${method}.`)
  const auth = ctx.auth.checkApiToken(authorization)
  if (auth === 'missing') return text(401, 'Authorization has been denied for this request.')
  if (auth === 'unknown') return reply(1, 'User not found')

  const part = operationPart(body, operation)
  if (!part) return invalid(`expected {"trackerrms": {"${match?.[1]}": {"instructions": {…}}}}`)
  const instructions = isObject(part.instructions) ? part.instructions : null
  if (!instructions) return invalid('instructions are missing')

  if (operation === 'checkperson') {
    const email = typeof instructions.email === 'string' ? instructions.email.trim().toLowerCase() : null
    const linkedin = typeof instructions.linkedin === 'string' ? instructions.linkedin.trim().toLowerCase() : null
    if (!email && !linkedin && typeof instructions.phone !== 'string') return invalid('give an email, phone or linkedin')
    const count = ctx.store.data.resources.filter(
      (r) => (email && r.contactDetails.email?.toLowerCase() === email) || (linkedin && r.linkedInUrl?.toLowerCase() === linkedin)
    ).length
    return reply(0, count ? 'Person found' : 'Person not found', count)
  }

  if (operation === 'attachdocument') {
    if (instructions.recordType !== 'R') return invalid('recordType must be "R" (resource)')
    const resourceId = id(instructions.recordId)
    const resource = resourceId ? ctx.store.resource(resourceId) : null
    if (!resource) return invalid(`record ${String(instructions.recordId)} not found`)
    const file = isObject(part.file) ? part.file : {}
    const filename = typeof file.filename === 'string' ? file.filename.trim() : ''
    const data = typeof file.data === 'string' ? file.data.replace(/\s+/g, '') : ''
    if (!filename) return invalid('file.filename is missing')
    if (!data || data.length % 4 !== 0 || !BASE64.test(data)) return invalid('file.data must be base64')
    ctx.store.attachDocument(resource, {
      filename,
      documentType: typeof instructions.documentType === 'string' ? instructions.documentType : 'Document',
      primary: String(instructions.primary).toLowerCase() === 'y',
      data,
      size: Buffer.from(data, 'base64').byteLength
    })
    return reply(0, 'Document attached', 1)
  }

  // resourceApplication
  const opportunityId = id(instructions.opportunityid)
  const resourceId = id(instructions.resourceid)
  if (!opportunityId || !ctx.store.opportunity(opportunityId)) return invalid(`opportunity ${String(instructions.opportunityid)} not found`)
  const resource = resourceId ? ctx.store.resource(resourceId) : null
  if (!resource) return invalid(`resource ${String(instructions.resourceid)} not found`)
  const list = String(instructions.assigntolist ?? '').toLowerCase()
  if (list !== 'long' && list !== 'short') return invalid('assigntolist must be "long" or "short"')
  const added = ctx.store.addToList(resource, {
    opportunityId,
    list,
    shortlistedBy: typeof instructions.shortlistedby === 'string' ? instructions.shortlistedby : null,
    source: typeof instructions.source === 'string' ? instructions.source : null
  })
  return added ? reply(0, 'Application created', 1) : reply(3, 'Record exists and cannot be overwritten')
}
