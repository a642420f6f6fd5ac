import type { Job, JobSync } from '../../shared/domain'
import { notFound, validationError } from '../../shared/errors'
import { getJob, getJobSync, insertJob, jobCandidateCounts, listJobSyncs, listJobs } from '../db/jobs'
import type { CoreContext } from './context'

export interface JobSummary extends Job {
  sync: JobSync
  candidateCount: number
}

export type JobsService = ReturnType<typeof createJobsService>

const MAX = { title: 200, company: 200, location: 200 }

export function createJobsService(ctx: CoreContext) {
  const text = (field: keyof typeof MAX, value: string | null | undefined, required = false) => {
    const trimmed = (value ?? '').trim()
    if (!trimmed) {
      if (required) throw validationError(field, `A job needs a ${field}.`)
      return null
    }
    if (trimmed.length > MAX[field]) throw validationError(field, `The job ${field} is longer than ${MAX[field]} characters.`)
    return trimmed
  }

  return {
    create(input: { title: string; company?: string | null; location?: string | null }): Job {
      const job = insertJob(
        ctx.db,
        { title: text('title', input.title, true) as string, company: text('company', input.company), location: text('location', input.location) },
        ctx.now()
      )
      ctx.log.info('job.created', { jobId: job.id })
      return job
    },
    list(): JobSummary[] {
      const syncs = listJobSyncs(ctx.db)
      const counts = jobCandidateCounts(ctx.db)
      return listJobs(ctx.db).map((job) => ({
        ...job,
        sync: syncs.get(job.id) as JobSync,
        candidateCount: counts.get(job.id) ?? 0
      }))
    },
    get(id: number): JobSummary {
      const job = getJob(ctx.db, id)
      if (!job) throw notFound(`There is no job with id ${id}.`)
      return { ...job, sync: getJobSync(ctx.db, id) as JobSync, candidateCount: jobCandidateCounts(ctx.db).get(id) ?? 0 }
    }
  }
}
