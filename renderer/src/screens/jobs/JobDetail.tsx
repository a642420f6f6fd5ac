import { plural } from '../../../../shared/plural'
import { Download, Upload, Users } from 'lucide-react'
import type { JobSummary } from '../../../../shared/api/jobs'
import { candidatesHref } from '../../app/router'
import type { ShellActions } from '../../app/shell-actions'
import { BackfillCard } from './BackfillCard'
import { JobSyncForm } from './JobSyncForm'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export function JobDetail({ job, actions }: { job: JobSummary; actions: ShellActions }) {
  return (
    <article className="stack job-detail" aria-labelledby="job-detail-title">
      <header className="job-detail-header">
        <div className="titles">
          <h2 id="job-detail-title">{job.title}</h2>
          <p className="muted">
            {[job.company, job.location].filter(Boolean).join(' · ') || 'No company or location'} · created {dateFormat.format(new Date(job.createdAt))}
          </p>
        </div>
        <div className="row wrap">
          <button type="button" className="btn" onClick={() => actions.importCsv(job.id)}>
            <Upload aria-hidden="true" /> Import CSV
          </button>
          <button type="button" className="btn" onClick={() => actions.exportCsv(job.id)} disabled={job.candidateCount === 0}>
            <Download aria-hidden="true" /> Export CSV
          </button>
          <a className="btn" href={candidatesHref({ job: job.id })}>
            <Users aria-hidden="true" /> {plural(job.candidateCount, 'candidate')}
          </a>
        </div>
      </header>
      <JobSyncForm job={job} />
      <BackfillCard job={job} />
    </article>
  )
}
