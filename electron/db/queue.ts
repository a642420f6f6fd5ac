import {
  type ExportDecision,
  type ExportOrigin,
  type QueueCapability,
  type QueueItem,
  type QueueState,
  type QueueStep,
  type RecordHow
} from '../../shared/domain'
import type { Db } from './open'
import { ACTIVE_SQL, BUSY_SQL, DUE_SQL, sqlStates } from './queue-states'

export type { QueueItem }

export interface QueueRow {
  id: number
  candidate_id: number
  job_id: number | null
  tracker_job_id: number | null
  origin: ExportOrigin
  event_id: number | null
  state: QueueState
  waiting_for: QueueCapability | null
  step: QueueStep
  attempts: number
  next_run_at: string
  tracker_resource_id: number | null
  checked_at: string | null
  create_sent_at: string | null
  list_sent_at: string | null
  listed_at: string | null
  decision: ExportDecision | null
  decision_resource_id: number | null
  record_how: RecordHow | null
  last_error: string | null
  created_at: string
  updated_at: string
}

export const toQueueItem = (row: QueueRow): QueueItem => ({
  id: row.id,
  candidateId: row.candidate_id,
  jobId: row.job_id,
  trackerJobId: row.tracker_job_id,
  origin: row.origin,
  eventId: row.event_id,
  state: row.state,
  waitingFor: row.waiting_for,
  step: row.step,
  attempts: row.attempts,
  nextRunAt: row.next_run_at,
  trackerResourceId: row.tracker_resource_id,
  checkedAt: row.checked_at,
  createSentAt: row.create_sent_at,
  listSentAt: row.list_sent_at,
  listedAt: row.listed_at,
  decision: row.decision,
  decisionResourceId: row.decision_resource_id,
  recordHow: row.record_how,
  lastError: row.last_error,
  createdAt: row.created_at,
  updatedAt: row.updated_at
})

export function insertQueueItem(
  db: Db,
  item: {
    candidateId: number
    jobId: number | null
    trackerJobId: number | null
    origin: ExportOrigin
    eventId: number | null
    nextRunAt: string
    /** Decided in the export preview (a doubtful match): link to that record, or create a new one. */
    decision?: { decision: ExportDecision; resourceId: number | null }
  },
  now: string
): QueueItem {
  const row = db
    .prepare(
      `INSERT INTO sync_queue (candidate_id, job_id, tracker_job_id, origin, event_id, next_run_at, decision, decision_resource_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`
    )
    .get(
      item.candidateId,
      item.jobId,
      item.trackerJobId,
      item.origin,
      item.eventId,
      item.nextRunAt,
      item.decision?.decision ?? null,
      item.decision?.resourceId ?? null,
      now,
      now
    ) as QueueRow
  return toQueueItem(row)
}

export function getQueueItem(db: Db, id: number): QueueItem | null {
  const row = db.prepare('SELECT * FROM sync_queue WHERE id = ?').get(id) as QueueRow | undefined
  return row ? toQueueItem(row) : null
}

/** The unfinished export of this candidate for this (local job, TrackerRMS job), if any. */
export function findActiveItem(db: Db, candidateId: number, jobId: number | null, trackerJobId: number | null): QueueItem | null {
  const row = db
    .prepare(
      `SELECT * FROM sync_queue WHERE candidate_id = ? AND job_id IS ? AND tracker_job_id IS ? AND state IN ${ACTIVE_SQL}
       ORDER BY id LIMIT 1`
    )
    .get(candidateId, jobId, trackerJobId) as QueueRow | undefined
  return row ? toQueueItem(row) : null
}

/** True when an earlier export already put this candidate on that TrackerRMS job's list. */
export function hasListedOn(db: Db, candidateId: number, trackerJobId: number): boolean {
  return !!db.prepare(`SELECT 1 FROM sync_queue WHERE candidate_id = ? AND tracker_job_id = ? AND state = 'done' LIMIT 1`).get(candidateId, trackerJobId)
}

