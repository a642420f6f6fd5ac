import { Activity } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

/** The sync queue and the ledger live here once the sync engine and the TrackerRMS connection have landed. */
export function ActivityScreen() {
  return (
    <>
      <PageHeader title="Activity" subtitle="What is being sent to TrackerRMS, and what already is." />
      <div className="page-body">
        <EmptyState
          icon={Activity}
          title="Nothing is being sent yet"
          actions={
            <a className="btn" href="#/jobs">
              Set up your jobs’ triggers
            </a>
          }
        >
          <p>
            This version of Tracker Sync keeps your jobs and candidates on this computer and does not connect to TrackerRMS yet. Once it does, the exports
            waiting to go, their progress, retries and the record of everything already in TrackerRMS appear here.
          </p>
        </EmptyState>
      </div>
    </>
  )
}
