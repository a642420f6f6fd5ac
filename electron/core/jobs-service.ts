import { TRIGGERS, type Job, type JobSync, type Trigger } from '../../shared/domain'
import { notFound, validationError } from '../../shared/errors'
import { getJob, getJobSync, insertJob, jobCandidateCounts, listJobSyncs, listJobs, writeJobSync } from '../db/jobs'
import type { CoreContext } from '../lib/context'

export interface JobSummary extends Job {
  sync: JobSync
  candidateCount: number
}

/** Looks a TrackerRMS job up by id (title and client to show), or says it does not exist; null when not connected. */
export type TrackerJobLookup = (id: number) => Promise<{ title: string; clientName: string | null } | null>

const MAX = { title: 200, company: 200, location: 200 }

export function createJobsService(ctx: CoreContext, lookupTrackerJob: TrackerJobLookup = async () => null) {
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
      ctx.events.emit('data.changed', { what: 'jobs' })
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
    /**
     * Sets when a job's candidates sync (trigger) and to which TrackerRMS job (by id; null for none). Changing the
     * trigger never reaches back: only events from now on fire it. When connected, the TrackerRMS job is looked up
     * first and an unknown id is refused; when not connected the id is kept and its title filled in later.
     */
    async setSync(jobId: number, change: { trigger?: Trigger; trackerJobId?: number | null }): Promise<JobSync> {
      const current = getJobSync(ctx.db, jobId)
      if (!current) throw notFound(`There is no job with id ${jobId}.`)
      const trigger = change.trigger ?? current.trigger
      if (!TRIGGERS.includes(trigger)) throw validationError('trigger', `Unknown trigger "${trigger}". Triggers: ${TRIGGERS.join(', ')}.`)
      const trackerJobId = change.trackerJobId === undefined ? current.trackerJobId : change.trackerJobId
      if (trackerJobId !== null && (!Number.isSafeInteger(trackerJobId) || trackerJobId < 1))
        throw validationError('trackerJobId', `A TrackerRMS job id is a positive whole number, got ${trackerJobId}.`)
      let title = trackerJobId === current.trackerJobId ? current.trackerJobTitle : null
      let client = trackerJobId === current.trackerJobId ? current.trackerJobClient : null
      if (trackerJobId !== null && trackerJobId !== current.trackerJobId) {
        const found = await lookupTrackerJob(trackerJobId)
        if (found) ({ title, clientName: client } = found)
      }
      const sync = writeJobSync(ctx.db, jobId, { trigger, trackerJobId, trackerJobTitle: title, trackerJobClient: client }, ctx.now())
      ctx.log.info('job.sync_changed', { jobId, trigger, trackerJobId })
      ctx.events.emit('data.changed', { what: 'jobs' })
      return sync
    },
    get(id: number): JobSummary {
      const job = getJob(ctx.db, id)
      if (!job) throw notFound(`There is no job with id ${id}.`)
      return { ...job, sync: getJobSync(ctx.db, id) as JobSync, candidateCount: jobCandidateCounts(ctx.db).get(id) ?? 0 }
    }
  }
}
