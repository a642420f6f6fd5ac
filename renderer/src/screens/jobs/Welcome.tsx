import { Plug, Plus } from 'lucide-react'
import icon from '../../assets/icon.svg'
import { DemoButton } from '../settings/DemoButton'

/** The first start: what Tracker Sync does, and the three ways in (connect, try the demo, or start locally). */
export function Welcome({ onNewJob }: { onNewJob(): void }) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <img src={icon} alt="" width={56} height={56} />
      <h2 id="welcome-title">Welcome to Tracker Sync</h2>
      <p className="muted">
        Keep your outreach pipeline here and send the promising candidates to TrackerRMS — automatically when they reply, or by hand — without typing them in
        twice and without duplicates.
      </p>
      <ol className="welcome-steps">
        <li>
          <strong>Connect TrackerRMS</strong> with your region and API token.
        </li>
        <li>
          <strong>Create a job</strong> and choose when its candidates go to TrackerRMS (before you start outreach).
        </li>
        <li>
          <strong>Add or import candidates</strong> and move them through the stages as they reply.
        </li>
      </ol>
      <div className="actions">
        <a className="btn btn-primary" href="#/settings">
          <Plug aria-hidden="true" /> Connect TrackerRMS
        </a>
        <DemoButton />
        <button type="button" className="btn btn-ghost" onClick={onNewJob}>
          <Plus aria-hidden="true" /> Create a job first
        </button>
      </div>
    </section>
  )
}
