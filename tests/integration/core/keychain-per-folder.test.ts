// One keychain entry per data folder: two folders connected to the same TrackerRMS (the app's and a CLI
// --data-dir one, a copy of a folder) never share a token, so one's disconnect never disconnects the other.
// Real keychain, real sandbox TrackerRMS over HTTP, real SQLite files.
import { cpSync, mkdirSync, renameSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { describeKeychain, folderEntries } from '../../helpers/keychain'
import { connectToSandbox } from '../../helpers/sandbox'
import { tempDir } from '../../helpers/temp'
import { exportOne, inTracker, keychainSandbox, openFolder } from './folders'

describeKeychain('one keychain entry per data folder', () => {
  it('two folders on one TrackerRMS: disconnecting one leaves the other connected, and it still sends an export', async () => {
    const { sandbox, secrets } = await keychainSandbox()
    const [appDir, cliDir] = [tempDir(), tempDir()]
    const app = openFolder(appDir, secrets)
    const cli = openFolder(cliDir, secrets)
    await connectToSandbox(app, sandbox)
    await connectToSandbox(cli, sandbox)

    await cli.connection.disconnect()
    expect(await exportOne(app, 'Ada Lovelace')).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    expect(inTracker(sandbox, 'Ada Lovelace')).toBe(true)
    expect((await app.status.checked()).connection).toMatchObject({ connected: true, tokenMissing: false, problem: null })

    const [appEntries, cliEntries] = [folderEntries(appDir, sandbox.restUrl), folderEntries(cliDir, sandbox.restUrl)]
    expect(appEntries.token).not.toBe(cliEntries.token)
    expect(await secrets.get(appEntries.token)).toBe(sandbox.token)
    expect(await secrets.get(appEntries.widgetKey)).toBe(sandbox.widgetKey)
    expect(await secrets.get(cliEntries.token)).toBeNull()
    expect(await secrets.get(cliEntries.widgetKey)).toBeNull()
  }, 60_000)

  it('a copied folder takes its own entry with a copy of the token: disconnecting the copy leaves the original working', async () => {
    const { sandbox, secrets, entries } = await keychainSandbox()
    const original = tempDir()
    const first = openFolder(original, secrets)
    await connectToSandbox(first, sandbox)
    await first.close()
    const copy = join(tempDir(), 'copy')
    cpSync(original, copy, { recursive: true })

    const theCopy = openFolder(copy, secrets)
    const theOriginal = openFolder(original, secrets)
    expect(await exportOne(theCopy, 'Grace Hopper')).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    // Each folder its own token and Widget API key: the copy's are copies of the original's.
    expect(Object.values(await entries()).sort()).toEqual([sandbox.token, sandbox.token, sandbox.widgetKey, sandbox.widgetKey].sort())
    await theCopy.connection.disconnect()
    expect(await exportOne(theOriginal, 'Katherine Johnson')).toMatchObject({ state: 'idle', remaining: 0, waiting: 0 })
    expect(inTracker(sandbox, 'Katherine Johnson')).toBe(true)

    const [originalEntries, copyEntries] = [folderEntries(original, sandbox.restUrl), folderEntries(copy, sandbox.restUrl)]
    expect(copyEntries.token).not.toBe(originalEntries.token)
    expect(Object.keys(await entries()).sort()).toEqual([originalEntries.token, originalEntries.widgetKey].sort())
    // The original opened again where it always was keeps its own entry.
    await theOriginal.close()
    const again = openFolder(original, secrets)
    expect((await again.status.checked()).connection.tokenEntry).toBe(originalEntries.token)
  }, 60_000)

  it('a moved folder keeps its entry (nothing is left behind), and so does one reached through a symlink', async () => {
    const { sandbox, secrets, entries } = await keychainSandbox()
    const parent = tempDir()
    const before = join(parent, 'before')
    mkdirSync(before)
    const first = openFolder(before, secrets)
    await connectToSandbox(first, sandbox)
    const entry = folderEntries(before, sandbox.restUrl).token
    await first.close()

    const moved = join(parent, 'moved')
    renameSync(before, moved)
    const atNewPlace = openFolder(moved, secrets)
    expect((await atNewPlace.status.checked()).connection).toMatchObject({ tokenEntry: entry, tokenMissing: false })
    expect(await exportOne(atNewPlace, 'Hedy Lamarr')).toMatchObject({ state: 'idle', remaining: 0 })
    await atNewPlace.close()

    symlinkSync(moved, join(parent, 'link'))
    const throughLink = openFolder(join(parent, 'link'), secrets)
    expect((await throughLink.status.checked()).connection).toMatchObject({ tokenEntry: entry, tokenMissing: false })
    expect(Object.keys(await entries())).toHaveLength(2) // the token and the Widget API key, once
  }, 60_000)
})
