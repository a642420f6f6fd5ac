import { EventEmitter } from 'node:events'
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { API_CHANNEL, EVENT_CHANNEL } from '../../../shared/api'

// Electron cannot run on the build machines; main.ts is exercised with a mocked `electron` module that records
// what main asks of it.
const state = vi.hoisted(() => ({
  windows: [] as any[],
  handlers: new Map<string, (...args: any[]) => unknown>(),
  appEvents: new Map<string, (...args: any[]) => unknown>(),
  session: { headers: undefined as any, permission: undefined as any, permissionCheck: undefined as any, sessionEvents: new Map<string, any>() },
  menu: undefined as any,
  ready: undefined as undefined | (() => void),
  openedPaths: [] as string[],
  saveTo: '' as string
}))

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows
    options: any
    loaded?: string
    events = new Map<string, (...args: any[]) => void>()
    webContents = {
      id: state.windows.length + 1,
      sent: [] as any[],
      send(channel: string, message: any) {
        this.sent.push([channel, message])
      }
    }
    maximized = false
    constructor(options: any) {
      this.options = options
      state.windows.push(this)
    }
    once(name: string, fn: any) {
      this.events.set(name, fn)
    }
    on(name: string, fn: any) {
      this.events.set(name, fn)
    }
    isMinimized() {
      return false
    }
    isDestroyed() {
      return false
    }
    isMaximized() {
      return this.maximized
    }
    maximize() {
      this.maximized = true
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1111, height: 777 }
    }
    loadFile(path: string) {
      this.loaded = path
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.loaded = url
      return Promise.resolve()
    }
  }
  return {
    app: {
      setName: vi.fn(),
      getVersion: () => '0.0.0-test',
      getPath: () => state.saveTo,
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (name: string, fn: any) => state.appEvents.set(name, fn),
      whenReady: () => ({ then: (fn: () => void) => void (state.ready = fn) })
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (template: any) => template, setApplicationMenu: (menu: any) => void (state.menu = menu) },
    dialog: {
      showMessageBox: vi.fn(),
      showSaveDialog: vi.fn(async (...args: any[]) => ({ canceled: false, filePath: join(state.saveTo, (args.at(-1) as any).defaultPath.split('/').pop()) }))
    },
    ipcMain: { handle: (channel: string, fn: any) => state.handlers.set(channel, fn), removeHandler: (channel: string) => state.handlers.delete(channel) },
    net: { fetch: (input: any, init?: any) => fetch(input, init) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: any) => void (state.session.headers = fn) },
        setPermissionRequestHandler: (fn: any) => void (state.session.permission = fn),
        setPermissionCheckHandler: (fn: any) => void (state.session.permissionCheck = fn),
        on: (name: string, fn: any) => state.session.sessionEvents.set(name, fn)
      }
    },
    shell: { openExternal: vi.fn(), openPath: (path: string) => void state.openedPaths.push(path) }
  }
})

