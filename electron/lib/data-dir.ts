import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Tracker Sync'
export const DATABASE_FILE = 'tracker-sync.sqlite'

/**
 * The per-user data folder. Matches Electron's app.getPath('userData') for productName "Tracker Sync", so the
 * CLI and the desktop app share one database. TRACKER_SYNC_DATA_DIR overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TRACKER_SYNC_DATA_DIR) return env.TRACKER_SYNC_DATA_DIR
  const home = homedir()
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME)
}
