import Database from 'better-sqlite3'
import { readFileSync, statSync } from 'node:fs'
import { schemaVersion, type Db } from './open'

/**
 * Opens the database for reading only, for a folder that cannot be written (a read-only disk or folder, a full disk):
 * status, lists and exports still work, and every write is refused by SQLite (SQLITE_READONLY).
 *
 * A WAL database is read through its shared-memory index file (-shm), which SQLite must create or grow beside the
 * database: it can, or the file is there already when another Tracker Sync has the folder open. When it can do
 * neither, and the WAL holds nothing the database file lacks (it is empty or gone after the last clean close), the
 * database file alone is the whole database: a copy of it is read in memory, marked as a rollback-journal database
 * (header bytes 18 and 19: 2 = WAL, 1 = legacy) so SQLite needs no file beside it. Returns null when the WAL holds
 * changes that cannot be read without writing beside the file.
 */
export function openDatabaseReadOnly(file: string): Db | null {
  let db: Db | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    schemaVersion(db) // the first read is where SQLite opens the WAL and its index
  } catch (error) {
    db?.close()
    const code = (error as { code?: unknown }).code
    if (typeof code !== 'string' || !/^SQLITE_(READONLY|CANTOPEN|IOERR)/.test(code)) throw error
    const wal = statSync(`${file}-wal`, { throwIfNoEntry: false })
    if (wal && wal.size > 0) return null
    const image = readFileSync(file)
    if (image.length >= 20 && image[18] === 2 && image[19] === 2) image[18] = image[19] = 1
    db = new Database(image, { readonly: true })
  }
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  return db
}
