// The sync engine as the rest of the app sees it: triggers, the queue worker, manual export, backfill, and
// read-outs of the queue, the ledger and each candidate's history.
import { UNSENT_QUEUE_STATES, type Candidate } from '../../shared/domain'
import { AppError, conflict, notFound } from '../../shared/errors'
import { getCandidate } from '../db/candidates'
import { getLedgerEntry, searchLedger, type LedgerFilter } from '../db/ledger'
import { queueEntries, type QueueEntryFilter } from '../db/queue-entries'
import { getQueueItem, insertAttempt, listAttempts, listQueue, type QueueItem } from '../db/queue'
import { moveAll, moveItem } from './queue-machine'
import type { CoreContext } from '../lib/context'
import type { SyncSettings } from './types'
import type { TrackerClient } from '../trackerrms/types'
import { planBackfill } from './backfill'
import { previewExport } from './export-preview'
import { enqueueExport, type EnqueueResult } from './enqueue'
import type { ExportDeps, StepBoundary } from './export-steps'
import { Mutex } from '../lib/mutex'
import { DEFAULT_SCHEDULER_OPTIONS, SyncScheduler, type SchedulerOptions } from './scheduler'
import { TrackerIndexRefresher } from './tracker-index-refresh'
import { createTriggerHook } from './trigger-hook'
import { DEFAULT_INDEX_READER_OPTIONS, IndexReader, type IndexReaderOptions } from './index-reader'
import { listTwins } from '../db/tracker-twins'
import { WorkerLock } from './worker-lock'
import type { ExportChoice, ExportOutcome } from '../../shared/api/sync'
import { decideHeld, heldSiblings, isHeld } from './doubtful-match'
import { rowDecision, type RowDecision } from './row-decision'

export interface SyncServiceDeps {
  ctx: CoreContext
  settings: SyncSettings
  /** The client for the current connection; throws an AppError ('conflict' or 'auth') when there is none. */
  client(): TrackerClient
  renderResume(candidate: Candidate): Promise<{ bytes: Uint8Array; fileName: string }>
  schedulerOptions?: Partial<SchedulerOptions>
  /** How long an index refresh is reused before the next create (amortises API calls). */
  indexFreshMs?: number
  /** The same where a refresh re-reads every candidate (TrackerRMS ignores updatedAfter). */
  indexRereadMs?: number
  /** When the background reader of TrackerRMS's candidate list retries, refreshes, and follows up a create. */
  indexReaderOptions?: Partial<IndexReaderOptions>
  /** Test hook: called at each step boundary (crash tests stop the process there). */
  atBoundary?(item: QueueItem, boundary: StepBoundary): void | Promise<void>
}

const EXPORT_SOURCE = 'Tracker Sync'

export type ManualExportOutcome = ExportOutcome

