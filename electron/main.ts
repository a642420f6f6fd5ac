// Electron main process: lifecycle, one hardened window, IPC onto the core. All behaviour lives in the core.
import { app, BrowserWindow, ipcMain, net, session, shell } from 'electron'
import { join } from 'node:path'
import { toErrorInfo } from '../shared/errors'
import { createCore, type Core } from './core'
import { chooseSecretStore, createKeychainStore } from './secrets'
import { CONTENT_SECURITY_POLICY, hardenWebContents, hardenedWebPreferences } from './shell/security'

const RENDERER_URL = process.env['ELECTRON_RENDERER_URL']
const APP_ORIGIN = RENDERER_URL ? new URL(RENDERER_URL).origin : 'file://'
let core: Core | undefined
let mainWindow: BrowserWindow | null = null

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
  app.on('will-quit', () => {
    void core?.close()
  })
}

function start(): void {
  core = createCore({
    dataDir: app.getPath('userData'),
    secrets: chooseSecretStore(process.env, () => createKeychainStore()),
    fetch: net.fetch.bind(net) as typeof fetch
  })
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, {
      appOrigin: APP_ORIGIN,
      allowedExternalHost: () => core?.settings.connectionValue('web-host') ?? null,
      openExternal: (url) => void shell.openExternal(url)
    })
  )
  registerIpc()
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

function registerIpc(): void {
  ipcMain.handle('status', (event) => {
    if (!isFromOurWindow(event.senderFrame?.url)) return { ok: false, error: { code: 'internal', message: 'unknown sender' } }
    try {
      return { ok: true, value: core!.status.report() }
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) }
    }
  })
}

/** IPC from anything but our own page (a frame that navigated elsewhere) is dropped. */
function isFromOurWindow(url: string | undefined): boolean {
  return !!url && url.startsWith(APP_ORIGIN)
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Tracker Sync',
    show: false,
    webPreferences: hardenedWebPreferences(join(__dirname, '../preload/index.js'))
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  if (RENDERER_URL) void mainWindow.loadURL(RENDERER_URL)
  else void mainWindow.loadFile(join(__dirname, '../renderer/index.html'))
}
