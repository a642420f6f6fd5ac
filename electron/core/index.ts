// The composition root. Electron's IPC handlers, the CLI and the browser host all sit on the object this returns;
// nothing else opens the database, reads the keychain or talks to TrackerRMS.
import { join } from 'node:path'
import { explainDataFolderError, openedReadOnlyNote } from '../lib/data-folder-errors'
import type { SecretStore } from '../secrets'
import { systemClock, type Clock } from '../lib/clock'
import type { CoreContext } from '../lib/context'
import { CoreEventBus } from '../lib/events'
import { createFileLogger, type Logger } from '../lib/log'
import { createCandidatesService } from './candidates-service'
import { createConnectionService, type ConnectionOptions } from './connection-service'
import { createCsvService } from './csv-service'
import { createJobsService } from './jobs-service'
import { createKeychainEntries } from './keychain-entries'
import { openDataFolder } from './open-data-folder'
import { createOutreachService } from './outreach-service'
import { createSettingsService } from './settings-service'
import { createStatusService } from './status-service'
import { trackerJobLookup } from './tracker-job-lookup'
import { createResumeService } from '../resume/resume-service'
import { createSyncService, type SyncServiceDeps } from '../sync/sync-service'
import type { SliceTiming } from '../db/write-slices'

export interface CoreOptions {
  dataDir: string
  secrets: SecretStore
  /** Electron's net.fetch in the app (system proxy settings); the global fetch elsewhere. */
  fetch?: typeof fetch
  clock?: Clock
  log?: Logger
  /** TrackerRMS client tuning (retry counts and delays, throttle window): tests and benchmarks keep them small. */
  tracker?: ConnectionOptions
  /** Queue timings and the crash tests' step hook. */
  sync?: Pick<SyncServiceDeps, 'schedulerOptions' | 'indexFreshMs' | 'indexRereadMs' | 'indexReaderOptions' | 'atBoundary'>
  /** How long imports and undos write before they let another process write (tests make slices tiny). */
  writeSlices?: SliceTiming
}

export type Core = ReturnType<typeof createCore>

/** Throws a DataFolderError (lib/data-folder-errors.ts) when the folder cannot be opened, saying why in words. */
export function createCore(options: CoreOptions) {
  const { db, folder } = openDataFolder(options.dataDir)
  const dbPath = folder.file
  const clock = options.clock ?? systemClock
  // The log never throws: on a full or read-only disk its lines are lost, the work goes on.
  const log = options.log ?? createFileLogger({ dir: join(options.dataDir, 'logs'), clock: () => clock.now() })

  const ctx: CoreContext = {
    dataDir: options.dataDir,
    db,
    clock,
    log,
    secrets: options.secrets,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    events: new CoreEventBus(),
    now: () => clock.now().toISOString()
  }

  const settings = createSettingsService(ctx)
  const keychain = createKeychainEntries(ctx, dbPath)
  const connection = createConnectionService(ctx, settings, keychain, options.tracker)
  const jobs = createJobsService(ctx, trackerJobLookup(connection))
  const candidates = createCandidatesService(ctx)
  const outreach = createOutreachService(ctx)
  const status = createStatusService(ctx, dbPath, settings, connection, keychain)
  const csv = createCsvService(ctx, options.writeSlices)
  const resume = createResumeService(ctx)
  const sync = createSyncService({
    ctx,
    settings,
    client: () => connection.client(),
    renderResume: (candidate) => resume.renderCandidate(candidate),
    ...options.sync
  })
  // Rules 1 and 2: an outreach event that matches its job's trigger queues an export in the same transaction.
  outreach.onEvent(sync.triggerHook)
  // Exports queued for one TrackerRMS never go to another one (leaving the demo for a real TrackerRMS, say): for every
  // front door alike, the desktop app, the browser host and the command line.
  connection.onHostChange((from, to) => {
    const cancelled = sync.cancelUnsent(
      `Cancelled: it was queued for the TrackerRMS at ${new URL(from).host}; Tracker Sync is now connected to ${new URL(to).host}. Export the candidate again to send it there.`
    )
    if (cancelled) log.info('connection.host_changed_exports_cancelled', { from, to, cancelled })
  })
  // An import a killed process left half-applied is rolled back from the start (in slices, in the background) —
  // unless the folder opened read-only (nothing can be written; the next writable start does it).
  const recovery = setTimeout(() => void (folder.blocked ? undefined : csv.recoverAbandoned()), 0)
  // Closed last-registered-first: the queue stops before the resume worker goes away; a recovery under way is
  // finished first (it was started, so it is needed).
  const closers: (() => void | Promise<void>)[] = [
    () => {
      clearTimeout(recovery)
      return csv.recoveryUnderWay()
    },
    () => resume.close(),
    () => sync.stop()
  ]

  log.info('core.started', { dataDir: options.dataDir, tokenStore: options.secrets.kind, readOnly: folder.blocked?.cause ?? null })

  return {
    ctx,
    dbPath,
    dataFolder: {
      dir: folder.dir,
      /** Null, or the sentence saying that the database was opened read-only and why (a read-only folder, a full disk). */
      readOnly: folder.blocked ? openedReadOnlyNote(folder, folder.blocked) : null,
      /** A failure as the sentence the user should see when it is about the data folder (read-only, full, damaged). */
      explain: (error: unknown): unknown => explainDataFolderError(error, folder)
    },
    events: ctx.events,
    settings,
    connection,
    jobs,
    candidates,
    outreach,
    status,
    csv,
    resume,
    sync,
    /** Registers cleanup to run on close (stopping workers, servers), last registered first. */
    onClose(closer: () => void | Promise<void>) {
      closers.push(closer)
    },
    async close() {
      for (const closer of closers.reverse()) await closer()
      db.close()
    }
  }
}
