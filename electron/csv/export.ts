// Writing candidates to a CSV file: the template's columns, then sync status and time (and, for all jobs, the job).
// UTF-8 with BOM, CRLF, every cell formula-escaped (shared/csv/formula.ts) so that the importer gets the values back
// exactly. Streams a page of candidates at a time into a temporary file that takes the target's name only when
// complete, and replaces an existing file only when asked (lib/safe-output.ts).
// Pages are read with short queries, never an open cursor, and the event loop gets a turn after each, so the sync
// worker is free to use the connection between pages.
//
// 100,000 rows are ~50 MB, so the per-row work is kept small: the queries select exactly the exported cells, in file
// order, as arrays (no row objects, no unused columns), and cells are encoded straight into a reused byte buffer
// (utf8-file.ts) that is written every ~512 KB: memory stays flat at about a megabyte beyond SQLite's own.
import { setImmediate } from 'node:timers/promises'
import { CSV_BOM, CSV_COLUMNS, CSV_EOL, csvCell, csvRecord, exportHeaders, SYNC_STATUS_EXPORT_LABELS, type CsvField } from '../../shared/csv'
import { STAGE_LABELS, type Stage, type SyncStatus } from '../../shared/domain'
import { CANDIDATE_COLUMNS } from '../db/candidates'
import { exportScopeSql, type ExportScope } from '../db/export-scope'
import type { Db } from '../db/open'
import { SYNC_STATUS_SQL } from '../db/sync-status'
import { writeOutput, type OutputOptions } from '../lib/safe-output'
import { Utf8File } from './utf8-file'

const PAGE = 500
/** Bytes gathered before a write to the file (about two pages). */
const FLUSH_AT = 512 * 1024
const COMMA = 0x2c

const columnSql = (field: CsvField): string =>
  field === 'stage' ? 'jc.stage' : field === 'trackerId' ? 'l.tracker_resource_id' : `c.${CANDIDATE_COLUMNS[field]}`

// The cells of a row in file order, then the candidate id (for paging, not written).
const CELLS_SQL = [...CSV_COLUMNS.map((c) => columnSql(c.field)), `(${SYNC_STATUS_SQL})`, 'l.synced_at'].join(', ')
const STAGE_CELL = CSV_COLUMNS.findIndex((c) => c.field === 'stage')
const STATUS_CELL = CSV_COLUMNS.length

type Cell = string | number | null

export async function exportCandidates(
  db: Db,
  file: string,
  jobId: number | null,
  options: OutputOptions & { scope?: ExportScope } = {}
): Promise<{ rows: number; bytes: number }> {
  const scope = exportScopeSql(options.scope ?? {}, jobId !== null)
  // Only the query this export uses is prepared: the scope's conditions name the job's row only in the first.
  const query =
    jobId !== null
      ? db.prepare(
          `SELECT ${CELLS_SQL}, c.id FROM job_candidates jc JOIN candidates c ON c.id = jc.candidate_id
           LEFT JOIN sync_ledger l ON l.candidate_id = c.id WHERE jc.job_id = ? AND jc.candidate_id > ?${scope.sql}
           ORDER BY jc.candidate_id LIMIT ${PAGE}`
        )
      : // All jobs: one row per job a candidate is on, or one row without a job. The page of candidates is picked
        // first (with the scope), then their jobs.
        db.prepare(
          `SELECT ${CELLS_SQL}, jc.job_id, j.title, c.id
             FROM (SELECT c.* FROM candidates c LEFT JOIN sync_ledger l ON l.candidate_id = c.id
                   WHERE c.id > ?${scope.sql} ORDER BY c.id LIMIT ${PAGE}) c
             LEFT JOIN job_candidates jc ON jc.candidate_id = c.id LEFT JOIN jobs j ON j.id = jc.job_id
             LEFT JOIN sync_ledger l ON l.candidate_id = c.id ORDER BY c.id, jc.job_id`
        )
  query.raw(true)
  const page = (after: number) => (jobId === null ? query.all(after, ...scope.params) : query.all(jobId, after, ...scope.params)) as Cell[][]

  return writeOutput(
    file,
    async (handle) => {
      const out = new Utf8File(handle)
      let rows = 0
      out.text(CSV_BOM + csvRecord(exportHeaders(jobId === null)))
      for (let after = 0; ;) {
        const list = page(after)
        if (list.length === 0) break
        for (const row of list) record(out, row)
        rows += list.length
        const last = list[list.length - 1]
        after = last[last.length - 1] as number // the candidate id, selected last
        if (out.buffered >= FLUSH_AT) await out.flush()
        else await setImmediate() // between pages the connection and the event loop are free, flushed or not
      }
      await out.flush()
      return { rows, bytes: out.bytes }
    },
    options
  )
}

/** One row of the queries above as a CSV record: stage and sync status as their labels, the id left out. */
function record(out: Utf8File, row: Cell[]): void {
  const stage = row[STAGE_CELL] as Stage | null
  row[STAGE_CELL] = stage ? STAGE_LABELS[stage] : null
  row[STATUS_CELL] = SYNC_STATUS_EXPORT_LABELS[row[STATUS_CELL] as SyncStatus]
  out.text(csvCell(row[0]))
  for (let i = 1; i < row.length - 1; i++) {
    out.ascii(COMMA)
    out.text(csvCell(row[i]))
  }
  out.text(CSV_EOL)
}
