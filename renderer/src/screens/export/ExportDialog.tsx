// "Export to ATS": choose the TrackerRMS job (by id, looked up as you type, or none), see exactly what would be
// written for each candidate and the duplicate decision (a dry run), who sends it, then confirm; the outcomes follow
// live until every export is done or failed. Candidates already in TrackerRMS are shown as not exported, with why.
import { plural } from '../../../../shared/plural'
import { parseTrackerJobId } from '../../../../shared/tracker-job-id'
import { CircleAlert, Send, UserRound } from 'lucide-react'
import { useEffect, useMemo, useState } from 'react'
import { PREVIEW_CHOICES, type ExportChoice, type ExportOutcome, type ExportPreviewItem } from '../../../../shared/api/sync'
import { errorMessage } from '../../api/client'
import { announceAsBatch } from '../../api/queue-toasts'
import { useCall, useCallMutation } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { PlainWithDetails } from '../../components/StatusDetails'
import { TrackerJobLookup } from '../jobs/TrackerJobLookup'
import { Outcomes } from './Outcomes'
import { PreviewItem } from './PreviewItem'

interface Props {
  /** The candidates to export; null when closed. */
  candidateIds: number[] | null
  /** Prefilled: the TrackerRMS job of the job being reviewed. */
  defaultTrackerJobId: number | null
  jobId: number | null
  onOpenChange(open: boolean): void
}

const NO_JOB = { trackerJobId: null, trackerJobTitle: null, trackerJobClient: null, jobId: 0, trigger: 'never', triggerSetAt: null, updatedAt: null } as const

/** One empty list while the preview loads, so what is computed from it is not redone on every render. */
const NO_ITEMS: never[] = []

/** The row's choice: the user's, else the default (the first offered); an "ask" row has none until the user picks. */
function choiceOf(item: ExportPreviewItem, picked: ExportChoice | undefined): ExportChoice | undefined {
  const allowed = PREVIEW_CHOICES[item.decision]
  if (picked && allowed.includes(picked)) return picked
  return item.decision === 'ask' ? undefined : allowed[0]
}

/** What the export is told for a row: only what differs from what the export would do by itself, and every "ask". */
function rowDecision(item: ExportPreviewItem, choice: ExportChoice | undefined) {
  if (!choice || (item.decision !== 'ask' && choice !== 'skip')) return []
  const trackerResourceId = choice !== 'skip' && 'trackerResourceId' in item ? item.trackerResourceId : undefined
  return [{ candidateId: item.candidateId, choice, trackerResourceId }]
}

