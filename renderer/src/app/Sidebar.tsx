import { Activity, Briefcase, Settings, Users, type LucideIcon } from 'lucide-react'
import { useCall } from '../api/hooks'
import { activeCount, useConnection, useSyncState } from '../api/state'
import icon from '../assets/icon.svg'
import type { Screen } from './router'

const NAV: { screen: Screen; label: string; icon: LucideIcon; href: string }[] = [
  { screen: 'jobs', label: 'Jobs', icon: Briefcase, href: '#/jobs' },
  { screen: 'candidates', label: 'Candidates', icon: Users, href: '#/candidates' },
  { screen: 'activity', label: 'Activity', icon: Activity, href: '#/activity' },
  { screen: 'settings', label: 'Settings', icon: Settings, href: '#/settings' }
]

/** Navigation, with counts, and the TrackerRMS connection at a glance (connected, refused, offline, not connected). */
export function Sidebar({ current }: { current: Screen }) {
  const status = useCall('status.get', {})
  const connection = useConnection().data
  const sync = useSyncState().data
  const waiting = activeCount(sync?.counts)
  const counts: Partial<Record<Screen, { n: number; label: string }>> = {}
  if (status.data) {
    counts.jobs = { n: status.data.counts.jobs, label: 'jobs' }
    counts.candidates = { n: status.data.counts.candidates, label: 'candidates' }
  }
  if (waiting > 0) counts.activity = { n: waiting, label: 'exports waiting' }

  const refused = connection?.connected && (connection.problem?.code === 'auth' || sync?.queue.state === 'paused_auth')
  const state = !connection?.connected ? 'off' : refused ? 'refused' : sync?.queue.state === 'offline' ? 'offline' : 'on'
  const line = {
    off: 'Not connected',
    refused: 'Token refused: reconnect',
    offline: 'Can’t be reached',
    on: connection?.demo.connected ? 'Connected to the demo' : `Connected${connection?.webHost ? ` · ${connection.webHost.replace(/^https?:\/\//, '')}` : ''}`
  }[state]

  return (
    <aside className="sidebar">
      <div className="brand">
        <img src={icon} alt="" width={28} height={28} />
        <span>Tracker Sync</span>
      </div>
      <nav className="nav" aria-label="Main">
        {NAV.map(({ screen, label, icon: Icon, href }) => {
          const count = counts[screen]
          return (
            <a key={screen} href={href} aria-current={current === screen ? 'page' : undefined}>
              <Icon aria-hidden="true" />
              <span>{label}</span>
              {count && (
                <span className={`nav-count${screen === 'activity' ? ' pill' : ''}`} aria-label={`${count.n} ${count.label}`}>
                  {count.n.toLocaleString()}
                </span>
              )}
            </a>
          )
        })}
      </nav>
      <div className="sidebar-footer">
        <a className={`connection connection-${state}`} href="#/settings">
          <span className="dot" aria-hidden="true" />
          <span className="connection-text">
            <span className="connection-name">TrackerRMS</span>
            <span className="truncate">{line}</span>
          </span>
        </a>
      </div>
    </aside>
  )
}
