// An import from file to result, in ONE pass over the file (pass.ts): each row is read, checked, matched against
// the job and the earlier rows, planned and — when applying — written, then forgotten.
//
// A dry run reads the file asynchronously and writes nothing. An apply reads it synchronously in slices: synchronous
// transactions of about a quarter of a second each (db/write-slices.ts), so that another Tracker Sync on the folder
// (the desktop app while the CLI imports a million rows) waits at most that long to write, and the browser host
// answers between slices. No await happens while a slice is open, so no other write of this process can join it.
// All or nothing still holds: when the apply fails after some slices committed (an invalid row and invalid rows are
// not to be skipped, an unreadable file), those are taken back with undo's reversal and the import leaves no
// history; when the process dies half-way, the next start does that (undo.ts, recoverAbandonedImports). Meanwhile
// the import is in state 'applying' and its rows so far are visible. When the file has an invalid row and invalid
// rows are not to be skipped, the apply reports as a dry run would. An Excel sheet is read by xlsx/sheet-reader.ts,
// which gives the same rows; its apply reads ahead between slices (the sheet can only be read asynchronously).
import { basename } from 'node:path'
import type { ImportApplied, ImportPreview, ImportRejected, MappingResolution } from '../../shared/csv'
import type { ImportReport } from '../../shared/csv'
import { conflict, validationError } from '../../shared/errors'
import { beatImport, claimImport, forgetImport, heartbeatOf, ownerAlive, settleImport, unfinishedImports } from '../db/import-runs'
import { insertImport, setImportCounts } from '../db/imports'
import type { Db } from '../db/open'
import { writeInSlices } from '../db/write-slices'
import { createExecutor, type Executor } from './execute'
import { ImportPass, InvalidRowFound } from './pass'
import { readCsv, SyncCsvReader, type ReadHandlers, type ReadOptions, type ReadSummary } from './reader'
import { rejection, reportOf } from './report'
import type { ImportRun } from './import-run'
import { rollBackImport } from './undo'
import { readXlsx, SlicedXlsxReader } from './xlsx/sheet-reader'
import type { Workbook } from './xlsx/workbook'

/** The page cache during an apply, in SQLite's notation (negative: KiB). */
const IMPORT_CACHE_SIZE = -4000

const readOptions = (run: ImportRun): ReadOptions => ({
  encoding: run.source.encoding.encoding,
  bomBytes: run.source.encoding.bomBytes,
  delimiter: run.source.format.delimiter,
  keepBadBytes: !!run.source.encoding.invalidSequences
})

/** What an apply reads its rows with, one step at a time inside its slices. */
type SliceRows = Pick<SlicedXlsxReader, 'summary' | 'step' | 'close'> & { prepare?(): Promise<void> }

const readRows = (run: ImportRun, handlers: ReadHandlers): Promise<ReadSummary> =>
  run.sheet ? readXlsx(run.source.workbook as Workbook, run.sheet, handlers) : readCsv(run.source.file, readOptions(run), handlers)

const sliceRows = (run: ImportRun, handlers: ReadHandlers): SliceRows =>
  run.sheet ? new SlicedXlsxReader(run.source.workbook as Workbook, run.sheet, handlers) : new SyncCsvReader(run.source.file, readOptions(run), handlers)

function passOptions(run: ImportRun) {
  return { db: run.db, jobId: run.jobId, policy: run.policy, explicit: run.explicit, previewRows: run.previewRows, maxProblems: run.maxProblems }
}

/** A file without a header, or without rows below it, cannot be imported at all. */
function refuseEmpty(run: ImportRun, summary: ReadSummary): void {
  const what = run.sheet ? `Sheet "${run.sheet.name}"` : 'The file'
  const others = run.sheet && (run.source.workbook as Workbook).sheets.length > 1 ? ' (or choose another sheet)' : ''
  if (summary.headerRow === null) throw validationError('file', `${what} is empty: it has no header row and no candidates${others}.`)
  if (summary.dataRows === 0)
    throw validationError('file', `${what} has a header row but no candidates below it. Add one row per candidate and import again${others}.`)
}

export async function previewImport(run: ImportRun): Promise<ImportPreview> {
  const pass = new ImportPass({ ...passOptions(run), executor: null, stopAtInvalid: false })
  const summary = await readRows(run, {
    isHeader: (cells) => pass.isHeader(cells),
    onHeader: (headers, row, found) => pass.onHeader(headers, row, found),
    onRows: (rows) => pass.onRows(rows),
    onProgress: ({ bytesRead, rowsDone }) => run.progress({ phase: 'reading', bytesRead, rowsDone })
  })
  refuseEmpty(run, summary)
  const report = reportOf(run, pass, summary)
  const blockedReason = rejection(report)
  return { ...report, status: 'preview', canApply: blockedReason === null, blockedReason }
}

