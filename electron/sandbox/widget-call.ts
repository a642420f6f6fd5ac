// What every Widget operation is given (widget.ts checks the envelope and signs in; widget-*.ts answer).
import type { SandboxAuth } from './auth'
import type { SandboxStore } from './store'
import type { SandboxUser } from './types'
export interface WidgetContext {
  store: SandboxStore
  auth: SandboxAuth
  /** The web app's origin, for checkPerson's recordLink. */
  webHost: string
}

export interface WidgetCall {
  ctx: WidgetContext
  /** The operation's blocks (credentials excluded), each checked to be an object. */
  blocks: Record<string, Record<string, unknown>>
  /** The user acting, or null for the system admin (W5) and user-less styles. */
  user: SandboxUser | null
}
