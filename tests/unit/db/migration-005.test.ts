import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/db/migrations'
import { migrate, openDatabase } from '../../../electron/db/open'
import { tempDir } from '../../helpers/temp'

describe('migration 5: imports add stored candidates to the job', () => {
  it('keeps the import history and its change log, and accepts membership changes and their count', () => {
    const file = join(tempDir(), 'app.sqlite')
    const v4 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 4) })
    const now = '2026-03-01T09:00:00.000Z'
    v4.prepare('INSERT INTO jobs (id, title, created_at) VALUES (1, ?, ?)').run('ICU Nurse', now)
    v4.prepare(
      `INSERT INTO csv_imports (file_name, job_id, job_title, policy, encoding, delimiter, rows_total, new_count, applied_at) VALUES ('a.csv', 1, 'ICU Nurse', 'skip', 'utf-8', ',', 2, 2, ?)`
    ).run(now)
    v4.prepare(`INSERT INTO csv_import_changes (import_id, kind, candidate_id, job_id) VALUES (1, 'candidate_created', 7, 1)`).run()
    v4.prepare(`INSERT INTO csv_import_changes (import_id, kind, candidate_id, previous) VALUES (1, 'candidate_updated', 8, '{"a":1}')`).run()
    expect(() => v4.prepare(`INSERT INTO csv_import_changes (import_id, kind) VALUES (1, 'membership_added')`).run()).toThrow(/CHECK/)
    const changes = v4.prepare('SELECT * FROM csv_import_changes ORDER BY id').all()

    expect(
      migrate(
        v4,
        MIGRATIONS.filter((m) => m.version <= 5)
      )
    ).toBe(5)
    expect(v4.prepare('SELECT * FROM csv_import_changes ORDER BY id').all()).toEqual(changes)
    expect(v4.prepare('SELECT new_count, added_count FROM csv_imports').get()).toEqual({ new_count: 2, added_count: 0 })
    v4.prepare(`INSERT INTO csv_import_changes (import_id, kind, candidate_id, job_id) VALUES (1, 'membership_added', 9, 1)`).run()
    expect(() => v4.prepare(`INSERT INTO csv_import_changes (import_id, kind) VALUES (1, 'teleported')`).run()).toThrow(/CHECK/)
    // the index undo reads by is back, and deleting the import still takes its changes with it
    const plan = v4.prepare(`EXPLAIN QUERY PLAN SELECT * FROM csv_import_changes WHERE import_id = 1 AND kind = 'membership_added'`).all() as {
      detail: string
    }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('csv_import_changes_import')
    v4.prepare('DELETE FROM csv_imports WHERE id = 1').run()
    expect(v4.prepare('SELECT COUNT(*) AS n FROM csv_import_changes').get()).toEqual({ n: 0 })
    v4.close()
  })
})
