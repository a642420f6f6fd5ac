import type { Migration } from './types'

// Near-miss warnings look TrackerRMS records up by surname ("Steve Lu" vs "Steven Lu"), which the full-name key
// cannot do with an index.
//
// Frozen: this migration has shipped, so it keeps its own copy of the surname key as it was then (the last word of
// the case- and space-folded full name, letters and digits only, accents removed) instead of calling live code that
// may change later. Records written since are keyed by shared/near-miss.ts.
function surnameKeyAsShipped(fullName: string | null): string | null {
  if (fullName == null) return null
  const spaced = fullName.normalize('NFC').trim().replace(/\s+/gu, ' ')
  if (spaced === '') return null
  const words = spaced.toUpperCase().toLowerCase().replace(/ς/gu, 'σ').normalize('NFC').split(' ')
  if (words.length < 2) return null
  const bare = words[words.length - 1]
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
  return bare || null
}

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
    for (const row of rows) update.run(surnameKeyAsShipped(row.full_name), row.resource_id)
  }
}
