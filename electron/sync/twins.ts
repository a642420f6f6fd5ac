// Two desktops, one TrackerRMS: two recruiters export the same person at the same moment, each checks, neither
// sees the other's record yet, both create. TrackerRMS has no merge call, so when a delta brings a record that is
// new to the index and shares the email, LinkedIn URL or exact full name of a record this app created, the pair is
// flagged on the candidate and in Activity for someone to merge in TrackerRMS. The other desktop flags the same
// pair when its own delta brings our record.
import type { MatchField } from '../../shared/domain'
import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import { setDuplicateWarning } from '../db/candidates'
import { insertAttempt } from '../db/queue'
import type { IndexRecord } from '../db/tracker-index'
import { createdRecordsMatching, recordTwin } from '../db/tracker-twins'
import type { CoreContext } from '../lib/context'
import { MATCH_FIELD_LABELS } from './duplicate-check'

/**
 * Checks a listed record that was new to the index (stored already, with the rest of its page, so our own record's
 * TrackerRMS time is known when both arrive in one delta) against the records this app created (the caller checks
 * that there are any).
 */
export function findTwins(ctx: CoreContext, record: IndexRecord): void {
  const db = ctx.db
  const keys = { email: normalizeEmail(record.email), linkedin: normalizeLinkedInUrl(record.linkedinUrl), name: normalizeFullName(record.fullName) }
  for (const ours of createdRecordsMatching(db, keys, record.resourceId)) {
    const now = ctx.now()
    const twin = { ...ours, otherResourceId: record.resourceId, otherUpdatedAt: record.updatedAt, foundAt: now }
    if (!recordTwin(db, twin)) continue
    const message = twinMessage(ours.oursResourceId, record.resourceId, ours.matchedOn, ours.oursUpdatedAt, record.updatedAt)
    setDuplicateWarning(db, ours.candidateId, message, now)
    insertAttempt(db, { queueId: null, candidateId: ours.candidateId, step: 'check', outcome: 'twin', message }, now)
    ctx.log.warn('index.twin', { candidateId: ours.candidateId, ours: ours.oursResourceId, other: record.resourceId, matchedOn: ours.matchedOn })
    ctx.events.emit('queue.changed', { queueIds: [], candidateIds: [ours.candidateId] })
  }
}

/** "Possible duplicate in TrackerRMS: #1201 and #1202 (same email), created 2 s apart — merge them in TrackerRMS." */
export function twinMessage(ours: number, other: number, field: MatchField, oursAt: string | null, otherAt: string | null): string {
  const [first, second] = ours < other ? [ours, other] : [other, ours]
  const gapMs = oursAt && otherAt ? Math.abs(Date.parse(oursAt) - Date.parse(otherAt)) : Number.NaN
  const apart = Number.isFinite(gapMs) ? `, created ${apartWords(gapMs)} apart` : ''
  return (
    `Possible duplicate in TrackerRMS: #${first} and #${second} (same ${MATCH_FIELD_LABELS[field]})${apart} — ` +
    `another Tracker Sync or a colleague created one of them at about the same time. Merge them in TrackerRMS.`
  )
}

function apartWords(ms: number): string {
  const s = Math.round(ms / 1000)
  if (s < 90) return `${s} s`
  const min = Math.round(s / 60)
  return min < 90 ? `${min} min` : `${Math.round(min / 60)} h`
}
