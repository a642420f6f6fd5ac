// Duplicate-check key for a LinkedIn profile: the canonical form `linkedin.com/in/<slug>`.
// People paste profiles in many forms (scheme or none, www./m./country subdomains, trailing slash, tracking query,
// fragment, upper-case or percent-encoded slug). All of them must meet at one key. URLs that are not a person's
// profile (company pages, searches, Sales Navigator, short links) are not keys at all.
import { rememberLast } from './last-answer'

const HOST = /^(?:(?:www|m|mobile|[a-z]{2})\.)?linkedin\.com$/
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i
// The form nearly every profile URL in a spreadsheet has (http(s), optional www., a slug of letters, digits and
// hyphens, an optional trailing slash). The general path below gives the same key for it, with far more work.
const PLAIN = /^(?:https?:\/\/)?(?:www\.)?linkedin\.com\/in\/([A-Za-z0-9-]+)\/?$/

/** The last answer is kept (see last-answer.ts). */
export const normalizeLinkedInUrl = rememberLast(profileKey)

function profileKey(input: string | null | undefined): string | null {
  let rest = (input ?? '').trim()
  if (rest === '') return null
  const plain = PLAIN.exec(rest)
  if (plain) return `linkedin.com/in/${plain[1].toLowerCase()}`
  const scheme = SCHEME.exec(rest)
  if (scheme) {
    if (!/^https?$/i.test(scheme[1])) return null
    rest = rest.slice(scheme[0].length)
  } else if (rest.startsWith('//')) {
    rest = rest.slice(2)
  }
  const hostEnd = rest.search(/[/?#]/)
  const authority = hostEnd === -1 ? rest : rest.slice(0, hostEnd)
  if (authority.includes('@')) return null // user-info tricks like linkedin.com@evil.example
  const host = authority.replace(/:\d+$/, '').replace(/\.$/, '').toLowerCase()
  if (!HOST.test(host)) return null
  const path = hostEnd === -1 ? '' : rest.slice(hostEnd).split(/[?#]/)[0]
  const segments = path.split('/').filter(Boolean)
  if (segments[0]?.toLowerCase() === 'mwlite') segments.shift() // LinkedIn's lightweight mobile site
  if (segments[0]?.toLowerCase() !== 'in' || !segments[1]) return null
  const slug = decodeSlug(segments[1]).normalize('NFC').toLowerCase()
  if (slug.trim() === '' || /\s/u.test(slug)) return null
  return `linkedin.com/in/${slug}`
}

function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw // a stray "%" is part of the slug as typed
  }
}

/** True when the value is a LinkedIn profile URL we can use as a duplicate key. */
export function isLinkedInProfileUrl(input: string | null | undefined): boolean {
  return normalizeLinkedInUrl(input) !== null
}
