// The queue, the ledger, a candidate's history, "Export to ATS" and backfill.
import type { LedgerView, QueueEntry } from '../../../shared/api'
import { indexWaitReason } from '../../sync/export-steps'
import type { Core } from '../../core'
import type { Handler } from '../types'
import { twinMessage } from '../../sync/twins'

/** How many of a backfill's candidates the confirmation names. */
const BACKFILL_NAMED = 20

export const syncState: Handler<'sync.state'> = (core, _input, app) => ({
  queue: core.sync.state(),
  worker: app.queue.status(),
  counts: core.status.report().queue,
  delaySeconds: core.settings.get('sync-delay-seconds'),
  index: core.sync.indexStatus()
})

export const syncReadIndex: Handler<'sync.readIndex'> = (core) => {
  core.sync.readIndexNow()
  return core.sync.indexStatus()
}

export const syncTwins: Handler<'sync.twins'> = (core, { candidateId }) =>
  core.sync.twins(candidateId).map(({ candidateId, fullName, oursResourceId, otherResourceId, matchedOn, foundAt, oursUpdatedAt, otherUpdatedAt }) => ({
    candidateId,
    fullName,
    oursResourceId,
    otherResourceId,
    matchedOn,
    foundAt,
    message: twinMessage(oursResourceId, otherResourceId, matchedOn, oursUpdatedAt, otherUpdatedAt)
  }))

/** An export waiting for the first read of TrackerRMS's list says how far that read is now, not when it began to wait. */
const withLiveWait = (core: Core, entries: QueueEntry[]): QueueEntry[] => {
  if (!entries.some((e) => e.waitingFor === 'index')) return entries
  const reason = indexWaitReason(core.sync.indexStatus())
  return entries.map((e) =>
    e.waitingFor === 'index' && e.lastError?.startsWith('Waiting for the TrackerRMS candidate list') ? { ...e, lastError: reason } : e
  )
}

export const syncQueue: Handler<'sync.queue'> = (core, { states, candidateId, search, limit }) =>
  withLiveWait(core, core.sync.queueEntries({ states, candidateId, search, limit }))

export const syncQueueItems: Handler<'sync.queueItems'> = (core, { queueIds }) => {
  const ids = [...new Set(queueIds)]
  return withLiveWait(core, core.sync.queueEntries({ ids, limit: ids.length }))
}

const entryOf = (core: Core, queueId: number) => core.sync.queueEntries({ ids: [queueId], limit: 1 })[0]

export const syncRetry: Handler<'sync.retry'> = (core, { queueId }) => entryOf(core, core.sync.retry(queueId).id)

export const syncTryNow: Handler<'sync.tryNow'> = (core) => core.sync.tryNow()

export const syncCancel: Handler<'sync.cancel'> = (core, { queueId }) => entryOf(core, core.sync.cancel(queueId).id)

export const syncDecide: Handler<'sync.decide'> = (core, { queueId, decision }) => entryOf(core, core.sync.decide(queueId, decision).id)

export const syncLedger: Handler<'sync.ledger'> = (core, { search, offset, limit }) => {
  const { total, entries } = core.sync.ledgerPage({ search, offset, limit })
  return {
    total,
    entries: entries.map(({ candidateId, fullName, trackerResourceId, how, matchedOn, syncedAt, syncedBy }): LedgerView => ({
      candidateId,
      fullName,
      trackerResourceId,
      how,
      matchedOn,
      syncedAt,
      syncedBy
    }))
  }
}

export const syncHistory: Handler<'sync.history'> = (core, { candidateId }) => {
  core.candidates.get(candidateId)
  return core.sync
    .history(candidateId)
    .slice(-200)
    .map(({ id, queueId, step, outcome, message, at }) => ({ id, queueId, step, outcome, message, at }))
}

export const syncPreviewExport: Handler<'sync.previewExport'> = (core, input) => core.sync.previewExport(input)

export const syncExport: Handler<'sync.export'> = (core, input) => core.sync.exportCandidates(input)

export const syncBackfillPreview: Handler<'sync.backfillPreview'> = (core, { jobId }) => {
  const plan = core.sync.backfillPreview(jobId)
  return {
    jobId: plan.jobId,
    trigger: plan.trigger,
    trackerJobId: plan.trackerJobId,
    count: plan.candidates.length,
    candidates: plan.candidates
      .slice(0, BACKFILL_NAMED)
      .map(({ candidateId, fullName, eventKind, occurredAt }) => ({ candidateId, fullName, eventKind, occurredAt }))
  }
}

export const syncBackfillConfirm: Handler<'sync.backfillConfirm'> = (core, { jobId }) => ({ queued: core.sync.backfillConfirm(jobId).queued })
