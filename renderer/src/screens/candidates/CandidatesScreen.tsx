import { plural } from '../../../../shared/plural'
import { Briefcase, Download, SearchX, Upload, UserPlus, Users } from 'lucide-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ReviewFilter } from '../../../../shared/api/candidates'
import { useCall } from '../../api/hooks'
import { candidatesHref, navigate, type CandidateParams } from '../../app/router'
import type { ShellActions } from '../../app/shell-actions'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { ExportDialog } from '../export/ExportDialog'
import { CandidateProfile } from '../profile/CandidateProfile'
import { AddCandidateDialog } from './AddCandidateDialog'
import { ReviewTable } from './ReviewTable'
import { ReviewToolbar } from './ReviewToolbar'
import { SelectionBar } from './SelectionBar'
import { useReviewTable } from './useReviewTable'

/** Most moved rows kept visible at once (the API takes at most a page's worth). */
const KEEP_MAX = 500
const NONE: number[] = []

interface Props {
  params: CandidateParams
  addOpen: boolean
  onAddOpenChange(open: boolean): void
  /** Bumped by the menu's Find / the "/" key: focus the search box. */
  findRequest: number
  actions: ShellActions
}

export function CandidatesScreen({ params, addOpen, onAddOpenChange, findRequest, actions }: Props) {
  const jobs = useCall('jobs.list', {})
  const status = useCall('status.get', {})
  const jobList = jobs.data ?? []
  const job = jobList.find((j) => j.id === params.job) ?? null
  const searchRef = useRef<HTMLInputElement>(null)

  // Candidates moved out of the stage filter stay listed (dimmed) until the filter changes: moving one back stays
  // one click away. Kept per filter, so any change of filter lets them go.
  const listKey = `${params.job}|${params.q}|${params.stage}|${params.sync}`
  const [kept, setKept] = useState<{ key: string; ids: number[] }>({ key: '', ids: [] })
  const keepIds = useMemo(() => (kept.key === listKey && params.stage ? kept.ids : NONE), [kept, listKey, params.stage])
  const filter: ReviewFilter = useMemo(
    () => ({
      jobId: params.job,
      search: params.q || undefined,
      stage: params.stage,
      syncStatus: params.sync,
      sort: params.sort,
      ...(keepIds.length ? { keepIds } : {})
    }),
    [params.job, params.q, params.stage, params.sync, params.sort, keepIds]
  )
  const onMoved = useCallback(
    (ids: number[]) => {
      if (!params.stage || ids.length === 0) return
      setKept((before) => {
        const base = before.key === listKey ? before.ids : []
        return { key: listKey, ids: [...new Set([...base, ...ids])].slice(-KEEP_MAX) }
      })
    },
    [listKey, params.stage]
  )
  const paramsRef = useRef(params)
  paramsRef.current = params
  const update = useCallback((change: Partial<CandidateParams>) => navigate(candidatesHref({ ...paramsRef.current, ...change }), { replace: true }), [])
  const open = useCallback((candidate: number) => navigate(candidatesHref({ ...paramsRef.current, candidate })), [])

  const table = useReviewTable(filter, open)
  /** The candidates "Export to ATS" was opened for (from the selection or a profile). */
  const [exporting, setExporting] = useState<number[] | null>(null)
  useEffect(() => {
    if (findRequest > 0) searchRef.current?.focus()
  }, [findRequest])

  const filtered = !!(params.q || params.stage || params.sync)
  const noCandidatesAtAll = status.data?.counts.candidates === 0
  const subtitle = !table.loaded ? 'Loading…' : `${plural(table.total, 'candidate')}${job ? ` in ${job.title}` : ''}${filtered ? ' match' : ''}`

  const addButton = (
    <button type="button" className="btn btn-primary" onClick={() => onAddOpenChange(true)} disabled={jobList.length === 0}>
      <UserPlus aria-hidden="true" /> Add candidate
    </button>
  )

  const headerActions = (
    <>
      <button type="button" className="btn" onClick={() => actions.importCsv(params.job)} disabled={jobList.length === 0}>
        <Upload aria-hidden="true" /> Import CSV
      </button>
      <button
        type="button"
        className="btn"
        onClick={() =>
          actions.exportCsv(params.job, {
            search: params.q || undefined,
            stage: params.stage,
            syncStatus: params.sync,
            keepIds,
            shown: table.total,
            selectedIds: [...table.selection.ids]
          })
        }
        disabled={noCandidatesAtAll !== false}
      >
        <Download aria-hidden="true" /> Export CSV
      </button>
      {addButton}
    </>
  )

  return (
    <>
      <PageHeader title="Candidates" subtitle={subtitle} actions={headerActions} />
      <div className="page-body flush">
        {jobs.isSuccess && jobList.length === 0 ? (
          <EmptyState
            icon={Briefcase}
            title="Create a job first"
            actions={
              <a className="btn btn-primary" href="#/jobs">
                Go to Jobs
              </a>
            }
          >
            <p>Every candidate is sourced for a job. Create the job, choose when it syncs to TrackerRMS, then add its candidates.</p>
          </EmptyState>
        ) : (
          <>
            <ReviewToolbar ref={searchRef} params={params} jobs={jobList} onChange={update} />
            <SelectionBar
              selectedIds={table.selection.ids}
              jobId={params.job}
              jobTitle={job?.title ?? null}
              onClear={table.selection.clear}
              onExport={() => setExporting([...table.selection.ids])}
              onMoved={onMoved}
            />
            {table.window.isError && (
              <p className="field-error table-error" role="alert">
                Could not load candidates: {table.window.error?.message}
              </p>
            )}
            <ReviewTable
              table={table}
              allJobs={params.job === null}
              onOpen={open}
              isMovedOut={(row) => !!params.stage && row.stage !== params.stage && keepIds.includes(row.id)}
              empty={
                !table.loaded ? null : noCandidatesAtAll ? (
                  <EmptyState
                    icon={Users}
                    title="No candidates yet"
                    actions={
                      <>
                        {addButton}
                        <button type="button" className="btn" onClick={() => actions.importCsv(params.job)}>
                          <Upload aria-hidden="true" /> Import a CSV file
                        </button>
                      </>
                    }
                  >
                    <p>
                      Add the people you are reaching out to, or import them from a CSV file (a TrackerRMS export works too). Move them through the stages here
                      as they reply; with a trigger set, they go to TrackerRMS on their own.
                    </p>
                  </EmptyState>
                ) : (
                  <EmptyState
                    icon={SearchX}
                    title="No candidates match"
                    actions={
                      <button type="button" className="btn" onClick={() => update({ q: '', stage: null, sync: null })}>
                        Clear search and filters
                      </button>
                    }
                  >
                    <p>{job ? `Nobody in ${job.title} matches this search and these filters.` : 'Nobody matches this search and these filters.'}</p>
                  </EmptyState>
                )
              }
            />
          </>
        )}
      </div>
      <AddCandidateDialog open={addOpen} onOpenChange={onAddOpenChange} jobs={jobList} defaultJobId={params.job} onAdded={() => undefined} />
      <CandidateProfile candidateId={params.candidate} onClose={() => update({ candidate: null })} onExport={(id) => setExporting([id])} />
      <ExportDialog
        candidateIds={exporting}
        defaultTrackerJobId={job?.sync.trackerJobId ?? null}
        jobId={params.job}
        onOpenChange={(isOpen) => !isOpen && setExporting(null)}
      />
    </>
  )
}
