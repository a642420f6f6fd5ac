// Why a parked export waits. For the first read of TrackerRMS's candidate list, the read's live progress: the text
// stored when the export started waiting still says how far the read was then. Otherwise the reason stored then
// (the Widget API refused, or TrackerRMS reports the person but its record is not in the list yet).
import type { QueueEntry } from '../../../../shared/api/sync'
import type { IndexStatus } from '../../../../shared/events'
import { useIndexStatus } from '../../api/state'

const FOR_THE_LIST = 'Waiting for the TrackerRMS candidate list'

function readShare(index: IndexStatus): string {
  return index.percent !== null ? `${index.percent} %` : `${index.rows.toLocaleString('en')} read`
}

function waitingText(entry: Pick<QueueEntry, 'waitingFor' | 'lastError'>, index: IndexStatus | null): string | null {
  if (entry.waitingFor !== 'index') return entry.lastError
  switch (index?.state) {
    case 'reading':
      return `${FOR_THE_LIST} (${readShare(index)})`
    case 'paused':
      return `${FOR_THE_LIST} (paused at ${readShare(index)}; it carries on by itself)`
    case 'ready':
      return 'The TrackerRMS candidate list is read: checking for duplicates next.'
    case 'not_connected':
      return `${FOR_THE_LIST}: it is read once TrackerRMS is connected.`
    default:
      return FOR_THE_LIST
  }
}

export function WaitingReason({ entry }: { entry: Pick<QueueEntry, 'waitingFor' | 'lastError'> }) {
  const text = waitingText(entry, useIndexStatus())
  return text ? <span className="waiting-reason">{text}</span> : null
}
