// Jobs: list, create, and each job's sync settings (trigger and TrackerRMS job).
import { z } from 'zod'
import { TRIGGERS, type Job, type JobSync } from '../domain'
import { call } from './define'
import { id, noInput, text } from './fields'

export interface JobSummary extends Job {
  sync: JobSync
  candidateCount: number
}

export const jobsCalls = {
  'jobs.list': call<JobSummary[]>()(noInput, 'Every job with its sync settings and candidate count, oldest first.'),
  'jobs.get': call<JobSummary>()(z.strictObject({ jobId: id }), 'One job with its sync settings and candidate count.'),
  'jobs.create': call<Job>()(
    z.strictObject({ title: text(200), company: text(200).nullable().optional(), location: text(200).nullable().optional() }),
    'Adds a job.'
  ),
  'jobs.setSync': call<JobSync>()(
    z.strictObject({ jobId: id, trigger: z.enum(TRIGGERS).optional(), trackerJobId: id.nullable().optional() }),
    'Sets when a job’s candidates sync (trigger) and to which TrackerRMS job (null for none).'
  )
}
