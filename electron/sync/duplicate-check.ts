// Rule 3, the duplicate check, as the export worker and the export preview both apply it: an exact match on email,
// LinkedIn URL or full name links; otherwise a new record is created, with a warning for a near miss.
import type { CandidateFields, MatchField } from '../../shared/domain'
import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import type { Db } from '../db/open'
import { findIndexMatch, nearMissCandidates } from '../db/tracker-index'
import { nearMissKeys, nearMissReason } from '../../shared/near-miss'

export type DuplicateDecision = { kind: 'link'; resourceId: number; matchedOn: MatchField; field: string } | { kind: 'create'; nearMiss: string | null }

export const MATCH_FIELD_LABELS: Record<MatchField, string> = { email: 'email', linkedin: 'LinkedIn URL', name: 'full name' }

export function checkDuplicate(db: Db, candidate: Pick<CandidateFields, 'fullName' | 'email' | 'linkedinUrl'>): DuplicateDecision {
  const match = findIndexMatch(db, {
    email: normalizeEmail(candidate.email),
    linkedin: normalizeLinkedInUrl(candidate.linkedinUrl),
    name: normalizeFullName(candidate.fullName)
  })
  if (match) return { kind: 'link', resourceId: match.resourceId, matchedOn: match.matchedOn, field: MATCH_FIELD_LABELS[match.matchedOn] }
  return { kind: 'create', nearMiss: nearMissWarning(db, candidate) }
}

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
