import { useCall } from '../../api/hooks'
import { useConnection } from '../../api/state'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageHeader } from '../../components/PageHeader'
import { ConnectionCard } from './ConnectionCard'
import { Fact } from './Fact'
import { SyncSettingsForm } from './SyncSettingsForm'

export function SettingsScreen() {
  const status = useCall('status.get', {})
  const connection = useConnection()
  return (
    <>
      <PageHeader title="Settings" subtitle="The TrackerRMS connection, how sending behaves, and where your data lives." />
      <div className="page-body">
        <div className="stack content-narrow">
          {connection.data ? (
            <ConnectionCard connection={connection.data} />
          ) : connection.isError ? (
            <ErrorMessage>Could not read the connection: {connection.error.message}</ErrorMessage>
          ) : null}
          <SyncSettingsForm />
          <section className="card" aria-labelledby="data-title">
            <div className="card-header">
              <h2 id="data-title">Your data</h2>
            </div>
            <div className="card-body">
              <dl className="facts">
                <Fact label="Data folder" value={status.data?.dataDir ?? null} mono />
                <Fact label="Database schema" value={status.data ? `version ${status.data.database.schemaVersion}` : null} />
              </dl>
            </div>
          </section>
        </div>
      </div>
    </>
  )
}
