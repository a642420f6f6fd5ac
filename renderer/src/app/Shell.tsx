import { useCallback, useState } from 'react'
import type { ShellCommand } from '../../../shared/api/events'
import { useLiveUpdates } from '../api/live'
import { ActivityScreen } from '../screens/activity/ActivityScreen'
import { CandidatesScreen } from '../screens/candidates/CandidatesScreen'
import { JobsScreen } from '../screens/jobs/JobsScreen'
import { SettingsScreen } from '../screens/settings/SettingsScreen'
import { candidatesHref, navigate, useRoute } from './router'
import { Sidebar } from './Sidebar'
import { useGlobalShortcuts } from './shortcuts'

/** Which dialog the menu or a shortcut asked for (screens open their own dialogs too). */
export type ShellDialog = 'new-job' | 'add-candidate' | null

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
        return setDialog('new-job')
      case 'add-candidate':
        if (!window.location.hash.startsWith('#/candidates')) navigate(candidatesHref({}))
        return setDialog('add-candidate')
      case 'find':
        if (!window.location.hash.startsWith('#/candidates')) navigate(candidatesHref({}))
        return setFindRequest((n) => n + 1)
    }
  }, [])
  useLiveUpdates(onCommand)
  useGlobalShortcuts(onCommand)

  return (
    <div className="app">
      <a className="skip-link btn" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <Sidebar current={route.screen} />
      <main className="main" id="main" tabIndex={-1}>
        {route.screen === 'jobs' && <JobsScreen jobId={route.jobId} newJobOpen={dialog === 'new-job'} onNewJobOpenChange={(open) => setDialog(open ? 'new-job' : null)} />}
        {route.screen === 'candidates' && (
          <CandidatesScreen
            params={route.params}
            addOpen={dialog === 'add-candidate'}
            onAddOpenChange={(open) => setDialog(open ? 'add-candidate' : null)}
            findRequest={findRequest}
          />
        )}
        {route.screen === 'activity' && <ActivityScreen />}
        {route.screen === 'settings' && <SettingsScreen />}
      </main>
    </div>
  )
}
