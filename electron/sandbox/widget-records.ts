// Widget getRecords (§4.5 L3, [doc, 361]). Candidates (recordtype "R") answer only in the 'L3' profile; their rows,
// page base and email fields follow the profile, since the lesson's sample shows jobs only. Jobs ("O") answer as
// that sample in every profile. Sorted by last update (ascending unless sortdir "desc"), `updatedafter`
// ("YYYY-MM-DD HH:MM:SS", UTC, strictly after) honoured; searchtext, state and onlymyrecords ignored, as the REST
// text filters are (§6). `count` is the number of matching records, not the rows on this page.
import { readCount, unexpectedKeys, widgetDate, widgetTime } from './formats'
import type { Reply } from './reply'
import type { SandboxOpportunity, SandboxResource } from './types'
import type { WidgetCall } from './widget-call'
import { invalid, widgetReply } from './widget-reply'

const FIELDS = [
  'recordtype',
  'recordid',
  'state',
  'searchtext',
  'onlymyrecords',
  'numrecords',
  'pagenum',
  'sortfield',
  'sortdir',
  'updatedafter',
  'includecustomfields'
]
/** The most rows a page: the lesson's sample sends 100; a larger maximum is [unknown]. */
const GET_RECORDS_MAX = 100
/** numrecords when absent (a guess: the client should always send it). */
const GET_RECORDS_DEFAULT = 10

/** "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD" as UTC; undefined when absent or empty, NaN when unreadable. */
function updatedAfter(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(value.trim()) : null
  return match ? Date.parse(`${match[1]}T${match[2] ?? '00:00:00'}Z`) : Number.NaN
}

const resourceRow = (r: SandboxResource, withEmail: boolean) => ({
  id: r.id,
  name: [r.firstName, r.surname].filter(Boolean).join(' '),
  firstname: r.firstName ?? '',
  lastname: r.surname ?? '',
  jobtitle: r.jobTitle ?? '',
  company: r.currentClient?.name ?? '',
  status: 'Active',
  lastupdateddatetime: widgetTime(r.updatedAt),
  ...(withEmail ? { email: r.contactDetails.email ?? '', linkedin: r.linkedInUrl ?? '' } : {}),
  details: []
})

const jobRow = (o: SandboxOpportunity) => ({
  id: o.id,
  name: o.name,
  company: o.clientName ?? '',
  status: o.status,
  dateopened: widgetDate(o.createdAt),
  details: []
})

export function getRecords({ ctx, blocks }: WidgetCall): Reply {
  const instructions = blocks.instructions
  const stray = unexpectedKeys(instructions, FIELDS)
  if (stray.length) return invalid(`instructions.${stray[0]} is not a getRecords field (send ${FIELDS.join(', ')})`)
  const type = instructions.recordtype
  if (typeof type !== 'string' || type === '') return invalid('instructions.recordtype is missing')
  const profile = ctx.store.profile
  if (type !== 'O' && !(type === 'R' && profile.listing === 'L3')) return invalid(`recordtype ${type} is not available`)

  const numrecords = instructions.numrecords === undefined ? GET_RECORDS_DEFAULT : readCount(instructions.numrecords)
  if (!numrecords) return invalid(`instructions.numrecords must be a number from 1, got ${JSON.stringify(instructions.numrecords)}`)
  const pagenum = instructions.pagenum === undefined ? profile.getRecordsPageBase : readCount(instructions.pagenum)
  if (pagenum === null) return invalid(`instructions.pagenum must be a number from 0, got ${JSON.stringify(instructions.pagenum)}`)
  const recordId = instructions.recordid === undefined ? 0 : readCount(instructions.recordid)
  if (recordId === null) return invalid(`instructions.recordid must be a number, got ${JSON.stringify(instructions.recordid)}`)
  const after = updatedAfter(instructions.updatedafter)
  if (Number.isNaN(after)) return invalid(`instructions.updatedafter must be "YYYY-MM-DD HH:MM:SS", got ${JSON.stringify(instructions.updatedafter)}`)

  const sortfield = typeof instructions.sortfield === 'string' ? instructions.sortfield.toLowerCase() : ''
  const descending = (sortfield === '' || sortfield === 'lastupdateddatetime') && String(instructions.sortdir ?? '').toLowerCase() === 'desc'
  const records: (SandboxResource | SandboxOpportunity)[] = type === 'R' ? ctx.store.data.resources : ctx.store.data.opportunities
  // Each record's time parsed once, not at every comparison: a 100,000-candidate sandbox answers in milliseconds.
  const keyed: { at: number; record: SandboxResource | SandboxOpportunity }[] = []
  for (const record of records) {
    const at = Date.parse(record.updatedAt)
    if ((!recordId || record.id === recordId) && (after === undefined || at > after)) keyed.push({ at, record })
  }
  const matching = keyed.sort((a, b) => (a.at - b.at || a.record.id - b.record.id) * (descending ? -1 : 1)).map((k) => k.record)
  const size = Math.min(numrecords, GET_RECORDS_MAX)
  // Base 1: pagenum 1 is the first page and 0 answers the same as 1.
  const index = profile.getRecordsPageBase === 0 ? pagenum : Math.max(pagenum, 1) - 1
  const page = matching.slice(index * size, index * size + size)
  const results = type === 'R' ? (page as SandboxResource[]).map((r) => resourceRow(r, profile.getRecordsEmail)) : (page as SandboxOpportunity[]).map(jobRow)
  return widgetReply(0, '', { results }, matching.length)
}
