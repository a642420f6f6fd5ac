// One person, several jobs: puts candidates that already exist on another job, instead of a second candidate row.
// They start at "sourced" with no outreach event, like a new candidate: being added to a job is not outreach, so no
// trigger fires; the job's trigger acts on their later stage changes there as on anyone's.
import type { AddToJobResult } from '../../shared/api'
import { notFound } from '../../shared/errors'
import { addToJob } from '../db/candidates'
import { getJob } from '../db/jobs'
import { idsOnJob, missingCandidateIds } from '../db/same-person'
import type { CoreContext } from '../lib/context'

/** How many unknown ids an error names before "and N more". */
const IDS_NAMED = 10

/** All or nothing: an unknown job or any unknown candidate id refuses the whole call before anything is written. */
export function addExistingToJob(ctx: CoreContext, jobId: number, candidateIds: readonly number[]): AddToJobResult {
  const ids = [...new Set(candidateIds)]
  const now = ctx.now()
  const result = ctx.db
    .transaction((): AddToJobResult => {
      const job = getJob(ctx.db, jobId)
      if (!job) throw notFound(`There is no job with id ${jobId}.`)
      const missing = missingCandidateIds(ctx.db, ids)
      if (missing.length > 0) throw notFound(unknownIdsMessage(missing))
      const onJob = idsOnJob(ctx.db, jobId, ids)
      const added = ids.filter((id) => !onJob.has(id))
      for (const id of added) addToJob(ctx.db, jobId, id, 'sourced', now)
      return { jobId, jobTitle: job.title, added, alreadyOn: ids.filter((id) => onJob.has(id)) }
    })
    .immediate()
  ctx.log.info('candidates.added_to_job', { jobId, added: result.added.length, alreadyOn: result.alreadyOn.length })
  if (result.added.length > 0) ctx.events.emit('data.changed', { what: 'candidates' })
  return result
}

function unknownIdsMessage(missing: number[]): string {
  const named = missing.slice(0, IDS_NAMED).join(', ')
  const more = missing.length > IDS_NAMED ? ` and ${missing.length - IDS_NAMED} more` : ''
  return missing.length === 1 ? `There is no candidate with id ${named}.` : `There are no candidates with ids ${named}${more}.`
}
