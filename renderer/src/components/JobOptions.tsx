import type { Job } from '../../../shared/domain'

/** The jobs of a job picker (<select>), each named "title · company" so two jobs with one title tell apart. */
export function JobOptions({ jobs }: { jobs: Pick<Job, 'id' | 'title' | 'company'>[] }) {
  return jobs.map((job) => (
    <option key={job.id} value={job.id}>
      {job.title}
      {job.company ? ` · ${job.company}` : ''}
    </option>
  ))
}
