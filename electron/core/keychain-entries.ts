// This data folder's entries in the keychain (one per TrackerRMS host and folder, named by secrets/types.ts), and
// the one-time take-over of a token kept under another name: the entry earlier versions shared between every
// folder, or the entry of the folder this one was copied from (core/folder-identity.ts).
//
// A take-over COPIES the token and leaves the older entry in place. Another folder may still read it: a second
// folder of an earlier version not opened since the update, the folder this one was copied from, or an earlier
// version of Tracker Sync still installed. Deleting it would break exactly what this change exists to prevent
// (one folder's step taking another's token). The cost: the shared entry of an earlier version stays in the
// keychain until removed by hand (README, "Where your data lives").
import { accountFor, widgetKeyAccountFor } from '../secrets'
import { clearKeychainInherit, readKeychainInherit, type StoredFolderIdentity } from '../db/folder-identity'
import type { CoreContext } from '../lib/context'
import { folderIdentity } from './folder-identity'

export type KeychainEntries = ReturnType<typeof createKeychainEntries>

export function createKeychainEntries(ctx: CoreContext, dbPath: string) {
  let identity: StoredFolderIdentity | null = null
  // Made when first needed (a connect, a token read), so a folder never connected has none.
  const folderId = () => (identity ??= folderIdentity(ctx, dbPath)).id
  // The environment holds one token for every folder: there is no entry to name or take over.
  const fromEnvironment = () => ctx.secrets.kind === 'environment'
  let adopting: Promise<void> | null = null

  function names(restUrl: string): { token: string; widgetKey: string } {
    const id = fromEnvironment() ? null : folderId()
    return { token: accountFor(restUrl, id), widgetKey: widgetKeyAccountFor(restUrl, id) }
  }

  async function adopt(restUrl: string): Promise<void> {
    if (fromEnvironment()) return
    const own = names(restUrl)
    const sources = readKeychainInherit(ctx.db) // read again: another process may have taken it over already
    if (!sources.length) return
    if ((await ctx.secrets.get(own.token)) === null)
      for (const source of sources) {
        const token = await ctx.secrets.get(accountFor(restUrl, source))
        if (!token) continue
        await ctx.secrets.set(own.token, token)
        const key = await ctx.secrets.get(widgetKeyAccountFor(restUrl, source))
        if (key) await ctx.secrets.set(own.widgetKey, key)
        ctx.log.info('keychain.token_taken_over', { from: accountFor(restUrl, source), to: own.token })
        break
      }
    // Once: a token removed later (by a disconnect, or by hand) must not come back from the older entry.
    clearKeychainInherit(ctx.db)
  }

  return {
    /** The names of this folder's entries for a TrackerRMS host. */
    names,
    /** A secret of this folder for a host, taking over an older entry's first (once). */
    async read(which: 'token' | 'widgetKey', restUrl: string): Promise<string | null> {
      adopting ??= adopt(restUrl).finally(() => (adopting = null))
      await adopting
      return ctx.secrets.get(names(restUrl)[which])
    },
    /** Connect wrote this folder's own entries, or disconnect removed them: nothing is taken over any more. */
    settle(): void {
      if (!fromEnvironment() && readKeychainInherit(ctx.db).length) clearKeychainInherit(ctx.db)
    }
  }
}