/** Trigger-origin items of a candidate in a job that have not started yet (still inside the grace delay). */
export function waitingTriggerItems(db: Db, candidateId: number, jobId: number): QueueItem[] {
  const rows = db
    .prepare(
      `SELECT * FROM sync_queue WHERE candidate_id = ? AND job_id = ? AND origin = 'trigger'
       AND state = 'pending' AND step = 'queued' AND attempts = 0`
    )
    .all(candidateId, jobId) as QueueRow[]
  return rows.map(toQueueItem)
}

/**
 * Due items in order, at most one per candidate and none for a candidate that already has one running.
 * `dueBy` is compared with next_run_at; pass a far-future time to ignore delays.
 */
export function dueItems(db: Db, dueBy: string, limit: number, excludeIds: number[] = []): QueueItem[] {
  const rows = db
    .prepare(
      `SELECT * FROM sync_queue q
       WHERE q.state IN ${DUE_SQL} AND q.next_run_at <= ?
         AND NOT EXISTS (SELECT 1 FROM sync_queue r WHERE r.candidate_id = q.candidate_id AND r.state = 'running')
       ORDER BY q.next_run_at, q.id LIMIT ?`
    )
    .all(dueBy, limit + excludeIds.length + 50) as QueueRow[]
  const seen = new Set<number>()
  const excluded = new Set(excludeIds)
  const out: QueueItem[] = []
  for (const row of rows) {
    if (excluded.has(row.id) || seen.has(row.candidate_id)) continue
    seen.add(row.candidate_id)
    out.push(toQueueItem(row))
    if (out.length >= limit) break
  }
  return out
}

/** Claims an item for this worker; false when someone else (another process) took it first. */
export function claimItem(db: Db, id: number, now: string): boolean {
  const result = db
    .prepare(
      `UPDATE sync_queue SET state = 'running', updated_at = ? WHERE id = ? AND state IN ${DUE_SQL}
       AND NOT EXISTS (SELECT 1 FROM sync_queue r WHERE r.candidate_id = sync_queue.candidate_id AND r.state = 'running')`
    )
    .run(now, id)
  return result.changes === 1
}

export type QueueChange = Partial<
  Pick<
    QueueItem,
    | 'state'
    | 'waitingFor'
    | 'step'
    | 'attempts'
    | 'nextRunAt'
    | 'trackerResourceId'
    | 'checkedAt'
    | 'createSentAt'
    | 'listSentAt'
    | 'listedAt'
    | 'decision'
    | 'decisionResourceId'
    | 'recordHow'
    | 'lastError'
  >
>

const COLUMNS: Record<keyof QueueChange, string> = {
  state: 'state',
  waitingFor: 'waiting_for',
  step: 'step',
  attempts: 'attempts',
  nextRunAt: 'next_run_at',
  trackerResourceId: 'tracker_resource_id',
  checkedAt: 'checked_at',
  createSentAt: 'create_sent_at',
  listSentAt: 'list_sent_at',
  listedAt: 'listed_at',
  decision: 'decision',
  decisionResourceId: 'decision_resource_id',
  recordHow: 'record_how',
  lastError: 'last_error'
}

