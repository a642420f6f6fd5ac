// The composition root. Electron's IPC handlers, the CLI and the browser host all sit on the object this returns;
// nothing else opens the database, reads the keychain or talks to TrackerRMS.
import { join } from 'node:path'
import { ensurePrivateDir, tightenFiles, touchPrivate } from '../lib/private-files'
import { openDatabase } from '../db/open'
import type { SecretStore } from '../secrets'
import { systemClock, type Clock } from '../lib/clock'
import type { CoreContext } from '../lib/context'
import { DATABASE_FILE } from '../lib/data-dir'
import { CoreEventBus } from '../lib/events'
import { createFileLogger, type Logger } from '../lib/log'
import { createCandidatesService } from './candidates-service'
import { createConnectionService, type ConnectionOptions } from './connection-service'
import { createCsvService } from './csv-service'
import { createJobsService } from './jobs-service'
import { createKeychainEntries } from './keychain-entries'
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

export function createCore(options: CoreOptions) {
  ensurePrivateDir(options.dataDir)
  const dbPath = join(options.dataDir, DATABASE_FILE)
  const clock = options.clock ?? systemClock
  const log = options.log ?? createFileLogger({ dir: join(options.dataDir, 'logs'), clock: () => clock.now() })
  // SQLite gives the WAL and SHM files the database file's mode: create it owner-only before SQLite does.
  touchPrivate(dbPath)
  const db = openDatabase(dbPath)
  tightenFiles(`${dbPath}-wal`, `${dbPath}-shm`)

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
  // An import a killed process left half-applied is rolled back from the start (in slices, in the background).
  const recovery = setTimeout(() => void csv.recoverAbandoned(), 0)
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

  log.info('core.started', { dataDir: options.dataDir, tokenStore: options.secrets.kind })

  return {
    ctx,
    dbPath,
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
