// What every API call answers, over IPC and HTTP alike: a value, or an error the UI can act on (never a throw).
import type { ErrorInfo } from '../errors'

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }
