import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/db/migrations'
import { migrate, openDatabase } from '../../../electron/db/open'
import { tempDir } from '../../helpers/temp'

describe('migration 6: the export facts and the waiting state', () => {
  it('keeps every queue item and its audit trail, gives old items the facts their step implies, and allows waiting', () => {
    const file = join(tempDir(), 'app.sqlite')
    const v5 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 5) })
    const at = (m: number) => `2026-03-01T09:${String(m).padStart(2, '0')}:00.000Z`
    v5.prepare('INSERT INTO jobs (id, title, created_at) VALUES (1, ?, ?)').run('ICU Nurse', at(0))
    for (const id of [1, 2, 3])
      v5.prepare(`INSERT INTO candidates (id, full_name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(id, `P${id}`, `p${id}`, at(0), at(0))
    const insert = v5.prepare(
      `INSERT INTO sync_queue (candidate_id, job_id, tracker_job_id, origin, state, step, attempts, next_run_at, tracker_resource_id, created_at, updated_at)
       VALUES (?, 1, 5001, 'trigger', ?, ?, ?, ?, ?, ?, ?)`
    )
    insert.run(1, 'done', 'listed', 0, at(1), 10001, at(1), at(2))
    insert.run(2, 'retry_wait', 'checked', 1, at(3), null, at(3), at(4)) // stopped between the check and the create's answer
    insert.run(3, 'pending', 'queued', 0, at(5), null, at(5), at(5))
    v5.prepare(`INSERT INTO sync_ledger (candidate_id, tracker_resource_id, how, synced_at) VALUES (1, 10001, 'created', ?)`).run(at(1))
    v5.prepare(`INSERT INTO sync_attempts (queue_id, candidate_id, step, outcome, message, at) VALUES (1, 1, 'resume', 'ok', 'Attached', ?)`).run(at(2))
    v5.prepare(`INSERT INTO sync_attempts (queue_id, candidate_id, step, outcome, message, at) VALUES (2, 2, 'check', 'no_match', 'none', ?)`).run(at(4))
    const attempts = v5.prepare('SELECT * FROM sync_attempts ORDER BY id').all()

    expect(
      migrate(
        v5,
        MIGRATIONS.filter((m) => m.version <= 6)
      )
    ).toBe(6)
    // The audit trail still points at its items: rebuilding sync_queue did not null queue_id (foreign keys were off).
    expect(v5.prepare('SELECT * FROM sync_attempts ORDER BY id').all()).toEqual(attempts)
    const rows = v5.prepare('SELECT id, state, step, waiting_for, checked_at, create_sent_at, listed_at, tracker_resource_id FROM sync_queue ORDER BY id').all()
    expect(rows).toEqual([
      { id: 1, state: 'done', step: 'listed', waiting_for: null, checked_at: null, create_sent_at: null, listed_at: at(2), tracker_resource_id: 10001 },
      { id: 2, state: 'retry_wait', step: 'checked', waiting_for: null, checked_at: at(4), create_sent_at: at(4), listed_at: null, tracker_resource_id: null },
      { id: 3, state: 'pending', step: 'queued', waiting_for: null, checked_at: null, create_sent_at: null, listed_at: null, tracker_resource_id: null }
    ])
    expect(v5.prepare('SELECT resume_attached_at FROM sync_ledger').get()).toEqual({ resume_attached_at: at(2) })
    // 'waiting' exists, and only together with what it waits for.
    v5.prepare(`UPDATE sync_queue SET state = 'waiting', waiting_for = 'widget' WHERE id = 3`).run()
    expect(() => v5.prepare(`UPDATE sync_queue SET state = 'waiting', waiting_for = NULL WHERE id = 3`).run()).toThrow(/CHECK/)
    expect(() => v5.prepare(`UPDATE sync_queue SET waiting_for = 'widget' WHERE id = 1`).run()).toThrow(/CHECK/)
    // Deleting a candidate still takes its exports with it; an export's deletion still keeps its audit rows.
    v5.prepare('DELETE FROM sync_queue WHERE id = 2').run()
    expect(v5.prepare('SELECT queue_id FROM sync_attempts WHERE candidate_id = 2').get()).toEqual({ queue_id: null })
    v5.prepare('DELETE FROM candidates WHERE id = 3').run()
    expect(v5.prepare('SELECT COUNT(*) AS n FROM sync_queue WHERE candidate_id = 3').get()).toEqual({ n: 0 })
    expect(v5.pragma('foreign_keys', { simple: true })).toBe(1)
    v5.close()
  })
})
