import { Users } from 'lucide-react'
import type { JobSummary } from '../../../../shared/api/jobs'
import { candidatesHref } from '../../app/router'
import { JobSyncForm } from './JobSyncForm'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export function JobDetail({ job }: { job: JobSummary }) {
  return (
    <article className="stack job-detail" aria-labelledby="job-detail-title">
      <header className="job-detail-header">
        <div className="titles">
          <h2 id="job-detail-title">{job.title}</h2>
          <p className="muted">
            {[job.company, job.location].filter(Boolean).join(' · ') || 'No company or location'} · created {dateFormat.format(new Date(job.createdAt))}
          </p>
        </div>
        <a className="btn" href={candidatesHref({ job: job.id })}>
          <Users aria-hidden="true" /> {job.candidateCount.toLocaleString()} candidate{job.candidateCount === 1 ? '' : 's'}
        </a>
      </header>
      <JobSyncForm job={job} />
    </article>
  )
}
