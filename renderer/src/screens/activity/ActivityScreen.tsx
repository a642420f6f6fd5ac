import { plural } from '../../../../shared/plural'
import * as Tabs from '@radix-ui/react-tabs'
import { Upload } from 'lucide-react'
import { useState } from 'react'
import type { ShellActions } from '../../app/shell-actions'
import { activeCount, useSyncState } from '../../api/state'
import { PageHeader } from '../../components/PageHeader'
import { ImportsTab } from './ImportsTab'
import { LedgerTab } from './LedgerTab'
import { QueueTab } from './QueueTab'

type Tab = 'queue' | 'ledger' | 'imports'

/** What is being sent to TrackerRMS (the queue, live), what already is (the ledger), and the CSV imports. */
export function ActivityScreen({ actions }: { actions: ShellActions }) {
  const [tab, setTab] = useState<Tab>('queue')
  const sync = useSyncState().data
  const waiting = activeCount(sync?.counts)
  const mode = sync?.queue.state
  const subtitle = !sync
    ? 'Loading…'
    : waiting === 0
      ? 'Nothing waiting to be sent.'
      : `${plural(waiting, 'export')} to send${mode === 'running' ? ', sending now' : mode === 'offline' ? ', waiting for TrackerRMS' : mode === 'paused_auth' ? ', paused' : ''}.`
  return (
    <>
      <PageHeader
        title="Activity"
        subtitle={subtitle}
        actions={
          <button type="button" className="btn" onClick={() => actions.importCsv(null)}>
            <Upload aria-hidden="true" /> Import CSV
          </button>
        }
      />
      <Tabs.Root className="tabs" value={tab} onValueChange={(value) => setTab(value as Tab)}>
        <Tabs.List className="tab-list" aria-label="Activity">
          <Tabs.Trigger className="tab" value="queue">
            Queue{waiting > 0 && <span className="tab-count">{waiting.toLocaleString()}</span>}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="ledger">
            In TrackerRMS
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
        <Tabs.Content className="tab-panel" value="imports">
          <ImportsTab onImport={() => actions.importCsv(null)} />
        </Tabs.Content>
      </Tabs.Root>
    </>
  )
}
