// Rules 1 and 2 of DESIGN.md: which outreach events send a candidate to TrackerRMS.
import type { OutreachEvent, OutreachEventKind, Trigger } from '../../shared/domain'

/**
 * Rule 2. "Replied" also fires on an interested reply; "replied and interested" only on an interested reply;
 * "added to sequence" on being added to a sequence; "never" on nothing. A "not interested" reply fires nothing.
 */
export function triggerMatches(trigger: Trigger, kind: OutreachEventKind): boolean {
  switch (trigger) {
    case 'never':
      return false
    case 'sequence':
      return kind === 'sequence'
    case 'replied':
      return kind === 'replied' || kind === 'interested'
    case 'interested':
      return kind === 'interested'
  }
}

export type TriggerDecision = { fire: true } | { fire: false; reason: string }

/**
 * Rule 1, no retroactive sync: an event fires only if the integration was connected before it happened, and only
 * under the trigger that was set when it happened (a trigger set later does not reach back).
 */
export function decideTrigger(
  event: Pick<OutreachEvent, 'kind' | 'occurredAt'>,
  job: { trigger: Trigger; triggerSetAt: string | null },
  connectedAt: string | null
): TriggerDecision {
  if (!triggerMatches(job.trigger, event.kind)) return { fire: false, reason: 'the job’s trigger does not match this event' }
  if (connectedAt === null) return { fire: false, reason: 'TrackerRMS is not connected' }
  if (event.occurredAt < connectedAt) return { fire: false, reason: 'it happened before TrackerRMS was connected' }
  if (job.triggerSetAt === null || event.occurredAt < job.triggerSetAt) return { fire: false, reason: 'it happened before the job’s trigger was set' }
  return { fire: true }
}
