// Which Widget auth style (reference §3 table) a call used, and whether the profile accepts it. The lessons say to use
// only one method per call, so two methods (an Authorization header and a credentials block, or two secrets in the
// block) get 99.
//   W1  Authorization: Bearer <OAuth token>           W2  credentials.oauthtoken (username optional)
//   W3  credentials.username + password, or HTTP Basic email:password [observed in public client code]
//   W4  credentials.username + apikey (Widget key)     W5  credentials.apikey alone: acts as the system admin
//   W6  a REST secret: the API token or a live JWT as Bearer, the API token as apikey (± username) or oauthtoken
// A secret that matches nothing, or a style the profile does not accept, is "User not found" (1); a known user who is
// not active gets 2. Nothing at all is HTTP 401, as a header-less call gets from the real API.
import type { SandboxAuth } from './auth'
import { isObject, unexpectedKeys } from './formats'
import type { WidgetAuthStyle } from './profile'
import type { SandboxStore } from './store'
import type { SandboxUser } from './types'

export type WidgetAuthOutcome =
  | { kind: 'none' }
  | { kind: 'invalid'; message: string; style?: 'mixed' }
  | { kind: 'refused'; status: 1 | 2; message: string; style: WidgetAuthStyle | 'rejected' }
  | { kind: 'ok'; style: WidgetAuthStyle; user: SandboxUser | null }

const CREDENTIAL_FIELDS = ['username', 'password', 'apikey', 'oauthtoken'] as const

interface Match {
  style: WidgetAuthStyle
  /** The login email the call names, if any (checked against the users once the style is accepted). */
  username: string | null
}

const given = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value))

export function widgetAuth(store: SandboxStore, auth: SandboxAuth, authorization: string | undefined, part: Record<string, unknown>): WidgetAuthOutcome {
  const hasBlock = Object.prototype.hasOwnProperty.call(part, 'credentials')
  if (hasBlock && !isObject(part.credentials)) return { kind: 'invalid', message: 'credentials must be an object' }
  const credentials = hasBlock ? (part.credentials as Record<string, unknown>) : {}
  const unknown = unexpectedKeys(credentials, CREDENTIAL_FIELDS)
  if (unknown.length) return { kind: 'invalid', message: `credentials.${unknown[0]} is not a credentials field (use ${CREDENTIAL_FIELDS.join(', ')})` }
  const [username, password, apikey, oauthtoken] = CREDENTIAL_FIELDS.map((k) => given(credentials[k]))
  const header = authorization?.trim() || null

  // A header and a credentials block (even one holding only a username) are two methods; so are two secrets.
  const methods = [header, password, apikey, oauthtoken].filter((m) => m !== null).length
  if ((header && hasBlock) || methods > 1) return { kind: 'invalid', message: 'use only one authentication method', style: 'mixed' }
  if (methods === 0) return username ? refused(1, 'rejected') : { kind: 'none' }

  const account = store.account
  const isRestSecret = (secret: string) => secret === account.token || auth.validJwt(secret)
  const matches: Match[] = []
  if (header) {
    const [scheme, value = ''] = header.split(/\s+/, 2)
    if (/^bearer$/i.test(scheme) && value === account.oauthToken) matches.push({ style: 'W1', username: null })
    if (/^bearer$/i.test(scheme) && isRestSecret(value)) matches.push({ style: 'W6', username: null })
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      const user = colon > 0 ? findUser(store, decoded.slice(0, colon)) : null
      if (user && user.password === decoded.slice(colon + 1)) matches.push({ style: 'W3', username: user.email })
    }
  } else if (oauthtoken) {
    if (oauthtoken === account.oauthToken) matches.push({ style: 'W2', username })
    if (oauthtoken === account.token) matches.push({ style: 'W6', username })
  } else if (password) {
    const user = username ? findUser(store, username) : null
    if (user && user.password === password) matches.push({ style: 'W3', username })
  } else if (apikey) {
    if (apikey === account.widgetKey) matches.push({ style: username ? 'W4' : 'W5', username })
    if (apikey === account.token) matches.push({ style: 'W6', username })
  }
  if (!matches.length) return refused(1, 'rejected')
  // A secret can match two styles (a Widget key set equal to the API token): any accepted one will do.
  const accepted = matches.find((m) => store.profile.widgetAuth.includes(m.style))
  if (!accepted) return refused(1, matches[0].style)
  if (accepted.username === null) return { kind: 'ok', style: accepted.style, user: null }
  const user = findUser(store, accepted.username)
  if (!user) return refused(1, accepted.style)
  if (!user.active) return refused(2, accepted.style)
  return { kind: 'ok', style: accepted.style, user }
}

const refused = (status: 1 | 2, style: WidgetAuthStyle | 'rejected'): WidgetAuthOutcome => ({
  kind: 'refused',
  status,
  message: status === 1 ? 'User not found' : 'User not active',
  style
})

export const findUser = (store: SandboxStore, email: string): SandboxUser | null =>
  store.account.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase()) ?? null
