// Putting an export in the durable queue. One row per (candidate, local job, TrackerRMS job); a candidate that is
// already where the export would put it gets no new row.
import type { ExportDecision, ExportOrigin } from '../../shared/domain'
import { getLedgerEntry } from '../db/ledger'
import { findActiveItem, hasListedOn, insertQueueItem, type QueueItem } from '../db/queue'
import type { Db } from '../db/open'

export interface EnqueueRequest {
  candidateId: number
  jobId: number | null
  trackerJobId: number | null
  origin: ExportOrigin
  eventId: number | null
  /** Seconds before the first attempt (the grace delay for triggers; 0 for manual exports). */
  delaySeconds: number
  /** The user's decision on a doubtful match, from the export preview. */
  decision?: { decision: ExportDecision; resourceId: number | null }
}

export type EnqueueResult =
  { outcome: 'queued'; item: QueueItem } | { outcome: 'already_queued'; item: QueueItem } | { outcome: 'already_done'; reason: string }

/** Must run inside the caller's transaction when it belongs with other writes (an event and its export). */
export function enqueueExport(db: Db, request: EnqueueRequest, now: Date): EnqueueResult {
  const ledger = getLedgerEntry(db, request.candidateId)
  if (ledger && request.trackerJobId === null)
    return { outcome: 'already_done', reason: `already in TrackerRMS (#${ledger.trackerResourceId}) and there is no TrackerRMS job to add it to` }
  if (request.trackerJobId !== null && hasListedOn(db, request.candidateId, request.trackerJobId))
    return { outcome: 'already_done', reason: `already on TrackerRMS job ${request.trackerJobId}` }
  const active = findActiveItem(db, request.candidateId, request.jobId, request.trackerJobId)
  if (active) return { outcome: 'already_queued', item: active }
  const nextRunAt = new Date(now.getTime() + request.delaySeconds * 1000).toISOString()
  const item = insertQueueItem(
    db,
    {
      candidateId: request.candidateId,
      jobId: request.jobId,
      trackerJobId: request.trackerJobId,
      origin: request.origin,
      eventId: request.eventId,
      nextRunAt,
      decision: request.decision
    },
    now.toISOString()
  )
  return { outcome: 'queued', item }
}
