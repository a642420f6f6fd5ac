// Push events from main to the UI: the core's events plus the shell's (menu commands).
import type { CoreEvents } from '../events'

/** What the app menu asks the page to do (Electron only; the browser host has no menu). */
export type ShellCommand = 'go-jobs' | 'go-candidates' | 'go-activity' | 'go-settings' | 'new-job' | 'add-candidate' | 'find'

interface ShellEvents {
  'shell.command': { command: ShellCommand }
}

export type ApiEvents = CoreEvents & ShellEvents
export type ApiEventName = keyof ApiEvents

/** One pushed event as it travels (IPC message, server-sent event data). */
export type ApiEventMessage = { [K in ApiEventName]: { name: K; payload: ApiEvents[K] } }[ApiEventName]
