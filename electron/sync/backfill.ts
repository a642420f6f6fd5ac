// Backfill (explicit, never automatic): the candidates of a job whose past events would have matched the job's
// current trigger but were never sent — e.g. outreach that started before the integration was connected.
import { STAGES, type OutreachEventKind } from '../../shared/domain'
import { notFound, validationError } from '../../shared/errors'
import { getJobSync } from '../db/jobs'
import type { Db } from '../db/open'
import { triggerMatches } from './triggers'

export interface BackfillPlan {
  jobId: number
  trigger: string
  trackerJobId: number | null
  candidates: { candidateId: number; fullName: string; eventId: number; eventKind: OutreachEventKind; occurredAt: string }[]
}

export function planBackfill(db: Db, jobId: number): BackfillPlan {
  const sync = getJobSync(db, jobId)
  if (!sync) throw notFound(`There is no job with id ${jobId}.`)
  if (sync.trigger === 'never') throw validationError('trigger', `Job ${jobId} has no trigger. Set one (e.g. "replied") before a backfill.`)
  const kinds = STAGES.filter((kind) => triggerMatches(sync.trigger, kind))
  // The earliest matching event per candidate, for candidates not already exported for this job.
  const rows = db
    .prepare(
      `SELECT e.candidate_id AS candidateId, c.full_name AS fullName, e.id AS eventId, e.kind AS eventKind, e.occurred_at AS occurredAt
       FROM outreach_events e JOIN candidates c ON c.id = e.candidate_id
       WHERE e.job_id = @jobId AND e.kind IN (${kinds.map((k) => `'${k}'`).join(',')})
         AND e.id = (SELECT e2.id FROM outreach_events e2 WHERE e2.job_id = e.job_id AND e2.candidate_id = e.candidate_id
                     AND e2.kind IN (${kinds.map((k) => `'${k}'`).join(',')}) ORDER BY e2.occurred_at, e2.id LIMIT 1)
         AND NOT EXISTS (SELECT 1 FROM sync_queue q WHERE q.candidate_id = e.candidate_id AND q.job_id = @jobId
                         AND q.state IN ('pending','running','retry_wait','blocked_auth','done'))
         AND NOT (@trackerJobId IS NULL AND EXISTS (SELECT 1 FROM sync_ledger l WHERE l.candidate_id = e.candidate_id))
         AND NOT (@trackerJobId IS NOT NULL AND EXISTS (SELECT 1 FROM sync_queue q WHERE q.candidate_id = e.candidate_id
                  AND q.tracker_job_id = @trackerJobId AND q.state = 'done'))
       ORDER BY e.occurred_at, e.candidate_id`
    )
    .all({ jobId, trackerJobId: sync.trackerJobId }) as BackfillPlan['candidates']
  return { jobId, trigger: sync.trigger, trackerJobId: sync.trackerJobId, candidates: rows }
}
