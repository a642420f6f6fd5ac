import * as Tabs from '@radix-ui/react-tabs'
import { Upload } from 'lucide-react'
import { useState } from 'react'
import type { ShellActions } from '../../app/shell-actions'
import { useCall } from '../../api/hooks'
import { activeCount, useSyncState } from '../../api/state'
import { IndexRead } from '../../components/IndexRead'
import { PageHeader } from '../../components/PageHeader'
import { activitySubtitle } from './activity-subtitle'
import { ImportsTab } from './ImportsTab'
import { LedgerTab } from './LedgerTab'
import { QueueTab } from './QueueTab'
import { TwinsTab } from './TwinsTab'

type Tab = 'queue' | 'ledger' | 'twins' | 'imports'

/**
 * What is being sent to TrackerRMS (the queue, live), what already is (the ledger), possible duplicates to merge
 * there, and the CSV imports; above them, where the read of TrackerRMS's candidate list stands.
 */
export function ActivityScreen({ actions }: { actions: ShellActions }) {
  const [tab, setTab] = useState<Tab>('queue')
  const sync = useSyncState().data
  const waiting = activeCount(sync?.counts)
  const twins = useCall('sync.twins', {}).data?.length ?? 0
  return (
    <>
      <PageHeader
        title="Activity"
        subtitle={activitySubtitle(sync)}
        actions={
          <button type="button" className="btn" onClick={() => actions.importCsv(null)}>
            <Upload aria-hidden="true" /> Import CSV
          </button>
        }
      />
      {sync && sync.index.state !== 'not_connected' && (
        <section className="activity-index" aria-label="TrackerRMS candidate list">
          <IndexRead status={sync.index} />
        </section>
      )}
      <Tabs.Root className="tabs" value={tab} onValueChange={(value) => setTab(value as Tab)}>
        <Tabs.List className="tab-list" aria-label="Activity">
          <Tabs.Trigger className="tab" value="queue">
            Queue{waiting > 0 && <span className="tab-count">{waiting.toLocaleString()}</span>}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="ledger">
            In TrackerRMS
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="twins">
            Possible duplicates{twins > 0 && <span className="tab-count">{twins.toLocaleString()}</span>}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="imports">
            CSV imports
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content className="tab-panel" value="queue">
          <QueueTab />
        </Tabs.Content>
        <Tabs.Content className="tab-panel" value="ledger">
          <LedgerTab />
        </Tabs.Content>
        <Tabs.Content className="tab-panel" value="twins">
          <TwinsTab />
        </Tabs.Content>
        <Tabs.Content className="tab-panel" value="imports">
          <ImportsTab onImport={() => actions.importCsv(null)} />
        </Tabs.Content>
      </Tabs.Root>
    </>
  )
}
