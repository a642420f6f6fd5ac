import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations'
import { DatabaseTooNewError, openDatabase, schemaVersion } from '../../../electron/db/open'
import { tempDir } from '../../helpers/temp'

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name)

describe('openDatabase', () => {
  it('creates a new file at the latest schema version with the expected pragmas', () => {
    const file = join(tempDir(), 'app.sqlite')
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    db.close()
  })

  it('reopens an up-to-date file without changing its schema version', () => {
    const file = join(tempDir(), 'app.sqlite')
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })

  it('refuses a database newer than the code, names both versions, and leaves the file byte-identical', () => {
    const file = join(tempDir(), 'app.sqlite')
    const db = openDatabase(file)
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`)
    db.pragma('journal_mode = DELETE') // a file as another machine might have left it
    db.close()
    const before = sha(file)
    let error: unknown
    try {
      openDatabase(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect((error as Error).message).toContain(`schema version ${LATEST_SCHEMA_VERSION + 7}`)
    expect((error as Error).message).toContain(`up to ${LATEST_SCHEMA_VERSION}`)
    expect(sha(file)).toBe(before)
  })

  it('applies pending migrations all together or not at all', () => {
    const file = join(tempDir(), 'app.sqlite')
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'adds a table', up: (db: Database.Database) => db.exec('CREATE TABLE extra (id INTEGER)') },
      { version: LATEST_SCHEMA_VERSION + 2, name: 'fails', up: (db: Database.Database) => db.exec('CREATE TABLE jobs (id INTEGER)') }
    ]
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/already exists/)
    const db = new Database(file)
    expect(schemaVersion(db)).toBe(0)
    expect(tables(db)).toEqual([])
    db.close()
  })

  it('refuses a file that is not a database with a clear error and does not change it', () => {
    const file = join(tempDir(), 'app.sqlite')
    writeFileSync(file, 'this is not sqlite, it is a shopping list')
    const before = sha(file)
    expect(() => openDatabase(file)).toThrow(/not a database/)
    expect(sha(file)).toBe(before)
  })
})

describe('migration 1: initial schema', () => {
  it('creates every table of DESIGN.md', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 1) })
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'candidates',
        'job_candidates',
        'job_sync',
        'jobs',
        'outreach_events',
        'settings',
        'sync_attempts',
        'sync_ledger',
        'sync_queue',
        'tracker_crawl',
        'tracker_index'
      ])
    )
    expect(schemaVersion(db)).toBe(1)
    db.close()
  })

  it('enforces the constraints the sync relies on', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 1) })
    const now = new Date().toISOString()
    db.prepare('INSERT INTO jobs (id, title, created_at) VALUES (1, ?, ?)').run('Nurse', now)
    expect(() => db.prepare(`INSERT INTO job_sync (job_id, trigger) VALUES (1, 'sometimes')`).run()).toThrow(/CHECK/)
    expect(() => db.prepare(`INSERT INTO job_candidates (job_id, candidate_id, stage_changed_at, added_at) VALUES (1, 99, ?, ?)`).run(now, now)).toThrow(
      /FOREIGN KEY/
    )
    expect(() => db.prepare(`INSERT INTO jobs (title, created_at) VALUES ('  ', ?)`).run(now)).toThrow(/CHECK/)
    db.close()
  })
})

describe('migration 3: surname key for near-miss warnings', () => {
  it('adds the key, indexed, and fills it for records already in the index', () => {
    const file = join(tempDir(), 'app.sqlite')
    const v1 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 1) })
    v1.prepare(`INSERT INTO tracker_index (resource_id, full_name, name_key, source, seen_at) VALUES (1, 'José García', 'josé garcía', 'crawl', 'now')`).run()
    v1.close()
    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 3) })
    expect(db.prepare('SELECT surname_key FROM tracker_index WHERE resource_id = 1').get()).toEqual({ surname_key: 'garcia' })
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT * FROM tracker_index WHERE surname_key = ?').all('garcia') as { detail: string }[])[0].detail
    expect(plan).toContain('tracker_index_surname_key')
    db.close()
  })
})

describe('migration 4: name order index for the review table', () => {
  it('lets the review table page in name order without sorting everything', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.filter((m) => m.version <= 4) })
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM candidates ORDER BY full_name COLLATE NOCASE, id LIMIT 50').all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ')
    expect(plan).toContain('candidates_full_name_nocase')
    expect(plan).not.toContain('TEMP B-TREE')
    db.close()
  })
})
