// The review table's queries: one window of rows (offset/limit) with the total, the ids of a range, and one
// candidate's profile. Rows are candidates (each once); with a job chosen, only that job's candidates with their
// stage in it. Sync status comes from the one definition in sync-status.ts.
import type { CandidateJobEntry, CandidateSyncInfo, ReviewFilter, ReviewRow, ReviewSort } from '../../shared/api'
import type { LedgerHow, MatchField, Stage, SyncStatus } from '../../shared/domain'
import type { Db } from './open'
import { DUE_SQL } from './queue-states'
import { searchConditions } from './search-terms'
import { SYNC_STATUS_SQL, syncStatusFilterSql } from './sync-status'

interface Built {
  /** FROM … WHERE … with only the joins this filter needs; `c` is the candidate when joined, `jc` its job row. */
  from: string
  params: unknown[]
  /** The candidate id column in `from` (jc.candidate_id in job mode, so the job's own index gives the order). */
  idCol: string
  /** For the row query: the join condition of the row's stage `s` (its job row), on candidate `c`. */
  stageJoin: string
  stageParams: unknown[]
}

/**
 * The FROM/WHERE of a filter. Joins are added only when something needs them: a count of one job's candidates
 * reads that job's index alone; the candidates table is joined for a search, a name order or a sync status, the
 * ledger for a sync status.
 */
function build(filter: ReviewFilter, sortedByName: boolean): Built {
  const where: string[] = []
  const params: unknown[] = []
  const byJob = filter.jobId != null
  // One job in name order: walking the name index and checking membership beats sorting the job's rows.
  const jobAsCondition = byJob && sortedByName
  const needCandidate = !byJob || jobAsCondition || !!filter.search?.trim() || !!filter.syncStatus
  const joins: string[] = []
  // Rows just moved out of the filtered stage stay listed (the renderer dims them) until the filter changes.
  const keep = filter.keepIds?.length ? filter.keepIds : []
  const stageSql = keep.length ? `(jc.stage = ? OR jc.candidate_id IN (${keep.map(() => '?').join(', ')}))` : 'jc.stage = ?'
  if (jobAsCondition) {
    where.push(`EXISTS (SELECT 1 FROM job_candidates jc WHERE jc.job_id = ? AND jc.candidate_id = c.id${filter.stage ? ` AND ${stageSql}` : ''})`)
    params.push(filter.jobId, ...(filter.stage ? [filter.stage, ...keep] : []))
  } else if (byJob) {
    if (needCandidate) joins.push('JOIN candidates c ON c.id = jc.candidate_id')
    where.push('jc.job_id = ?')
    params.push(filter.jobId)
    if (filter.stage) {
      where.push(stageSql)
      params.push(filter.stage, ...keep)
    }
  } else if (filter.stage) {
    where.push('EXISTS (SELECT 1 FROM job_candidates x WHERE x.candidate_id = c.id AND x.stage = ?)')
    params.push(filter.stage)
  }
  if (filter.syncStatus) joins.push('LEFT JOIN sync_ledger l ON l.candidate_id = c.id')
  // Every word must appear in the name, the email, the company or the title.
  const search = searchConditions(filter.search, { nameKeys: ['c.name_key'], text: ['c.email', 'c.current_company', 'c.current_title'] })
  where.push(...search.sql)
  params.push(...search.params)
  if (filter.syncStatus) where.push(syncStatusFilterSql(filter.syncStatus))
  const base = byJob && !jobAsCondition ? 'job_candidates jc' : 'candidates c'
  return {
    from: `${base} ${joins.join(' ')}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    params,
    idCol: byJob && !jobAsCondition ? 'jc.candidate_id' : 'c.id',
    // With a job: the row of that job. Without: the candidate's most recently moved job (at the filtered stage).
    stageJoin: byJob
      ? 's.job_id = ? AND s.candidate_id = c.id'
      : `s.rowid = (SELECT x.rowid FROM job_candidates x WHERE x.candidate_id = c.id${filter.stage ? ' AND x.stage = ?' : ''}
          ORDER BY x.stage_changed_at DESC, x.job_id DESC LIMIT 1)`,
    stageParams: byJob ? [filter.jobId] : filter.stage ? [filter.stage] : []
  }
}

const byName = (sort: ReviewSort | undefined) => sort === 'name' || sort === 'name_desc'

/**
 * Row order per sort, always ending in the id so it is total: `inner` picks the window (in `from`'s aliases),
 * `outer` keeps that order once the rows are filled in. Name order uses the candidates_full_name_nocase index
 * (migration 006); with a job chosen, id order comes from the job's own primary key (no sort step).
 */
function orderOf(sort: ReviewSort | undefined, idCol: string): { inner: string; outer: string } {
  switch (sort ?? 'newest') {
    case 'newest':
      return { inner: `${idCol} DESC`, outer: 'c.id DESC' }
    case 'oldest':
      return { inner: `${idCol} ASC`, outer: 'c.id ASC' }
    case 'name':
      return { inner: 'c.full_name COLLATE NOCASE ASC, c.id ASC', outer: 'c.full_name COLLATE NOCASE ASC, c.id ASC' }
    case 'name_desc':
      return { inner: 'c.full_name COLLATE NOCASE DESC, c.id DESC', outer: 'c.full_name COLLATE NOCASE DESC, c.id DESC' }
  }
}

export function reviewCount(db: Db, filter: ReviewFilter): number {
  const { from, params } = build(filter, false)
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${from}`).get(...params) as { n: number }).n
}

