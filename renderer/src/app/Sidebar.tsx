import { Activity, Briefcase, Settings, Users, type LucideIcon } from 'lucide-react'
import { useCall } from '../api/hooks'
import icon from '../assets/icon.svg'
import type { Screen } from './router'

const NAV: { screen: Screen; label: string; icon: LucideIcon; href: string }[] = [
  { screen: 'jobs', label: 'Jobs', icon: Briefcase, href: '#/jobs' },
  { screen: 'candidates', label: 'Candidates', icon: Users, href: '#/candidates' },
  { screen: 'activity', label: 'Activity', icon: Activity, href: '#/activity' },
  { screen: 'settings', label: 'Settings', icon: Settings, href: '#/settings' }
]

/** Navigation, with counts, and who the app is connected to (or that it is not). */
export function Sidebar({ current }: { current: Screen }) {
  const status = useCall('status.get', {})
  const counts: Partial<Record<Screen, number>> = status.data ? { jobs: status.data.counts.jobs, candidates: status.data.counts.candidates } : {}
  const connection = status.data?.connection
  return (
    <aside className="sidebar">
      <div className="brand">
        <img src={icon} alt="" width={28} height={28} />
        <span>Tracker Sync</span>
      </div>
      <nav className="nav" aria-label="Main">
        {NAV.map(({ screen, label, icon: Icon, href }) => (
          <a key={screen} href={href} aria-current={current === screen ? 'page' : undefined}>
            <Icon aria-hidden="true" />
            <span>{label}</span>
            {counts[screen] !== undefined && (
              <span className="nav-count" aria-label={`${counts[screen]} ${label.toLowerCase()}`}>
                {counts[screen]!.toLocaleString()}
              </span>
            )}
          </a>
        ))}
      </nav>
      <div className="sidebar-footer">
        <a className="connection" href="#/settings">
          <span className={`dot${connection?.connected ? ' on' : ''}`} aria-hidden="true" />
          <span className="connection-text">
            <span className="connection-name">TrackerRMS</span>
            <span>{connection?.connected ? `Connected${connection.webHost ? ` · ${connection.webHost}` : ''}` : 'Not connected'}</span>
          </span>
        </a>
      </div>
    </aside>
  )
}
