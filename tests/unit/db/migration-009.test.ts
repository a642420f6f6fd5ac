import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/db/migrations'
import { migrate, openDatabase } from '../../../electron/db/open'
import { tempDir } from '../../helpers/temp'

describe('migration 9: doubtful matches wait for the user’s decision', () => {
  it('keeps every queue item and its audit trail, tells a created record from an unknown one, and allows waiting for a decision', () => {
    const v8 = openDatabase(join(tempDir(), 'app.sqlite'), { migrations: MIGRATIONS.filter((m) => m.version <= 8) })
    const at = (m: number) => `2026-03-01T09:${String(m).padStart(2, '0')}:00.000Z`
    v8.prepare('INSERT INTO jobs (id, title, created_at) VALUES (1, ?, ?)').run('ICU Nurse', at(0))
    for (const id of [1, 2, 3])
      v8.prepare(`INSERT INTO candidates (id, full_name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(id, `P${id}`, `p${id}`, at(0), at(0))
    const insert = v8.prepare(
      `INSERT INTO sync_queue (candidate_id, job_id, origin, state, waiting_for, step, next_run_at, tracker_resource_id, create_sent_at, created_at, updated_at)
       VALUES (?, 1, 'trigger', ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    insert.run(1, 'done', null, 'listed', at(1), 10001, at(1), at(1), at(2)) // created by this export
    insert.run(2, 'done', null, 'listed', at(1), 10002, null, at(1), at(2)) // linked, or already synced: not known
    insert.run(3, 'waiting', 'index', 'queued', at(1), null, null, at(1), at(2))
    v8.prepare(`INSERT INTO sync_attempts (queue_id, candidate_id, step, outcome, message, at) VALUES (1, 1, 'create', 'ok', 'Created', ?)`).run(at(1))
    const queue = v8.prepare('SELECT * FROM sync_queue ORDER BY id').all() as Record<string, unknown>[]
    const attempts = v8.prepare('SELECT * FROM sync_attempts').all()

    expect(migrate(v8, MIGRATIONS.slice(0, 9))).toBe(9)
    expect(v8.prepare('SELECT * FROM sync_queue ORDER BY id').all()).toEqual(
      queue.map((row, i) => ({ ...row, decision: null, decision_resource_id: null, record_how: i === 0 ? 'created' : null }))
    )
    expect(v8.prepare('SELECT * FROM sync_attempts').all()).toEqual(attempts)

    v8.prepare(`UPDATE sync_queue SET waiting_for = 'decision' WHERE candidate_id = 3`).run()
    v8.prepare(`INSERT INTO sync_doubts (queue_id, resource_id, full_name, email, differs, found_at) VALUES (3, 10009, 'P3', 'p3@other.org', 'email', ?)`).run(
      at(3)
    )
    expect(() => v8.prepare(`UPDATE sync_queue SET waiting_for = 'mailbox' WHERE candidate_id = 3`).run()).toThrow(/CHECK/)
    // A decision to link names its record.
    expect(() => v8.prepare(`UPDATE sync_queue SET decision = 'link' WHERE candidate_id = 3`).run()).toThrow(/CHECK/)
    v8.prepare(`UPDATE sync_queue SET decision = 'link', decision_resource_id = 10009, state = 'pending', waiting_for = NULL WHERE candidate_id = 3`).run()
    v8.prepare('DELETE FROM candidates WHERE id = 3').run()
    expect(v8.prepare('SELECT COUNT(*) AS n FROM sync_doubts').get()).toEqual({ n: 0 })
    expect(v8.pragma('foreign_keys', { simple: true })).toBe(1)
    v8.close()
  })
})
