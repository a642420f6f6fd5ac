import { ChevronRight, TriangleAlert } from 'lucide-react'
import { useEffect, useRef, type ReactNode } from 'react'
import { toast } from 'sonner'
import type { ReviewRow } from '../../../../shared/api/candidates'
import { errorMessage } from '../../api/client'
import { StageBadge } from '../../components/badges'
import { SyncCell } from './SyncCell'
import type { ReviewTableModel } from './useReviewTable'

const COLUMNS = ['Select', 'Name', 'Email', 'Current role', 'Location', 'Stage', 'Sync status', 'Profile'] as const

interface Props {
  table: ReviewTableModel
  /** With no job chosen, a row's stage is on its most recent job: the job is named in a tooltip. */
  allJobs: boolean
  onOpen(candidateId: number): void
  /** Shown over the empty body when nothing matches. */
  empty?: ReactNode
  /** Rows moved out of the stage filter: still listed, dimmed, until the filter changes. */
  isMovedOut?(row: ReviewRow): boolean
}

/** The candidates as an accessible, virtualised grid: only the visible rows (plus a margin) are in the page. */
export function ReviewTable({ table, allJobs, onOpen, empty, isMovedOut }: Props) {
  const { scrollRef, virtualizer, items, window, total, selection, onKeyDown } = table
  // Only a rendered row can be the active descendant (the rest of the 100,000 are not in the page).
  const activeRow = items.some((item) => item.index === selection.active) ? `review-row-${selection.active}` : undefined

  const select = (index: number, row: ReviewRow, mods: { shift: boolean; toggle: boolean }) => {
    scrollRef.current?.focus({ preventScroll: true })
    void selection.click(index, row.id, mods).catch((e) => toast.error(errorMessage(e)))
  }

  return (
    <div className="review-wrap">
      <div
        className="review-grid"
        role="grid"
        aria-label="Candidates"
        aria-rowcount={total + 1}
        aria-colcount={COLUMNS.length}
        aria-multiselectable="true"
        aria-activedescendant={activeRow}
        tabIndex={0}
        ref={scrollRef}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="review-head">
          <div role="row" aria-rowindex={1} className="review-row">
            <div role="columnheader" className="cell cell-check">
              <SelectAllBox table={table} />
            </div>
            {COLUMNS.slice(1, -1).map((name) => (
              <div role="columnheader" className={`cell${name === 'Location' ? ' col-location' : ''}`} key={name}>
                {name}
              </div>
            ))}
            <div role="columnheader" className="cell cell-open">
              <span className="visually-hidden">Profile</span>
            </div>
          </div>
        </div>
        {total > 0 && (
          <div role="rowgroup" className="review-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = window.rowAt(item.index)
              const selected = row ? selection.ids.has(row.id) : false
              const movedOut = row ? (isMovedOut?.(row) ?? false) : false
              return (
                <div
                  key={item.key}
                  role="row"
                  id={`review-row-${item.index}`}
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  className={`review-row${selected ? ' selected' : ''}${selection.active === item.index ? ' active' : ''}${movedOut ? ' moved-out' : ''}`}
                  title={movedOut ? 'Moved out of this filter: it leaves the list when the filter changes' : undefined}
                  style={{ transform: `translateY(${item.start}px)` }}
                  onMouseDown={(event) => event.shiftKey && event.preventDefault()}
                  onClick={row ? (event) => select(item.index, row, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey }) : undefined}
                  onDoubleClick={row ? () => onOpen(row.id) : undefined}
                >
                  {row ? (
                    <Cells
                      row={row}
                      selected={selected}
                      allJobs={allJobs}
                      onOpen={onOpen}
                      onToggle={(shift) => select(item.index, row, { shift, toggle: true })}
                    />
                  ) : (
                    <LoadingCells />
                  )}
                </div>
              )
            })}
          </div>
        )}
      </div>
      {/* Outside the grid: a grid may only contain rows. */}
      {total === 0 && empty && <div className="review-empty">{empty}</div>}
    </div>
  )
}

function Cells({
  row,
  selected,
  allJobs,
  onOpen,
  onToggle
}: {
  row: ReviewRow
  selected: boolean
  allJobs: boolean
  onOpen(id: number): void
  onToggle(shift: boolean): void
}) {
  const role = [row.currentTitle, row.currentCompany].filter(Boolean).join(' · ')
  return (
    <>
      <div role="gridcell" className="cell cell-check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select ${row.fullName}`}
          onChange={() => undefined}
          onClick={(event) => {
            event.stopPropagation()
            // A checkbox adds to or removes from the selection, like Ctrl/Cmd-click (Shift still selects a range).
            onToggle(event.shiftKey)
          }}
        />
      </div>
      <div role="gridcell" className="cell cell-name">
        <span className="truncate">{row.fullName}</span>
        {row.hasDuplicateWarning && (
          <span className="dup-flag" title="Possible duplicate in TrackerRMS: see the profile">
            <TriangleAlert aria-hidden="true" />
            <span className="visually-hidden">Possible duplicate in TrackerRMS</span>
          </span>
        )}
      </div>
      <div role="gridcell" className="cell truncate muted">
        {row.email ?? '—'}
      </div>
      <div role="gridcell" className="cell truncate">
        {role || <span className="muted">—</span>}
      </div>
      <div role="gridcell" className="cell truncate muted col-location">
        {row.location ?? '—'}
      </div>
      <div
        role="gridcell"
        className="cell"
        title={allJobs && row.stageJobTitle ? `${row.stageJobTitle}${row.jobCount > 1 ? ` (on ${row.jobCount} jobs)` : ''}` : undefined}
      >
        {row.stage ? <StageBadge stage={row.stage} /> : <span className="muted">No job</span>}
        {allJobs && row.jobCount > 1 && <span className="more-jobs">+{row.jobCount - 1}</span>}
      </div>
      <div role="gridcell" className="cell">
        <SyncCell row={row} />
      </div>
      <div role="gridcell" className="cell cell-open">
        <button
          type="button"
          className="btn btn-ghost btn-icon btn-sm"
          tabIndex={-1}
          aria-label={`Open profile of ${row.fullName}`}
          onClick={(event) => {
            event.stopPropagation()
            onOpen(row.id)
          }}
        >
          <ChevronRight aria-hidden="true" />
        </button>
      </div>
    </>
  )
}

function LoadingCells() {
  return (
    <div role="gridcell" aria-colspan={COLUMNS.length} className="cell cell-loading">
      <span className="skeleton" />
      <span className="visually-hidden">Loading…</span>
    </div>
  )
}

/** Header checkbox: selects every matching row (up to the stage-action limit), or clears. */
function SelectAllBox({ table }: { table: ReviewTableModel }) {
  const ref = useRef<HTMLInputElement>(null)
  const { selection, total } = table
  const all = total > 0 && selection.ids.size >= total
  const some = selection.ids.size > 0 && !all
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some
  }, [some])
  return (
    <input
      ref={ref}
      type="checkbox"
      tabIndex={-1}
      checked={all}
      disabled={total === 0}
      aria-label={all || some ? 'Clear the selection' : `Select all ${total.toLocaleString()} candidates`}
      onChange={() => (all || some ? selection.clear() : void selection.selectAll(total).catch((e) => toast.error(errorMessage(e))))}
    />
  )
}