export function createSyncService(deps: SyncServiceDeps) {
  const { ctx, settings } = deps
  const index = new TrackerIndexRefresher(ctx, deps.indexFreshMs ?? 15_000, deps.indexRereadMs)
  const createLock = new Mutex()
  const connection = () => {
    const host = settings.connectionValue('rest-url')
    if (!host || !settings.connectionValue('connected-at'))
      throw conflict('Not connected to TrackerRMS. Connect in Settings (or with the connect command) to send the queued exports.')
    return { client: deps.client(), host }
  }
  // Created before the scheduler it releases exports through; its hooks run only once the scheduler has started it.
  const reader: IndexReader = new IndexReader(
    ctx,
    index,
    {
      connection,
      onReady: () => scheduler.releaseWaiting('TrackerRMS’s candidate list is read: checking for duplicates and sending.', ['index', 'record']),
      onNewRecords: () => scheduler.releaseWaiting('New records were read from TrackerRMS: looking for this person’s record again.', ['record']),
      onAuthRefused: (reason) => scheduler.authRefused(reason)
    },
    { ...DEFAULT_INDEX_READER_OPTIONS, ...deps.indexReaderOptions }
  )

  const exportDeps = (): ExportDeps => {
    const { client, host } = connection()
    return {
      ctx,
      client,
      host,
      reader,
      owner: settings.connectionValue('connected-by'),
      index,
      createLock,
      renderResume: deps.renderResume,
      source: EXPORT_SOURCE,
      atBoundary: deps.atBoundary
    }
  }

  const schedulerOptions = { ...DEFAULT_SCHEDULER_OPTIONS, ...deps.schedulerOptions }
  const scheduler = new SyncScheduler(ctx, settings, exportDeps, schedulerOptions, reader)
  const changed = (queueIds: number[], candidateIds: number[]) => {
    ctx.events.emit('queue.changed', { queueIds, candidateIds })
    scheduler.wake()
  }
  // Rules 1 and 2: the core registers this with its outreach service (createCore), inside each event's transaction.
  const triggerHook = createTriggerHook(ctx, settings, changed)

  const requireItem = (id: number) => {
    const item = getQueueItem(ctx.db, id)
    if (!item) throw notFound(`There is no queued export with id ${id}.`)
    return item
  }

  return {
    scheduler,
    index,
    /** Where the read of TrackerRMS's candidate list stands (progress, ETA, ready). */
    indexStatus: () => reader.status(),
    /**
     * Reads TrackerRMS's candidate list now: carries on with the first read, or a delta. Only in the process that
     * sends the queue (it holds the worker lock); elsewhere the answer says which process does.
     */
    readIndexNow(): void {
      if (!scheduler.isStarted) throw conflict('This Tracker Sync is not sending the queue, so it does not read TrackerRMS’s list either.')
      reader.readNow()
    },
    /**
     * The same in the foreground, for a process that does not send the queue (the CLI): takes the worker lock for the
     * read (so the app and the CLI never read at once), reads, and returns where it stands and what stopped it.
     */
    async readIndexOnce(): Promise<{ status: ReturnType<IndexReader['status']>; problem: string | null }> {
      if (scheduler.isStarted) throw conflict('This process sends the queue and reads TrackerRMS’s list already.')
      const lock = new WorkerLock(ctx)
      lock.acquire()
      // Renewed while it reads, as the queue's worker does: a lock not renewed for a minute is taken over.
      const heartbeat = setInterval(() => lock.renew(), schedulerOptions.heartbeatMs)
      try {
        const problem = await reader.readOnce()
        return { status: reader.status(), problem }
      } finally {
        clearInterval(heartbeat)
        lock.release()
      }
    },
    /** Pairs of TrackerRMS records of one person, one created here and one by someone else (newest first). */
    twins: (candidateId?: number) => listTwins(ctx.db, candidateId),
    triggerHook,
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    runUntilIdle: (options: { ignoreDelay?: boolean; timeoutMs?: number } = {}) => scheduler.runUntilIdle(options),
    state: () => scheduler.state,
    /** "Try now": only the process that sends the queue can (elsewhere the answer says so). */
    tryNow() {
      if (!scheduler.isStarted) throw conflict('This Tracker Sync is not sending the queue: the process that sends it tries again by itself.')
      scheduler.tryNow()
      return scheduler.state
    },

    /**
     * "Export to ATS" (rule 5): only for candidates not yet in TrackerRMS; the others are refused with the reason.
     * The rest join the same queue with no grace delay.
     */
    exportCandidates(input: { candidateIds: number[]; trackerJobId: number | null; jobId?: number | null; decisions?: RowDecision[] }): ManualExportOutcome[] {
      if (!settings.connectionValue('connected-at')) throw conflict('Connect to TrackerRMS before exporting candidates.')
      const decisions = new Map((input.decisions ?? []).map((d) => [d.candidateId, d]))
      const results = ctx.db
        .transaction(() =>
          [...new Set(input.candidateIds)].map((candidateId): ManualExportOutcome => {
            const candidate = getCandidate(ctx.db, candidateId)
            if (!candidate) return { candidateId, outcome: 'refused', reason: `There is no candidate with id ${candidateId}.` }
            const ledger = getLedgerEntry(ctx.db, candidateId)
            if (ledger)
              return {
                candidateId,
                outcome: 'refused',
                reason: `Already in TrackerRMS as #${ledger.trackerResourceId} (${ledger.how}). Export to ATS is only for candidates not yet synced; contact details are never sent twice.`
              }
            const row = decisions.get(candidateId)
            if (row?.choice === 'skip') return { candidateId, outcome: 'skipped' }
            const decision = row && rowDecision(ctx.db, candidate, row)
            const result: EnqueueResult = enqueueExport(
              ctx.db,
              { candidateId, jobId: input.jobId ?? null, trackerJobId: input.trackerJobId, origin: 'manual', eventId: null, delaySeconds: 0, decision },
              ctx.clock.now()
            )
            if (result.outcome === 'already_done') return { candidateId, outcome: 'refused', reason: result.reason }
            if (result.outcome === 'queued')
              insertAttempt(ctx.db, { queueId: result.item.id, candidateId, step: 'queued', outcome: 'queued', message: 'Exported by hand.' }, ctx.now())
            // The same export, held for this very decision (an earlier automatic one): decided now.
            else if (row && isHeld(result.item)) decideHeld(ctx, result.item, row.choice)
            return { candidateId, outcome: result.outcome, queueId: result.item.id }
          })
        )
        .immediate()
      const queued = results.filter((r): r is Extract<ManualExportOutcome, { queueId: number }> => 'queueId' in r)
      if (queued.length)
        changed(
          queued.map((r) => r.queueId),
          queued.map((r) => r.candidateId)
        )
      return results
    },

    /** The dry run of "Export to ATS": what would be written for each candidate, and the duplicate decision. */
    previewExport: (input: { candidateIds: number[]; trackerJobId: number | null }) =>
      previewExport(
        ctx,
        { client: deps.client, index, host: settings.connectionValue('rest-url'), owner: settings.connectionValue('connected-by'), source: EXPORT_SOURCE },
        input
      ),

    /** Explicit backfill: who would have been sent under the job's current trigger. Nothing is queued. */
    backfillPreview: (jobId: number) => planBackfill(ctx.db, jobId),

    /** Queues the backfill the user confirmed (no grace delay). */
    backfillConfirm(jobId: number): { queued: number; plan: ReturnType<typeof planBackfill> } {
      if (!settings.connectionValue('connected-at')) throw conflict('Connect to TrackerRMS before a backfill.')
      const plan = planBackfill(ctx.db, jobId)
      const ids = ctx.db
        .transaction(() =>
          plan.candidates.flatMap((c) => {
            const result = enqueueExport(
              ctx.db,
              { candidateId: c.candidateId, jobId, trackerJobId: plan.trackerJobId, origin: 'backfill', eventId: c.eventId, delaySeconds: 0 },
              ctx.clock.now()
            )
            if (result.outcome !== 'queued') return []
            insertAttempt(
              ctx.db,
              { queueId: result.item.id, candidateId: c.candidateId, step: 'queued', outcome: 'queued', message: `Backfill of job ${jobId}.` },
              ctx.now()
            )
            return [result.item.id]
          })
        )
        .immediate()
      if (ids.length)
        changed(
          ids,
          plan.candidates.map((c) => c.candidateId)
        )
      return { queued: ids.length, plan }
    },

    listQueue: (filter: Parameters<typeof listQueue>[1] = {}) => listQueue(ctx.db, filter),
    /** The queue as the screens list it: with names and job titles, filtered and searched in SQL. */
    queueEntries: (filter: QueueEntryFilter) => queueEntries(ctx.db, filter),
    /** One export of the queue by id, or null (read-only; for the UI's live outcome list). */
    queueItem: (id: number) => getQueueItem(ctx.db, id),

    /** Puts a failed, cancelled or waiting export back in line, with fresh attempts. */
    retry(id: number): QueueItem {
      const item = requireItem(id)
      if (item.state !== 'failed' && item.state !== 'cancelled' && item.state !== 'waiting')
        throw new AppError('conflict', `Export ${id} is ${item.state.replace('_', ' ')}; only failed, cancelled or waiting exports can be retried.`)
      const moved = moveItem(
        ctx.db,
        id,
        {
          to: 'pending',
          change: { attempts: 0, nextRunAt: ctx.now(), lastError: null },
          audit: { step: item.step, outcome: 'retry', message: 'Retried by hand.' }
        },
        ctx.now()
      )
      changed([id], [item.candidateId])
      return moved
    },

    /**
     * Every export not being sent right now is cancelled (connecting to another TrackerRMS: they were meant for the
     * one before — the demo's candidates must never reach a real TrackerRMS). Returns how many.
     */
    cancelUnsent(reason: string): number {
      const ids = moveAll(
        ctx.db,
        UNSENT_QUEUE_STATES,
        { to: 'cancelled', change: { lastError: reason }, audit: { step: 'queued', outcome: 'cancelled', message: reason } },
        ctx.now()
      )
      if (ids.length) changed(ids, [])
      return ids.length
    },

    /** The user's decision on an export held for a doubtful match: link, create a new record, or skip. */
    decide(id: number, choice: ExportChoice): QueueItem {
      const item = requireItem(id)
      const moved = decideHeld(ctx, item, choice)
      // Whether the candidate is that TrackerRMS person holds for the candidate's other held exports (other jobs) too;
      // skipping is about this export only.
      const siblings = choice === 'skip' ? [] : heldSiblings(ctx.db, item)
      for (const other of siblings) decideHeld(ctx, other, choice)
      changed([id, ...siblings.map((other) => other.id)], [moved.candidateId])
      return moved
    },

    cancel(id: number): QueueItem {
      const item = requireItem(id)
      if (item.state === 'running') throw new AppError('conflict', `Export ${id} is being sent right now and cannot be cancelled.`)
      if (!UNSENT_QUEUE_STATES.includes(item.state)) throw new AppError('conflict', `Export ${id} is already ${item.state.replace('_', ' ')}.`)
      const moved = moveItem(
        ctx.db,
        id,
        { to: 'cancelled', change: { lastError: 'Cancelled by hand.' }, audit: { step: item.step, outcome: 'cancelled', message: 'Cancelled by hand.' } },
        ctx.now()
      )
      changed([id], [item.candidateId])
      return moved
    },

    /** Every candidate in TrackerRMS (all of them by default), newest first. */
    ledger: (filter: LedgerFilter = {}) => searchLedger(ctx.db, filter).entries,
    /** A page of the ledger and how many entries the search matches. */
    ledgerPage: (filter: LedgerFilter) => searchLedger(ctx.db, filter),
    history: (candidateId: number) => listAttempts(ctx.db, { candidateId })
  }
}
