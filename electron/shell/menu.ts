// The application menu: the usual items per platform, plus the app's own navigation, which it sends to the page
// as 'shell.command' events (the page decides what "New job" means).
import type { MenuItemConstructorOptions } from 'electron'
import type { ShellCommand } from '../../shared/api'

export interface MenuActions {
  /** Tells the page to do something (navigate, open a dialog). */
  command(command: ShellCommand): void
  openDataFolder(): void
  showAbout(): void
}

export function buildMenuTemplate(options: { platform: NodeJS.Platform; appName: string; isDev: boolean; actions: MenuActions }): MenuItemConstructorOptions[] {
  const { platform, appName, isDev, actions } = options
  const mac = platform === 'darwin'
  // Mnemonics ("&File") are a Windows/Linux convention; macOS shows the ampersand literally.
  const top = (name: string) => (mac ? name : `&${name}`)
  const go = (label: string, command: ShellCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.command(command)
  })

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { label: 'Settings…', accelerator: 'Cmd+,', click: () => actions.command('go-settings') },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' }
          ]
        }
      ]
    : []

  const file: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      go('New Job…', 'new-job', 'CmdOrCtrl+N'),
      go('Add Candidate…', 'add-candidate', 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      ...(mac
        ? []
        : ([{ type: 'separator' }, { label: 'Settings', accelerator: 'Ctrl+,', click: () => actions.command('go-settings') }] as MenuItemConstructorOptions[])),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' }
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      go('Find Candidates', 'find', 'CmdOrCtrl+F')
    ]
  }

  const view: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      go('Jobs', 'go-jobs', 'CmdOrCtrl+1'),
      go('Candidates', 'go-candidates', 'CmdOrCtrl+2'),
      go('Activity', 'go-activity', 'CmdOrCtrl+3'),
      go('Settings', 'go-settings', 'CmdOrCtrl+4'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // Developer tools only in development: a recruiter has no use for them and they bypass the UI's checks.
      ...(isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : [])
    ]
  }

  const window: MenuItemConstructorOptions = {
    label: top('Window'),
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }]
  }

  const help: MenuItemConstructorOptions = {
    label: top('Help'),
    role: 'help',
    submenu: [
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      ...(mac ? [] : ([{ type: 'separator' }, { label: `About ${appName}`, click: () => actions.showAbout() }] as MenuItemConstructorOptions[]))
    ]
  }

  return [...appMenu, file, edit, view, window, help]
}
