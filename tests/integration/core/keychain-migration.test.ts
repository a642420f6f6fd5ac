// Installs from before one-entry-per-folder: their token is in ONE entry per TrackerRMS host, shared by every data
// folder. Each folder takes it over once, as a copy, and goes on sending; the shared entry stays for the others.
// Real keychain, real sandbox TrackerRMS over HTTP, real SQLite files.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../electron/lib/data-dir'
import { accountFor, widgetKeyAccountFor } from '../../../electron/secrets'
import { describeKeychain, folderEntries } from '../../helpers/keychain'
import { connectToSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'
import { exportOne, inTracker, keychainSandbox, openFolder, type KeychainSandbox } from './folders'

/** A data folder as an earlier version left it: connected, no folder identity, the token in the per-host entry. */
async function connectedByEarlierVersion(dir: string, { sandbox, secrets, removeAll }: KeychainSandbox): Promise<void> {
  const core = openFolder(dir, secrets)
  await connectToSandbox(core, sandbox)
  await core.close()
  await removeAll()
  const db = new Database(join(dir, DATABASE_FILE))
  db.prepare(`DELETE FROM settings WHERE key IN ('folder-id', 'folder-path', 'keychain-inherit')`).run()
  db.close()
  await secrets.set(accountFor(sandbox.restUrl), sandbox.token as string)
  await secrets.set(widgetKeyAccountFor(sandbox.restUrl), sandbox.widgetKey as string)
}

describeKeychain('moving the token of an earlier version to one entry per data folder', () => {
  it('two folders that shared the old entry both keep sending; a disconnect in one leaves the other; the old entry is copied, not moved', async () => {
    const keychain = await keychainSandbox()
    const { sandbox, secrets } = keychain
    const [oneDir, twoDir] = [tempDir(), tempDir()]
    await connectedByEarlierVersion(oneDir, keychain)
    await connectedByEarlierVersion(twoDir, keychain)

    const one = openFolder(oneDir, secrets)
    expect(await exportOne(one, 'Ada Lovelace')).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    expect(inTracker(sandbox, 'Ada Lovelace')).toBe(true)
    await one.connection.disconnect()

    const two = openFolder(twoDir, secrets)
    // The Widget API key came along too: the resume is attached (nothing waits for the Widget API).
    expect(await exportOne(two, 'Grace Hopper')).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    expect(inTracker(sandbox, 'Grace Hopper')).toBe(true)
    expect((await two.status.checked()).connection).toMatchObject({ connected: true, tokenMissing: false, problem: null })

    const twoEntries = folderEntries(twoDir, sandbox.restUrl)
    expect(await keychain.entries()).toEqual({
      [accountFor(sandbox.restUrl)]: sandbox.token,
      [widgetKeyAccountFor(sandbox.restUrl)]: sandbox.widgetKey,
      [twoEntries.token]: sandbox.token,
      [twoEntries.widgetKey]: sandbox.widgetKey
    })
  }, 60_000)

  it('takes the old entry over once: a token removed afterwards is reported missing, not brought back', async () => {
    const keychain = await keychainSandbox()
    const dir = tempDir()
    await connectedByEarlierVersion(dir, keychain)
    const core = openFolder(dir, keychain.secrets)
    expect((await core.status.checked()).connection).toMatchObject({ tokenMissing: false })
    await keychain.secrets.delete(folderEntries(dir, keychain.sandbox.restUrl).token)
    expect((await core.status.checked()).connection).toMatchObject({ connected: true, tokenMissing: true })
    await core.close()
    const reopened = openFolder(dir, keychain.secrets)
    expect((await reopened.status.checked()).connection).toMatchObject({ connected: true, tokenMissing: true })
    expect(await keychain.secrets.get(accountFor(keychain.sandbox.restUrl))).toBe(keychain.sandbox.token)
  }, 60_000)
})
