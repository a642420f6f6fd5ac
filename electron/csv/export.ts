// Writing candidates to a CSV file: the template's columns, then sync status and time (and, for all jobs, the job).
// UTF-8 with BOM, CRLF, every cell formula-escaped (shared/csv/formula.ts) so that the importer gets the values back
// exactly. Streams a page of candidates at a time with write backpressure, into a temporary file that replaces the
// target only when complete. Pages are read with short queries, never an open cursor, so the sync worker is free
// to use the connection between pages.
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { CSV_BOM, CSV_COLUMNS, csvRecord, exportHeaders, SYNC_STATUS_EXPORT_LABELS, type CsvField } from '../../shared/csv'
import { STAGE_LABELS, type Stage, type SyncStatus } from '../../shared/domain'
import { CANDIDATE_COLUMNS, type CandidateRow } from '../db/candidates'
import type { Db } from '../db/open'
import { SYNC_STATUS_SQL } from '../db/sync-status'

const PAGE = 500

interface ExportRow extends CandidateRow {
  stage: Stage | null
  tracker_resource_id: number | null
  synced_at: string | null
  sync_status: SyncStatus
  job_id: number | null
  job_title: string | null
}

const SELECT = `c.*, jc.stage, l.tracker_resource_id, l.synced_at, (${SYNC_STATUS_SQL}) AS sync_status`

export async function exportCandidates(db: Db, file: string, jobId: number | null): Promise<{ rows: number; bytes: number }> {
  const oneJob = db.prepare(
    `SELECT ${SELECT}, jc.job_id, NULL AS job_title FROM job_candidates jc JOIN candidates c ON c.id = jc.candidate_id
     LEFT JOIN sync_ledger l ON l.candidate_id = c.id WHERE jc.job_id = ? AND jc.candidate_id > ? ORDER BY jc.candidate_id LIMIT ${PAGE}`
  )
  // All jobs: one row per job a candidate is on, or one row without a job.
  const allJobs = db.prepare(
    `SELECT ${SELECT}, jc.job_id, j.title AS job_title
       FROM (SELECT * FROM candidates WHERE id > ? ORDER BY id LIMIT ${PAGE}) c
       LEFT JOIN job_candidates jc ON jc.candidate_id = c.id LEFT JOIN jobs j ON j.id = jc.job_id
       LEFT JOIN sync_ledger l ON l.candidate_id = c.id ORDER BY c.id, jc.job_id`
  )
  const page = (after: number) => (jobId === null ? allJobs.all(after) : oneJob.all(jobId, after)) as ExportRow[]

  const partial = `${file}.partial-${process.pid}`
  const out = createWriteStream(partial)
  out.on('error', () => {}) // surfaced by the awaits below (events.once rejects on 'error')
  let rows = 0
  try {
    await write(out, CSV_BOM + csvRecord(exportHeaders(jobId === null)))
    for (let after = 0; ; ) {
      const list = page(after)
      if (list.length === 0) break
      await write(out, list.map((row) => csvRecord(cells(row, jobId === null))).join(''))
      rows += list.length
      after = list[list.length - 1].id
    }
    out.end()
    await once(out, 'finish')
    await rename(partial, file)
    return { rows, bytes: out.bytesWritten }
  } catch (error) {
    out.destroy()
    await rm(partial, { force: true })
    throw error
  }
}

function cells(row: ExportRow, allJobs: boolean): (string | number | null)[] {
  const value = (field: CsvField): string | number | null => {
    if (field === 'stage') return row.stage ? STAGE_LABELS[row.stage] : null
    if (field === 'trackerId') return row.tracker_resource_id
    return row[CANDIDATE_COLUMNS[field]]
  }
  const list = [...CSV_COLUMNS.map((c) => value(c.field)), SYNC_STATUS_EXPORT_LABELS[row.sync_status], row.synced_at]
  if (allJobs) list.push(row.job_id, row.job_title)
  return list
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain')
}
