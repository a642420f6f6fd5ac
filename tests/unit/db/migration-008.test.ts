import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/db/migrations'
import { migrate, openDatabase } from '../../../electron/db/open'

describe('migration 8: imports and undos in slices', () => {
  it('gives every import its state from what happened to it, and no owner', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 7) })
    const insert = db.prepare(
      `INSERT INTO csv_imports (file_name, job_id, job_title, policy, encoding, delimiter, applied_at, undone_at)
       VALUES (?, NULL, 'Nurse', 'skip', 'utf-8', ',', '2026-01-01T00:00:00.000Z', ?)`
    )
    insert.run('kept.csv', null)
    insert.run('undone.csv', '2026-01-02T00:00:00.000Z')
    expect(migrate(db, MIGRATIONS.slice(0, 8))).toBe(8)
    expect(db.prepare('SELECT file_name, state, owner_pid, heartbeat_at FROM csv_imports ORDER BY id').all()).toEqual([
      { file_name: 'kept.csv', state: 'applied', owner_pid: null, heartbeat_at: null },
      { file_name: 'undone.csv', state: 'undone', owner_pid: null, heartbeat_at: null }
    ])
    expect(() => db.prepare(`UPDATE csv_imports SET state = 'half-done'`).run()).toThrow(/CHECK constraint/)
  })
})
