// Duplicate-check key for an email address: trimmed and lower-cased. Anything that is not exactly one address
// (two addresses, a display name, spaces, no domain) is rejected rather than guessed at.
import { rememberLast } from './last-answer'

export type EmailCheck = { ok: true; value: string } | { ok: false; reason: string }

const MAX_LENGTH = 254
// Local part and domain labels: no whitespace, separators or quoting characters; at least one dot in the domain,
// a top-level label of two or more characters. Unicode letters are allowed (internationalised addresses).
const FORBIDDEN = `\\s@"(),:;<>\\[\\]\\\\`
const LOCAL = `[^${FORBIDDEN}.]+(?:\\.[^${FORBIDDEN}.]+)*`
const LABEL = `[^${FORBIDDEN}.\\-_](?:[^${FORBIDDEN}.]*[^${FORBIDDEN}.\\-_])?`
const PATTERN = `^${LOCAL}@(?:${LABEL}\\.)+[^${FORBIDDEN}.\\-_\\d]{2,}$`
const ADDRESS = new RegExp(PATTERN, 'u')
// For plain ASCII the 'u' flag changes nothing (it only decides how astral characters count), and V8 runs the
// pattern without it several times faster: most addresses of a big import take this path.
const ASCII_ADDRESS = new RegExp(PATTERN)
// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included, is the point
const ASCII = /^[\x00-\x7f]*$/
const SEPARATOR = /[,;\s]/

/** The last answer is kept (see last-answer.ts); it is frozen, as every caller shares it. */
export const checkEmail = rememberLast((input): EmailCheck => Object.freeze(checkAddress(input)))

function checkAddress(input: string | null | undefined): EmailCheck {
  const value = (input ?? '').trim().toLowerCase()
  if (value === '') return { ok: false, reason: 'is empty' }
  if (value.length > MAX_LENGTH) return { ok: false, reason: `is longer than ${MAX_LENGTH} characters` }
  const at = value.indexOf('@')
  if (at === -1) return { ok: false, reason: 'has no "@"' }
  if (at !== value.lastIndexOf('@') || SEPARATOR.test(value)) return { ok: false, reason: 'holds more than one address' }
  if (!(ASCII.test(value) ? ASCII_ADDRESS : ADDRESS).test(value)) return { ok: false, reason: 'is not a valid email address' }
  return { ok: true, value }
}

/** The normalised address, or null when the input is not exactly one valid address. */
export function normalizeEmail(input: string | null | undefined): string | null {
  const check = checkEmail(input)
  return check.ok ? check.value : null
}

/** The domain part of a normalised address ("ann@acme.com" -> "acme.com"). */
export function emailDomain(normalized: string): string {
  return normalized.slice(normalized.lastIndexOf('@') + 1)
}
