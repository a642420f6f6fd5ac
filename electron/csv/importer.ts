// An import from file to result, in ONE pass over the file (pass.ts): each row is read, checked, matched against
// the job and the earlier rows, planned and — when applying — written, then forgotten.
//
// A dry run reads the file asynchronously and writes nothing. An apply reads it synchronously inside ONE synchronous
// transaction: no await happens while the transaction is open, so no other write can join it, and a failure or a
// crash leaves the database without any of the file. When the file has an invalid row and invalid rows are not to
// be skipped, the apply stops there, rolls back, and reports as a dry run would.
import { basename } from 'node:path'
import type { ImportApplied, ImportPreview, ImportRejected, MappingResolution } from '../../shared/csv'
import { validationError } from '../../shared/errors'
import { insertImport, setImportCounts } from '../db/imports'
import type { Db } from '../db/open'
import { createExecutor } from './execute'
import { ImportPass, InvalidRowFound } from './pass'
import { readCsv, readCsvSync, type ReadOptions, type ReadSummary } from './reader'
import { rejection, reportOf } from './report'
import type { ImportRun } from './import-run'

/** The page cache during an apply, in SQLite's notation (negative: KiB). */
const IMPORT_CACHE_SIZE = -4000

const readOptions = (run: ImportRun): ReadOptions => ({
  encoding: run.source.encoding.encoding,
  bomBytes: run.source.encoding.bomBytes,
  delimiter: run.source.format.delimiter,
  keepBadBytes: !!run.source.encoding.invalidSequences
})

function passOptions(run: ImportRun) {
  return { db: run.db, jobId: run.jobId, policy: run.policy, explicit: run.explicit, previewRows: run.previewRows, maxProblems: run.maxProblems }
}

/** A file without a header, or without rows below it, cannot be imported at all. */
function refuseEmpty(summary: ReadSummary): void {
  if (summary.headerRow === null) throw validationError('file', 'The file is empty: it has no header row and no candidates.')
  if (summary.dataRows === 0) throw validationError('file', 'The file has a header row but no candidates below it. Add one row per candidate and import again.')
}

export async function previewImport(run: ImportRun): Promise<ImportPreview> {
  const pass = new ImportPass({ ...passOptions(run), executor: null, stopAtInvalid: false })
  const summary = await readCsv(run.source.file, readOptions(run), {
    onHeader: (headers) => pass.onHeader(headers),
    onRows: (rows) => pass.onRows(rows),
    onProgress: ({ bytesRead, rowsDone }) => run.progress({ phase: 'reading', bytesRead, rowsDone })
  })
  refuseEmpty(summary)
  const report = reportOf(run, pass, summary)
  const blockedReason = rejection(report)
  return { ...report, status: 'preview', canApply: blockedReason === null, blockedReason }
}

export async function applyImport(
  run: ImportRun,
  saveMapping: ((mapping: MappingResolution) => string | null) | null
): Promise<ImportApplied | ImportRejected> {
  const now = run.now()
  const db = run.db
  run.progress({ phase: 'reading', rowsDone: 0, bytesRead: 0 })
  let applied
  try {
    // ONE synchronous transaction: everything below runs without yielding to the event loop.
    applied = withImportCache(
      db,
      db.transaction(() => {
        const importId = insertImport(db, {
          fileName: basename(run.source.file),
          jobId: run.jobId,
          jobTitle: run.jobTitle,
          policy: run.policy,
          encoding: run.source.format.encoding,
          delimiter: run.source.format.delimiter,
          appliedAt: now
        })
        const maxIdBefore = (db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM candidates').get() as { n: number }).n
        const executor = createExecutor(db, { importId, jobId: run.jobId, now, maxIdBefore })
        const pass = new ImportPass({ ...passOptions(run), executor, stopAtInvalid: !run.skipInvalid })
        const summary = readCsvSync(run.source.file, readOptions(run), {
          onHeader: (headers) => pass.onHeader(headers),
          onRows: (rows) => pass.onRows(rows),
          onProgress: ({ bytesRead, rowsDone }) => run.progress({ phase: 'applying', bytesRead, rowsDone })
        })
        refuseEmpty(summary)
        executor.finish()
        const report = reportOf(run, pass, summary)
        const changed = report.counts.new + report.counts.added + report.counts.updated > 0
        if (changed) setImportCounts(db, importId, report.counts)
        else db.prepare('DELETE FROM csv_imports WHERE id = ?').run(importId) // nothing to undo: not in the history
        const savedMapping = saveMapping ? saveMapping(pass.resolution as MappingResolution) : null
        return { report, importId: changed ? importId : null, savedMapping }
      }).immediate // IMMEDIATE: it reads before it writes, and a deferred one could not wait for another writer
    )
  } catch (error) {
    if (!(error instanceof InvalidRowFound)) throw error
    // Rolled back at the first invalid row: the report is the dry run's, which names every invalid row.
    const preview = await previewImport(run)
    return { ...stripPreview(preview), status: 'rejected', reason: rejection(preview) as string }
  }
  return { ...applied.report, status: 'applied', importId: applied.importId, appliedAt: now, savedMapping: applied.savedMapping }
}

/**
 * better-sqlite3 gives each connection a 16 MB page cache. An import writes at the ends of its tables (and builds the
 * indexes it set aside with a sort, deferred-indexes.ts), so 4 MB does as well (measured: same time for 100,000 rows)
 * and keeps 12 MB off the peak memory of a big import. Only memory changes: the commit's journal and syncs are the same.
 */
export function withImportCache<T>(db: Db, work: () => T): T {
  const before = db.pragma('cache_size', { simple: true }) as number
  db.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`)
  try {
    return work()
  } finally {
    db.pragma(`cache_size = ${before}`)
  }
}

function stripPreview(preview: ImportPreview) {
  const { status: _status, canApply: _canApply, blockedReason: _blocked, ...report } = preview
  return report
}
