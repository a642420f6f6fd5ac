// "N candidates replied before this trigger was set — send them now?" A trigger never reaches back on its own
// (rule 1); this is the explicit way, with the count and a confirmation.
import { plural } from '../../../../shared/plural'
import { History } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import type { JobSummary } from '../../../../shared/api/jobs'
import type { Trigger } from '../../../../shared/domain'
import { errorMessage } from '../../api/client'
import { useCall, useCallMutation } from '../../api/hooks'
import { useConnection } from '../../api/state'
import { ConfirmDialog } from '../../components/ConfirmDialog'

const WHAT: Record<Exclude<Trigger, 'never'>, [string, string]> = {
  sequence: ['was added to an outreach sequence', 'were added to an outreach sequence'],
  replied: ['replied', 'replied'],
  interested: ['replied and was interested', 'replied and were interested']
}

export function BackfillCard({ job }: { job: JobSummary }) {
  const trigger = job.sync.trigger
  const preview = useCall('sync.backfillPreview', { jobId: job.id }, { enabled: trigger !== 'never' })
  const confirm = useCallMutation('sync.backfillConfirm')
  const connected = useConnection().data?.connected ?? false
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (trigger === 'never' || !preview.data || preview.data.count === 0) return null
  const { count, candidates } = preview.data
  const what = WHAT[trigger][count === 1 ? 0 : 1]
  const people = `${plural(count, 'candidate')}`

  async function send() {
    setError(null)
    try {
      const { queued } = await confirm.mutateAsync({ jobId: job.id })
      setOpen(false)
      toast.success(`${plural(queued, 'export')} queued`, { description: 'They go to TrackerRMS now; follow them in Activity.' })
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }

  return (
    <section className="callout backfill" aria-labelledby="backfill-title">
      <History aria-hidden="true" />
      <div className="callout-body">
        <p id="backfill-title">
          <strong>
            {people} {what} before this trigger was set.
          </strong>{' '}
          A trigger never reaches back, so they were not sent. Send them now?
        </p>
        <div className="row">
          <button type="button" className="btn btn-sm" disabled={!connected} onClick={() => setOpen(true)}>
            Review and send {count.toLocaleString()}…
          </button>
          {!connected && <span className="muted">Connect TrackerRMS first.</span>}
        </div>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Send ${people} to TrackerRMS?`}
        description={`They ${what} before the trigger of ${job.title} was set.`}
        confirmLabel={`Send ${count.toLocaleString()}`}
        busy={confirm.isPending}
        error={error}
        onConfirm={() => void send()}
      >
        <ul className="name-list">
          {candidates.map((c) => (
            <li key={c.candidateId}>{c.fullName}</li>
          ))}
          {count > candidates.length && <li className="muted">and {(count - candidates.length).toLocaleString()} more</li>}
        </ul>
        <p className="muted">
          Each is checked for duplicates first{job.sync.trackerJobId ? ` and put on TrackerRMS job ${job.sync.trackerJobId}’s long list` : ''}. They are sent
          right away, without the grace delay.
        </p>
      </ConfirmDialog>
    </section>
  )
}
