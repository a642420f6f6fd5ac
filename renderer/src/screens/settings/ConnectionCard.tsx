// Settings > TrackerRMS: connect (or try the demo); once connected, who and since when, the health check with a
// fix per failure, a new token, and disconnect (local data and the queue are kept).
import { plural } from '../../../../shared/plural'
import { FlaskConical, KeyRound, RefreshCw, Stethoscope, Unplug } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import type { ConnectionView } from '../../../../shared/api/connection'
import { errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'
import { activeCount, useSyncState } from '../../api/state'
import { formatDateTime } from '../../api/time'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ConnectForm } from './ConnectForm'
import { DemoButton } from './DemoButton'
import { Fact } from './Fact'
import { HealthList } from './HealthList'

export function ConnectionCard({ connection }: { connection: ConnectionView }) {
  const health = useCallMutation('connection.health')
  const disconnect = useCallMutation('connection.disconnect')
  const waiting = activeCount(useSyncState().data?.counts)
  const [changing, setChanging] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const refused = connection.problem?.code === 'auth'

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
          <ConnectForm connection={connection} onConnected={check} />
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
        {refused && (
          <div className="callout danger" role="alert">
            <KeyRound aria-hidden="true" />
            <p>
              <strong>TrackerRMS refused the token.</strong> {connection.problem?.message} Paste the current token below to reconnect; queued exports wait
              until then.
            </p>
          </div>
        )}
        <dl className="facts">
          <Fact
            label="Region"
            value={connection.demo.connected ? 'The demo TrackerRMS on this computer' : connection.region === 'custom' ? `Custom: ${connection.restUrl}` : connection.regionLabel}
          />
          <Fact label="TrackerRMS web address" value={connection.webHost} />
          <Fact label="Connected as" value={connection.connectedBy} hint="The owner of every candidate Tracker Sync creates in TrackerRMS." />
          <Fact label="Connected since" value={connection.connectedAt ? formatDateTime(connection.connectedAt) : null} />
          <Fact label="Token kept in" value={connection.tokenStore === 'keychain' ? (connection.demo.connected ? 'memory (demo token)' : 'the system keychain') : 'TRACKER_SYNC_TOKEN'} />
        </dl>
        {(changing || refused) && (
          <div className="subcard">
            <h3>{refused ? 'Reconnect' : 'Use a new token'}</h3>
            <ConnectForm connection={connection} submitLabel="Reconnect" onConnected={() => (setChanging(false), check())} />
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
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            <Unplug aria-hidden="true" /> Disconnect…
          </button>
        </div>
        {health.data && <HealthList report={health.data} />}
        {health.isError && <ErrorMessage>{health.error.message}</ErrorMessage>}
      </div>
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
