// Remembers the main window's size, position and maximised state in a small JSON file in the data folder, and
// puts it back only where it is still visible (a monitor may have been unplugged since).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>
  maximized: boolean
}

export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, maximized: false }
export const MIN_WINDOW = { width: 900, height: 600 }

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value)

/** The saved state, or the default when there is none or it is unreadable (never an error: it is a preference). */
export function readWindowState(file: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { bounds?: Record<string, unknown>; maximized?: unknown }
    const b = raw.bounds ?? {}
    if (!isInt(b.width) || !isInt(b.height)) return DEFAULT_WINDOW_STATE
    const bounds: WindowState['bounds'] = { width: b.width, height: b.height }
    if (isInt(b.x) && isInt(b.y)) Object.assign(bounds, { x: b.x, y: b.y })
    return { bounds, maximized: raw.maximized === true }
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(`${file}.tmp`, JSON.stringify(state))
    renameSync(`${file}.tmp`, file)
  } catch {
    // Losing the window position is not worth bothering the user about.
  }
}

/**
 * Size clamped to the minimum and to the largest screen; the position kept only if the title bar area would be
 * on some screen's work area, otherwise dropped so the window is centred.
 */
export function fitToScreens(state: WindowState, workAreas: Rect[]): WindowState {
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a), workAreas[0] ?? { x: 0, y: 0, width: 1280, height: 800 })
  const width = Math.max(MIN_WINDOW.width, Math.min(state.bounds.width, largest.width))
  const height = Math.max(MIN_WINDOW.height, Math.min(state.bounds.height, largest.height))
  const { x, y } = state.bounds
  if (x === undefined || y === undefined) return { bounds: { width, height }, maximized: state.maximized }
  // The top strip of the window (where it is grabbed) must be at least partly on a screen.
  const grab = { x: x + 40, y: y + 10 }
  const visible = workAreas.some((a) => grab.x >= a.x && grab.x < a.x + a.width - 40 && grab.y >= a.y && grab.y < a.y + a.height - 40)
  return { bounds: visible ? { x, y, width, height } : { width, height }, maximized: state.maximized }
}
