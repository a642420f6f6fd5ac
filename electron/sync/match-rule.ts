// Is a TrackerRMS record this candidate? The duplicate rule (DESIGN rule 3) and the doubt on top of it, in one place:
// an email or LinkedIn URL that agrees settles it (same person); a full name that agrees does too, as long as
// nothing contradicts it. When an email or LinkedIn URL is present on BOTH sides and differs, two people may simply
// share a name ("David Smith"): the match is doubtful, and the user decides — never linked or created silently.
import type { ContactField, MatchField } from '../../shared/domain'
import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'

export interface PersonKeys {
  fullName: string | null
  email: string | null
  linkedinUrl: string | null
}

export type Agreement =
  /** The same person, by this field (an email, a LinkedIn URL, or the full name with nothing against it). */
  | { kind: 'same'; field: MatchField }
  /** The full name agrees, but these fields, present on both sides, differ. */
  | { kind: 'doubtful'; differs: ContactField[] }
  /** Nothing agrees. */
  | { kind: 'different' }

type Comparison = 'same' | 'differs' | 'unknown'

const compare = (ours: string | null, theirs: string | null): Comparison => (!ours || !theirs ? 'unknown' : ours === theirs ? 'same' : 'differs')

export function agreement(ours: PersonKeys, theirs: PersonKeys): Agreement {
  const email = compare(normalizeEmail(ours.email), normalizeEmail(theirs.email))
  if (email === 'same') return { kind: 'same', field: 'email' }
  const linkedin = compare(normalizeLinkedInUrl(ours.linkedinUrl), normalizeLinkedInUrl(theirs.linkedinUrl))
  if (linkedin === 'same') return { kind: 'same', field: 'linkedin' }
  if (compare(normalizeFullName(ours.fullName), normalizeFullName(theirs.fullName)) !== 'same') return { kind: 'different' }
  const differs: ContactField[] = []
  if (email === 'differs') differs.push('email')
  if (linkedin === 'differs') differs.push('linkedin')
  return differs.length ? { kind: 'doubtful', differs } : { kind: 'same', field: 'name' }
}

/** Whether reading the record itself could change the verdict: we have a field the index does not know for it. */
export const worthReading = (ours: PersonKeys, theirs: PersonKeys): boolean => (!!ours.email && !theirs.email) || (!!ours.linkedinUrl && !theirs.linkedinUrl)