interface ReviewSqlRow {
  id: number
  full_name: string
  email: string | null
  current_title: string | null
  current_company: string | null
  city: string | null
  state: string | null
  country: string | null
  has_warning: number
  sync_status: SyncStatus
  tracker_resource_id: number | null
  queued_until: string | null
  stage: Stage | null
  stage_job_id: number | null
  stage_job_title: string | null
  stage_changed_at: string | null
  job_count: number
}

/**
 * One window of rows, in a stable order (ties broken by id) so that windows fetched at different times line up.
 * The inner query picks only the window's ids; the costly columns (sync status, stage, job title, counts) are
 * computed for those rows alone. CROSS JOIN keeps the window as the outer loop (SQLite would otherwise walk all
 * candidates in the final order and probe the window for each).
 */
export function reviewRows(db: Db, filter: ReviewFilter, offset: number, limit: number): ReviewRow[] {
  const built = build(filter, byName(filter.sort))
  const order = orderOf(filter.sort, built.idCol)
  const sql = `
    SELECT c.id, c.full_name, c.email, c.current_title, c.current_company, c.city, c.state, c.country,
      c.duplicate_warning IS NOT NULL AS has_warning, (${SYNC_STATUS_SQL}) AS sync_status, l.tracker_resource_id,
      (SELECT MIN(q.next_run_at) FROM sync_queue q WHERE q.candidate_id = c.id AND q.state IN ${DUE_SQL}) AS queued_until,
      s.stage, s.job_id AS stage_job_id, j.title AS stage_job_title, s.stage_changed_at,
      (SELECT COUNT(*) FROM job_candidates y WHERE y.candidate_id = c.id) AS job_count
    FROM (SELECT ${built.idCol} AS id FROM ${built.from} ORDER BY ${order.inner} LIMIT ? OFFSET ?) p
    CROSS JOIN candidates c ON c.id = p.id
    LEFT JOIN sync_ledger l ON l.candidate_id = c.id
    LEFT JOIN job_candidates s ON ${built.stageJoin}
    LEFT JOIN jobs j ON j.id = s.job_id
    ORDER BY ${order.outer}`
  const rows = db.prepare(sql).all(...built.params, limit, offset, ...built.stageParams) as ReviewSqlRow[]
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    email: row.email,
    currentTitle: row.current_title,
    currentCompany: row.current_company,
    location: [row.city, row.state, row.country].filter(Boolean).join(', ') || null,
    stage: row.stage,
    stageJobId: row.stage_job_id,
    stageJobTitle: row.stage_job_title,
    stageChangedAt: row.stage_changed_at,
    jobCount: row.job_count,
    syncStatus: row.sync_status,
    trackerResourceId: row.tracker_resource_id,
    queuedUntil: row.queued_until,
    hasDuplicateWarning: row.has_warning === 1
  }))
}

/** The ids of rows offset … offset+limit, in table order (range and "select all" selection). */
export function reviewIds(db: Db, filter: ReviewFilter, offset: number, limit: number): number[] {
  const { from, params, idCol } = build(filter, byName(filter.sort))
  const order = orderOf(filter.sort, idCol).inner
  const rows = db.prepare(`SELECT ${idCol} AS id FROM ${from} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as { id: number }[]
  return rows.map((row) => row.id)
}

/** The jobs a candidate is on, with its stage in each, most recently moved first. */
export function candidateJobEntries(db: Db, candidateId: number): CandidateJobEntry[] {
  return db
    .prepare(
      `SELECT jc.job_id AS jobId, j.title AS jobTitle, j.company, jc.stage, jc.stage_changed_at AS stageChangedAt, jc.added_at AS addedAt
       FROM job_candidates jc JOIN jobs j ON j.id = jc.job_id WHERE jc.candidate_id = ?
       ORDER BY jc.stage_changed_at DESC, jc.job_id DESC`
    )
    .all(candidateId) as CandidateJobEntry[]
}

/** A candidate's sync status and, when it is in TrackerRMS, how it got there. Null for an unknown candidate. */
export function candidateSyncInfo(db: Db, candidateId: number): CandidateSyncInfo | null {
  const row = db
    .prepare(
      `SELECT (${SYNC_STATUS_SQL}) AS status, l.tracker_resource_id, l.how, l.matched_on, l.synced_at, l.synced_by
       FROM candidates c LEFT JOIN sync_ledger l ON l.candidate_id = c.id WHERE c.id = ?`
    )
    .get(candidateId) as
    | {
        status: SyncStatus
        tracker_resource_id: number | null
        how: LedgerHow | null
        matched_on: MatchField | null
        synced_at: string | null
        synced_by: string | null
      }
    | undefined
  if (!row) return null
  return {
    status: row.status,
    trackerResourceId: row.tracker_resource_id,
    how: row.how,
    matchedOn: row.matched_on,
    syncedAt: row.synced_at,
    syncedBy: row.synced_by
  }
}
