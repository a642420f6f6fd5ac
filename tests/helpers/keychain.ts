import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe } from 'vitest'
import { readSetting } from '../../electron/db/settings'
import { DATABASE_FILE } from '../../electron/lib/data-dir'
import { accountFor, widgetKeyAccountFor } from '../../electron/secrets'

/**
 * Keychain tests need a D-Bus session with an unlocked keyring (scripts/with-keyring.sh provides one; `npm test`
 * runs inside it). Without one they skip with a visible message locally; in CI (CI=true) a skip is a failure.
 */
export function describeKeychain(name: string, body: () => void): void {
  const available = process.platform !== 'linux' || !!process.env.DBUS_SESSION_BUS_ADDRESS
  if (!available && process.env.CI === 'true') {
    describe(name, () => {
      throw new Error('Keychain tests must run in CI, but there is no D-Bus session: run them through scripts/with-keyring.sh.')
    })
    return
  }
  if (!available) {
    console.warn(`SKIPPED "${name}": no D-Bus session for the keychain. Run "npm test" (it starts one) to include them.`)
    describe.skip(name, body)
    return
  }
  describe(name, body)
}

/** The names of a data folder's keychain entries for a TrackerRMS host: the folder's id is in its own database. */
export function folderEntries(dataDir: string, restUrl: string): { token: string; widgetKey: string } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  try {
    const id = readSetting(db, 'folder-id')
    if (!id) throw new Error(`The data folder ${dataDir} has no keychain identity yet.`)
    return { token: accountFor(restUrl, id), widgetKey: widgetKeyAccountFor(restUrl, id) }
  } finally {
    db.close()
  }
}
