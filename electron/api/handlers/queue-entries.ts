// Queue items as the screens show them: with the candidate's name and the job's title.
import type { QueueEntry } from '../../../shared/api'
import type { Core } from '../../core'
import type { QueueItem } from '../../db/queue'

export function toEntries(core: Core, items: QueueItem[]): QueueEntry[] {
  if (items.length === 0) return []
  const jobs = new Map(core.jobs.list().map((job) => [job.id, job.title]))
  const names = new Map<number, string>()
  const nameOf = (candidateId: number) => {
    let name = names.get(candidateId)
    if (name === undefined) {
      try {
        name = core.candidates.get(candidateId).fullName
      } catch {
        name = `Candidate ${candidateId} (removed)`
      }
      names.set(candidateId, name)
    }
    return name
  }
  return items.map((item) => ({
    id: item.id,
    candidateId: item.candidateId,
    candidateName: nameOf(item.candidateId),
    jobId: item.jobId,
    jobTitle: item.jobId === null ? null : (jobs.get(item.jobId) ?? null),
    trackerJobId: item.trackerJobId,
    origin: item.origin,
    state: item.state,
    step: item.step,
    attempts: item.attempts,
    nextRunAt: item.nextRunAt,
    trackerResourceId: item.trackerResourceId,
    lastError: item.lastError,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt
  }))
}