/** What the last slice of an apply leaves for its result. */
interface Applied {
  report: ImportReport
  importId: number | null
  savedMapping: string | null
}

export async function applyImport(
  run: ImportRun,
  saveMapping: ((mapping: MappingResolution) => string | null) | null
): Promise<ImportApplied | ImportRejected> {
  const now = run.now()
  const db = run.db
  run.progress({ phase: 'reading', rowsDone: 0, bytesRead: 0 })
  // The job and the stored candidates as they are now: duplicates are judged against them (read before the first
  // slice, so that no write waits for this scan of a big table).
  const pass = new ImportPass({ ...passOptions(run), executor: null, stopAtInvalid: !run.skipInvalid })
  let importId: number | null = null
  let committed = false
  let executor: Executor | null = null
  let applied: Applied | null = null
  // Opened before the first slice: a workbook's reader reads its first rows before it (prepare).
  const reader = sliceRows(run, {
    isHeader: (cells) => pass.isHeader(cells),
    onHeader: (headers, row, found) => pass.onHeader(headers, row, found),
    onRows: (rows) => pass.onRows(rows),
    onProgress: ({ bytesRead, rowsDone }) => run.progress({ phase: 'applying', bytesRead, rowsDone })
  })
  try {
    await withImportCache(db, () =>
      writeInSlices(
        db,
        {
          prepare: reader.prepare?.bind(reader),
          begin(slice) {
            if (slice === 1) {
              refuseIfAnotherImportRuns(db)
              importId = insertImport(db, {
                fileName: basename(run.source.file),
                jobId: run.jobId,
                jobTitle: run.jobTitle,
                policy: run.policy,
                encoding: run.sheet ? 'xlsx' : run.source.format.encoding,
                delimiter: run.sheet ? '' : run.source.format.delimiter,
                appliedAt: now
              })
              claimImport(db, importId, 'applied', null, 'applying')
              executor = createExecutor(db, { importId, jobId: run.jobId, now })
              pass.writeWith(executor)
            }
            ;(executor as Executor).beginSlice()
          },
          step: () => reader.step(),
          end(done) {
            ;(executor as Executor).endSlice()
            const id = importId as number
            const summary = reader.summary
            if (!done) return beatImport(db, id, summary.dataRows)
            refuseEmpty(run, summary)
            const report = reportOf(run, pass, summary)
            const changed = report.counts.new + report.counts.added + report.counts.updated > 0
            setImportCounts(db, id, report.counts)
            if (changed) settleImport(db, id, 'applied', now)
            else forgetImport(db, id) // nothing to undo: not in the history
            const savedMapping = saveMapping ? saveMapping(pass.resolution as MappingResolution) : null
            applied = { report, importId: changed ? id : null, savedMapping }
          },
          committed: () => void (committed = true)
        },
        run.timing
      )
    )
  } catch (error) {
    // The slice that failed is rolled back; earlier ones are taken back as an undo would (nothing was applied).
    if (committed && importId !== null) await rollBackImport(db, importId, heartbeatOf(db, importId), { now: run.now, timing: run.timing })
    if (!(error instanceof InvalidRowFound)) throw error
    // Stopped at the first invalid row: the report is the dry run's, which names every invalid row.
    const preview = await previewImport(run)
    return { ...stripPreview(preview), status: 'rejected', reason: rejection(preview) as string }
  } finally {
    reader.close()
  }
  // set by the last slice (TypeScript cannot see that a callback assigned it)
  const done = applied as Applied | null as Applied
  return { ...done.report, status: 'applied', importId: done.importId, appliedAt: now, savedMapping: done.savedMapping }
}

/** One import at a time per data folder: two at once could each create the same new person. */
function refuseIfAnotherImportRuns(db: Db): void {
  const running = unfinishedImports(db).find((run) => run.state === 'applying' && ownerAlive(run))
  if (running)
    throw conflict(
      `Another import is running on this data folder: ${running.fileName} into "${running.jobTitle}" ` +
        `(${running.rowsDone.toLocaleString('en')} rows so far). Wait for it to finish, then import again.`
    )
}

/**
 * better-sqlite3 gives each connection a 16 MB page cache. An import writes at the ends of its tables, so 4 MB does
 * as well (measured: same time for 100,000 rows) and keeps 12 MB off the peak memory of a big import. Only memory
 * changes: the commits' journal and syncs are the same.
 */
async function withImportCache<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const before = db.pragma('cache_size', { simple: true }) as number
  db.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`)
  try {
    return await work()
  } finally {
    db.pragma(`cache_size = ${before}`)
  }
}

function stripPreview(preview: ImportPreview) {
  const { status: _status, canApply: _canApply, blockedReason: _blocked, ...report } = preview
  return report
}
