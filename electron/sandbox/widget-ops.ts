// The Widget operations that write or check one record: checkPerson (§4.10), attachDocument (§4.11),
// resourceApplication (§4.12) and checkLogon. Each block is read strictly: a field outside the lesson's list, a
// missing one, or a value of the wrong form is 99 with a message naming it.
import { readId, unexpectedKeys } from './formats'
import { emailKey, linkedinKey, phoneKey } from './match'
import type { Reply } from './reply'
import type { SandboxResource, SandboxUser } from './types'
import type { WidgetCall } from './widget-call'
import { invalid, widgetReply } from './widget-reply'

const DOCUMENT_TYPES = ['general', 'resume', 'photo', 'specification', 'logo', 'agencyresume']
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** A string field, null when absent or empty; undefined when it is something else (→ 99). */
const field = (value: unknown): string | null | undefined =>
  value === undefined || value === null || value === '' ? null : typeof value === 'string' ? value.trim() || null : undefined

const firstRecordOf = (r: SandboxResource | undefined, u: SandboxUser | undefined) => ({
  fullname: r ? [r.firstName, r.surname].filter(Boolean).join(' ') : (u?.name ?? ''),
  jobtitle: r?.jobTitle ?? '',
  company: r?.currentClient?.name ?? '',
  phone: r?.contactDetails.telephone ?? '',
  cell: r?.contactDetails.mobilePhone ?? '',
  email: r ? (r.contactDetails.email ?? '') : (u?.email ?? ''),
  linkedin: r?.linkedInUrl ?? ''
})

/** No record id in the answer, and `count` 0 even when firstRecord is filled, as in the lesson's sample. */
export function checkPerson({ ctx, blocks }: WidgetCall): Reply {
  const details = blocks.details
  const stray = unexpectedKeys(details, ['email', 'phone', 'linkedin'])
  if (stray.length) return invalid(`details.${stray[0]} is not a checkPerson field (send email, phone or linkedin)`)
  const [email, phone, linkedin] = (['email', 'phone', 'linkedin'] as const).map((k) => field(details[k]))
  const wrong = ['email', 'phone', 'linkedin'].find((_, i) => [email, phone, linkedin][i] === undefined)
  if (wrong) return invalid(`details.${wrong} must be a string`)
  if (!email && !phone && !linkedin) return invalid('give details.email, details.phone or details.linkedin')
  const wantEmail = email && emailKey(email)
  const wantPhone = phone && phoneKey(phone)
  const wantLinkedin = linkedin && linkedinKey(linkedin)
  const same = (value: string | null, key: (s: string) => string | null, want: string | null | undefined) => !!want && !!value && key(value) === want
  const candidates = ctx.store.data.resources.filter(
    (r) =>
      same(r.contactDetails.email, emailKey, wantEmail) ||
      same(r.linkedInUrl, linkedinKey, wantLinkedin) ||
      same(r.contactDetails.mobilePhone, phoneKey, wantPhone) ||
      same(r.contactDetails.telephone, phoneKey, wantPhone)
  )
  const users = ctx.store.account.users.filter((u) => same(u.email, emailKey, wantEmail))
  const recordTypes = (candidates.length ? 'R' : '') + (users.length ? 'U' : '')
  return widgetReply(0, recordTypes ? 'Record found' : 'No record found', {
    recordLink: `${ctx.webHost}/Main/Default.aspx`,
    recordTypes,
    firstRecord: firstRecordOf(candidates[0], candidates.length ? undefined : users[0])
  })
}

export function attachDocument({ ctx, blocks }: WidgetCall): Reply {
  const file = blocks.file
  const fields = ['filename', 'recordType', 'recordId', 'documentType', 'primary', 'data']
  const stray = unexpectedKeys(file, fields)
  if (stray.length) return invalid(`file.${stray[0]} is not an attachDocument field (send ${fields.join(', ')})`)
  const missing = fields.find((k) => file[k] === undefined || file[k] === null || file[k] === '')
  if (missing) return invalid(`file.${missing} is missing`)
  const filename = typeof file.filename === 'string' ? file.filename.trim() : ''
  if (!/\.[A-Za-z0-9]{1,10}$/.test(filename)) return invalid('file.filename needs an extension (it sets the file type)')
  if (file.recordType !== 'R') return invalid(`file.recordType must be "R", got ${JSON.stringify(file.recordType)}`)
  const recordId = readId(file.recordId)
  if (!recordId) return invalid(`file.recordId must be a number, got ${JSON.stringify(file.recordId)}`)
  const resource = ctx.store.resource(recordId)
  if (!resource) return invalid(`no candidate with id ${recordId}`)
  if (!DOCUMENT_TYPES.includes(file.documentType as string))
    return invalid(`file.documentType must be one of ${DOCUMENT_TYPES.join(', ')} (lower case), got ${JSON.stringify(file.documentType)}`)
  if (file.primary !== 'y' && file.primary !== 'n') return invalid(`file.primary must be "y" or "n", got ${JSON.stringify(file.primary)}`)
  const data = typeof file.data === 'string' ? file.data.replace(/\s+/g, '') : ''
  if (!data || data.length % 4 !== 0 || !BASE64.test(data)) return invalid('file.data must be base64')
  ctx.store.attachDocument(resource, {
    filename,
    documentType: file.documentType as string,
    primary: file.primary === 'y',
    data,
    size: Buffer.from(data, 'base64').byteLength
  })
  return widgetReply(0, 'Document attached', {}, 1)
}

export function resourceApplication({ ctx, blocks }: WidgetCall): Reply {
  const instructions = blocks.instructions
  const fields = ['opportunityid', 'resourceid', 'assigntolist', 'shortlistedby', 'source']
  const stray = unexpectedKeys(instructions, fields)
  if (stray.length) return invalid(`instructions.${stray[0]} is not a resourceApplication field (send ${fields.join(', ')})`)
  const opportunityId = readId(instructions.opportunityid)
  if (!opportunityId) return invalid(`instructions.opportunityid must be a number, got ${JSON.stringify(instructions.opportunityid)}`)
  if (!ctx.store.opportunity(opportunityId)) return invalid(`no job with id ${opportunityId}`)
  const resourceId = readId(instructions.resourceid)
  if (!resourceId) return invalid(`instructions.resourceid must be a number, got ${JSON.stringify(instructions.resourceid)}`)
  const resource = ctx.store.resource(resourceId)
  if (!resource) return invalid(`no candidate with id ${resourceId}`)
  const list = instructions.assigntolist
  if (list !== 'long' && list !== 'short') return invalid(`instructions.assigntolist must be "long" or "short", got ${JSON.stringify(list)}`)
  const by = instructions.shortlistedby
  if (by !== 'user' && by !== 'resource') return invalid(`instructions.shortlistedby must be "user" or "resource", got ${JSON.stringify(by)}`)
  const source = field(instructions.source)
  if (source === undefined) return invalid('instructions.source must be a string')
  // Already on this job's list: "record exists" (3), or, in the other profile, a second entry and a cheerful 0.
  const repeated = resource.jobLists.some((e) => e.opportunityId === opportunityId)
  if (repeated && ctx.store.profile.repeatedApplication === 3) return widgetReply(3, 'Record exists and cannot be overwritten')
  ctx.store.addToList(resource, { opportunityId, list, shortlistedBy: by, source }, true)
  return widgetReply(0, 'Application created', {}, 1)
}

/** The documented start-up check [doc, 355]; its real reply fields are [unknown], so only the minimum. */
export const checkLogon = (): Reply => widgetReply(0, 'Logon OK')
