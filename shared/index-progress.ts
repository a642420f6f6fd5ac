// The read of TrackerRMS's candidate list in words, the same in Settings, Activity and on the command line:
// "Reading your TrackerRMS candidates: 34,000 of ~100,000 — about 7 minutes left".
import type { IndexStatus } from './events'
import { plural } from './plural'

/** "about 7 minutes left", "about 40 seconds left", "about 2 hours 10 minutes left". */
function timeLeft(seconds: number): string {
  if (seconds < 60) return `about ${plural(Math.max(5, Math.round(seconds / 5) * 5), 'second')} left`
  const minutes = Math.round(seconds / 60)
  if (minutes < 90) return `about ${plural(minutes, 'minute')} left`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return `about ${plural(hours, 'hour')}${rest ? ` ${plural(rest, 'minute')}` : ''} left`
}

export function indexProgressText(status: IndexStatus): string {
  const read = status.rows.toLocaleString('en')
  switch (status.state) {
    case 'not_connected':
      return 'Not connected to TrackerRMS.'
    case 'ready':
      return `Tracker Sync knows your ${plural(status.rows, 'TrackerRMS candidate')}${status.lastRefreshAt ? ` (checked ${status.lastRefreshAt.slice(0, 16).replace('T', ' ')} UTC)` : ''}.`
    case 'paused':
      return `Reading your TrackerRMS candidates paused at ${read}${status.total !== null ? ` of ~${status.total.toLocaleString('en')}` : ''}: ${status.problem ?? 'it carries on by itself'}`
    case 'reading': {
      const of = status.total !== null ? ` of ~${status.total.toLocaleString('en')}` : ''
      const eta = status.etaSeconds !== null ? ` — ${timeLeft(status.etaSeconds)}` : ''
      return `Reading your TrackerRMS candidates: ${read}${of}${eta}`
    }
  }
}
