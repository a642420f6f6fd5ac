import { useCallback, useState } from 'react'
import type { ShellCommand } from '../../../shared/api/events'
import { useLiveUpdates } from '../api/live'
import { StatusBanners } from '../components/StatusBanners'
import { ActivityScreen } from '../screens/activity/ActivityScreen'
import { CandidatesScreen } from '../screens/candidates/CandidatesScreen'
import { ExportCsvDialog } from '../screens/csv/ExportCsvDialog'
import { ImportWizard } from '../screens/csv/ImportWizard'
import { JobsScreen } from '../screens/jobs/JobsScreen'
import { SettingsScreen } from '../screens/settings/SettingsScreen'
import { candidatesHref, navigate, useRoute } from './router'
import { Sidebar } from './Sidebar'
import type { ListView, ShellActions } from './shell-actions'
import { useGlobalShortcuts } from './shortcuts'

/** Which dialog the menu, a shortcut or a screen asked for (screens open their own small dialogs too). */
export type ShellDialog =
  | { kind: 'new-job' }
  | { kind: 'add-candidate' }
  | { kind: 'import-csv'; jobId: number | null }
  | { kind: 'export-csv'; jobId: number | null; view?: ListView }
  | null

/** What screens may open at the shell's level (dialogs that outlive a screen change). */

export function Shell() {
  const route = useRoute()
  const [dialog, setDialog] = useState<ShellDialog>(null)
  const [findRequest, setFindRequest] = useState(0)

  const onCommand = useCallback((command: ShellCommand) => {
    switch (command) {
      case 'go-jobs':
        return navigate('#/jobs')
      case 'go-candidates':
        return navigate('#/candidates')
      case 'go-activity':
        return navigate('#/activity')
      case 'go-settings':
        return navigate('#/settings')
      case 'new-job':
        navigate('#/jobs')
        return setDialog({ kind: 'new-job' })
      case 'add-candidate':
        if (!window.location.hash.startsWith('#/candidates')) navigate(candidatesHref({}))
        return setDialog({ kind: 'add-candidate' })
      case 'find':
        if (!window.location.hash.startsWith('#/candidates')) navigate(candidatesHref({}))
        return setFindRequest((n) => n + 1)
    }
  }, [])
  useLiveUpdates(onCommand)
  useGlobalShortcuts(onCommand)
  const actions: ShellActions = {
    importCsv: (jobId) => setDialog({ kind: 'import-csv', jobId }),
    exportCsv: (jobId, view) => setDialog({ kind: 'export-csv', jobId, view })
  }
  const close = (open: boolean) => !open && setDialog(null)

  return (
    <div className="app">
      <a className="skip-link btn" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <Sidebar current={route.screen} />
      <main className="main" id="main" tabIndex={-1}>
        <StatusBanners />
        {route.screen === 'jobs' && (
          <JobsScreen
            jobId={route.jobId}
            newJobOpen={dialog?.kind === 'new-job'}
            onNewJobOpenChange={(open) => setDialog(open ? { kind: 'new-job' } : null)}
            actions={actions}
          />
        )}
        {route.screen === 'candidates' && (
          <CandidatesScreen
            params={route.params}
            addOpen={dialog?.kind === 'add-candidate'}
            onAddOpenChange={(open) => setDialog(open ? { kind: 'add-candidate' } : null)}
            findRequest={findRequest}
            actions={actions}
          />
        )}
        {route.screen === 'activity' && <ActivityScreen actions={actions} />}
        {route.screen === 'settings' && <SettingsScreen />}
      </main>
      <ImportWizard open={dialog?.kind === 'import-csv'} defaultJobId={dialog?.kind === 'import-csv' ? dialog.jobId : null} onOpenChange={close} />
      <ExportCsvDialog
        open={dialog?.kind === 'export-csv'}
        defaultJobId={dialog?.kind === 'export-csv' ? dialog.jobId : null}
        view={dialog?.kind === 'export-csv' ? dialog.view : undefined}
        onOpenChange={close}
      />
    </div>
  )
}
