import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations'

export type Db = Database.Database

/** The file was written by a newer Tracker Sync. We refuse it without writing a byte. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly codeVersion: number
  ) {
    super(
      `The database ${file} has schema version ${fileVersion}, but this version of Tracker Sync only knows ` +
        `schema versions up to ${codeVersion}. It was written by a newer Tracker Sync: install that version ` +
        `(or newer) to open it. The file was not changed.`
    )
    this.name = 'DatabaseTooNewError'
  }
}

export interface OpenOptions {
  /** Defaults to every migration the code knows; tests pass a prefix to stop at an older schema. */
  migrations?: readonly Migration[]
}

/**
 * Opens (creating if needed) the app's SQLite file and brings its schema up to date.
 * WAL so readers never block the queue worker; synchronous=FULL because a committed export must survive a
 * power cut, not just an app crash; foreign keys on; a busy timeout so the CLI and the app can share the file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0
  if (file !== ':memory:' && existsSync(file)) whileBusy(() => refuseIfTooNew(file, latest))

  const db = new Database(file)
  try {
    // The busy timeout first: switching a new file to WAL needs a lock another process opening it may hold.
    db.pragma('busy_timeout = 5000')
    // Some of SQLite's locks while a new file is set up answer "busy" without waiting: try again for a while.
    whileBusy(() => db.pragma('journal_mode = WAL'))
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    whileBusy(() => migrate(db, migrations, file))
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

const OPEN_PATIENCE_MS = 15_000

/**
 * Runs `work` again while SQLite answers SQLITE_BUSY, for up to OPEN_PATIENCE_MS (several processes opening a new or
 * just-upgraded folder at once: one sets it up, the others wait). Each try is all-or-nothing (a migration is one
 * transaction), so trying again is safe. Synchronous, as opening is.
 */
function whileBusy<T>(work: () => T): T {
  const deadline = Date.now() + OPEN_PATIENCE_MS
  for (let waitMs = 10; ; waitMs = Math.min(waitMs * 2, 250)) {
    try {
      return work()
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, waitMs)
    }
  }
}

/** Reads user_version through a read-only connection, so a refused file is left exactly as it was. */
function refuseIfTooNew(file: string, latest: number): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const version = schemaVersion(probe)
    if (version > latest) throw new DatabaseTooNewError(file, version, latest)
  } finally {
    probe.close()
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Applies every pending migration and the new user_version in one transaction: all of them or none.
 * Foreign keys are off while they run (SQLite's procedure for rebuilding a table: a DROP TABLE would otherwise run
 * the ON DELETE actions of the rows that point at it) and checked before the commit.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, file = 'the database'): number {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0
  const seen = schemaVersion(db)
  if (seen > latest) throw new DatabaseTooNewError(file, seen, latest)
  if (!migrations.some((m) => m.version > seen)) return seen
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number
  db.pragma('foreign_keys = OFF')
  try {
    // IMMEDIATE, and the version read again inside: several processes opening a new or just-upgraded folder at once
    // wait for each other here, and only the first migrates (the others find the work done).
    return db
      .transaction(() => {
        const current = schemaVersion(db)
        if (current > latest) throw new DatabaseTooNewError(file, current, latest)
        const pending = migrations.filter((m) => m.version > current)
        if (pending.length === 0) return current
        for (const migration of pending) migration.up(db)
        const broken = db.pragma('foreign_key_check') as unknown[]
        if (broken.length) throw new Error(`Migration to schema version ${latest} left ${broken.length} broken references; nothing was changed.`)
        db.pragma(`user_version = ${latest}`)
        return latest
      })
      .immediate()
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
  }
}

export { LATEST_SCHEMA_VERSION }
