import type Database from 'better-sqlite3'

export interface Migration {
  /** 1, 2, 3 … in order; becomes PRAGMA user_version once applied. */
  version: number
  name: string
  up(db: Database.Database): void
}
