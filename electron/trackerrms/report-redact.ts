// What the connection report keeps of each request and reply: the shapes (keys, casing, envelopes, status codes,
// date formats, ids) that settle the reference's [unknown]s, and none of the secrets or personal data. Secrets —
// the API token, the Widget key, every JWT, authorisation headers, credentials — go through the Redactor; values
// of fields that hold personal data are replaced by what they look like ("[text, 12 characters]"); long lists
// keep their first rows and say how many were left out.
import type { Redactor } from '../lib/redact'

const PERSONAL =
  /(name|mail|phone|mobile|cell|telephone|address|town|city|county|state|postcode|zip|note|skill|summary|username|displayas|searchtext|subject|company|title|data)$|linkedin/i
/** Ends like a personal field but says how TrackerRMS works: kept. */
const KEPT = /(statusname|statusdesc|typename|listname)$/i
const SECRET = /^(token|bearertoken|authorization|password|secret|apikey|api_key|oauthtoken|jwt|access_token|client_secret)$/i
const ROWS_KEPT = 3
const TEXT_KEPT = 2000
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

const shapeOf = (value: string) => `[text, ${value.length} characters]`

/** A reply's or request's JSON, safe to hand to support. */
export function redactForReport(value: unknown, redactor: Redactor, key = '', depth = 0): unknown {
  if (SECRET.test(key)) return value === null || value === undefined || value === '' ? value : '[redacted secret]'
  if (typeof value === 'string') {
    if (PERSONAL.test(key) && !KEPT.test(key)) return value === '' ? value : shapeOf(value)
    return redactor.text(value).replace(EMAIL, '[email]')
  }
  if (value === null || typeof value !== 'object' || depth > 12) return value
  if (Array.isArray(value)) {
    // Rows (objects) are cut to the first few; lists of names or numbers (keys, ids) are kept whole.
    const rows = value.some((item) => item !== null && typeof item === 'object')
    const keep = rows ? ROWS_KEPT : 200
    const kept = value.slice(0, keep).map((item) => redactForReport(item, redactor, key, depth + 1))
    return value.length > keep ? [...kept, `[${value.length - keep} more ${rows ? 'rows' : 'items'} left out]`] : kept
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactForReport(v, redactor, k, depth + 1)]))
}

/** A reply that is not JSON: secrets and email addresses removed, cut to a readable length. */
export function redactText(text: string, redactor: Redactor): string {
  const clean = redactor.text(text).replace(EMAIL, '[email]')
  return clean.length > TEXT_KEPT ? `${clean.slice(0, TEXT_KEPT)}… [${clean.length - TEXT_KEPT} more characters left out]` : clean
}

/** Headers worth reporting (rate limits, content type), never authorisation or cookies. */
export function reportHeaders(headers: Record<string, string>): Record<string, string> {
  const keep = /^(content-type|retry-after|x-rate|ratelimit|x-ratelimit|date|server|www-authenticate)/i
  return Object.fromEntries(Object.entries(headers).filter(([k]) => keep.test(k)))
}
