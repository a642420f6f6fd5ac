// Widget answers: HTTP 200 and {status, message, count, …} whatever happened (§4, §5).
import { json, type Reply } from './reply'

export const widgetReply = (status: number, message: string, extra: Record<string, unknown> = {}, count = 0): Reply =>
  json(200, { status, message, count, ...extra })

/** 99 "invalid request", with what is wrong: the client's request is malformed (a bug, never an auth result). */
export const invalid = (message: string): Reply => widgetReply(99, `Invalid request: ${message}`)
