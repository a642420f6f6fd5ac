import type { Candidate, CandidateFields, JobCandidate, Stage } from '../../shared/domain'
import { normalizeEmail, normalizeFullName, normalizeLinkedInUrl } from '../../shared/normalize'
import type { Db } from './open'
import { statement } from './statements'

interface CandidateRow {
  id: number
  first_name: string | null
  last_name: string | null
  full_name: string
  name_key: string
  email: string | null
  email_key: string | null
  phone: string | null
  linkedin_url: string | null
  linkedin_key: string | null
  city: string | null
  state: string | null
  country: string | null
  current_title: string | null
  current_company: string | null
  summary: string | null
  experience: string | null
  education: string | null
  skills: string | null
  notes: string | null
  duplicate_warning: string | null
  created_at: string
  updated_at: string
}

/** Domain field -> column, for every field a user can set. One list, so inserts and updates cannot drift. */
export const CANDIDATE_COLUMNS = {
  firstName: 'first_name',
  lastName: 'last_name',
  fullName: 'full_name',
  email: 'email',
  phone: 'phone',
  linkedinUrl: 'linkedin_url',
  city: 'city',
  state: 'state',
  country: 'country',
  currentTitle: 'current_title',
  currentCompany: 'current_company',
  summary: 'summary',
  experience: 'experience',
  education: 'education',
  skills: 'skills',
  notes: 'notes'
} as const satisfies Record<keyof CandidateFields, string>

const FIELD_NAMES = Object.keys(CANDIDATE_COLUMNS) as (keyof CandidateFields)[]

function toCandidate(row: CandidateRow): Candidate {
  const candidate = {
    id: row.id,
    duplicateWarning: row.duplicate_warning,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  } as Candidate
  for (const field of FIELD_NAMES) (candidate as unknown as Record<string, unknown>)[field] = row[CANDIDATE_COLUMNS[field]]
  return candidate
}

/** The duplicate-check keys, derived from the fields; stored beside them so lookups use an index. */
export function candidateKeys(fields: Pick<CandidateFields, 'fullName' | 'email' | 'linkedinUrl'>) {
  return {
    name_key: normalizeFullName(fields.fullName) ?? '',
    email_key: normalizeEmail(fields.email),
    linkedin_key: normalizeLinkedInUrl(fields.linkedinUrl)
  }
}

export function insertCandidate(db: Db, fields: CandidateFields, now: string): Candidate {
  const columns = FIELD_NAMES.map((f) => CANDIDATE_COLUMNS[f])
  const values = FIELD_NAMES.map((f) => fields[f])
  const keys = candidateKeys(fields)
  const row = statement(
    db,
    `INSERT INTO candidates (${columns.join(', ')}, name_key, email_key, linkedin_key, created_at, updated_at)
       VALUES (${columns.map(() => '?').join(', ')}, ?, ?, ?, ?, ?) RETURNING *`
  ).get(...values, keys.name_key, keys.email_key, keys.linkedin_key, now, now) as CandidateRow
  return toCandidate(row)
}

/** Overwrites the given fields (and the keys derived from them). */
export function updateCandidate(db: Db, id: number, fields: Partial<CandidateFields>, now: string): Candidate | null {
  const current = getCandidate(db, id)
  if (!current) return null
  const next: CandidateFields = { ...current, ...fields }
  const names = FIELD_NAMES.filter((f) => f in fields)
  const keys = candidateKeys(next)
  const sets = [...names.map((f) => `${CANDIDATE_COLUMNS[f]} = ?`), 'name_key = ?', 'email_key = ?', 'linkedin_key = ?', 'updated_at = ?']
  const row = statement(db, `UPDATE candidates SET ${sets.join(', ')} WHERE id = ? RETURNING *`).get(
    ...names.map((f) => next[f]),
    keys.name_key,
    keys.email_key,
    keys.linkedin_key,
    now,
    id
  ) as CandidateRow
  return toCandidate(row)
}

export function getCandidate(db: Db, id: number): Candidate | null {
  const row = statement(db, 'SELECT * FROM candidates WHERE id = ?').get(id) as CandidateRow | undefined
  return row ? toCandidate(row) : null
}

export function setDuplicateWarning(db: Db, id: number, warning: string | null, now: string): void {
  db.prepare('UPDATE candidates SET duplicate_warning = ?, updated_at = ? WHERE id = ?').run(warning, now, id)
}

/** Puts a candidate on a job at a stage (without recording an event: callers decide whether it is history). */
export function addToJob(db: Db, jobId: number, candidateId: number, stage: Stage, now: string): void {
  statement(
    db,
    `INSERT INTO job_candidates (job_id, candidate_id, stage, stage_changed_at, added_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (job_id, candidate_id) DO NOTHING`
  ).run(jobId, candidateId, stage, now, now)
}

/**
 * addToJob for many candidates in one statement (a big import adds 100,000): the same row and the same conflict
 * rule, from a JSON list of [candidate id, stage] pairs that SQLite reads itself.
 */
export function addManyToJob(db: Db, jobId: number, entries: readonly (readonly [number, Stage])[], now: string): void {
  statement(
    db,
    `INSERT INTO job_candidates (job_id, candidate_id, stage, stage_changed_at, added_at)
     SELECT ?, value ->> 0, value ->> 1, ?, ? FROM json_each(?) WHERE true
     ON CONFLICT (job_id, candidate_id) DO NOTHING`
  ).run(jobId, now, now, JSON.stringify(entries))
}

export function setStage(db: Db, jobId: number, candidateId: number, stage: Stage, at: string): void {
  statement(db, 'UPDATE job_candidates SET stage = ?, stage_changed_at = ? WHERE job_id = ? AND candidate_id = ?').run(stage, at, jobId, candidateId)
}

export function getJobCandidate(db: Db, jobId: number, candidateId: number): JobCandidate | null {
  const row = db
    .prepare(
      `SELECT c.*, jc.job_id, jc.stage, jc.stage_changed_at FROM job_candidates jc
       JOIN candidates c ON c.id = jc.candidate_id WHERE jc.job_id = ? AND jc.candidate_id = ?`
    )
    .get(jobId, candidateId) as (CandidateRow & { job_id: number; stage: Stage; stage_changed_at: string }) | undefined
  return row ? { ...toCandidate(row), jobId: row.job_id, stage: row.stage, stageChangedAt: row.stage_changed_at } : null
}

export function listJobCandidates(db: Db, jobId: number): JobCandidate[] {
  const rows = db
    .prepare(
      `SELECT c.*, jc.job_id, jc.stage, jc.stage_changed_at FROM job_candidates jc
       JOIN candidates c ON c.id = jc.candidate_id WHERE jc.job_id = ? ORDER BY c.id`
    )
    .all(jobId) as (CandidateRow & { job_id: number; stage: Stage; stage_changed_at: string })[]
  return rows.map((row) => ({ ...toCandidate(row), jobId: row.job_id, stage: row.stage, stageChangedAt: row.stage_changed_at }))
}

export function listCandidates(db: Db): Candidate[] {
  return (db.prepare('SELECT * FROM candidates ORDER BY id').all() as CandidateRow[]).map(toCandidate)
}
