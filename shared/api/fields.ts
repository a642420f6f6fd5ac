// Input building blocks shared by the call schemas. Every object is strict (unknown keys are errors) and every
// string has a length limit, so nothing oversized or unexpected reaches the core.
import { z } from 'zod'
import { controlCharacterProblem } from '../control-characters'
import { checkIsoTime } from '../iso-time'

/** "is required" when missing, else what the value should have been. */
const missingOr = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : expected)

/** A database id: a positive whole number. */
export const id = z
  .number({ error: missingOr('must be a number') })
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(Number.MAX_SAFE_INTEGER, 'is too large')

/**
 * Text taken as it is, e.g. a CSV header that must match the file's own (which may hold anything) or a file name
 * from the system. The limit only stops oversized input at the door.
 */
export const verbatimText = (max: number) => z.string({ error: missingOr('must be text') }).max(max, `must be at most ${max} characters`)

/** A zod refinement from one of shared's checks, which say what is wrong with a value (or null when nothing is). */
export const refusing =
  (problemOf: (value: string) => string | null) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const problem = problemOf(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }

/** One line of text a person typed: the core trims and checks it further; control characters never get past here. */
export const text = (max: number) => verbatimText(max).superRefine(refusing((value) => controlCharacterProblem(value)))

/** Words to look for: whitespace of any kind (a pasted tab or line break) is folded by the search; other controls are refused. */
export const searchText = (max: number) => verbatimText(max).superRefine(refusing((value) => controlCharacterProblem(value, true)))

/** For calls that take no arguments. */
export const noInput = z.strictObject({})

/** An ISO-8601 date and time that exists on the calendar (shared/iso-time.ts has the forms). */
export const isoTime = verbatimText(40).superRefine(
  refusing((value) => {
    const check = checkIsoTime(value)
    return check.ok ? null : check.problem
  })
)
