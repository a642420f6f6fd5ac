// Settings > TrackerRMS: connect (or try the demo); once connected, who and since when, what connecting learned about
// the account, the health check with a fix per failure (on request: it costs a dozen requests of the per-minute
// budget, and connecting has just learned the same), a connection report, a new token, and disconnect (local data and
// the queue are kept).
import { plural } from '../../../../shared/plural'
import { FileText, FlaskConical, KeyRound, RefreshCw, Stethoscope, Unplug } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import type { ConnectionView } from '../../../../shared/api/connection'
import { errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { activeCount, useSyncState } from '../../api/state'
import { formatDateTime } from '../../api/time'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { IndexRead } from '../../components/IndexRead'
import { ConnectForm } from './ConnectForm'
import { DemoButton } from './DemoButton'
import { Fact } from './Fact'
import { HealthList } from './HealthList'
import { ProfileFacts } from './ProfileFacts'
import { ReportDialog } from './ReportDialog'

export function ConnectionCard({ connection }: { connection: ConnectionView }) {
  const health = useCallMutation('connection.health')
  const disconnect = useCallMutation('connection.disconnect')
  const sync = useSyncState().data
  const waiting = activeCount(sync?.counts)
  const [changing, setChanging] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [reporting, setReporting] = useState(false)
  // Said once, in the banner above every screen (shared/sync-status.ts); here only the form to fix it, token first.
  const refused = connection.tokenMissing || connection.problem?.code === 'auth'

  const check = () => health.mutate({})
  async function leave() {
    try {
      await disconnect.mutateAsync({})
      setConfirming(false)
      health.reset()
      toast.success('Disconnected from TrackerRMS', { description: 'Your jobs, candidates and the queue are kept.' })
    } catch (error) {
      toast.error('Could not disconnect', { description: errorMessage(error) })
    }
  }

  if (!connection.connected)
    return (
      <section className="card" aria-labelledby="connection-title">
        <div className="card-header">
          <h2 id="connection-title">Connect to TrackerRMS</h2>
        </div>
        <div className="card-body">
          <div className="callout demo-callout">
            <FlaskConical aria-hidden="true" />
            <div className="callout-body">
              <p>
                <strong>No TrackerRMS account at hand?</strong> Try Tracker Sync with a demo TrackerRMS that runs on this computer, with demo jobs and
                candidates. Nothing leaves your computer.
              </p>
              <DemoButton />
            </div>
          </div>
          <ConnectForm connection={connection} onConnected={() => health.reset()} />
        </div>
      </section>
    )

  return (
    <section className="card" aria-labelledby="connection-title">
      <div className="card-header">
        <h2 id="connection-title">TrackerRMS connection</h2>
        {connection.demo.connected && <span className="tag">Demo</span>}
      </div>
      <div className="card-body">
        {sync && sync.index.state !== 'not_connected' && <IndexRead status={sync.index} checkForChanges />}
        <dl className="facts">
          <Fact
            label="Region"
            value={
              connection.demo.connected
                ? 'The demo TrackerRMS on this computer'
                : connection.region === 'custom'
                  ? `Custom: ${connection.restUrl}`
                  : connection.regionLabel
            }
          />
          <Fact label="TrackerRMS web address" value={connection.webHost} />
          <Fact
            label="TrackerRMS login"
            value={connection.loginEmail}
            hint={connection.loginEmail ? undefined : 'Add it (Use a new token) so the Widget API can sign in as you.'}
          />
          <Fact label="Connected as" value={connection.connectedBy} hint="Recorded as who sent each candidate to TrackerRMS." />
          <Fact label="Connected since" value={connection.connectedAt ? formatDateTime(connection.connectedAt) : null} />
          <Fact
            label="Token kept in"
            value={connection.tokenStore === 'keychain' ? (connection.demo.connected ? 'memory (demo token)' : 'the system keychain') : 'TRACKER_SYNC_TOKEN'}
          />
          <Fact label="Widget API key" value={connection.hasWidgetKey ? 'kept beside the token' : 'none given'} />
        </dl>
        <h3 className="subheading">What your TrackerRMS supports</h3>
        <ProfileFacts profile={health.data?.profile ?? connection.profile} />
        {(changing || refused) && (
          <div className="subcard">
            <h3>{refused ? 'Reconnect' : 'Use a new token'}</h3>
            <ConnectForm connection={connection} submitLabel="Reconnect" focusToken={refused} onConnected={() => (setChanging(false), health.reset())} />
          </div>
        )}
        <div className="row wrap">
          <button type="button" className="btn" onClick={check} disabled={health.isPending}>
            {health.isPending ? <RefreshCw className="spin" aria-hidden="true" /> : <Stethoscope aria-hidden="true" />}
            {health.isPending ? 'Checking…' : 'Check connection'}
          </button>
          {!refused && !changing && !connection.demo.connected && (
            <button type="button" className="btn" onClick={() => setChanging(true)}>
              <KeyRound aria-hidden="true" /> Use a new token
            </button>
          )}
          <button type="button" className="btn" onClick={() => setReporting(true)}>
            <FileText aria-hidden="true" /> Save a connection report…
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            <Unplug aria-hidden="true" /> Disconnect…
          </button>
        </div>
        {health.data && <HealthList report={health.data} />}
        {health.isError && <ErrorMessage>{health.error.message}</ErrorMessage>}
      </div>
      <ReportDialog open={reporting} onOpenChange={setReporting} />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Disconnect from TrackerRMS?"
        confirmLabel="Disconnect"
        danger
        busy={disconnect.isPending}
        onConfirm={() => void leave()}
      >
        <p>
          The token is removed from this computer and nothing more is sent to TrackerRMS. Your jobs, candidates, the record of who is in TrackerRMS and the
          queue are kept{waiting > 0 ? ` (${plural(waiting, 'export')} waiting)` : ''}: they go out when you connect again.
        </p>
      </ConfirmDialog>
    </section>
  )
}
