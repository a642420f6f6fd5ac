import { Search, X } from 'lucide-react'
import { forwardRef, useEffect, useState, type ReactNode } from 'react'
import type { ReviewSort } from '../../../../shared/api/review-options'
import type { JobSummary } from '../../../../shared/api/jobs'
import { STAGES, STAGE_LABELS, SYNC_STATUSES, type Stage, type SyncStatus } from '../../../../shared/domain'
import type { CandidateParams } from '../../app/router'
import { SYNC_STATUS_LABELS } from '../../components/badges'
import { JobOptions } from '../../components/JobOptions'

const SORT_LABELS: Record<ReviewSort, string> = { newest: 'Newest first', oldest: 'Oldest first', name: 'Name A–Z', name_desc: 'Name Z–A' }
/** Typing waits this long before the table is asked again. */
const SEARCH_DELAY_MS = 250

interface Props {
  params: CandidateParams
  jobs: JobSummary[]
  onChange(change: Partial<CandidateParams>): void
}

/** Search and filters. Each is a labelled control; the values live in the address (#/candidates?…). */
export const ReviewToolbar = forwardRef<HTMLInputElement, Props>(function ReviewToolbar({ params, jobs, onChange }, searchRef) {
  const [text, setText] = useState(params.q)
  useEffect(() => setText(params.q), [params.q])
  useEffect(() => {
    if (text === params.q) return
    const timer = setTimeout(() => onChange({ q: text }), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, params.q, onChange])

  return (
    <div className="review-toolbar" role="search">
      <div className="search-box">
        <Search aria-hidden="true" />
        <label className="visually-hidden" htmlFor="review-search">
          Search candidates
        </label>
        <input
          id="review-search"
          ref={searchRef}
          className="input"
          type="search"
          placeholder="Name, email, company or title"
          value={text}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onChange({ q: text })
            if (event.key === 'Escape' && text) {
              event.preventDefault()
              setText('')
              onChange({ q: '' })
            }
          }}
        />
        {text && (
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-sm clear-search"
            aria-label="Clear the search"
            onClick={() => (setText(''), onChange({ q: '' }))}
          >
            <X aria-hidden="true" />
          </button>
        )}
      </div>
      <FilterSelect label="Job" value={params.job?.toString() ?? ''} onChange={(v) => onChange({ job: v ? Number(v) : null })}>
        <option value="">All jobs</option>
        <JobOptions jobs={jobs} />
      </FilterSelect>
      <FilterSelect label="Stage" value={params.stage ?? ''} onChange={(v) => onChange({ stage: (v || null) as Stage | null })}>
        <option value="">Any stage</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Sync status" value={params.sync ?? ''} onChange={(v) => onChange({ sync: (v || null) as SyncStatus | null })}>
        <option value="">Any sync status</option>
        {SYNC_STATUSES.map((status) => (
          <option key={status} value={status}>
            {SYNC_STATUS_LABELS[status]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Sort" value={params.sort} onChange={(v) => onChange({ sort: v as ReviewSort })}>
        {(Object.keys(SORT_LABELS) as ReviewSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </FilterSelect>
    </div>
  )
})

function FilterSelect({ label, value, onChange, children }: { label: string; value: string; onChange(value: string): void; children: ReactNode }) {
  const id = `filter-${label.toLowerCase().replace(/\s+/g, '-')}`
  return (
    <div className="filter">
      <label className="filter-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className={`select${value && label !== 'Sort' ? ' active' : ''}`} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  )
}
