import { nearMissKeys } from '../../sync/near-miss'
import type { Migration } from './types'

// Near-miss warnings look TrackerRMS records up by surname ("Steve Lu" vs "Steven Lu"), which the full-name key
// cannot do with an index.
export const migration003: Migration = {
  version: 3,
  name: 'surname key for near-miss warnings',
  up(db) {
    db.exec(`
      ALTER TABLE tracker_index ADD COLUMN surname_key TEXT;
      CREATE INDEX tracker_index_surname_key ON tracker_index(surname_key) WHERE surname_key IS NOT NULL;
    `)
    const rows = db.prepare('SELECT resource_id, full_name FROM tracker_index').all() as { resource_id: number; full_name: string | null }[]
    const update = db.prepare('UPDATE tracker_index SET surname_key = ? WHERE resource_id = ?')
    for (const row of rows) update.run(nearMissKeys({ fullName: row.full_name, email: null }).surname, row.resource_id)
  }
}
