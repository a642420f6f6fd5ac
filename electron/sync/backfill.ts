// Backfill (explicit, never automatic): the candidates of a job whose past events would have matched the job's
// current trigger but were never sent — e.g. outreach that started before the integration was connected.
import { STAGES } from '../../shared/domain'
import { notFound, validationError } from '../../shared/errors'
import { getJobSync } from '../db/jobs'
import { firstUnsentEvents, type UnsentEvent } from '../db/outreach'
import type { Db } from '../db/open'
import { triggerMatches } from './triggers'

export interface BackfillPlan {
  jobId: number
  trigger: string
  trackerJobId: number | null
  candidates: UnsentEvent[]
}

export function planBackfill(db: Db, jobId: number): BackfillPlan {
  const sync = getJobSync(db, jobId)
  if (!sync) throw notFound(`There is no job with id ${jobId}.`)
  if (sync.trigger === 'never') throw validationError('trigger', `Job ${jobId} has no trigger. Set one (e.g. "replied") before a backfill.`)
  const kinds = STAGES.filter((kind) => triggerMatches(sync.trigger, kind))
  const candidates = firstUnsentEvents(db, { jobId, trackerJobId: sync.trackerJobId, kinds })
  return { jobId, trigger: sync.trigger, trackerJobId: sync.trackerJobId, candidates }
}
