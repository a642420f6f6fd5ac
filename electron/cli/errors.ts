import { AppError } from '../../shared/errors'
import { DatabaseTooNewError } from '../db/open'

/** Exit codes, as documented in README.md. */
export const EXIT = { ok: 0, error: 1, usage: 2, auth: 3, rule: 4, unreachable: 5 } as const

/** The command line itself is wrong (unknown option, missing argument). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage
  if (error instanceof DatabaseTooNewError) return EXIT.error
  if (error instanceof AppError) {
    switch (error.code) {
      case 'auth':
        return EXIT.auth
      case 'rule':
        return EXIT.rule
      case 'offline':
      case 'transient':
      case 'rate_limited':
        return EXIT.unreachable
      default:
        return EXIT.error
    }
  }
  return EXIT.error
}
