// The queue, live: counts by state (as filters), every export with its progress through the steps, when it goes
// out, what went wrong; retry a failed one, cancel one not yet sent.
import { Search, Send } from 'lucide-react'
import { useState } from 'react'
import { useCall } from '../../api/hooks'
import { useSyncState, useSyncStatus } from '../../api/state'
import { DataTable } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { QueueRow } from './QueueRow'
import { FILTER_STATES, QueueSummary, type QueueFilter } from './QueueSummary'

const LIMIT = 200

export function QueueTab() {
  const sync = useSyncState().data
  const status = useSyncStatus()
  const [filter, setFilter] = useState<QueueFilter>('all')
  const [search, setSearch] = useState('')
  const queue = useCall('sync.queue', { states: filter === 'all' ? undefined : FILTER_STATES[filter], search: search.trim() || undefined, limit: LIMIT })
  const entries = queue.data ?? []
  const total = sync ? Object.values(sync.counts).reduce((a, b) => a + b, 0) : 0

  if (sync && total === 0)
    return (
      <EmptyState
        icon={Send}
        title="Nothing has been sent yet"
        actions={
          <a className="btn" href="#/jobs">
            Set up your jobs’ triggers
          </a>
        }
      >
        <p>
          Exports appear here as soon as a job’s trigger fires (a candidate replies, say) or you use Export to ATS on the Candidates screen: waiting out the
          grace delay of {sync.delaySeconds} s, being sent step by step, and in TrackerRMS.
        </p>
      </EmptyState>
    )

  return (
    <div className="stack">
      {sync && <QueueSummary counts={sync.counts} filter={filter} onFilter={setFilter} />}
      <div className="search-box">
        <Search aria-hidden="true" />
        <label className="visually-hidden" htmlFor="queue-search">
          Search exports by candidate or job
        </label>
        <input id="queue-search" className="input" type="search" placeholder="Candidate or job" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      {queue.isError && <ErrorMessage>{queue.error.message}</ErrorMessage>}
      {queue.isSuccess && entries.length === 0 ? (
        <p className="muted">No exports match.</p>
      ) : (
        <DataTable
          label="Exports"
          className="queue-table"
          columns={['Candidate', 'Job', 'State', 'Progress', 'Attempts', { hidden: 'Actions' }]}
          after={entries.length >= LIMIT && <p className="muted table-note">Showing the latest {LIMIT}. Filter or search to find others.</p>}
        >
          {entries.map((entry) => (
            <QueueRow key={entry.id} entry={entry} status={status} />
          ))}
        </DataTable>
      )}
    </div>
  )
}
