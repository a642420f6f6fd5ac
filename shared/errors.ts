// Errors every layer can act on. The code travels across IPC/HTTP unchanged; the message is for people.

export type ErrorCode =
  | 'validation' // bad input: says which field and what to do
  | 'not_found' // no such job, candidate, queue item …
  | 'rule' // refused by a sync rule (e.g. exporting an already-synced candidate)
  | 'conflict' // the action does not fit the current state (e.g. not connected)
  | 'auth' // TrackerRMS refused the REST API token (the whole queue waits for a reconnect)
  | 'widget_auth' // the Widget API refused every sign-in Tracker Sync can make (resumes and job lists wait; creates go on)
  | 'offline' // TrackerRMS cannot be reached at all
  | 'rate_limited' // TrackerRMS said 429
  | 'transient' // 5xx, timeout, dropped connection
  | 'rejected' // TrackerRMS refused the request (4xx or a Widget status), with its message
  | 'internal' // a bug: the message says so

/** The stored candidate that would make a new one a twin of one person, so the UI can offer it instead. */
export interface ExistingCandidate {
  id: number
  fullName: string
  /** Already on the job the new candidate was for (nothing to add then). */
  onThisJob: boolean
}

export interface ErrorInfo {
  code: ErrorCode
  message: string
  /** The input field the error is about, when there is one (form fields, CSV columns, CLI options). */
  field?: string
  /** Set when a candidate was refused because this stored one is the same person (same email or LinkedIn URL). */
  existing?: ExistingCandidate
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly existing?: ExistingCandidate
  ) {
    super(message)
    this.name = 'AppError'
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message }
    return this.existing ? { ...info, existing: this.existing } : info
  }
}

/** An error a call answered with (an ErrorInfo), thrown again as the AppError it was. */
export const appError = (info: ErrorInfo): AppError => new AppError(info.code, info.message, info.field, info.existing)

export const validationError = (field: string, message: string) => new AppError('validation', message, field)
export const notFound = (message: string) => new AppError('not_found', message)
export const conflict = (message: string) => new AppError('conflict', message)

/** Any thrown value as ErrorInfo; unknown errors become 'internal' without leaking stack traces. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo()
  if (error instanceof Error) return { code: 'internal', message: error.message }
  return { code: 'internal', message: String(error) }
}