describe('electron/main.ts with a mocked electron', () => {
  const saved = process.env.TRACKER_SYNC_DATA_DIR
  // One folder for the whole file: main.ts opens its database once, at start.
  const dir = mkdtempSync(join(tmpdir(), 'tracker-sync-main-'))
  process.env.TRACKER_SYNC_DATA_DIR = dir
  // A remembered window from an earlier run, partly off the only screen's right edge but still grabbable.
  writeFileSync(join(dir, 'window-state.json'), JSON.stringify({ bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: true }))
  let win: any
  const ownPage = () => ({ sender: win.webContents, senderFrame: { parent: null, url: pathToFileURL(win.loaded).href + '#/jobs' } })
  const call = (event: any, name: unknown, input: unknown) => state.handlers.get(API_CHANNEL)!(event, name, input) as Promise<any>

  beforeAll(async () => {
    state.saveTo = mkdtempSync(join(tmpdir(), 'tracker-sync-save-'))
    await import('../../../electron/main')
    state.ready!()
    win = state.windows[0]
  })
  afterAll(async () => {
    const quit = { preventDefault: vi.fn() }
    await (state.appEvents.get('will-quit') as (event: unknown) => Promise<void>)(quit)
    // Quitting waits once for the queue, the demo and the database, then quits for real.
    expect(quit.preventDefault).toHaveBeenCalledTimes(1)
    process.env.TRACKER_SYNC_DATA_DIR = saved
    rmSync(dir, { recursive: true, force: true })
    rmSync(state.saveTo, { recursive: true, force: true })
  })

  it('creates one hardened window with the remembered size and position, and loads the built page', () => {
    expect(state.windows).toHaveLength(1)
    for (const window of state.windows) {
      expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
      expect(window.options.webPreferences.preload).toMatch(/preload[/\\]index\.js$/)
    }
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1400, height: 900, minWidth: 900, minHeight: 600 })
    expect(win.maximized).toBe(true)
    expect(win.loaded).toMatch(/renderer[/\\]index\.html$/)
  })

  it('saves the window size and position to the data folder when the window closes', () => {
    win.events.get('close')()
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({ bounds: { x: 10, y: 20, width: 1111, height: 777 }, maximized: true })
  })

  it('sends the CSP on every response and refuses permissions and downloads', () => {
    let headers: any
    state.session.headers({ responseHeaders: { 'X-Other': ['1'] } }, (response: any) => (headers = response.responseHeaders))
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self'")
    expect(headers['X-Other']).toEqual(['1'])
    const granted = vi.fn()
    state.session.permission({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect(state.session.permissionCheck()).toBe(false)
    const download = { preventDefault: vi.fn() }
    state.session.sessionEvents.get('will-download')(download)
    expect(download.preventDefault).toHaveBeenCalled()
  })

  it('hardens every web contents: window.open denied, navigation away refused', () => {
    const emitter = new EventEmitter()
    let openHandler: any
    const contents = Object.assign(emitter, { setWindowOpenHandler: (fn: any) => (openHandler = fn) })
    state.appEvents.get('web-contents-created')!({}, contents)
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    const navigation = { preventDefault: vi.fn() }
    emitter.emit('will-navigate', navigation, 'https://evil.example/')
    expect(navigation.preventDefault).toHaveBeenCalled()
  })

  it('answers API calls from its own page, parsed and typed', async () => {
    const created = await call(ownPage(), 'jobs.create', { title: 'ICU Nurse', company: "St Mary's" })
    expect(created).toMatchObject({ ok: true, value: { title: 'ICU Nurse', company: "St Mary's" } })
    const status = await call(ownPage(), 'status.get', {})
    expect(status.ok).toBe(true)
    expect(status.value.counts.jobs).toBe(1)
    expect(status.value.dataDir).toBe(dir)
  })

  it('refuses bad input with a validation error and writes nothing', async () => {
    expect(await call(ownPage(), 'jobs.create', { title: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'validation', field: 'extra' } })
    expect(await call(ownPage(), 'jobs.create', JSON.parse('{"title":"x","__proto__":{"polluted":true}}'))).toMatchObject({
      ok: false,
      error: { code: 'validation', field: '__proto__' }
    })
    expect(await call(ownPage(), 'jobs.create', { title: 'x'.repeat(100_000) })).toMatchObject({ ok: false, error: { code: 'validation', field: 'title' } })
    expect(({} as any).polluted).toBeUndefined()
    expect((await call(ownPage(), 'jobs.list', {})).value).toHaveLength(1)
  })

  it('drops calls with an unknown name and messages from other frames, pages or windows', async () => {
    expect(await call(ownPage(), 'jobs.drop', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call(ownPage(), 'toString', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const strangers = [
      { sender: win.webContents, senderFrame: { parent: null, url: 'https://evil.example/' } },
      { sender: win.webContents, senderFrame: { parent: {}, url: ownPage().senderFrame.url } },
      { sender: win.webContents, senderFrame: { parent: null, url: 'file:///tmp/other.html' } },
      { sender: win.webContents, senderFrame: null },
      { sender: { id: 99 }, senderFrame: ownPage().senderFrame }
    ]
    for (const stranger of strangers) {
      const answer = await call(stranger, 'jobs.create', { title: 'Injected' })
      expect(answer.ok).toBe(false)
    }
    expect((await call(ownPage(), 'jobs.list', {})).value).toHaveLength(1)
  })

  it('pushes core events to the window (coalesced) and menu commands as shell events', async () => {
    win.webContents.sent.length = 0
    await call(ownPage(), 'jobs.create', { title: 'Second' })
    await call(ownPage(), 'jobs.create', { title: 'Third' })
    await vi.waitFor(() => expect(win.webContents.sent).toEqual([[EVENT_CHANNEL, { name: 'data.changed', payload: { what: 'jobs' } }]]))
    const labels = state.menu.map((item: any) => item.label.replace('&', ''))
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']))
    const view = state.menu.find((item: any) => item.label.includes('View'))
    view.submenu.find((item: any) => item.label === 'Candidates').click()
    expect(win.webContents.sent.at(-1)).toEqual([EVENT_CHANNEL, { name: 'shell.command', payload: { command: 'go-candidates' } }])
  })
  it('runs the queue in the background from the start', async () => {
    await vi.waitFor(async () => expect((await call(ownPage(), 'sync.state', {})).value.worker).toEqual({ running: true, problem: null }))
  })

  it('saves a file main made (the CSV template) where the save dialog says', async () => {
    const template = await call(ownPage(), 'csv.template', {})
    const saved = await call(ownPage(), 'files.saveAs', { fileId: template.value.fileId })
    expect(saved).toEqual({ ok: true, value: { saved: true, path: join(state.saveTo, 'tracker-sync-template.csv') } })
    expect(readFileSync(saved.value.path, 'utf8')).toContain('Full Name')
    // The dialog asks before replacing a file on every system (Linux's only when told to), so the page may then
    // pass overwrite; a symbolic link the user chose is replaced itself, its target left alone.
    const { dialog } = await import('electron')
    expect(vi.mocked(dialog.showSaveDialog).mock.lastCall!.at(-1)).toMatchObject({ properties: ['showOverwriteConfirmation'] })
    const victim = join(dir, 'victim.txt')
    writeFileSync(victim, 'keep me')
    rmSync(saved.value.path)
    symlinkSync(victim, saved.value.path)
    expect(await call(ownPage(), 'files.saveAs', { fileId: template.value.fileId })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await call(ownPage(), 'files.saveAs', { fileId: template.value.fileId, overwrite: true })).toMatchObject({ ok: true })
    expect(lstatSync(saved.value.path).isSymbolicLink()).toBe(false)
    expect(readFileSync(saved.value.path, 'utf8')).toContain('Full Name')
    expect(readFileSync(victim, 'utf8')).toBe('keep me')
  })

  it('tries the demo, and then opens record links on its web host (and nowhere else) in the system browser', async () => {
    const demo = await call(ownPage(), 'connection.tryDemo', {})
    expect(demo).toMatchObject({ ok: true, value: { connected: true, demo: { running: true, connected: true } } })
    const emitter = new EventEmitter()
    let openHandler: any
    state.appEvents.get('web-contents-created')!({}, Object.assign(emitter, { setWindowOpenHandler: (fn: any) => (openHandler = fn) }))
    const { shell } = await import('electron')
    expect(openHandler({ url: `${demo.value.webHost}/Resource/View/10001` })).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith(`${demo.value.webHost}/Resource/View/10001`)
    openHandler({ url: 'https://evil.example/Resource/View/1' })
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
  })
})
