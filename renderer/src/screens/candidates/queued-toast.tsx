// The toast after a move that queued an export: "Queued for TrackerRMS in 2:00 · Undo", counting down for the whole
// grace delay (it stays until the export is due). Undo moves the candidates back to the stage they left, which under
// the sync rules cancels an export still waiting, so the outreach history says what really happened; an export that
// already left is reported and nothing changes.
import { useEffect, useState } from 'react'
import { toast } from 'sonner'
import type { StageRecordResult } from '../../../../shared/api/stages'
import { STAGE_LABELS } from '../../../../shared/domain'
import { plural } from '../../../../shared/plural'
import { errorMessage, type ApiClient } from '../../api/client'

/** "2:00", "0:07": minutes and seconds left, rounded up so it never shows 0:00 while time remains. */
function countdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

function Countdown({ sendAt, count }: { sendAt: number; count: number }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500)
    return () => clearInterval(timer)
  }, [])
  const left = sendAt - now
  const who = count > 1 ? `${count} queued` : 'Queued'
  return <span className="queued-countdown">{left > 0 ? `${who} for TrackerRMS in ${countdown(left)}` : `Sending to TrackerRMS now`}</span>
}

type Outcome = StageRecordResult['outcomes'][number]

/** Shows the countdown toast for the moves of `result` that queued an export; returns false when none did. */
export function showQueuedToast(client: ApiClient, jobId: number, result: StageRecordResult, description: string): boolean {
  const queued = result.outcomes.filter((o): o is Outcome & { queued: NonNullable<Outcome['queued']> } => o.queued !== null)
  if (queued.length === 0) return false
  const sendAt = Math.min(...queued.map((o) => Date.parse(o.queued.sendAt)))
  async function undo() {
    const results = await Promise.all(
      queued.map((o) =>
        client
          .call('stages.undo', { jobId, candidateId: o.candidateId, stage: o.previousStage, queueId: o.queued.queueId })
          .catch((error: unknown) => ({ undone: false, message: errorMessage(error) }))
      )
    )
    const undone = results.filter((r) => r.undone).length
    const refused = results.filter((r) => !r.undone)
    if (undone > 0)
      toast.success(queued.length === 1 ? `Moved back to ${STAGE_LABELS[queued[0].previousStage]}` : `Moved ${plural(undone, 'candidate')} back`, {
        description: `The export to TrackerRMS was cancelled${undone > 1 ? ` for ${undone}` : ''}; nothing was sent.`
      })
    if (refused.length > 0) toast.warning(refused.length === 1 ? 'Not undone' : `${refused.length} not undone`, { description: refused[0].message })
  }
  toast(<Countdown sendAt={sendAt} count={queued.length} />, {
    description,
    // Shown for the whole grace delay (plus a moment for "Sending now"), not the usual few seconds.
    duration: Math.max(0, sendAt - Date.now()) + 3000,
    className: 'toast toast-queued',
    action: { label: 'Undo', onClick: () => void undo() }
  })
  return true
}
