// Electron main process: lifecycle, one hardened window, the API over one IPC channel, the core's events pushed to
// the window. All behaviour lives in the core; the API contract is shared/api.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, screen, session, shell, type SaveDialogOptions } from 'electron'
import { extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { EVENT_CHANNEL, type ApiEventMessage, type ShellCommand } from '../shared/api'
import type { Core } from './core'
import { createHost, type Host } from './host'
import { APP_NAME, defaultDataDir } from './lib/data-dir'
import { chooseSecretStore, createKeychainStore } from './secrets'
import { registerApiIpc } from './shell/ipc'
import { buildMenuTemplate } from './shell/menu'
import { hardenSession, hardenWebContents, hardenedWebPreferences } from './shell/security'
import { fitToScreens, MIN_WINDOW, readWindowState, WINDOW_STATE_FILE, writeWindowState } from './shell/window-state'

const RENDERER_URL = process.env['ELECTRON_RENDERER_URL']
const RENDERER_FILE = join(__dirname, '../renderer/index.html')
/** What counts as our own page (IPC senders, navigation). */
const APP_ENTRY = RENDERER_URL ?? pathToFileURL(RENDERER_FILE).href

let core: Core | undefined
let mainWindow: BrowserWindow | null = null
// The same folder as the CLI's (and TRACKER_SYNC_DATA_DIR is honoured), whatever package.json's name says.
const dataDir = defaultDataDir(process.env)

app.setName(APP_NAME)
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.whenReady().then(start)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // The queue, the demo server and the database close before the process ends: quitting waits for them once.
  let closing: Promise<void> | null = null
  app.on('will-quit', (event) => {
    if (!core || closing) return closing ?? undefined
    event.preventDefault()
    closing = core.close().finally(() => app.quit())
    return closing
  })
}

function start(): void {
  let host: Host
  try {
    host = createHost({
      dataDir,
      secrets: chooseSecretStore(process.env, () => createKeychainStore()),
      fetch: net.fetch.bind(net) as typeof fetch,
      askSavePath
    })
  } catch (error) {
    // A data folder that is damaged or cannot be created: the sentence from lib/data-folder-errors.ts, then quit.
    dialog.showErrorBox('Tracker Sync cannot open its data folder', error instanceof Error ? error.message : String(error))
    app.quit()
    return
  }
  // Read-only (a read-only folder, a full disk): the app opens, and says so once; each refused change says it again.
  if (host.core.dataFolder.readOnly)
    void dialog.showMessageBox({ type: 'warning', message: 'Tracker Sync opened read-only', detail: host.core.dataFolder.readOnly })
  const running = host.core
  core = running
  const services = host.services
  hardenSession(session.defaultSession)
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, {
      appEntry: APP_ENTRY,
      allowedExternalHost: () => core?.settings.connectionValue('web-host') ?? null,
      openExternal: (url) => void shell.openExternal(url)
    })
  )
  running.onClose(registerApiIpc(ipcMain, host.dispatch, { appEntry: APP_ENTRY, ownContents: () => BrowserWindow.getAllWindows().map((w) => w.webContents) }))
  host.forwardEvents(send)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: APP_NAME,
        isDev: !!RENDERER_URL,
        actions: {
          command: (command: ShellCommand) => send({ name: 'shell.command', payload: { command } }),
          openDataFolder: () => void shell.openPath(dataDir),
          showAbout: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: `About ${APP_NAME}`,
              message: `${APP_NAME} ${app.getVersion()}`,
              detail: `Data folder: ${dataDir}`
            })
        }
      })
    )
  )
  createWindow()
  // A data folder in demo mode gets its demo TrackerRMS back first, so the queue does not start out "offline".
  void services.demo
    .resumeIfDemo()
    .catch((error: unknown) => running.ctx.log.warn('demo.resume_failed', { error }))
    .finally(() => services.queue.start())
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

/**
 * "Save as…" for files main prepared: where the user chose in the system's dialog (the API call writes it there).
 * The dialog asks before a file is replaced (macOS and Windows always do; Linux's only when told to).
 */
async function askSavePath(suggestedName: string): Promise<string | null> {
  const extension = extname(suggestedName).slice(1).toLowerCase()
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('downloads'), suggestedName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    properties: ['showOverwriteConfirmation']
  }
  const result = mainWindow && !mainWindow.isDestroyed() ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** Pushes one event to the window, if there is one that can take it. */
function send(message: ApiEventMessage): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, message)
}

function createWindow(): void {
  const stateFile = join(dataDir, WINDOW_STATE_FILE)
  const state = fitToScreens(
    readWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: APP_NAME,
    show: false,
    webPreferences: hardenedWebPreferences(join(__dirname, '../preload/index.js'))
  })
  mainWindow = window
  if (state.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  // Saved when the window closes: its normal bounds (not the maximised ones) and whether it was maximised.
  window.on('close', () => writeWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }))
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  if (RENDERER_URL) void window.loadURL(RENDERER_URL)
  else void window.loadFile(RENDERER_FILE)
}
