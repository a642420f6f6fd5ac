import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate } from '../../../electron/shell/menu'
import { DEFAULT_WINDOW_STATE, fitToScreens, readWindowState, writeWindowState } from '../../../electron/shell/window-state'
import { tempDir } from '../../helpers/temp'

const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[]
const roles = (menu: MenuItemConstructorOptions) =>
  items(menu)
    .map((item) => item.role)
    .filter(Boolean)

describe('application menu', () => {
  const actions = { command: vi.fn(), openDataFolder: vi.fn(), showAbout: vi.fn() }

  it('has File, Edit, View, Window and Help with mnemonics on Windows and Linux, no dev tools in production', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = buildMenuTemplate({ platform, appName: 'Tracker Sync', isDev: false, actions })
      expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
      expect(roles(menu[0])).toContain('quit')
      expect(roles(menu[1])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
      expect(roles(menu[2])).not.toContain('toggleDevTools')
      expect(items(menu[4]).map((i) => i.label)).toContain('About Tracker Sync')
    }
  })

  it('on macOS starts with the app menu (about, settings, hide, quit) and has no mnemonics', () => {
    const menu = buildMenuTemplate({ platform: 'darwin', appName: 'Tracker Sync', isDev: true, actions })
    expect(menu.map((m) => m.label)).toEqual(['Tracker Sync', 'File', 'Edit', 'View', 'Window', 'Help'])
    expect(roles(menu[0])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'])
    expect(items(menu[0]).find((i) => i.label === 'Settings…')?.accelerator).toBe('Cmd+,')
    expect(roles(menu[4])).toContain('front')
    expect(roles(menu[3])).toContain('toggleDevTools')
  })

  it('sends navigation and dialogs to the page as shell commands', () => {
    const menu = buildMenuTemplate({ platform: 'linux', appName: 'Tracker Sync', isDev: false, actions })
    const newJob = items(menu[0]).find((i) => i.label === 'New Job…')!
    expect(newJob.accelerator).toBe('CmdOrCtrl+N')
    ;(newJob.click as () => void)()
    ;(items(menu[2]).find((i) => i.label === 'Activity')!.click as () => void)()
    expect(actions.command.mock.calls).toEqual([['new-job'], ['go-activity']])
  })
})

describe('remembered window size and position', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 }

  it('round-trips through the data folder and falls back to the default on a missing or broken file', () => {
    const file = join(tempDir(), 'window-state.json')
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE)
    writeWindowState(file, { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true })
    expect(readWindowState(file)).toEqual({ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true })
    writeFileSync(file, '{"bounds":{"width":"wide"}}')
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(file, 'not json')
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('keeps a position that is on a screen, and drops one left on a screen that is gone', () => {
    expect(fitToScreens({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false }, [screen]).bounds).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800
    })
    expect(fitToScreens({ bounds: { x: 2500, y: 80, width: 1200, height: 800 }, maximized: false }, [screen]).bounds).toEqual({ width: 1200, height: 800 })
    const second = { x: 1920, y: 0, width: 1280, height: 1024 }
    expect(fitToScreens({ bounds: { x: 2500, y: 80, width: 1200, height: 800 }, maximized: false }, [screen, second]).bounds).toMatchObject({ x: 2500 })
  })

  it('clamps the size between the minimum and the largest screen', () => {
    expect(fitToScreens({ bounds: { width: 5000, height: 300 }, maximized: false }, [screen]).bounds).toEqual({ width: 1920, height: 600 })
  })
})
