// The state of sending, above every screen: ONE banner for the current cause (shared/sync-status.ts decides it), in
// plain words with what to do, the technical detail behind "Details"; and, apart, another Tracker Sync sending this
// data folder's queue.
import { CloudOff, Gauge, KeyRound, Plug, RefreshCw, Users } from 'lucide-react'
import type { ReactNode } from 'react'
import { toast } from 'sonner'
import type { SyncCause, SyncStatus } from '../../../shared/sync-status'
import { errorMessage } from '../api/client'
import { useCallMutation } from '../api/hooks'
import { useSyncState, useSyncStatus } from '../api/state'
import { Countdown } from './Countdown'
import { StatusDetails } from './StatusDetails'

/** The banner's id per cause (end-to-end tests find it by these). */
const IDS: Record<SyncCause, string> = {
  not_connected: 'disconnected',
  token_missing: 'auth',
  token_refused: 'auth',
  unreachable: 'offline',
  rate_limited: 'rate-limited'
}

const ICONS: Record<SyncCause, ReactNode> = {
  not_connected: <Plug />,
  token_missing: <KeyRound />,
  token_refused: <KeyRound />,
  unreachable: <CloudOff />,
  rate_limited: <Gauge />
}

/** Settings with the token field focused (see ConnectionCard). */
const RECONNECT_HREF = '#/settings?reconnect=1'

/** "Try now": the queue probes TrackerRMS at once instead of waiting for its next try. */
export function TryNowButton() {
  const tryNow = useCallMutation('sync.tryNow')
  return (
    <button
      type="button"
      className="btn btn-sm"
      disabled={tryNow.isPending}
      onClick={() => void tryNow.mutateAsync({}).catch((e: unknown) => toast.error(errorMessage(e)))}
    >
      <RefreshCw aria-hidden="true" /> Try now
    </button>
  )
}

function Action({ status }: { status: SyncStatus }) {
  if (status.action === 'reconnect')
    return (
      <a className="btn btn-sm" href={RECONNECT_HREF}>
        Reconnect in Settings
      </a>
    )
  if (status.action === 'connect')
    return (
      <a className="btn btn-sm" href="#/settings">
        Connect
      </a>
    )
  if (status.action === 'try_now') return <TryNowButton />
  return null
}

export function StatusBanners() {
  const sync = useSyncState().data
  const status = useSyncStatus()
  if (!sync) return null
  const banners: ReactNode[] = []
  if (status)
    banners.push(
      <div key="status" className={`banner banner-${status.tone}`} role={status.tone === 'danger' ? 'alert' : 'status'} data-banner={IDS[status.cause]}>
        <span className="banner-icon" aria-hidden="true">
          {ICONS[status.cause]}
        </span>
        <div className="banner-text">
          <strong>{status.title}</strong> <span>{status.text}</span>
          {status.retryAt && (
            <span>
              {' '}
              Next try <Countdown until={status.retryAt} />.
            </span>
          )}
          <StatusDetails detail={status.detail} />
        </div>
        <div className="banner-action">
          <Action status={status} />
        </div>
      </div>
    )
  if (sync.worker.problem)
    banners.push(
      <div key="worker" className="banner banner-info" role="status" data-banner="worker">
        <span className="banner-icon" aria-hidden="true">
          <Users />
        </span>
        <div className="banner-text">
          <strong>Exports are sent by another process.</strong>{' '}
          <span>{sync.worker.problem} This window shows the queue and takes over when that one stops.</span>
        </div>
      </div>
    )
  return banners.length ? <div className="banners">{banners}</div> : null
}
