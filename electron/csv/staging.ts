// Pass 1 of an import writes every row here: a private temporary SQLite database (an empty file name makes SQLite
// create one on disk and delete it on close, or when the process dies). It never touches the app's database, so a
// crash mid-import leaves nothing behind, and memory stays flat for any number of rows.
import Database from 'better-sqlite3'
import type { CandidateFields } from '../../shared/domain'
import type { DuplicateField, RowProblem } from '../../shared/csv'
import {
  FIELD_COLUMN, fieldsFrom, PagedRow, toOutcome,
  type JobKeys, type OutcomeRecord, type PageRecord, type RowOutcome, type RowSource, type StagedInput, type StagedRow
} from './staged-row'

export type { JobKeys, RowOutcome, StagedInput, StagedRow }

const DUPLICATE_KEYS: [DuplicateField, string][] = [['trackerId', 'tracker_id'], ['email', 'email_key'], ['linkedin', 'linkedin_key'], ['name', 'name_key']]

const ROWS_PER_INSERT = 100
const ROWS_PER_TRANSACTION = 2000

const json = (list: RowProblem[]) => (list.length ? JSON.stringify(list) : null)

export class Staging implements RowSource {
  private readonly db = new Database('')
  private readonly insertRow
  /** Many rows per statement: fewer calls into SQLite for the 100,000 rows of a big file. */
  private readonly insertRows
  private readonly insertOutcome
  private pending: StagedInput[] = []
  private errorTotal = 0
  private warningTotal = 0
  private invalidTotal = 0

