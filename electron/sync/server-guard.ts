// The check on TrackerRMS itself right before a create [reference §6]: the local index may lack emails and LinkedIn
// URLs (list rows can carry names only), be a few seconds behind, or (during the first read of a large TrackerRMS)
// not have reached this person yet, so checkPerson asks TrackerRMS for the email, phone and LinkedIn URL. It answers
// "a candidate has this" without an id (§4.10), so the id is found through the index — by the email or LinkedIn URL
// it reports, else by its full name (several people may share one: then their records are read and compared); when
// that fails, the index reads what changed (a record created a moment ago) and looks once more.
import type { Candidate, MatchField } from '../../shared/domain'
import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import type { Db } from '../db/open'
import { findIndexMatch, indexRecordsByName } from '../db/tracker-index'
import { TrackerError } from '../trackerrms/errors'
import { agreement } from './match-rule'
import type { CheckPersonResult, TrackerClient } from '../trackerrms/types'

export type GuardResult =
  /** TrackerRMS has no candidate with this email or LinkedIn URL. */
  | { kind: 'clear' }
  /** Not asked: nothing to ask with, or the Widget API is not available (the reason says which). */
  | { kind: 'skipped'; reason: string }
  | { kind: 'found'; resourceId: number; matchedOn: MatchField }
  /** TrackerRMS has this person, but Tracker Sync cannot tell which record yet. */
  | { kind: 'unresolved'; field: string }

/** How many same-name records are read to tell them apart. */
const MAX_NAMESAKES = 5

export async function serverGuard(
  db: Db,
  client: TrackerClient,
  candidate: Pick<Candidate, 'fullName' | 'email' | 'linkedinUrl' | 'phone'>,
  readChanges?: () => Promise<void>
): Promise<GuardResult> {
  if (!candidate.email && !candidate.linkedinUrl && !candidate.phone)
    return { kind: 'skipped', reason: 'no email, phone or LinkedIn URL to check on TrackerRMS' }
  let answer: CheckPersonResult
  try {
    answer = await client.checkPerson({ email: candidate.email, phone: candidate.phone, linkedin: candidate.linkedinUrl })
  } catch (error) {
    if (error instanceof TrackerError && error.code === 'widget_auth')
      return { kind: 'skipped', reason: 'the Widget API (checkPerson) is not available, so only the local copy of TrackerRMS was checked' }
    throw error
  }
  if (!answer.candidateMatched) return { kind: 'clear' }
  const { field: matchedOn, words } = sharedField(candidate, answer)
  let resourceId = await resolve(db, client, answer)
  if (resourceId === null && readChanges) {
    await readChanges()
    resourceId = await resolve(db, client, answer)
  }
  return resourceId === null ? { kind: 'unresolved', field: words } : { kind: 'found', resourceId, matchedOn }
}

const FIELD_WORDS: Record<MatchField, string> = { email: 'email', linkedin: 'LinkedIn URL', name: 'full name' }

const digits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '')

/**
 * Which of our fields TrackerRMS's first record shares (it says no more than that one of them matched): the field a
 * link records, and the words an unresolved match shows — "phone" when only the phone agrees.
 */
function sharedField(candidate: Pick<Candidate, 'email' | 'linkedinUrl' | 'phone'>, answer: CheckPersonResult): { field: MatchField; words: string } {
  const first = answer.firstRecord
  // Names left out: checkPerson never matches on the name, so only an email or LinkedIn URL can be shared here.
  const verdict = agreement(
    { fullName: null, email: candidate.email, linkedinUrl: candidate.linkedinUrl },
    { fullName: null, email: first.email, linkedinUrl: first.linkedin }
  )
  if (verdict.kind === 'same') return { field: verdict.field, words: FIELD_WORDS[verdict.field] }
  const field: MatchField = candidate.email ? 'email' : 'linkedin'
  const phone = digits(candidate.phone)
  return { field, words: phone.length >= 6 && digits(first.phone) === phone ? 'phone' : FIELD_WORDS[field] }
}

async function resolve(db: Db, client: TrackerClient, answer: CheckPersonResult): Promise<number | null> {
  const first = answer.firstRecord
  const byKey = findIndexMatch(db, { email: normalizeEmail(first.email), linkedin: normalizeLinkedInUrl(first.linkedin), name: null })
  if (byKey) return byKey.resourceId
  const nameKey = normalizeFullName(first.fullName)
  if (!nameKey) return null
  const namesakes = indexRecordsByName(db, nameKey)
  if (namesakes.length === 1) return namesakes[0]
  for (const id of namesakes.slice(0, MAX_NAMESAKES)) {
    const record = await client.getResource(id)
    const verdict = agreement(
      { fullName: null, email: first.email, linkedinUrl: first.linkedin },
      { fullName: null, email: record.email, linkedinUrl: record.linkedinUrl }
    )
    if (verdict.kind === 'same') return id
  }
  return null
}
