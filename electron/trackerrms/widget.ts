// The Widget API's envelope [reference §3]: request `{"trackerrms": {"<operation>": {"instructions": {…}, …}}}`,
// reply `{"status": n, "message": "…", "count": n}` with status 0 success, 1 user not found, 2 user not active,
// 3 record exists and cannot be overwritten, 99 invalid request. Errors come with HTTP 200 [assumed].
import { ATTACH_DOCUMENT, HEALTH_PROBE_EMAIL, SHORTLISTED_BY } from './assumptions'

export type WidgetOperation = 'attachDocument' | 'resourceApplication' | 'checkPerson'

export function widgetEnvelope(operation: WidgetOperation, parts: Record<string, unknown>): unknown {
  return { trackerrms: { [operation]: parts } }
}

export interface WidgetReply {
  status: number
  message: string
  count: number | null
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
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null
  const record = body as Record<string, unknown>
  const status = typeof record.status === 'string' && /^\d+$/.test(record.status) ? Number(record.status) : record.status
  if (typeof status !== 'number' || !Number.isInteger(status)) return null
  return {
    status,
    message: typeof record.message === 'string' ? record.message : '',
    count: typeof record.count === 'number' ? record.count : null
  }
}

export function attachDocumentParts(resourceId: number, pdf: Uint8Array, filename: string): Record<string, unknown> {
  return {
    instructions: { recordType: ATTACH_DOCUMENT.recordType, recordId: resourceId, documentType: ATTACH_DOCUMENT.documentType, primary: ATTACH_DOCUMENT.primary },
    file: { filename, data: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') }
  }
}

export function resourceApplicationParts(resourceId: number, opportunityId: number, list: 'long' | 'short', source: string): Record<string, unknown> {
  return { instructions: { opportunityid: opportunityId, resourceid: resourceId, assigntolist: list, shortlistedby: SHORTLISTED_BY, source } }
}

export function checkPersonParts(email: string = HEALTH_PROBE_EMAIL): Record<string, unknown> {
  return { instructions: { email } }
}
