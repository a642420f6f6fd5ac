// The Widget API [reference §3–4]: POST {widget}/api/widget/{operation} with the envelope
// {"trackerrms": {"<operation>": {"credentials": {…}, <blocks>}}}, answered with HTTP 200 and
// {"status", "message", "count", …} even for errors: 1 user not found, 2 user not active, 3 record exists, 99 invalid
// request. Checked in this order: the envelope (99), authentication (HTTP 401 for none, 99 for two methods, 1/2),
// then the operation's blocks, strictly as the §4 table lists them (any other block, or a missing one, is 99).
import { isObject } from './formats'
import type { WidgetAuthStyle } from './profile'
import { noRoute, text, type Reply } from './reply'
import { widgetAuth } from './widget-auth'
import { attachDocument, checkLogon, checkPerson, resourceApplication } from './widget-ops'
import { getRecords } from './widget-records'
import { invalid, widgetReply } from './widget-reply'
import type { WidgetContext, WidgetCall } from './widget-call'

interface Operation {
  /** The operation's name as the lessons spell it. */
  name: string
  /** Its blocks besides credentials (§4 table). */
  blocks: string[]
  run(call: WidgetCall): Reply
}

const OPERATIONS: Operation[] = [
  { name: 'checkPerson', blocks: ['details'], run: checkPerson },
  { name: 'attachDocument', blocks: ['file'], run: attachDocument },
  { name: 'resourceApplication', blocks: ['instructions'], run: resourceApplication },
  { name: 'getRecords', blocks: ['instructions'], run: getRecords },
  { name: 'checkLogon', blocks: [], run: checkLogon }
]

export interface WidgetAnswer {
  reply: Reply
  /** For the request log: the auth style recognised. */
  auth?: WidgetAuthStyle | 'rejected' | 'mixed'
}

/** The operation's part of the envelope, whatever the case of its key. */
function operationPart(body: unknown, operation: string): Record<string, unknown> | null {
  if (!isObject(body) || !isObject(body.trackerrms)) return null
  const key = Object.keys(body.trackerrms).find((k) => k.toLowerCase() === operation.toLowerCase())
  const part = key ? body.trackerrms[key] : null
  return isObject(part) ? part : null
}

function checkBlocks(operation: Operation, part: Record<string, unknown>): { error: Reply } | { blocks: WidgetCall['blocks'] } {
  const allowed = ['credentials', ...operation.blocks]
  const stray = Object.keys(part).find((key) => !allowed.includes(key))
  if (stray) return { error: invalid(`"${stray}" is not a block of ${operation.name} (send ${allowed.join(', ')})`) }
  const blocks: WidgetCall['blocks'] = {}
  for (const name of operation.blocks) {
    const block = part[name]
    if (!isObject(block)) return { error: invalid(`the ${name} block is missing or not an object`) }
    blocks[name] = block
  }
  return { blocks }
}

export function handleWidget(ctx: WidgetContext, method: string, path: string, body: unknown, authorization: string | undefined): WidgetAnswer {
  const name = /^\/api\/widget\/([a-z]+)\/?$/i.exec(path)?.[1]
  const operation = OPERATIONS.find((op) => op.name.toLowerCase() === name?.toLowerCase())
  if (!operation) return { reply: noRoute(path) }
  if (method !== 'POST') return { reply: text(405, `The requested resource does not support http method '${method}'.`) }

  const part = operationPart(body, operation.name)
  if (!part) return { reply: invalid(`expected {"trackerrms": {"${operation.name}": {"credentials": {…}, …}}}`) }
  const auth = widgetAuth(ctx.store, ctx.auth, authorization, part)
  if (auth.kind === 'none') return { reply: text(401, 'Authorization has been denied for this request.') }
  if (auth.kind === 'invalid') return { reply: invalid(auth.message), auth: auth.style }
  if (auth.kind === 'refused') return { reply: widgetReply(auth.status, auth.message), auth: auth.style }

  const checked = checkBlocks(operation, part)
  if ('error' in checked) return { reply: checked.error, auth: auth.style }
  return { reply: operation.run({ ctx, blocks: checked.blocks, user: auth.user }), auth: auth.style }
}
