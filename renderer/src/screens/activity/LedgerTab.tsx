// Everyone in TrackerRMS: created, linked (and on which field) or imported, when and by whom, with a search.
import { plural } from '../../../../shared/plural'
import { ChevronLeft, ChevronRight, Search, ShieldCheck } from 'lucide-react'
import { useEffect, useState } from 'react'
import type { LedgerView } from '../../../../shared/api/sync'
import { useCall } from '../../api/hooks'
import { formatDateTime, formatShort } from '../../api/time'
import { candidatesHref } from '../../app/router'
import { DataTable } from '../../components/DataTable'
import { EmptyState } from '../../components/EmptyState'
import { TrackerLink } from '../../components/TrackerLink'
import { MATCHED_ON_LABELS } from './labels'

const PAGE = 100
const HOW: Record<LedgerView['how'], string> = { created: 'Created', linked: 'Linked', imported: 'Imported from a CSV' }

export function LedgerTab() {
  const [text, setText] = useState('')
  const [search, setSearch] = useState('')
  const [offset, setOffset] = useState(0)
  useEffect(() => {
    const timer = setTimeout(() => (setSearch(text.trim()), setOffset(0)), 250)
    return () => clearTimeout(timer)
  }, [text])
  const ledger = useCall('sync.ledger', { search: search || undefined, offset, limit: PAGE })
  const total = ledger.data?.total ?? 0

  if (ledger.isSuccess && total === 0 && !search)
    return (
      <EmptyState icon={ShieldCheck} title="No one is in TrackerRMS yet">
        <p>
          Every candidate Tracker Sync creates in TrackerRMS, links to an existing record there, or imports with a TrackerRMS ID is listed here, with how and
          when.
        </p>
      </EmptyState>
    )
  return (
    <div className="stack">
      <div className="row wrap">
        <div className="search-box">
          <Search aria-hidden="true" />
          <label className="visually-hidden" htmlFor="ledger-search">
            Search who is in TrackerRMS
          </label>
          <input
            id="ledger-search"
            className="input"
            type="search"
            placeholder="Name, record number, created / linked…"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <span className="muted" role="status">
          {ledger.isSuccess ? `${plural(total, 'candidate')}${search ? ' match' : ''}` : ''}
        </span>
      </div>
      <DataTable label="Candidates in TrackerRMS" columns={['Candidate', 'TrackerRMS record', 'How', 'When', 'By']}>
        {(ledger.data?.entries ?? []).map((entry) => (
          <tr key={entry.candidateId}>
            <td>
              <a href={candidatesHref({ candidate: entry.candidateId })}>{entry.fullName}</a>
            </td>
            <td>
              <TrackerLink resourceId={entry.trackerResourceId} name={entry.fullName} withText text={`#${entry.trackerResourceId}`} size={14} />
            </td>
            <td>
              {HOW[entry.how]}
              {entry.matchedOn && <span className="muted"> ({MATCHED_ON_LABELS[entry.matchedOn]})</span>}
            </td>
            <td className="nowrap" title={formatDateTime(entry.syncedAt)}>
              {formatShort(entry.syncedAt)}
            </td>
            <td>{entry.syncedBy ?? <span className="muted">—</span>}</td>
          </tr>
        ))}
      </DataTable>
      {total > PAGE && (
        <div className="row pager">
          <button type="button" className="btn btn-sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            <ChevronLeft aria-hidden="true" /> Newer
          </button>
          <span className="muted">
            {offset + 1}–{Math.min(total, offset + PAGE)} of {total.toLocaleString()}
          </span>
          <button type="button" className="btn btn-sm" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            Older <ChevronRight aria-hidden="true" />
          </button>
        </div>
      )}
    </div>
  )
}