/** Writes columns of one item. Only the export state machine (sync/queue-machine.ts) calls this. */
export function updateQueueItem(db: Db, id: number, change: QueueChange, now: string): void {
  const columns = COLUMNS
  const keys = Object.keys(change) as (keyof typeof change)[]
  const sets = keys.map((key) => `${columns[key]} = ?`)
  db.prepare(`UPDATE sync_queue SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...keys.map((k) => change[k] ?? null), now, id)
}

/** True when an export of this candidate sent a create whose record id was never recorded (it may exist). */
export function createSentWithoutRecord(db: Db, candidateId: number): boolean {
  return !!db.prepare('SELECT 1 FROM sync_queue WHERE candidate_id = ? AND create_sent_at IS NOT NULL AND tracker_resource_id IS NULL LIMIT 1').get(candidateId)
}

/** Ids of items in these states (for the state machine's bulk moves). */
/** Items in these states (and, given `waitingFor`, waiting for one of those capabilities). */
export function idsInStates(db: Db, states: readonly QueueState[], waitingFor?: readonly QueueCapability[]): number[] {
  const capabilities = waitingFor ? ` AND waiting_for IN (SELECT value FROM json_each(?))` : ''
  const args = waitingFor ? [JSON.stringify(waitingFor)] : []
  return (db.prepare(`SELECT id FROM sync_queue WHERE state IN ${sqlStates(states)}${capabilities}`).all(...args) as { id: number }[]).map((r) => r.id)
}

/** Running items whose worker stopped renewing them (crash, kill, closed app). */
export function staleRunningItems(db: Db, staleBefore: string): QueueItem[] {
  return (db.prepare(`SELECT * FROM sync_queue WHERE state = 'running' AND updated_at < ?`).all(staleBefore) as QueueRow[]).map(toQueueItem)
}

/** Heartbeat for running items, so another process can tell a live worker from a dead one. */
export function touchItems(db: Db, ids: number[], now: string): void {
  const stmt = db.prepare(`UPDATE sync_queue SET updated_at = ? WHERE id = ? AND state = 'running'`)
  for (const id of ids) stmt.run(now, id)
}

export function listQueue(db: Db, filter: { states?: QueueState[]; candidateId?: number; limit?: number } = {}): QueueItem[] {
  const where: string[] = []
  const args: (string | number)[] = []
  if (filter.states?.length) {
    where.push(`state IN (${filter.states.map(() => '?').join(',')})`)
    args.push(...filter.states)
  }
  if (filter.candidateId !== undefined) {
    where.push('candidate_id = ?')
    args.push(filter.candidateId)
  }
  const sql = `SELECT * FROM sync_queue ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`
  return (db.prepare(sql).all(...args, filter.limit ?? 1000) as QueueRow[]).map(toQueueItem)
}

export function nextDueTime(db: Db): string | null {
  const row = db.prepare(`SELECT MIN(next_run_at) AS at FROM sync_queue WHERE state IN ${DUE_SQL}`).get() as { at: string | null }
  return row.at
}

/** Exports the queue still has to work on (not those parked waiting for a capability). */
export function countBusy(db: Db): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM sync_queue WHERE state IN ${BUSY_SQL}`).get() as { n: number }).n
}

/** Items parked in 'waiting' (for any capability, or for one of these). */
export function countWaiting(db: Db, waitingFor?: readonly QueueCapability[]): number {
  const sql = `SELECT COUNT(*) AS n FROM sync_queue WHERE state = 'waiting'${waitingFor ? ' AND waiting_for IN (SELECT value FROM json_each(?))' : ''}`
  return (db.prepare(sql).get(...(waitingFor ? [JSON.stringify(waitingFor)] : [])) as { n: number }).n
}

export function insertAttempt(
  db: Db,
  attempt: { queueId: number | null; candidateId: number; step: string; outcome: string; message: string | null },
  at: string
): void {
  db.prepare('INSERT INTO sync_attempts (queue_id, candidate_id, step, outcome, message, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    attempt.queueId,
    attempt.candidateId,
    attempt.step,
    attempt.outcome,
    attempt.message,
    at
  )
}

export interface AttemptRow {
  id: number
  queueId: number | null
  candidateId: number
  step: string
  outcome: string
  message: string | null
  at: string
}

export function listAttempts(db: Db, filter: { candidateId?: number; queueId?: number }): AttemptRow[] {
  const where = filter.candidateId !== undefined ? 'candidate_id = ?' : 'queue_id = ?'
  return db
    .prepare(`SELECT id, queue_id AS queueId, candidate_id AS candidateId, step, outcome, message, at FROM sync_attempts WHERE ${where} ORDER BY id`)
    .all(filter.candidateId ?? filter.queueId) as AttemptRow[]
}
