// The raw calls the connection report makes: REST requests and Widget requests in a given sign-in style, answered
// as they come (status and body), never interpreted into errors — the report is about what TrackerRMS says.
import type { WidgetAuthStyle } from '../../shared/api/connection'
import { asObject } from './fields'
import type { CallSpec } from './pipeline'
import type { ProbeContext } from './probe-context'
import { WIDGET_PATH } from './shapes'
import { signIn } from './widget-auth'
import { readWidgetReply, widgetBody, type WidgetOperation, type WidgetReply } from './widget'

export interface RawAnswer {
  status: number
  body: unknown
}

const parse = (text: string): unknown => {
  try {
    return text.trim() === '' ? null : JSON.parse(text)
  } catch {
    return text
  }
}

export async function rest(ctx: ProbeContext, method: CallSpec['method'], path: string, body?: unknown, auth: CallSpec['auth'] = 'jwt'): Promise<RawAnswer> {
  const response = await ctx.parts.pipeline.send({ api: 'rest', method, path, body, what: `${method} ${path}`, auth, idempotent: method === 'GET' })
  return { status: response.status, body: parse(response.text) }
}

/** A Widget call signed in with one style; null when that style's secret is missing. */
export async function widgetAs(
  ctx: ProbeContext,
  style: WidgetAuthStyle,
  operation: WidgetOperation | string,
  blocks: Record<string, unknown>
): Promise<(RawAnswer & { reply: WidgetReply | null }) | null> {
  const signed = await signIn(style, { restToken: ctx.parts.apiToken, widgetKey: ctx.parts.widgetKey, loginEmail: ctx.parts.loginEmail })
  if (!signed) return null
  const response = await ctx.parts.pipeline.send({
    api: 'widget',
    method: 'POST',
    path: WIDGET_PATH(operation),
    body: widgetBody(operation as WidgetOperation, signed.credentials, blocks),
    headers: signed.headers,
    what: operation,
    auth: 'none',
    idempotent: false
  })
  const body = parse(response.text)
  return { status: response.status, body, reply: readWidgetReply(body) }
}

/** The style connect found, if any: the write steps use it. */
export const workingStyle = (ctx: ProbeContext): WidgetAuthStyle | null => ctx.parts.profile.get()?.widget.style ?? null

/** The keys of a row, as spelled (casing is one of the things the report settles). */
export const keysOf = (row: unknown): string[] => Object.keys(asObject(row)).sort()
