// An import from file to result. Pass 1 streams the file into staging (read, map, validate; duplicates inside the
// file marked). Pass 2 plans every row against the job (dry run) or plans and writes it in ONE synchronous
// transaction (apply): no await happens while the transaction is open, so no other write can join it, and a failure
// or a crash leaves the database without any of the file.
import { basename } from 'node:path'
import {
  readRow, resolveMapping, rowPlan,
  type ExplicitMapping, type ImportApplied, type ImportPreview, type ImportRejected, type MappingResolution
} from '../../shared/csv'
import { validationError } from '../../shared/errors'
import { candidateKeys } from '../db/candidates'
import { insertImport, setImportCounts } from '../db/imports'
import type { Db } from '../db/open'
import { createExecutor } from './execute'
import { Planner } from './plan'
import { readCsv, type ReadSummary } from './reader'
import { rejection, reportOf } from './report'
import { runPlan } from './run'
import type { CsvSource } from './source'
import { Staging } from './staging'

export interface Progress {
  phase: 'reading' | 'applying' | 'done'
  rowsDone: number
  bytesRead: number
}

export interface ImportRun {
  db: Db
  source: CsvSource
  jobId: number
  jobTitle: string
  explicit: ExplicitMapping
  policy: ImportPreview['policy']
  skipInvalid: boolean
  previewRows: number
  maxProblems: number
  importToken: string
  now: () => string
  progress(p: Progress): void
}

interface Staged {
  staging: Staging
  resolution: MappingResolution
  summary: ReadSummary
}

/** Pass 1. The staging database is the caller's to close. */
export async function stageFile(run: ImportRun): Promise<Staged> {
  const staging = new Staging()
  let resolution: MappingResolution | null = null
  let plan: ReturnType<typeof rowPlan> = []
  let headerCount = 0
  try {
    const summary = await readCsv(
      run.source.file,
      { encoding: run.source.encoding.encoding, bomBytes: run.source.encoding.bomBytes, delimiter: run.source.format.delimiter },
      {
        onHeader(headers) {
          resolution = resolveMapping(headers, run.explicit)
          if (resolution.problems.length) throw validationError('file', resolution.problems.join(' '))
          plan = rowPlan(resolution.columns)
          headerCount = headers.length
        },
        onRows(rows) {
          staging.addRows(
            rows.map(({ row, cells }) => {
              const read = readRow(cells, row, plan, headerCount)
              const keys = read.fields ? candidateKeys(read.fields) : null
              return {
                row,
                ...read,
                keys: { email: keys?.email_key ?? null, linkedin: keys?.linkedin_key ?? null, name: keys?.name_key || null }
              }
            })
          )
        },
        onProgress: ({ bytesRead, rowsDone }) => run.progress({ phase: 'reading', bytesRead, rowsDone })
      }
    )
    if (summary.headerRow === null) throw validationError('file', 'The file is empty: it has no header row and no candidates.')
    if (summary.dataRows === 0)
      throw validationError('file', 'The file has a header row but no candidates below it. Add one row per candidate and import again.')
    staging.markDuplicatesInFile()
    return { staging, resolution: resolution as unknown as MappingResolution, summary }
  } catch (error) {
    staging.close()
    throw error
  }
}

export async function previewImport(run: ImportRun): Promise<ImportPreview> {
  const { staging, resolution, summary } = await stageFile(run)
  try {
    const planner = new Planner(run.db, run.jobId, run.policy)
    staging.markJobMatches(planner.jobKeys())
    const plan = runPlan({ db: run.db, staging, planner, previewRows: run.previewRows })
    const report = reportOf(run, staging, resolution, summary, plan)
    const blockedReason = rejection(report)
    return { ...report, status: 'preview', canApply: blockedReason === null, blockedReason }
  } finally {
    staging.close()
  }
}

export async function applyImport(run: ImportRun, saveMapping: ((mapping: MappingResolution) => string | null) | null): Promise<ImportApplied | ImportRejected> {
  const { staging, resolution, summary } = await stageFile(run)
  try {
    if (staging.invalidRows() > 0 && !run.skipInvalid) {
      const planner = new Planner(run.db, run.jobId, run.policy)
      staging.markJobMatches(planner.jobKeys())
      const plan = runPlan({ db: run.db, staging, planner, previewRows: run.previewRows })
      const report = reportOf(run, staging, resolution, summary, plan)
      return { ...report, status: 'rejected', reason: rejection(report) as string }
    }
    const now = run.now()
    const db = run.db
    // ONE synchronous transaction: everything below runs without yielding to the event loop.
    const applied = db.transaction(() => {
      const importId = insertImport(db, {
        fileName: basename(run.source.file),
        jobId: run.jobId,
        jobTitle: run.jobTitle,
        policy: run.policy,
        encoding: run.source.format.encoding,
        delimiter: run.source.format.delimiter,
        appliedAt: now
      })
      // Duplicates are judged against the job as it is now, inside the transaction (the file was read before).
      const planner = new Planner(db, run.jobId, run.policy)
      staging.markJobMatches(planner.jobKeys())
      const executor = createExecutor(db, { importId, jobId: run.jobId, now, maxIdBefore: planner.maxCandidateId() })
      const plan = runPlan({
        db,
        staging,
        planner,
        executor,
        previewRows: run.previewRows,
        onPage: (rowsDone) => run.progress({ phase: 'applying', rowsDone, bytesRead: run.source.bytes })
      })
      const report = reportOf(run, staging, resolution, summary, plan)
      const changed = report.counts.new + report.counts.updated > 0
      if (changed) setImportCounts(db, importId, report.counts)
      else db.prepare('DELETE FROM csv_imports WHERE id = ?').run(importId) // nothing to undo: not in the history
      const savedMapping = saveMapping ? saveMapping(resolution) : null
      return { report, importId: changed ? importId : null, savedMapping }
    })()
    return { ...applied.report, status: 'applied', importId: applied.importId, appliedAt: now, savedMapping: applied.savedMapping }
  } finally {
    staging.close()
  }
}
