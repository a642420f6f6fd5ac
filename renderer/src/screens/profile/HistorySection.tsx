import type { AttemptView } from '../../../../shared/api/sync'
import { useCall } from '../../api/hooks'
import { formatDateTime } from '../../api/time'

const STEP: Record<string, string> = {
  queued: 'Queued',
  check: 'Duplicate check',
  checked: 'Duplicate check',
  create: 'Create record',
  created: 'Create record',
  resume: 'Resume',
  resume_attached: 'Resume',
  index: 'Read TrackerRMS',
  list: 'Job list',
  listed: 'Job list'
}
const GOOD = ['ok', 'queued', 'created', 'linked', 'no_match', 'done', 'skipped']

/** The audit trail of this candidate's exports: every step and attempt, with what TrackerRMS said. */
export function HistorySection({ candidateId }: { candidateId: number }) {
  const history = useCall('sync.history', { candidateId })
  const rows: AttemptView[] = history.data ?? []
  if (history.isPending) return <p className="muted">Loading…</p>
  if (rows.length === 0) return <p className="muted">Nothing sent yet.</p>
  return (
    <ol className="history">
      {[...rows].reverse().map((row) => (
        <li key={row.id} className={GOOD.includes(row.outcome) ? 'good' : 'bad'}>
          <span className="history-dot" aria-hidden="true" />
          <div>
            <p>
              <strong>{STEP[row.step] ?? row.step}</strong> <span className="muted">· {row.outcome.replace(/_/g, ' ')}</span>
            </p>
            {row.message && <p className="history-message">{row.message}</p>}
            <p className="muted history-time">{formatDateTime(row.at)}</p>
          </div>
        </li>
      ))}
    </ol>
  )
}
