import { Briefcase, Plus } from 'lucide-react'
import { useEffect } from 'react'
import { useCall } from '../../api/hooks'
import { useConnection } from '../../api/state'
import { jobHref, navigate } from '../../app/router'
import type { ShellActions } from '../../app/shell-actions'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { JobDetail } from './JobDetail'
import { JobList } from './JobList'
import { NewJobDialog } from './NewJobDialog'
import { Welcome } from './Welcome'

interface Props {
  jobId: number | null
  newJobOpen: boolean
  onNewJobOpenChange(open: boolean): void
  actions: ShellActions
}

/** One empty list while the jobs load, so the effect below does not run on every render. */
const NO_JOBS: never[] = []

export function JobsScreen({ jobId, newJobOpen, onNewJobOpenChange, actions }: Props) {
  const jobs = useCall('jobs.list', {})
  const connection = useConnection()
  const list = jobs.data ?? NO_JOBS
  const selected = list.find((job) => job.id === jobId) ?? null

  // With no job in the address (or one that is gone), show the first.
  useEffect(() => {
    if (list.length > 0 && !selected) navigate(jobHref(list[0].id), { replace: true })
  }, [list, selected])

  return (
    <>
      <PageHeader
        title="Jobs"
        subtitle="Your open roles, and when their candidates go to TrackerRMS."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => onNewJobOpenChange(true)}>
            <Plus aria-hidden="true" /> New job
          </button>
        }
      />
      {jobs.isError ? (
        <div className="page-body">
          <p role="alert" className="field-error">
            Could not load the jobs: {jobs.error.message}
          </p>
        </div>
      ) : jobs.isSuccess && list.length === 0 && connection.data && !connection.data.connected ? (
        <div className="page-body">
          <Welcome onNewJob={() => onNewJobOpenChange(true)} />
        </div>
      ) : jobs.isSuccess && list.length === 0 ? (
        <div className="page-body">
          <EmptyState
            icon={Briefcase}
            title="No jobs yet"
            actions={
              <button type="button" className="btn btn-primary" onClick={() => onNewJobOpenChange(true)}>
                <Plus aria-hidden="true" /> Create your first job
              </button>
            }
          >
            <p>Create a job for each role you recruit for, then choose when its candidates are sent to TrackerRMS — before you start outreach.</p>
          </EmptyState>
        </div>
      ) : (
        <div className="page-body flush jobs-layout">
          <JobList jobs={list} selectedId={selected?.id ?? null} loading={jobs.isPending} />
          <div className="jobs-detail">{selected && <JobDetail key={selected.id} job={selected} actions={actions} />}</div>
        </div>
      )}
      <NewJobDialog open={newJobOpen} onOpenChange={onNewJobOpenChange} onCreated={(job) => navigate(jobHref(job.id))} />
    </>
  )
}
