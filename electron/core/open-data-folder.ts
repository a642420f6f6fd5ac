// Opening the data folder and its database, with every failure said in words (lib/data-folder-errors.ts). A folder
// that cannot be written (a read-only disk or folder, a full disk) still opens, read-only: status, lists and exports
// work, and each write is refused with a sentence saying why and what to do.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, openDatabase, schemaVersion, type Db } from '../db/open'
import { openDatabaseReadOnly } from '../db/open-read-only'
import { DATABASE_FILE } from '../lib/data-dir'
import { cannotCreate, cannotRead, dataDirProblem, DataFolderError, explainDataFolderError, writeBlockOf, type DataFolder } from '../lib/data-folder-errors'
import { ensurePrivateDir, tightenFiles, touchPrivate } from '../lib/private-files'

export function openDataFolder(dir: string): { db: Db; folder: DataFolder } {
  const file = join(dir, DATABASE_FILE)
  const folder: DataFolder = { dir, file, blocked: null }
  const problem = dataDirProblem(dir)
  if (problem) throw new DataFolderError('not-a-folder', problem)
  try {
    ensurePrivateDir(dir)
    // SQLite gives the WAL and SHM files the database file's mode: create it owner-only before SQLite does.
    touchPrivate(file)
    const db = openDatabase(file)
    tightenFiles(`${file}-wal`, `${file}-shm`)
    return { db, folder }
  } catch (error) {
    const block = writeBlockOf(error, folder)
    if (!block) throw explainDataFolderError(error, folder)
    if (!existsSync(file)) throw cannotCreate(existsSync(dir) ? file : dir, block)
    folder.blocked = block
    return { db: openReadOnly(folder), folder }
  }
}

function openReadOnly(folder: DataFolder): Db {
  let db: Db | null
  try {
    db = openDatabaseReadOnly(folder.file)
  } catch (error) {
    throw explainDataFolderError(error, folder)
  }
  const refuse = (what: string) => {
    db?.close()
    return cannotRead(folder, folder.blocked!, what)
  }
  if (!db) throw refuse('holds changes not yet merged into the database file (in its -wal file beside it)')
  const version = schemaVersion(db)
  if (version > LATEST_SCHEMA_VERSION) {
    db.close()
    throw new DatabaseTooNewError(folder.file, version, LATEST_SCHEMA_VERSION)
  }
  if (version < LATEST_SCHEMA_VERSION) throw refuse(`was written by an older Tracker Sync and must be updated to schema version ${LATEST_SCHEMA_VERSION}`)
  return db
}
