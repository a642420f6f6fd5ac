// The data folder's identity, which names its keychain entries (secrets/types.ts accountFor): a random id made the
// first time the folder needs an entry, kept in its own database, so two folders never share a token.
//
// Not the folder's path: the app and the CLI reach one folder by different paths (a symlink, a relative
// --data-dir), and a folder that is moved must keep its token. But a copied folder carries its database, id
// included, and would share the entry again. So the place the id was made at is recorded too, and when the folder
// is opened somewhere else:
//   - the same database file reached another way: nothing changes;
//   - the recorded place still holds a database with this id: this is a COPY. It takes a new id and, on first use,
//     a copy of the original's token (core/keychain-entries.ts); the original keeps its entry as it was. Each
//     folder's disconnect then removes only its own token, and neither loses one;
//   - the recorded place is gone, or holds another folder: the folder was MOVED. It keeps its id and its entry,
//     so nothing is left behind in the keychain;
//   - the recorded place cannot be read: taken as a copy (a new id and a copied token never lose or share a
//     token; at worst one entry stays behind).
// What this cannot tell: a folder moved AND a copy of it opened elsewhere, both before either is opened — both
// look moved and share the entry. Then a disconnect in one leaves the other without a token, and that other's
// status says so plainly (connection-service checkToken) rather than failing silently.
import { randomBytes } from 'node:crypto'
import { realpathSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { peekFolderId, readFolderIdentity, writeFolderIdentity, type StoredFolderIdentity } from '../db/folder-identity'
import { readSetting } from '../db/settings'
import type { CoreContext } from '../lib/context'

const newId = () => randomBytes(8).toString('hex')

function realPath(dir: string): string {
  try {
    return realpathSync.native(dir)
  } catch {
    return resolve(dir)
  }
}

/** Two paths name the same file (device and inode), e.g. through a symlink or another spelling of the folder. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a, { bigint: true }), statSync(b, { bigint: true })]
    return x.ino !== 0n && x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}

/** This folder's identity, made or updated as described above, in one IMMEDIATE transaction (other processes wait). */
export function folderIdentity(ctx: CoreContext, dbPath: string): StoredFolderIdentity {
  const here = realPath(ctx.dataDir)
  return ctx.db
    .transaction((): StoredFolderIdentity => {
      const stored = readFolderIdentity(ctx.db)
      if (!stored) {
        // Connected by an earlier version: its token is in the entry shared by every folder, taken over on first use.
        const identity = { id: newId(), path: here, inheritFrom: readSetting(ctx.db, 'rest-url') !== null ? [null] : [] }
        writeFolderIdentity(ctx.db, identity)
        return identity
      }
      const recordedDb = join(stored.path, basename(dbPath))
      if (stored.path === here || sameFile(recordedDb, dbPath)) return stored
      const there = peekFolderId(recordedDb)
      const copied = there === stored.id || there === 'unreadable'
      const identity = copied ? { id: newId(), path: here, inheritFrom: [stored.id, ...stored.inheritFrom] } : { ...stored, path: here }
      writeFolderIdentity(ctx.db, identity)
      ctx.log.info(copied ? 'folder.copied' : 'folder.moved', { from: stored.path, to: here, previousId: stored.id, id: identity.id })
      return identity
    })
    .immediate()
}
