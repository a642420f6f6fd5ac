// Which data folder a database belongs to, for naming its keychain entries (core/folder-identity.ts decides):
// a random id made once, the place it was made at or last confirmed at, and the entries it may still take its
// token from (earlier versions' shared entry, or the folder it was copied from). Rows of the settings table.
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import type { Db } from './open'
import { readSetting, writeSetting } from './settings'

export interface StoredFolderIdentity {
  id: string
  /** The folder's real path when the id was made or last confirmed. */
  path: string
  /** Folder ids whose entries this folder's token is copied from once (null: earlier versions' shared entry). */
  inheritFrom: (string | null)[]
}

const ID = 'folder-id'
const PATH = 'folder-path'
const INHERIT = 'keychain-inherit'

export function readFolderIdentity(db: Db): StoredFolderIdentity | null {
  const id = readSetting(db, ID)
  const path = readSetting(db, PATH)
  if (!id || path === null) return null
  return { id, path, inheritFrom: parseInherit(readSetting(db, INHERIT)) }
}

export function writeFolderIdentity(db: Db, identity: StoredFolderIdentity): void {
  writeSetting(db, ID, identity.id)
  writeSetting(db, PATH, identity.path)
  writeSetting(db, INHERIT, identity.inheritFrom.length ? JSON.stringify(identity.inheritFrom) : null)
}

/** The token was taken over (or there was none to take): nothing is read from the older entries again. */
export function clearKeychainInherit(db: Db): void {
  writeSetting(db, INHERIT, null)
}

export function readKeychainInherit(db: Db): (string | null)[] {
  return parseInherit(readSetting(db, INHERIT))
}

function parseInherit(raw: string | null): (string | null)[] {
  if (!raw) return []
  try {
    const parsed: unknown = JSON.parse(raw)
    return Array.isArray(parsed) ? parsed.filter((id): id is string | null => id === null || typeof id === 'string') : []
  } catch {
    return []
  }
}

/**
 * The folder id stored in another database file, read without writing a byte: null when it has none, 'unreadable'
 * when the file cannot be read (locked, damaged, not a database), 'absent' when there is no such file.
 */
export function peekFolderId(file: string): string | null | 'unreadable' | 'absent' {
  if (!existsSync(file)) return 'absent'
  let probe: Db
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true })
  } catch {
    return 'unreadable'
  }
  try {
    return readSetting(probe, ID)
  } catch {
    return 'unreadable'
  } finally {
    probe.close()
  }
}
