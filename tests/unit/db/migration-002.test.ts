import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../electron/db/migrations'
import { migrate, openDatabase, schemaVersion } from '../../../electron/db/open'
import { tempDir } from '../../helpers/temp'

describe('migration 2: csv imports', () => {
  it('migrates a version-1 database with data and keeps the data', () => {
    const file = join(tempDir(), 'app.sqlite')
    const v1 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 1) })
    const now = '2026-03-01T09:00:00.000Z'
    v1.prepare('INSERT INTO jobs (id, title, created_at) VALUES (1, ?, ?)').run('ICU Nurse', now)
    v1.prepare(
      `INSERT INTO candidates (id, full_name, name_key, email, email_key, created_at, updated_at) VALUES (1, 'Ann Lee', 'ann lee', 'ann@x.com', 'ann@x.com', ?, ?)`
    ).run(now, now)
    v1.prepare(`INSERT INTO job_candidates (job_id, candidate_id, stage, stage_changed_at, added_at) VALUES (1, 1, 'replied', ?, ?)`).run(now, now)
    v1.prepare(`INSERT INTO sync_ledger (candidate_id, tracker_resource_id, how, synced_at) VALUES (1, 77, 'imported', ?)`).run(now)
    const dump = (db: typeof v1) => ({
      jobs: db.prepare('SELECT * FROM jobs').all(),
      candidates: db.prepare('SELECT * FROM candidates').all(),
      jobCandidates: db.prepare('SELECT * FROM job_candidates').all(),
      ledger: db.prepare('SELECT * FROM sync_ledger').all()
    })
    const before = dump(v1)
    expect(schemaVersion(v1)).toBe(1)

    expect(
      migrate(
        v1,
        MIGRATIONS.filter((m) => m.version <= 2)
      )
    ).toBe(2)
    expect(dump(v1)).toEqual(before)

    v1.prepare(
      `INSERT INTO csv_imports (file_name, job_id, job_title, policy, encoding, delimiter, applied_at) VALUES ('a.csv', 1, 'ICU Nurse', 'skip', 'utf-8', ',', ?)`
    ).run(now)
    v1.prepare(`INSERT INTO csv_import_changes (import_id, kind, candidate_id) VALUES (1, 'candidate_created', 1)`).run()
    expect(() => v1.prepare(`INSERT INTO csv_import_changes (import_id, kind) VALUES (1, 'teleported')`).run()).toThrow(/CHECK/)
    v1.prepare(`INSERT INTO csv_mappings (name, mapping, created_at, updated_at) VALUES ('TrackerRMS', '{}', ?, ?)`).run(now, now)
    expect(() => v1.prepare(`INSERT INTO csv_mappings (name, mapping, created_at, updated_at) VALUES ('trackerrms', '{}', ?, ?)`).run(now, now)).toThrow(
      /UNIQUE/
    )
    // deleting the job keeps the import's history, without the job
    v1.prepare('DELETE FROM jobs WHERE id = 1').run()
    expect(v1.prepare('SELECT job_id, job_title FROM csv_imports').get()).toEqual({ job_id: null, job_title: 'ICU Nurse' })
    v1.close()
  })
})
