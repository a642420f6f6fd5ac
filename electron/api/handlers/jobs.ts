import type { Handler } from '../types'

export const jobsList: Handler<'jobs.list'> = (core) => core.jobs.list()

export const jobsGet: Handler<'jobs.get'> = (core, { jobId }) => core.jobs.get(jobId)

export const jobsCreate: Handler<'jobs.create'> = (core, input) => core.jobs.create(input)

export const jobsSetSync: Handler<'jobs.setSync'> = (core, { jobId, ...change }) => core.jobs.setSync(jobId, change)
