// Who is applying or undoing an import right now (migration 008): the state of a sliced import or undo, its owner
// process and heartbeat. An import whose owner is gone (killed, crashed, the computer restarted) is "abandoned" and is
// rolled back by the next Tracker Sync to start on the folder.
import { hostname } from 'node:os'
import { processAlive } from '../lib/process-alive'
import type { Db } from './open'

export type ImportState = 'applying' | 'applied' | 'undoing' | 'undone'

/** An owner silent for this long is gone even if its process id was reused (a slice beats every ~0.4 s). */
const OWNER_STALE_MS = 120_000

export interface UnfinishedImport {
  id: number
  state: 'applying' | 'undoing'
  fileName: string
  jobTitle: string
  appliedAt: string
  rowsDone: number
  ownerPid: number | null
  ownerHost: string | null
  heartbeatAt: string | null
}

interface UnfinishedRow {
  id: number
  state: 'applying' | 'undoing'
  file_name: string
  job_title: string
  applied_at: string
  rows_total: number
  owner_pid: number | null
  owner_host: string | null
  heartbeat_at: string | null
}

export function unfinishedImports(db: Db): UnfinishedImport[] {
  const rows = db
    .prepare(
      `SELECT id, state, file_name, job_title, applied_at, rows_total, owner_pid, owner_host, heartbeat_at
         FROM csv_imports WHERE state IN ('applying','undoing') ORDER BY id`
    )
    .all() as UnfinishedRow[]
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    fileName: r.file_name,
    jobTitle: r.job_title,
    appliedAt: r.applied_at,
    rowsDone: r.rows_total,
    ownerPid: r.owner_pid,
    ownerHost: r.owner_host,
    heartbeatAt: r.heartbeat_at
  }))
}

/** Whether the process that owns an unfinished import or undo is still at it. */
export function ownerAlive(run: UnfinishedImport, now: number = Date.now()): boolean {
  if (run.ownerPid === process.pid && run.ownerHost === hostname()) return true
  const fresh = run.heartbeatAt !== null && now - Date.parse(run.heartbeatAt) < OWNER_STALE_MS
  if (run.ownerHost !== hostname()) return fresh // another computer (a folder on a network drive): the heartbeat decides
  return fresh && run.ownerPid !== null && processAlive(run.ownerPid)
}

// Heartbeats are wall-clock time, not the app's clock (which tests set): other processes judge them by their own.
const wallClock = () => new Date().toISOString()

/**
 * Makes this process the owner of an import that is in state `from` with the heartbeat `lastBeat` (null: no owner),
 * moving it to `to` and beating now. False when either has changed since they were read: another process got there
 * first (two processes starting at once both find an abandoned import; one rolls it back).
 */
export function claimImport(db: Db, id: number, from: ImportState, lastBeat: string | null, to: 'applying' | 'undoing'): boolean {
  return (
    db
      .prepare('UPDATE csv_imports SET state = ?, owner_pid = ?, owner_host = ?, heartbeat_at = ? WHERE id = ? AND state = ? AND heartbeat_at IS ?')
      .run(to, process.pid, hostname(), wallClock(), id, from, lastBeat).changes > 0
  )
}

export function heartbeatOf(db: Db, id: number): string | null {
  return (db.prepare('SELECT heartbeat_at FROM csv_imports WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null
}

/** The owner's heartbeat; while an import applies, with the rows done so far (other processes show them). */
export function beatImport(db: Db, id: number, rowsDone?: number): void {
  if (rowsDone === undefined) db.prepare('UPDATE csv_imports SET heartbeat_at = ? WHERE id = ?').run(wallClock(), id)
  else db.prepare('UPDATE csv_imports SET heartbeat_at = ?, rows_total = ? WHERE id = ?').run(wallClock(), rowsDone, id)
}

export function settleImport(db: Db, id: number, state: 'applied' | 'undone', at: string): void {
  db.prepare(
    `UPDATE csv_imports SET state = ?, owner_pid = NULL, owner_host = NULL, heartbeat_at = NULL,
            undone_at = CASE WHEN ? = 'undone' THEN ? ELSE undone_at END WHERE id = ?`
  ).run(state, state, at, id)
}

/** An import rolled back before it was ever applied leaves no history (as an import refused at its first slice). */
export function forgetImport(db: Db, id: number): void {
  db.prepare('DELETE FROM csv_imports WHERE id = ?').run(id)
}
