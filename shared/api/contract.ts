// THE API contract between the UI and the core. Electron's IPC (preload + main), the browser host (HTTP) and the
// renderer's client all derive from this one object. To add a call: add an entry to a *Calls group (input
// schema + output type), then add its handler in electron/api/handlers (the compiler insists on both).
import type { z } from 'zod'
import type { Result } from './result'
import { candidatesCalls } from './candidates'
import { connectionCalls } from './connection'
import { csvCalls } from './csv'
import type { CallSpec, OutputOf } from './define'
import { filesCalls } from './files'
import { jobsCalls } from './jobs'
import { resumeCalls } from './resume'
import { settingsCalls } from './settings'
import { stagesCalls } from './stages'
import { statusCalls } from './status'
import { syncCalls } from './sync'
import { trackerCalls } from './tracker'

export const API = {
  ...statusCalls,
  ...settingsCalls,
  ...jobsCalls,
  ...candidatesCalls,
  ...stagesCalls,
  ...connectionCalls,
  ...trackerCalls,
  ...syncCalls,
  ...resumeCalls,
  ...filesCalls,
  ...csvCalls
} satisfies Record<string, CallSpec>

type ApiContract = typeof API
export type CallName = keyof ApiContract
/** What a caller sends (before defaults and trimming). */
export type CallInput<N extends CallName> = z.input<ApiContract[N]['input']>
/** What a handler receives (parsed: trimmed, defaults applied). */
export type ParsedInput<N extends CallName> = z.output<ApiContract[N]['input']>
export type CallOutput<N extends CallName> = OutputOf<ApiContract[N]>
export type CallResult<N extends CallName> = Result<CallOutput<N>>

export const CALL_NAMES = Object.keys(API) as CallName[]

/** True only for the contract's own call names (not "toString", "__proto__" …). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API, name)
}
