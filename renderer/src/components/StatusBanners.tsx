// The state of sending, above every screen, each with what to do about it: the token refused, TrackerRMS out of
// reach, slowed down, not connected with exports waiting, or another Tracker Sync sending this data folder's queue.
import { plural } from '../../../shared/plural'
import { CloudOff, Gauge, KeyRound, Plug, Users } from 'lucide-react'
import type { ReactNode } from 'react'
import { activeCount, useConnection, useSyncState } from '../api/state'
import { Countdown } from './Countdown'

interface BannerProps {
  tone: 'danger' | 'warning' | 'info'
  icon: ReactNode
  title: string
  children: ReactNode
  action?: ReactNode
  /** Danger is announced at once (alert); the rest politely (status). */
  id: string
}

function Banner({ tone, icon, title, children, action, id }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'danger' ? 'alert' : 'status'} data-banner={id}>
      <span className="banner-icon" aria-hidden="true">
        {icon}
      </span>
      <div className="banner-text">
        <strong>{title}</strong> <span>{children}</span>
      </div>
      {action && <div className="banner-action">{action}</div>}
    </div>
  )
}

export function StatusBanners() {
  const connection = useConnection().data
  const sync = useSyncState().data
  if (!connection || !sync) return null
  const { queue, worker, counts } = sync
  const waiting = activeCount(counts)
  const banners: ReactNode[] = []
  const authRefused = connection.connected && (connection.problem?.code === 'auth' || queue.state === 'paused_auth')

  if (authRefused)
    banners.push(
      <Banner
        key="auth"
        id="auth"
        tone="danger"
        icon={<KeyRound />}
        title={connection.tokenMissing ? 'The TrackerRMS token is missing from the system keychain.' : 'TrackerRMS refused the token.'}
        action={
          <a className="btn btn-sm" href="#/settings">
            Reconnect in Settings
          </a>
        }
      >
        {connection.tokenMissing
          ? 'It was removed outside Tracker Sync (by hand, or by another program). '
          : 'It was revoked or regenerated in TrackerRMS (or the region is wrong). '}
        {waiting > 0 ? `${plural(waiting, 'export')} wait and are kept. ` : 'Nothing is sent until then. '}
        Copy the current API token in TrackerRMS (Tools & Settings &gt; Security Settings &gt; API) and reconnect.
      </Banner>
    )
  else if (!connection.connected && waiting > 0)
    banners.push(
      <Banner
        key="disconnected"
        id="disconnected"
        tone="warning"
        icon={<Plug />}
        title="Not connected to TrackerRMS."
        action={
          <a className="btn btn-sm" href="#/settings">
            Connect
          </a>
        }
      >
        {plural(waiting, 'export')} wait in the queue; they go out once you connect.
      </Banner>
    )
  if (queue.state === 'offline')
    banners.push(
      <Banner key="offline" id="offline" tone="warning" icon={<CloudOff />} title="TrackerRMS can’t be reached.">
        Exports wait and go out automatically when it is back
        {queue.retryAt ? (
          <>
            ; next try <Countdown until={queue.retryAt} />
          </>
        ) : (
          ''
        )}
        . Check your internet connection if this lasts.
      </Banner>
    )
  if (queue.state === 'rate_limited')
    banners.push(
      <Banner key="rate" id="rate-limited" tone="info" icon={<Gauge />} title="TrackerRMS asked Tracker Sync to slow down.">
        Sending continues {queue.retryAt ? <Countdown until={queue.retryAt} /> : 'shortly'}; nothing is lost. Lower “Requests per minute” in Settings if this
        happens often.
      </Banner>
    )
  if (worker.problem)
    banners.push(
      <Banner key="worker" id="worker" tone="info" icon={<Users />} title="Exports are sent by another process.">
        {worker.problem} This window shows the queue and takes over when that one stops.
      </Banner>
    )
  return banners.length ? <div className="banners">{banners}</div> : null
}
