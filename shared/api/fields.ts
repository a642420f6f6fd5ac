// Input building blocks shared by the call schemas. Every object is strict (unknown keys are errors) and every
// string has a length limit, so nothing oversized or unexpected reaches the core.
import { z } from 'zod'

/** "is required" when missing, else what the value should have been. */
const missingOr = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : expected)

/** A database id: a positive whole number. */
export const id = z
  .number({ error: missingOr('must be a number') })
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(Number.MAX_SAFE_INTEGER, 'is too large')

/** Text the core trims and checks itself; the limit here only stops oversized input at the door. */
export const text = (max: number) => z.string({ error: missingOr('must be text') }).max(max, `must be at most ${max} characters`)

/** For calls that take no arguments. */
export const noInput = z.strictObject({})

/** ISO-8601 date and time (the core checks it precisely). */
export const isoTime = text(40)
