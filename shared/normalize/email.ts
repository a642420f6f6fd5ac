// Duplicate-check key for an email address: trimmed and lower-cased. Anything that is not exactly one address
// (two addresses, a display name, spaces, no domain) is rejected rather than guessed at.

export type EmailCheck = { ok: true; value: string } | { ok: false; reason: string }

const MAX_LENGTH = 254
// Local part and domain labels: no whitespace, separators or quoting characters; at least one dot in the domain,
// a top-level label of two or more characters. Unicode letters are allowed (internationalised addresses).
const FORBIDDEN = `\\s@"(),:;<>\\[\\]\\\\`
const LOCAL = `[^${FORBIDDEN}.]+(?:\\.[^${FORBIDDEN}.]+)*`
const LABEL = `[^${FORBIDDEN}.\\-_](?:[^${FORBIDDEN}.]*[^${FORBIDDEN}.\\-_])?`
const ADDRESS = new RegExp(`^${LOCAL}@(?:${LABEL}\\.)+[^${FORBIDDEN}.\\-_\\d]{2,}$`, 'u')

export function checkEmail(input: string | null | undefined): EmailCheck {
  const value = (input ?? '').trim().toLowerCase()
  if (value === '') return { ok: false, reason: 'is empty' }
  if (value.length > MAX_LENGTH) return { ok: false, reason: `is longer than ${MAX_LENGTH} characters` }
  const ats = value.split('@').length - 1
  if (ats === 0) return { ok: false, reason: 'has no "@"' }
  if (ats > 1 || /[,;\s]/u.test(value)) return { ok: false, reason: 'holds more than one address' }
  if (!ADDRESS.test(value)) return { ok: false, reason: 'is not a valid email address' }
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
