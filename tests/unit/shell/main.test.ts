import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tempDir } from '../../helpers/temp'

// Electron cannot run on the build machines; main.ts is exercised with a mocked `electron` module.
const state = vi.hoisted(() => ({
  windows: [] as { options: any; loaded?: string }[],
  handlers: new Map<string, (...args: any[]) => unknown>(),
  appEvents: new Map<string, (...args: any[]) => unknown>(),
  userData: '',
  ready: undefined as undefined | (() => void)
}))

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows
    record: { options: any; loaded?: string }
    constructor(options: any) {
      this.record = { options }
      state.windows.push(this.record)
    }
    once() {}
    on() {}
    loadFile(path: string) {
      this.record.loaded = path
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.record.loaded = url
      return Promise.resolve()
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (name: string, fn: any) => state.appEvents.set(name, fn),
      whenReady: () => ({ then: (fn: () => void) => void (state.ready = fn) }),
      getPath: () => state.userData
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: any) => state.handlers.set(channel, fn) },
    net: { fetch: vi.fn() },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn() } },
    shell: { openExternal: vi.fn() }
  }
})

describe('electron/main.ts with a mocked electron', () => {
  beforeEach(() => {
    state.userData = tempDir()
  })

  it('creates one hardened window and answers IPC only from its own page', async () => {
    await import('../../../electron/main')
    state.ready!()
    expect(state.windows).toHaveLength(1)
    const prefs = state.windows[0].options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(state.windows[0].loaded).toMatch(/renderer[/\\]index\.html$/)
    const status = state.handlers.get('status')!
    const ours = (await status({ senderFrame: { url: 'file:///app/out/renderer/index.html' } })) as any
    expect(ours.ok).toBe(true)
    expect(ours.value.database.schemaVersion).toBeGreaterThan(0)
    const stranger = (await status({ senderFrame: { url: 'https://evil.example/' } })) as any
    expect(stranger.ok).toBe(false)
    await (state.appEvents.get('will-quit') as () => Promise<void>)()
  })
})
