import { plural } from '../../../../shared/plural'
import type { JobSummary } from '../../../../shared/api/jobs'
import { TRIGGER_LABELS } from '../../../../shared/domain'
import { jobHref } from '../../app/router'

/** Every job, newest last, with its candidate count and trigger at a glance. */
export function JobList({ jobs, selectedId, loading }: { jobs: JobSummary[]; selectedId: number | null; loading: boolean }) {
  return (
    <nav className="job-list" aria-label="Jobs" aria-busy={loading || undefined}>
      <ul>
        {jobs.map((job) => (
          <li key={job.id}>
            <a href={jobHref(job.id)} aria-current={job.id === selectedId ? 'page' : undefined}>
              <span className="job-title truncate">{job.title}</span>
              <span className="job-meta truncate">{[job.company, job.location].filter(Boolean).join(' · ') || 'No company or location'}</span>
              <span className="job-foot">
                <span>{plural(job.candidateCount, 'candidate')}</span>
                <span className={`trigger-chip${job.sync.trigger === 'never' ? ' off' : ''}`}>
                  {job.sync.trigger === 'never' ? 'No auto-sync' : TRIGGER_LABELS[job.sync.trigger].replace(/^When /, 'Syncs when ')}
                </span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
