import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/db/migrations'
import { migrate, openDatabase } from '../../../electron/db/open'
import { getCrawlState } from '../../../electron/db/tracker-crawl'
import { tempDir } from '../../helpers/temp'

describe('migration 7: the first read’s checkpoint, waiting for the index, duplicate pairs', () => {
  it('keeps every queue item and its audit trail and the crawl state; allows waiting for the index or a record', () => {
    const v6 = openDatabase(join(tempDir(), 'app.sqlite'), { migrations: MIGRATIONS.filter((m) => m.version <= 6) })
    const at = (m: number) => `2026-03-01T09:${String(m).padStart(2, '0')}:00.000Z`
    v6.prepare('INSERT INTO jobs (id, title, created_at) VALUES (1, ?, ?)').run('ICU Nurse', at(0))
    for (const id of [1, 2])
      v6.prepare(`INSERT INTO candidates (id, full_name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(id, `P${id}`, `p${id}`, at(0), at(0))
    v6.prepare(
      `INSERT INTO sync_queue (candidate_id, job_id, tracker_job_id, origin, state, waiting_for, step, attempts, next_run_at, tracker_resource_id,
         checked_at, create_sent_at, last_error, created_at, updated_at)
       VALUES (1, 1, 5001, 'trigger', 'waiting', 'widget', 'created', 0, ?, 10001, ?, ?, 'the Widget API refused', ?, ?)`
    ).run(at(1), at(1), at(1), at(1), at(2))
    v6.prepare(`INSERT INTO sync_attempts (queue_id, candidate_id, step, outcome, message, at) VALUES (1, 1, 'create', 'ok', 'Created', ?)`).run(at(1))
    v6.prepare(`INSERT INTO tracker_crawl (host, watermark, full_crawl_at, last_refresh_at) VALUES ('https://t.example', ?, ?, ?)`).run(at(3), at(3), at(4))
    const queue = v6.prepare('SELECT * FROM sync_queue').all()
    const attempts = v6.prepare('SELECT * FROM sync_attempts').all()

    expect(migrate(v6, MIGRATIONS.slice(0, 7))).toBe(7)
    expect(v6.prepare('SELECT * FROM sync_queue').all()).toEqual(queue)
    expect(v6.prepare('SELECT * FROM sync_attempts').all()).toEqual(attempts)
    // A host read before this version stays read: no second first read.
    expect(getCrawlState(v6, 'https://t.example')).toEqual({
      host: 'https://t.example',
      watermark: at(3),
      fullCrawlAt: at(3),
      lastRefreshAt: at(4),
      checkpoint: null
    })
    v6.prepare(
      `INSERT INTO sync_queue (candidate_id, origin, state, waiting_for, next_run_at, created_at, updated_at) VALUES (2, 'manual', 'waiting', 'index', ?, ?, ?)`
    ).run(at(5), at(5), at(5))
    v6.prepare(`UPDATE sync_queue SET waiting_for = 'record' WHERE candidate_id = 2`).run()
    expect(() => v6.prepare(`UPDATE sync_queue SET waiting_for = 'mailbox' WHERE candidate_id = 2`).run()).toThrow(/CHECK/)
    v6.prepare(`INSERT INTO tracker_twins (candidate_id, ours_resource_id, other_resource_id, matched_on, found_at) VALUES (1, 10001, 10002, 'email', ?)`).run(
      at(6)
    )
    expect(() =>
      v6
        .prepare(`INSERT INTO tracker_twins (candidate_id, ours_resource_id, other_resource_id, matched_on, found_at) VALUES (1, 10001, 10002, 'email', ?)`)
        .run(at(7))
    ).toThrow(/UNIQUE/)
    v6.prepare('DELETE FROM candidates WHERE id = 1').run()
    expect(v6.prepare('SELECT COUNT(*) AS n FROM tracker_twins').get()).toEqual({ n: 0 })
    expect(v6.pragma('foreign_keys', { simple: true })).toBe(1)
    v6.close()
  })
})
