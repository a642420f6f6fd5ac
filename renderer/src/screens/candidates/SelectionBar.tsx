import { plural } from '../../../../shared/plural'
import { BriefcaseBusiness, Send, X } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import type { StageRecordResult } from '../../../../shared/api/stages'
import { STAGES, STAGE_LABELS, type Stage } from '../../../../shared/domain'
import { errorMessage, type ApiClient } from '../../api/client'
import { useApi } from '../../api/context'
import { useCallMutation } from '../../api/hooks'
import { useConnection } from '../../api/state'
import { EXPORT_BATCH_MAX } from '../../../../shared/api/sync'
import { AddToJobDialog } from './AddToJobDialog'
import { showQueuedToast } from './queued-toast'

interface Props {
  selectedIds: ReadonlySet<number>
  /** Stage actions need a job: a candidate's stage is per job. */
  jobId: number | null
  jobTitle: string | null
  onClear(): void
  /** Opens "Export to ATS" for the selection. */
  onExport(): void
  /** The candidates a stage action moved (kept visible, dimmed, under a stage filter). */
  onMoved(candidateIds: number[]): void
}

/**
 * What to do with the selected candidates: move them to a stage in the chosen job (one outreach event each), add
 * them to another job, export them.
 */
export function SelectionBar({ selectedIds, jobId, jobTitle, onClear, onExport, onMoved }: Props) {
  const { client } = useApi()
  const record = useCallMutation('stages.record')
  const connected = useConnection().data?.connected ?? false
  /** The candidates "Add to job…" was opened for: a snapshot, so the selection changing meanwhile adds no one else. */
  const [adding, setAdding] = useState<number[] | null>(null)
  const count = selectedIds.size
  if (count === 0) return null
  const exportBlocked = !connected
    ? 'Connect TrackerRMS in Settings to export.'
    : count > EXPORT_BATCH_MAX
      ? `Export to ATS takes at most ${EXPORT_BATCH_MAX.toLocaleString()} candidates at once.`
      : null

  async function move(stage: Stage) {
    if (jobId === null) return
    try {
      const result = await record.mutateAsync({ jobId, candidateIds: [...selectedIds], stage })
      onMoved(result.outcomes.filter((o) => o.changed).map((o) => o.candidateId))
      report(result, jobTitle, client, jobId)
    } catch (error) {
      toast.error(`Could not move the candidates: ${errorMessage(error)}`)
    }
  }

  return (
    <div className="selection-bar" role="region" aria-label="Selected candidates">
      <span className="selection-count" aria-live="polite">
        {count.toLocaleString()} selected
      </span>
      {jobId === null ? (
        <span className="muted selection-hint">Choose a job above to move candidates between stages.</span>
      ) : (
        <div className="stage-actions" role="group" aria-label={`Move to stage in ${jobTitle ?? 'this job'}`}>
          <span className="muted">Move to</span>
          {STAGES.map((stage) => (
            <button
              key={stage}
              type="button"
              className={`btn btn-sm stage-btn stage-btn-${stage}`}
              disabled={record.isPending}
              onClick={() => void move(stage)}
            >
              {STAGE_LABELS[stage]}
            </button>
          ))}
        </div>
      )}
      {/* Its own group behind a divider: putting people on another job is not one more stage of this one. */}
      <div className="selection-group" role="group" aria-label="Other jobs">
        <button type="button" className="btn btn-sm" aria-haspopup="dialog" onClick={() => setAdding([...selectedIds])}>
          <BriefcaseBusiness aria-hidden="true" /> Add to job…
        </button>
      </div>
      <AddToJobDialog candidateIds={adding} currentJobId={jobId} onOpenChange={(open) => !open && setAdding(null)} />
      <span className="selection-export">
        <button
          type="button"
          className="btn btn-sm btn-primary"
          disabled={!!exportBlocked}
          aria-describedby={exportBlocked ? 'export-blocked' : undefined}
          onClick={onExport}
        >
          <Send aria-hidden="true" /> Export to ATS
        </button>
        {exportBlocked && (
          <span id="export-blocked" className="muted selection-hint">
            {exportBlocked}
          </span>
        )}
      </span>
      <button type="button" className="btn btn-ghost btn-sm selection-clear" onClick={onClear}>
        <X aria-hidden="true" /> Clear
      </button>
    </div>
  )
}

/** One toast for the whole batch: how many moved, what that set in motion, what was refused. */
function report(result: StageRecordResult, jobTitle: string | null, client: ApiClient, jobId: number) {
  const moved = result.outcomes.filter((o) => o.changed).length
  const unchanged = result.outcomes.length - moved
  const label = STAGE_LABELS[result.stage]
  const effects = new Map<string, number>()
  // A queued export is told by its own toast (countdown and Undo), not repeated here.
  for (const effect of result.outcomes.filter((o) => o.queued === null).flatMap((o) => o.effects)) effects.set(effect, (effects.get(effect) ?? 0) + 1)
  const details = [
    unchanged > 0 ? `${unchanged} already at ${label}.` : null,
    ...[...effects].map(([effect, n]) => (n > 1 ? `${n} × ${effect}` : effect))
  ].filter(Boolean)
  const title = moved > 0 ? `Moved ${plural(moved, 'candidate')} to ${label}${jobTitle ? ` in ${jobTitle}` : ''}` : `Nothing to move`
  const toldWithCountdown = showQueuedToast(client, jobId, result, [`${title}.`, ...details].join(' '))
  if (!toldWithCountdown && (moved > 0 || result.failed.length === 0)) toast.success(title, { description: details.join(' ') || undefined })
  if (result.failed.length > 0) toast.error(`${plural(result.failed.length, 'candidate')} could not be moved`, { description: result.failed[0].error.message })
}
