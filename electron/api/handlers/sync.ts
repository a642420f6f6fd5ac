// The queue, the ledger, a candidate's history, "Export to ATS" and backfill.
import type { LedgerView } from '../../../shared/api'
import type { Handler } from '../types'
import { toEntries } from './queue-entries'

/** How many of a backfill's candidates the confirmation names. */
const BACKFILL_NAMED = 20

const matches = (search: string | undefined) => {
  const words = (search ?? '').trim().toLocaleLowerCase().split(/\s+/).filter(Boolean)
  return (text: string) => words.every((word) => text.toLocaleLowerCase().includes(word))
}

export const syncState: Handler<'sync.state'> = (core, _input, app) => ({
  queue: core.sync.state(),
  worker: app.queue.status(),
  counts: core.status.report().queue,
  delaySeconds: core.settings.get('sync-delay-seconds')
})

export const syncQueue: Handler<'sync.queue'> = (core, { states, candidateId, search, limit }) => {
  const searching = !!search?.trim()
  const items = core.sync.listQueue({ states, candidateId, limit: searching ? 20_000 : limit })
  const entries = toEntries(core, items)
  if (!searching) return entries
  const found = matches(search)
  return entries.filter((e) => found(`${e.candidateName} ${e.jobTitle ?? ''} ${e.trackerResourceId ?? ''}`)).slice(0, limit)
}

export const syncQueueItems: Handler<'sync.queueItems'> = (core, { queueIds }) =>
  toEntries(
    core,
    [...new Set(queueIds)].flatMap((id) => core.sync.queueItem(id) ?? [])
  )

export const syncRetry: Handler<'sync.retry'> = (core, { queueId }) => toEntries(core, [core.sync.retry(queueId)])[0]

export const syncCancel: Handler<'sync.cancel'> = (core, { queueId }) => toEntries(core, [core.sync.cancel(queueId)])[0]

export const syncLedger: Handler<'sync.ledger'> = (core, { search, offset, limit }) => {
  const found = matches(search)
  const all = core.sync
    .ledger()
    .filter((entry) => found(`${entry.fullName} ${entry.trackerResourceId} ${entry.how} ${entry.matchedOn ?? ''} ${entry.syncedBy ?? ''}`))
  const entries: LedgerView[] = all.slice(offset, offset + limit).map((e) => ({
    candidateId: e.candidateId,
    fullName: e.fullName,
    trackerResourceId: e.trackerResourceId,
    how: e.how,
    matchedOn: e.matchedOn,
    syncedAt: e.syncedAt,
    syncedBy: e.syncedBy
  }))
  return { total: all.length, entries }
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