  constructor() {
    this.db.pragma('journal_mode = OFF')
    this.db.pragma('synchronous = OFF')
    this.db.exec(`
      CREATE TABLE rows (
        row INTEGER PRIMARY KEY, valid INTEGER NOT NULL, ${FIELD_COLUMN.map(([, column]) => `${column} TEXT`).join(', ')},
        stage TEXT, tracker_id INTEGER,
        email_key TEXT, linkedin_key TEXT, name_key TEXT,
        errors TEXT, warnings TEXT, n_errors INTEGER NOT NULL, n_warnings INTEGER NOT NULL,
        dup_row INTEGER, dup_field TEXT, dup_value TEXT, is_target INTEGER NOT NULL DEFAULT 0,
        job_cid INTEGER, job_name TEXT, job_field TEXT, job_value TEXT
      );
      CREATE TABLE job_keys (
        id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, tracker_id INTEGER, email_key TEXT, linkedin_key TEXT, name_key TEXT
      );
      CREATE TABLE outcomes (
        row INTEGER PRIMARY KEY, action TEXT NOT NULL, candidate_id INTEGER,
        dup_field TEXT, dup_value TEXT, dup_row INTEGER, dup_candidate_id INTEGER, dup_candidate_name TEXT,
        warnings TEXT, n_warnings INTEGER NOT NULL, target_row INTEGER
      );
    `)
    const rowSql = (n: number) =>
      `INSERT INTO rows (row, valid, ${FIELD_COLUMN.map(([, column]) => column).join(', ')}, stage, tracker_id, email_key, linkedin_key,
                         name_key, errors, warnings, n_errors, n_warnings)
       VALUES ${Array.from({ length: n }, () => `(${Array.from({ length: 11 + FIELD_COLUMN.length }, () => '?').join(', ')})`).join(', ')}`
    this.insertRow = this.db.prepare(rowSql(1))
    this.insertRows = this.db.prepare(rowSql(ROWS_PER_INSERT))
    this.insertOutcome = this.db.prepare(
      `INSERT OR REPLACE INTO outcomes (row, action, candidate_id, dup_field, dup_value, dup_row, dup_candidate_id, dup_candidate_name, warnings, n_warnings, target_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
  }

  /** Buffered, and written a few thousand rows per transaction (each commit rewrites the pages it touched). */
  addRows(rows: StagedInput[]): void {
    for (const row of rows) this.pending.push(row)
    if (this.pending.length >= ROWS_PER_TRANSACTION) this.flush()
  }

  /** Writes the buffered rows; every method that reads rows calls it first. */
  flush(): void {
    if (this.pending.length === 0) return
    const rows = this.pending
    this.pending = []
    const values = (r: StagedInput) => {
      const valid = r.fields !== null
      this.errorTotal += r.errors.length
      this.warningTotal += r.warnings.length
      if (!valid) this.invalidTotal++
      const fields = r.fields
      return [
        r.row, valid ? 1 : 0, ...FIELD_COLUMN.map(([field]) => (fields ? fields[field] : null)), r.stage, valid ? r.trackerId : null,
        valid ? r.keys.email : null, valid ? r.keys.linkedin : null, valid ? r.keys.name : null,
        json(r.errors), json(r.warnings), r.errors.length, r.warnings.length
      ]
    }
    this.db.transaction(() => {
      let i = 0
      for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) this.insertRows.run(rows.slice(i, i + ROWS_PER_INSERT).flatMap(values))
      for (; i < rows.length; i++) this.insertRow.run(values(rows[i]))
    })()
  }

  /**
   * Marks each valid row that is the same person as an earlier valid row: same TrackerRMS id, else email, else
   * LinkedIn URL, else full name (the sync's order). The earliest such row is named.
   */
  markDuplicatesInFile(): void {
    this.flush()
    this.db.transaction(() => {
      for (const [field, column] of DUPLICATE_KEYS) {
        this.db.exec(`
          UPDATE rows SET dup_row = d.first, dup_field = '${field}', dup_value = rows.${column}
          FROM (SELECT ${column} AS k, MIN(row) AS first FROM rows WHERE valid = 1 AND ${column} IS NOT NULL
                GROUP BY ${column} HAVING COUNT(*) > 1) AS d
          WHERE rows.${column} = d.k AND rows.row > d.first AND rows.dup_row IS NULL AND rows.valid = 1`)
      }
      this.db.exec('UPDATE rows SET is_target = 1 WHERE row IN (SELECT dup_row FROM rows WHERE dup_row IS NOT NULL)')
    })()
  }

  /**
   * Marks each valid row that is the same person as a candidate of the job, from the job's candidates as they were
   * before the import: same TrackerRMS id, else email, else LinkedIn URL, else full name; the lowest id wins.
   * Set-based, so a 100,000-row file against a 100,000-candidate job costs a few joins, not 400,000 queries.
   */
  markJobMatches(candidates: Iterable<JobKeys>): void {
    this.flush()
    this.db.transaction(() => {
      this.db.exec('DELETE FROM job_keys; UPDATE rows SET job_cid = NULL, job_name = NULL, job_field = NULL, job_value = NULL WHERE job_cid IS NOT NULL')
      const insert = this.db.prepare('INSERT INTO job_keys (id, full_name, tracker_id, email_key, linkedin_key, name_key) VALUES (?, ?, ?, ?, ?, ?)')
      let any = false
      for (const c of candidates) {
        insert.run(c.id, c.full_name, c.tracker_id, c.email_key, c.linkedin_key, c.name_key)
        any = true
      }
      if (!any) return
      for (const [field, column] of DUPLICATE_KEYS) {
        this.db.exec(`
          UPDATE rows SET job_cid = m.id, job_field = '${field}', job_value = rows.${column}
          FROM (SELECT ${column} AS k, MIN(id) AS id FROM job_keys WHERE ${column} IS NOT NULL GROUP BY ${column}) AS m
          WHERE rows.valid = 1 AND rows.job_cid IS NULL AND rows.${column} = m.k`)
      }
      this.db.exec('UPDATE rows SET job_name = (SELECT full_name FROM job_keys WHERE job_keys.id = rows.job_cid) WHERE job_cid IS NOT NULL')
    })()
  }

  /**
   * Rows in file order, a page at a time (so the caller never holds them all). `withFields` reads the fields and
   * keys with the page (apply writes every row); otherwise fields and problems are read when first used (a dry run
   * looks at few of them).
   */
  page(afterRow: number, limit: number, withFields: boolean): StagedRow[] {
    this.flush()
    const details = withFields ? `${FIELD_COLUMN.map(([, column]) => column).join(', ')}, email_key, linkedin_key, name_key` : 'NULL AS none'
    const records = this.db
      .prepare(
        `SELECT row, valid, ${details}, stage, tracker_id, n_errors, n_warnings, dup_row, dup_field, dup_value, is_target,
                job_cid, job_name, job_field, job_value
           FROM rows WHERE row > ? ORDER BY row LIMIT ?`
      )
      .all(afterRow, limit) as PageRecord[]
    return records.map((r) => new PagedRow(this, r))
  }

  /** One column of one row, parsed from JSON (for rows whose page did not read it). */
  json<T>(row: number, column: 'errors' | 'warnings'): T | null {
    const record = this.db.prepare(`SELECT ${column} AS value FROM rows WHERE row = ?`).get(row) as { value: string | null } | undefined
    return record?.value ? (JSON.parse(record.value) as T) : null
  }

  fieldsOf(row: number): CandidateFields | null {
    const record = this.db.prepare(`SELECT valid, ${FIELD_COLUMN.map(([, column]) => column).join(', ')} FROM rows WHERE row = ?`).get(row) as
      | Record<string, unknown>
      | undefined
    return record?.valid === 1 ? fieldsFrom(record) : null
  }

  keysOf(row: number): StagedRow['keys'] {
    const r = this.db.prepare('SELECT email_key, linkedin_key, name_key FROM rows WHERE row = ?').get(row) as Record<string, string | null>
    return { email: r.email_key, linkedin: r.linkedin_key, name: r.name_key }
  }

  outcomeOf(row: number): RowOutcome | null {
    const record = this.db.prepare('SELECT * FROM outcomes WHERE row = ?').get(row) as OutcomeRecord | undefined
    return record ? toOutcome(record) : null
  }

  invalidRows(): number {
    this.flush()
    return this.invalidTotal
  }

  /** Outcomes the report or a later row needs (not plain new rows, which are most of a file). */
  saveOutcomes(outcomes: RowOutcome[]): void {
    this.db.transaction(() => {
      for (const o of outcomes) {
        this.warningTotal += o.warnings.length
        this.insertOutcome.run(
          o.row, o.action, o.candidateId, o.dupField, o.dupValue, o.dupRow, o.dupCandidateId, o.dupCandidateName,
          json(o.warnings), o.warnings.length, o.targetRow
        )
      }
    })()
  }

  /** Every error, in row order, up to `limit`; and the real total. */
  errors(limit: number): { list: RowProblem[]; total: number } {
    this.flush()
    if (this.errorTotal === 0) return { list: [], total: 0 }
    return { list: this.problems('SELECT errors AS list FROM rows WHERE n_errors > 0 ORDER BY row', limit), total: this.errorTotal }
  }

  /** Every warning (from reading the row and from planning it), in row order. */
  warnings(limit: number): { list: RowProblem[]; total: number } {
    this.flush()
    if (this.warningTotal === 0) return { list: [], total: 0 }
    const sql = `SELECT list FROM (SELECT row, warnings AS list FROM rows WHERE n_warnings > 0
                 UNION ALL SELECT row, warnings FROM outcomes WHERE n_warnings > 0) ORDER BY row`
    return { list: this.problems(sql, limit), total: this.warningTotal }
  }

  duplicates(limit: number): { list: RowOutcome[]; total: number } {
    const records = this.db.prepare('SELECT * FROM outcomes WHERE dup_field IS NOT NULL ORDER BY row LIMIT ?').all(limit) as OutcomeRecord[]
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM outcomes WHERE dup_field IS NOT NULL').get() as { n: number }).n
    return { total, list: records.map(toOutcome) }
  }

  private problems(listSql: string, limit: number): RowProblem[] {
    const list: RowProblem[] = []
    for (const record of this.db.prepare(listSql).iterate() as IterableIterator<{ list: string }>) {
      for (const problem of JSON.parse(record.list) as RowProblem[]) if (list.length < limit) list.push(problem)
      if (list.length >= limit) break
    }
    return list
  }

  close(): void {
    this.db.close()
  }
}
