// Lookups that keep one person one candidate: who already has an email or LinkedIn key, which ids exist, who is
// already on a job. Keys are the ones candidateKeys() stores, so this matches exactly what the duplicate check uses.
import type { Db } from './open'
import { statement } from './statements'

export interface SamePerson {
  id: number
  fullName: string
  /** The jobs the stored candidate is on, oldest first. */
  jobs: { id: number; title: string }[]
}

/**
 * The oldest stored candidate with this email key or LinkedIn key (oldest, because twins made before this check
 * existed may share it: the first one is the one the rest of the history hangs on). Null when nobody has it.
 */
export function findByKey(db: Db, column: 'email_key' | 'linkedin_key', key: string | null): SamePerson | null {
  if (key === null) return null
  const sql =
    column === 'email_key'
      ? 'SELECT id, full_name AS fullName FROM candidates WHERE email_key = ? ORDER BY id LIMIT 1'
      : 'SELECT id, full_name AS fullName FROM candidates WHERE linkedin_key = ? ORDER BY id LIMIT 1'
  const row = statement(db, sql).get(key) as { id: number; fullName: string } | undefined
  if (!row) return null
  return { ...row, jobs: jobsOfCandidate(db, row.id) }
}

/** The jobs a stored candidate is on, oldest first; `exceptJobId` leaves one out (the job they are being added to). */
export function jobsOfCandidate(db: Db, candidateId: number, exceptJobId: number | null = null): SamePerson['jobs'] {
  return statement(
    db,
    `SELECT j.id, j.title FROM job_candidates jc JOIN jobs j ON j.id = jc.job_id
      WHERE jc.candidate_id = ? AND jc.job_id IS NOT ? ORDER BY jc.added_at, j.id`
  ).all(candidateId, exceptJobId) as SamePerson['jobs']
}

/** The ids of the list that name no stored candidate, in the list's order. */
export function missingCandidateIds(db: Db, ids: readonly number[]): number[] {
  return (
    statement(db, 'SELECT value AS id FROM json_each(?) WHERE value NOT IN (SELECT id FROM candidates) ORDER BY key').all(JSON.stringify(ids)) as {
      id: number
    }[]
  ).map((r) => r.id)
}

/** The ids of the list already on the job. */
export function idsOnJob(db: Db, jobId: number, ids: readonly number[]): Set<number> {
  const rows = statement(db, 'SELECT candidate_id AS id FROM job_candidates WHERE job_id = ? AND candidate_id IN (SELECT value FROM json_each(?))').all(
    jobId,
    JSON.stringify(ids)
  ) as { id: number }[]
  return new Set(rows.map((r) => r.id))
}