export function ExportDialog({ candidateIds, defaultTrackerJobId, jobId, onOpenChange }: Props) {
  const open = candidateIds !== null
  const [text, setText] = useState('')
  const [trackerJobId, setTrackerJobId] = useState<number | null>(null)
  const [textError, setTextError] = useState<string | null>(null)
  const [outcomes, setOutcomes] = useState<ExportOutcome[] | null>(null)
  const [confirmError, setConfirmError] = useState<string | null>(null)
  const [picked, setPicked] = useState<ReadonlyMap<number, ExportChoice>>(new Map())
  const ids = useMemo(() => candidateIds ?? [], [candidateIds])

  useEffect(() => {
    if (!open) return
    setText(defaultTrackerJobId?.toString() ?? '')
    setTrackerJobId(defaultTrackerJobId)
    setTextError(null)
    setOutcomes(null)
    setConfirmError(null)
    setPicked(new Map())
  }, [open, defaultTrackerJobId])

  // The id is looked up and the preview redone shortly after typing stops.
  useEffect(() => {
    const trimmed = text.trim()
    const timer = setTimeout(() => {
      if (trimmed === '') return (setTextError(null), setTrackerJobId(null))
      const id = parseTrackerJobId(trimmed)
      if (id === null) return setTextError('A TrackerRMS job ID is a number, like 4521 or JOB-4521 (as TrackerRMS shows it).')
      setTextError(null)
      setTrackerJobId(id)
    }, 400)
    return () => clearTimeout(timer)
  }, [text])

  const preview = useCall(
    'sync.previewExport',
    { candidateIds: ids.length ? ids : [1], trackerJobId },
    { enabled: open && ids.length > 0 && !outcomes, staleTime: 0, gcTime: 0, retry: false }
  )
  const lookup = useCall('tracker.lookupJob', { trackerJobId: trackerJobId ?? 1 }, { enabled: open && trackerJobId !== null && !outcomes, retry: false })
  const exportCall = useCallMutation('sync.export')
  const items = preview.data?.items ?? NO_ITEMS
  const exportable = items.filter((i) => i.decision !== 'refused')
  const choices = new Map(exportable.map((i) => [i.candidateId, choiceOf(i, picked.get(i.candidateId))]))
  const count = (choice: ExportChoice) => exportable.filter((i) => choices.get(i.candidateId) === choice).length
  const [created, linked, skipped] = [count('create'), count('link'), count('skip')]
  const undecided = exportable.filter((i) => choices.get(i.candidateId) === undefined)
  const sending = created + linked
  const refused = items.length - exportable.length
  const jobMissing = lookup.data?.state === 'not_found'
  const names = useMemo(() => new Map(items.map((i) => [i.candidateId, i.fullName])), [items])
  const pick = (candidateId: number, choice: ExportChoice) => setPicked((before) => new Map(before).set(candidateId, choice))

  async function confirm() {
    setConfirmError(null)
    try {
      const decisions = exportable.flatMap((i) => rowDecision(i, choices.get(i.candidateId)))
      const result = await exportCall.mutateAsync({ candidateIds: exportable.map((i) => i.candidateId), trackerJobId, jobId, decisions })
      announceAsBatch(result.flatMap((o) => (o.outcome === 'queued' || o.outcome === 'already_queued' ? [o.queueId] : [])))
      setOutcomes(result)
    } catch (error) {
      setConfirmError(errorMessage(error))
    }
  }

  const blockedReason = textError
    ? 'Fix the TrackerRMS job ID first.'
    : jobMissing
      ? 'TrackerRMS has no job with this id: fix it, or leave the field empty.'
      : preview.isSuccess && exportable.length === 0
        ? ids.length === 1
          ? 'This candidate is already in TrackerRMS: contact details are sent once, so Export to ATS is only for candidates not yet synced.'
          : 'Every selected candidate is already in TrackerRMS: contact details are sent once, so Export to ATS is only for candidates not yet synced.'
        : undecided.length
          ? `Decide what to do with ${undecided.map((i) => i.fullName).join(', ')}: TrackerRMS has someone of the same name with another email or LinkedIn URL. Link, create new or skip.`
          : preview.isSuccess && sending === 0
            ? 'Every candidate is skipped: nothing to export.'
            : null
  const selected = ids.length
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Export to ATS"
      description={`${plural(selected, 'candidate')} to TrackerRMS. Nothing is written until you confirm.`}
      wide
    >
      <div className="dialog-body export-dialog">
        {outcomes ? (
          <Outcomes outcomes={outcomes} names={names} />
        ) : (
          <>
            <div className="export-job">
              <Field
                label="TrackerRMS job ID"
                hint="Candidates go onto its long list. Leave it empty to add them to TrackerRMS without a job."
                error={textError}
              >
                <input
                  className="input tracker-job-input"
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="e.g. 4521"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              </Field>
              {!textError && (
                <TrackerJobLookup
                  id={trackerJobId}
                  lookup={lookup.data}
                  pending={lookup.isFetching && lookup.data?.id !== trackerJobId}
                  stored={{ ...NO_JOB }}
                />
              )}
            </div>
            {preview.data?.owner && (
              <p className="owner-line">
                <UserRound aria-hidden="true" />{' '}
                <span>
                  Sent by: <strong>{preview.data.owner}</strong> (who connected Tracker Sync; TrackerRMS decides who owns new records)
                </span>
              </p>
            )}
            {preview.data?.refreshProblem && (
              <div className="callout warning" role="note">
                <CircleAlert aria-hidden="true" />
                <PlainWithDetails text={preview.data.refreshProblem} />
              </div>
            )}
            <section aria-labelledby="preview-title" aria-busy={preview.isFetching || undefined}>
              <h3 id="preview-title" className="section-title">
                Preview
                {preview.isSuccess &&
                  `: ${[
                    created && `${created} new`,
                    linked && `${linked} linked`,
                    undecided.length && `${undecided.length} to decide`,
                    skipped && `${skipped} skipped`,
                    refused && `${refused} not exported`
                  ]
                    .filter(Boolean)
                    .join(', ')}`}
              </h3>
              {preview.isPending || (preview.isFetching && !preview.data) ? (
                <p className="muted" role="status">
                  Checking TrackerRMS for duplicates…
                </p>
              ) : preview.isError ? (
                <ErrorMessage>{preview.error.message}</ErrorMessage>
              ) : (
                <ul className="preview-list">
                  {items.map((item) => (
                    <PreviewItem
                      key={item.candidateId}
                      item={item}
                      trackerJobId={trackerJobId}
                      choice={choices.get(item.candidateId)}
                      onChoice={(choice) => pick(item.candidateId, choice)}
                    />
                  ))}
                </ul>
              )}
            </section>
            <ErrorMessage id="export-reason">{confirmError ?? blockedReason}</ErrorMessage>
          </>
        )}
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {outcomes ? 'Close' : 'Cancel'}
          </button>
          {!outcomes && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={!preview.isSuccess || preview.isFetching || !!blockedReason || exportCall.isPending}
              aria-describedby={blockedReason ? 'export-reason' : undefined}
              onClick={() => void confirm()}
            >
              <Send aria-hidden="true" /> Export {sending ? sending.toLocaleString() : ''} to TrackerRMS
            </button>
          )}
        </footer>
      </div>
    </Dialog>
  )
}
