// TrackerRMS users: who may log in to the Widget API (W3 with a password, W4 with the Widget key) and who shows as
// recordType "U" in checkPerson. The sandbox starts with one active user unless told otherwise.
import type { SandboxUser, UserInput } from './types'

export const DEFAULT_USER_EMAIL = 'owner@example.com'
const DEFAULT_USER_NAME = 'Test Owner'
const DEFAULT_USER_PASSWORD = 'sandbox-password'

export function makeUser(input: UserInput): SandboxUser {
  const email = typeof input?.email === 'string' ? input.email.trim() : ''
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new RangeError(`A user needs a login email, got ${JSON.stringify(input?.email)}.`)
  return {
    email,
    name: input.name?.trim() || email.split('@')[0],
    password: input.password ?? DEFAULT_USER_PASSWORD,
    active: input.active ?? true
  }
}

/** The users a sandbox starts with: those given (at least one), or the default owner. */
export function initialUsers(given?: UserInput[]): SandboxUser[] {
  if (!given) return [makeUser({ email: DEFAULT_USER_EMAIL, name: DEFAULT_USER_NAME })]
  if (!given.length) throw new RangeError('A sandbox needs at least one user (the login email).')
  const users = given.map(makeUser)
  const emails = users.map((u) => u.email.toLowerCase())
  if (new Set(emails).size !== emails.length) throw new RangeError('Two users share a login email.')
  return users
}
