// The Widget API's envelope and blocks, as the lessons document them [reference §3–4]: request
// `{"trackerrms": {"<operation>": {"credentials": {…}, <blocks>}}}`, reply `{status, message, count, …}` with HTTP
// 200 even on failure: 0 success, 1 user not found, 2 user not active, 3 record exists, 99 invalid request.
// Each operation's blocks are built here and nowhere else.
import { asObject, pick, text } from './fields'
import { ATTACH_DOCUMENT, GET_RECORDS_PAGE_ROWS, SHORTLISTED_BY } from './shapes'
import type { CheckPersonResult } from './types'

export type WidgetOperation = 'checkPerson' | 'checkLogon' | 'attachDocument' | 'resourceApplication' | 'getRecords'

/** The request body: credentials (when the style puts them in the body) beside the operation's blocks. */
export function widgetBody(operation: WidgetOperation, credentials: Record<string, string> | null, blocks: Record<string, unknown>): unknown {
  return { trackerrms: { [operation]: { ...(credentials ? { credentials } : {}), ...blocks } } }
}

export interface WidgetReply {
  status: number
  message: string
  count: number | null
  /** The whole reply, for the operation's own fields (recordLink, results …). */
  body: Record<string, unknown>
}

export const WIDGET_STATUS_MEANING: Record<number, string> = {
  0: 'success',
  1: 'user not found',
  2: 'user not active',
  3: 'record exists and cannot be overwritten',
  99: 'invalid request'
}

/** The reply, or null if the body is not a Widget reply at all. */
export function readWidgetReply(body: unknown): WidgetReply | null {
  const record = asObject(body)
  const raw = pick(record, ['status'])
  const status = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw
  if (typeof status !== 'number' || !Number.isInteger(status)) return null
  const count = pick(record, ['count'])
  return { status, message: text(pick(record, ['message'])) ?? '', count: typeof count === 'number' ? count : null, body: record }
}

/** checkPerson [doc 363]: `details` with only the fields we have; there is no name input and no instructions. */
export function checkPersonBlocks(details: { email?: string | null; phone?: string | null; linkedin?: string | null }): Record<string, unknown> {
  const given = Object.fromEntries(Object.entries(details).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''))
  return { details: given }
}

/** The origin of a URL TrackerRMS sent (recordLink), or null. */
function originOf(value: unknown): string | null {
  const link = text(value)
  if (!link) return null
  try {
    const url = new URL(link)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null
  } catch {
    return null
  }
}

/**
 * checkPerson's reply [§4.10]: `count` is not a match flag (the sample shows 0 beside a filled firstRecord), so a
 * candidate matched when `recordTypes` holds `R`.
 */
export function readCheckPerson(reply: WidgetReply): CheckPersonResult {
  const recordTypes = text(pick(reply.body, ['recordTypes', 'recordtypes'])) ?? ''
  const first = asObject(pick(reply.body, ['firstRecord']))
  return {
    candidateMatched: /R/i.test(recordTypes),
    recordTypes,
    firstRecord: {
      fullName: text(pick(first, ['fullname', 'name'])),
      email: text(pick(first, ['email'])),
      linkedin: text(pick(first, ['linkedin'])),
      phone: text(pick(first, ['cell', 'phone']))
    },
    webHost: originOf(pick(reply.body, ['recordLink']))
  }
}

/** attachDocument [doc 1125]: every field in `file`, lower-case document type, no instructions block. */
export function attachDocumentBlocks(resourceId: number, pdf: Uint8Array, filename: string): Record<string, unknown> {
  return {
    file: {
      filename,
      recordType: ATTACH_DOCUMENT.recordType,
      recordId: resourceId,
      documentType: ATTACH_DOCUMENT.documentType,
      primary: ATTACH_DOCUMENT.primary,
      data: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64')
    }
  }
}

/** resourceApplication [doc 1124]; ids as numbers, as public client code sends them [observed]. */
export function resourceApplicationBlocks(resourceId: number, opportunityId: number, list: 'long' | 'short', source: string): Record<string, unknown> {
  return { instructions: { opportunityid: opportunityId, resourceid: resourceId, assigntolist: list, shortlistedby: SHORTLISTED_BY, source } }
}

/** getRecords for candidates [doc 361], oldest change first, from `updatedafter` ("YYYY-MM-DD HH:MM:SS", no zone). */
export function getRecordsBlocks(pagenum: number, updatedAfter: string | null): Record<string, unknown> {
  return {
    instructions: {
      recordtype: 'R',
      recordid: 0,
      state: '',
      searchtext: '',
      onlymyrecords: false,
      numrecords: GET_RECORDS_PAGE_ROWS,
      pagenum,
      sortfield: 'lastupdateddatetime',
      sortdir: 'asc',
      updatedafter: updatedAfter ?? '',
      includecustomfields: false
    }
  }
}

/** getRecords' rows [doc 361: `results`]. */
export function readGetRecords(reply: WidgetReply): unknown[] | null {
  const rows = pick(reply.body, ['results', 'records', 'data'])
  return Array.isArray(rows) ? rows : null
}
