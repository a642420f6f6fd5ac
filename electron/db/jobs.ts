import type { Job, JobSync, Trigger } from '../../shared/domain'
import type { Db } from './open'

interface JobRow {
  id: number
  title: string
  company: string | null
  location: string | null
  created_at: string
}

interface JobSyncRow {
  job_id: number
  trigger: Trigger
  trigger_set_at: string | null
  tracker_job_id: number | null
  tracker_job_title: string | null
  tracker_job_client: string | null
  updated_at: string | null
}

const toJob = (row: JobRow): Job => ({
  id: row.id,
  title: row.title,
  company: row.company,
  location: row.location,
  createdAt: row.created_at
})

const toJobSync = (row: JobSyncRow): JobSync => ({
  jobId: row.job_id,
  trigger: row.trigger,
  triggerSetAt: row.trigger_set_at,
  trackerJobId: row.tracker_job_id,
  trackerJobTitle: row.tracker_job_title,
  trackerJobClient: row.tracker_job_client,
  updatedAt: row.updated_at
})

export function insertJob(db: Db, job: { title: string; company?: string | null; location?: string | null }, now: string): Job {
  return db
    .transaction(() => {
      const row = db
        .prepare('INSERT INTO jobs (title, company, location, created_at) VALUES (?, ?, ?, ?) RETURNING *')
        .get(job.title, job.company ?? null, job.location ?? null, now) as JobRow
      db.prepare(`INSERT INTO job_sync (job_id, trigger) VALUES (?, 'never')`).run(row.id)
      return toJob(row)
    })
    .immediate()
}

export function getJob(db: Db, id: number): Job | null {
  const row = db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined
  return row ? toJob(row) : null
}

export function listJobs(db: Db): Job[] {
  return (db.prepare('SELECT * FROM jobs ORDER BY id').all() as JobRow[]).map(toJob)
}

export function getJobSync(db: Db, jobId: number): JobSync | null {
  const row = db.prepare('SELECT * FROM job_sync WHERE job_id = ?').get(jobId) as JobSyncRow | undefined
  return row ? toJobSync(row) : null
}

export function listJobSyncs(db: Db): Map<number, JobSync> {
  const rows = db.prepare('SELECT * FROM job_sync').all() as JobSyncRow[]
  return new Map(rows.map((row) => [row.job_id, toJobSync(row)]))
}

/** Counts of candidates per job (total and by stage), for lists. */
export function jobCandidateCounts(db: Db): Map<number, number> {
  const rows = db.prepare('SELECT job_id, COUNT(*) AS n FROM job_candidates GROUP BY job_id').all() as {
    job_id: number
    n: number
  }[]
  return new Map(rows.map((row) => [row.job_id, row.n]))
}

/** Writes a job's sync settings. trigger_set_at moves only when the trigger itself changes (no retroactive sync). */
export function writeJobSync(
  db: Db,
  jobId: number,
  next: { trigger: Trigger; trackerJobId: number | null; trackerJobTitle: string | null; trackerJobClient: string | null },
  now: string
): JobSync {
  const row = db
    .prepare(
      `UPDATE job_sync SET
         trigger_set_at = CASE WHEN trigger = @trigger THEN trigger_set_at ELSE @now END,
         trigger = @trigger, tracker_job_id = @trackerJobId, tracker_job_title = @trackerJobTitle,
         tracker_job_client = @trackerJobClient, updated_at = @now
       WHERE job_id = @jobId RETURNING *`
    )
    .get({ ...next, jobId, now }) as JobSyncRow
  return toJobSync(row)
}
