// Activity's header line: how many exports are still to send and what they wait for. While Tracker Sync reads
// TrackerRMS's candidate list, it says that exports which would create records wait for that read.
import type { SyncStateView } from '../../../../shared/api/sync'
import { plural } from '../../../../shared/plural'
import { activeCount } from '../../api/state'

const MODE_WORDS: Partial<Record<SyncStateView['queue']['state'], string>> = {
  running: ', sending now',
  offline: ', waiting for TrackerRMS',
  paused_auth: ', paused'
}

export function activitySubtitle(sync: SyncStateView | undefined): string {
  if (!sync) return 'Loading…'
  const waiting = activeCount(sync.counts)
  // All of them parked: the queue may still be "running" (reading TrackerRMS's list), but none is being sent.
  const how = sync.counts.waiting === waiting ? ', on hold' : (MODE_WORDS[sync.queue.state] ?? '')
  const queue = waiting === 0 ? 'Nothing waiting to be sent.' : `${plural(waiting, 'export')} to send${how}.`
  const { index } = sync
  if (index.state !== 'reading' && index.state !== 'paused') return queue
  const where = index.percent !== null ? ` (${index.state === 'paused' ? 'paused at ' : ''}${index.percent} %)` : index.state === 'paused' ? ' (paused)' : ''
  return `${queue} Exports that would create a TrackerRMS record wait until your TrackerRMS candidates are read${where}.`
}
