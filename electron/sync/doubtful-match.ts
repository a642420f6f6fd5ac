// Doubtful matches: a TrackerRMS record with the candidate's full name but another email or LinkedIn URL (both
// present, match-rule.ts). An export finding one is held for the user's decision — neither linked (it may be
// another person) nor created (the seed: a match on the full name never makes a new profile by itself) — and goes
// on only as the user decides: link to that record, create a new one, or skip (the export is cancelled).
import type { ExportChoice } from '../../shared/api/sync'
import type { Candidate } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { getDoubt, recordDoubt } from '../db/doubts'
import { listQueue, type QueueItem } from '../db/queue'
import type { Db } from '../db/open'
import type { CoreContext } from '../lib/context'
import type { TrackerClient } from '../trackerrms/types'
import type { DuplicateDecision, ReadRecord } from './duplicate-check'
import { differsWords } from '../../shared/match-words'
import type { StepOutcome } from './outcome'
import { moveItem, recordStep } from './queue-machine'

/** What the index lacks of a namesake (list rows may carry names only), read from TrackerRMS itself. */
export const readRecordOf =
  (client: TrackerClient): ReadRecord =>
  async (resourceId) => {
    const record = await client.getResource(resourceId)
    return { fullName: record.fullName, email: record.email, linkedinUrl: record.linkedinUrl }
  }

/**
 * Same full name, another email or LinkedIn URL, and no record with this email or LinkedIn URL: the export waits
 * for the user's decision, with the record as read now so that both people are shown side by side.
 */
export function holdForDecision(ctx: CoreContext, item: QueueItem, candidate: Candidate, doubt: Extract<DuplicateDecision, { kind: 'doubt' }>): StepOutcome {
  const theirs = doubt.theirs
  const reason =
    `Needs your decision: TrackerRMS #${doubt.resourceId} (${theirs.fullName ?? candidate.fullName}) has the same full name but ` +
    `${differsWords(doubt.differs)}. Nothing was linked or created: link to it, create a new record, or skip.`
  recordStep(ctx.db, item, {}, { step: 'check', outcome: 'doubtful', message: reason }, ctx.now(), () =>
    recordDoubt(ctx.db, { queueId: item.id, resourceId: doubt.resourceId, theirs, differs: doubt.differs, foundAt: ctx.now() })
  )
  return { kind: 'waiting', capability: 'decision', reason }
}

/** Whether an export is held for the user's decision. */
export const isHeld = (item: QueueItem): boolean => item.state === 'waiting' && item.waitingFor === 'decision'

/** The candidate's other exports held over the same TrackerRMS record (other jobs): one person, one answer. */
export function heldSiblings(db: Db, item: QueueItem): QueueItem[] {
  const resourceId = getDoubt(db, item.id)?.resourceId
  return listQueue(db, { candidateId: item.candidateId, states: ['waiting'] }).filter(
    (other) => other.id !== item.id && isHeld(other) && getDoubt(db, other.id)?.resourceId === resourceId
  )
}

/**
 * The user's decision on a held export: link or create put it back in line (no grace delay) with the decision
 * recorded; skip cancels it. Refused (nothing changes) when the export is not held.
 */
export function decideHeld(ctx: CoreContext, item: QueueItem, choice: ExportChoice): QueueItem {
  const doubt = isHeld(item) ? getDoubt(ctx.db, item.id) : null
  if (!doubt) {
    const state =
      item.state === 'waiting' ? `waiting for ${item.waitingFor === 'index' ? 'the TrackerRMS candidate list' : 'TrackerRMS'}` : item.state.replace('_', ' ')
    throw new AppError('conflict', `Export ${item.id} is not waiting for a decision (it is ${state}); only an export held for a doubtful match can be decided.`)
  }
  const record = `TrackerRMS #${doubt.resourceId}`
  if (choice === 'skip') {
    const message = `Skipped by you: ${record} has the same full name but ${differsWords(doubt.differs)}. Nothing was sent.`
    return moveItem(ctx.db, item.id, { to: 'cancelled', change: { lastError: message }, audit: { step: 'check', outcome: 'skipped', message } }, ctx.now())
  }
  const message = choice === 'link' ? `You chose to link ${record}: it is linked, nothing is created.` : `You chose a new record: ${record} is another person.`
  return moveItem(
    ctx.db,
    item.id,
    {
      to: 'pending',
      change: { decision: choice, decisionResourceId: doubt.resourceId, nextRunAt: ctx.now(), lastError: null },
      audit: { step: 'check', outcome: 'decided', message }
    },
    ctx.now()
  )
}
