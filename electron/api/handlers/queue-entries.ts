// Queue items as the screens show them: with the candidate's name and the job's title.
import type { QueueEntry } from '../../../shared/api'
import type { Core } from '../../core'
import type { QueueItem } from '../../../shared/domain'

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
  return items.map(({ eventId: _event, ...item }) => ({
    ...item,
    candidateName: nameOf(item.candidateId),
    jobTitle: item.jobId === null ? null : (jobs.get(item.jobId) ?? null)
  }))
}
