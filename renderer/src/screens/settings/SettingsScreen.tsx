import { Unplug } from 'lucide-react'
import { useCall } from '../../api/hooks'
import { PageHeader } from '../../components/PageHeader'
import { formatTime } from '../profile/format'
import { SyncSettingsForm } from './SyncSettingsForm'

export function SettingsScreen() {
  const status = useCall('status.get', {})
  const connection = status.data?.connection
  return (
    <>
      <PageHeader title="Settings" subtitle="The TrackerRMS connection, how sending behaves, and where your data lives." />
      <div className="page-body">
        <div className="stack content-narrow">
          <section className="card" aria-labelledby="connection-title">
            <div className="card-header">
              <h2 id="connection-title">TrackerRMS connection</h2>
            </div>
            <div className="card-body">
              {connection?.connected ? (
                <dl className="facts">
                  <Fact label="Region" value={connection.region} />
                  <Fact label="TrackerRMS web address" value={connection.webHost} />
                  <Fact label="Connected" value={connection.connectedAt ? formatTime(connection.connectedAt) : null} />
                  <Fact label="Owner of synced records" value={connection.connectedBy} />
                </dl>
              ) : (
                <div className="callout">
                  <Unplug aria-hidden="true" />
                  <p>
                    <strong>Not connected.</strong> Connecting with your TrackerRMS region and API token comes with the next update of Tracker Sync. Until
                    then, everything stays on this computer and nothing is sent.
                  </p>
                </div>
              )}
            </div>
          </section>
          <SyncSettingsForm />
          <section className="card" aria-labelledby="data-title">
            <div className="card-header">
              <h2 id="data-title">Your data</h2>
            </div>
            <div className="card-body">
              <dl className="facts">
                <Fact label="Data folder" value={status.data?.dataDir ?? null} mono />
                <Fact label="Database schema" value={status.data ? `version ${status.data.database.schemaVersion}` : null} />
                <Fact
                  label="TrackerRMS token kept in"
                  value={status.data ? (status.data.connection.tokenStore === 'keychain' ? 'the system keychain' : 'the TRACKER_SYNC_TOKEN environment variable') : null}
                />
              </dl>
            </div>
          </section>
        </div>
      </div>
    </>
  )
}

function Fact({ label, value, mono }: { label: string; value: string | null; mono?: boolean }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>{value ?? <span className="muted">—</span>}</dd>
    </div>
  )
}
