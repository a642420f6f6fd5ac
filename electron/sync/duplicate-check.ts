// Rule 3, the duplicate check, as the export worker and the export preview both apply it: an exact match on email or
// LinkedIn URL links; so does the full name, unless an email or LinkedIn URL on both sides differs (match-rule.ts):
// then the match is doubtful and the user decides. Otherwise a new record is created, with a warning for a near miss.
import type { CandidateFields, ContactField, MatchField } from '../../shared/domain'
import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import type { Db } from '../db/open'
import { findIndexMatch, indexPeopleByName, nearMissCandidates } from '../db/tracker-index'
import { nearMissKeys, nearMissReason } from '../../shared/near-miss'
import { agreement, worthReading, type PersonKeys } from './match-rule'

export type DuplicateDecision =
  | { kind: 'link'; resourceId: number; matchedOn: MatchField; field: string }
  /** Same full name, another email or LinkedIn URL: neither linked nor created until the user decides. */
  | { kind: 'doubt'; resourceId: number; theirs: PersonKeys; differs: ContactField[] }
  | { kind: 'create'; nearMiss: string | null }

/**
 * Reads a TrackerRMS record itself, for what the index lacks (list rows may carry names only); null when it cannot
 * be read now (the preview then decides on what the index knows; the export reads it again).
 */
export type ReadRecord = (resourceId: number) => Promise<PersonKeys | null>

export const MATCH_FIELD_LABELS: Record<MatchField, string> = { email: 'email', linkedin: 'LinkedIn URL', name: 'full name' }

/** How many records sharing the candidate's full name are looked at (oldest first). */
const MAX_NAMESAKES = 5

type Person = Pick<CandidateFields, 'fullName' | 'email' | 'linkedinUrl'>

export async function checkDuplicate(db: Db, candidate: Person, readRecord?: ReadRecord): Promise<DuplicateDecision> {
  const match = findIndexMatch(db, { email: normalizeEmail(candidate.email), linkedin: normalizeLinkedInUrl(candidate.linkedinUrl), name: null })
  if (match) return linkTo(match.resourceId, match.matchedOn)
  const nameKey = normalizeFullName(candidate.fullName)
  let doubt: Extract<DuplicateDecision, { kind: 'doubt' }> | null = null
  // One namesake that nothing contradicts is linked, even when an older one is contradicted (several people may
  // share a name); only when every namesake is contradicted is the oldest one asked about.
  for (const indexed of nameKey ? indexPeopleByName(db, nameKey, MAX_NAMESAKES) : []) {
    let theirs: PersonKeys = { fullName: indexed.fullName, email: indexed.emailKey, linkedinUrl: indexed.linkedinKey }
    if (readRecord && worthReading(candidate, theirs)) theirs = (await readRecord(indexed.resourceId)) ?? theirs
    const verdict = agreement(candidate, { ...theirs, fullName: indexed.fullName })
    // Found by its full name: the ledger keeps the field the index matched on.
    if (verdict.kind === 'same') return linkTo(indexed.resourceId, 'name')
    if (verdict.kind === 'doubtful') doubt ??= { kind: 'doubt', resourceId: indexed.resourceId, theirs, differs: verdict.differs }
  }
  return doubt ?? { kind: 'create', nearMiss: nearMissWarning(db, candidate) }
}

const linkTo = (resourceId: number, matchedOn: MatchField): DuplicateDecision => ({ kind: 'link', resourceId, matchedOn, field: MATCH_FIELD_LABELS[matchedOn] })

/** A visible warning for a record that is probably the same person but not an exact match (never acted on). */
function nearMissWarning(db: Db, candidate: Pick<CandidateFields, 'fullName' | 'email'>): string | null {
  const person = { fullName: candidate.fullName, email: candidate.email }
  for (const record of nearMissCandidates(db, nearMissKeys(person))) {
    const reason = nearMissReason(person, { fullName: record.fullName, email: record.emailKey })
    if (reason)
      return `Possible duplicate in TrackerRMS: ${record.fullName ?? 'a record'} (#${record.resourceId}) — ${reason}. Tracker Sync creates a new record because only an exact match links; check in TrackerRMS and merge them if they are the same person.`
  }
  return null
}
