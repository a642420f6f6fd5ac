import type { Migration } from './types'

// The review table pages through up to 100,000 candidates sorted by name; without this index every page would
// sort the whole table first (tens of milliseconds a page instead of one or two).
export const migration004: Migration = {
  version: 4,
  name: 'name order index for the review table',
  up(db) {
    db.exec('CREATE INDEX candidates_full_name_nocase ON candidates(full_name COLLATE NOCASE, id)')
  }
}
