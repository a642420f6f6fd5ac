// Background results as toasts: an export that finished (the candidate is in TrackerRMS) or failed (with
// TrackerRMS's reason and a way to Activity). Only changes this page saw happen, or that happened moments ago.
import { toast } from 'sonner'
import type { QueueEntry } from '../../../shared/api/sync'
import type { QueueState } from '../../../shared/domain'
import type { ApiClient } from './client'

const TERMINAL: QueueState[] = ['done', 'failed', 'cancelled']
/** An export first seen already finished counts as news if it finished this recently. */
const FRESH_MS = 20_000
const MAX_LOOKUP = 200

export function createQueueToasts(client: ApiClient) {
  const known = new Map<number, QueueState>()

  function announce(entries: QueueEntry[]): void {
    const done = entries.filter((e) => e.state === 'done')
    const failed = entries.filter((e) => e.state === 'failed')
    if (done.length === 1) {
      const [entry] = done
      toast.success(`${entry.candidateName} is in TrackerRMS`, {
        description: `${entry.trackerResourceId ? `Record #${entry.trackerResourceId}` : 'Sent'}${entry.trackerJobId ? `, on job ${entry.trackerJobId}’s long list` : ''}.`
      })
    } else if (done.length > 1) {
      toast.success(`${done.length} candidates are in TrackerRMS`, {
        description:
          done
            .map((e) => e.candidateName)
            .slice(0, 3)
            .join(', ') + (done.length > 3 ? '…' : '')
      })
    }
    for (const entry of failed.slice(0, 3))
      toast.error(`Export of ${entry.candidateName} failed`, {
        description: entry.lastError ?? undefined,
        action: { label: 'Activity', onClick: () => void (window.location.hash = '#/activity') }
      })
    if (failed.length > 3) toast.error(`${failed.length - 3} more exports failed`, { description: 'See Activity.' })
  }

  return {
    changed(queueIds: number[]): void {
      const ids = queueIds.slice(0, MAX_LOOKUP)
      if (ids.length === 0) return
      client
        .call('sync.queueItems', { queueIds: ids })
        .then((entries) => {
          const news = entries.filter((entry) => {
            const before = known.get(entry.id)
            known.set(entry.id, entry.state)
            if (entry.state !== 'done' && entry.state !== 'failed') return false
            if (before === undefined) return Date.now() - Date.parse(entry.updatedAt) < FRESH_MS
            return !TERMINAL.includes(before)
          })
          if (news.length) announce(news)
        })
        .catch(() => undefined)
    }
  }
}
