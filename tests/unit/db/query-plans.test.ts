import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/db/open'
import { SAME_NAME_SQL } from '../../../electron/db/same-name'

// The duplicate check runs before every create and during CSV imports of 100,000 rows: it must never scan.
describe('duplicate lookups use their indexes', () => {
  const db = openDatabase(':memory:')
  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((row) => row.detail).join(' | ')

  it.each([
    ['candidates', 'name_key', 'candidates_name_key'],
    ['candidates', 'email_key', 'candidates_email_key'],
    ['candidates', 'linkedin_key', 'candidates_linkedin_key'],
    ['tracker_index', 'name_key', 'tracker_index_name_key'],
    ['tracker_index', 'email_key', 'tracker_index_email_key'],
    ['tracker_index', 'linkedin_key', 'tracker_index_linkedin_key']
  ])('%s by %s uses %s', (table, column, index) => {
    const detail = plan(`SELECT * FROM ${table} WHERE ${column} = ?`)
    expect(detail).toContain(`USING INDEX ${index}`)
    expect(detail).not.toMatch(/^SCAN/)
  })

  it('"Add candidate"\'s same-name hint uses candidates_name_key, in id order without a sort', () => {
    const detail = (db.prepare(`EXPLAIN QUERY PLAN ${SAME_NAME_SQL}`).all('x', 5) as { detail: string }[]).map((row) => row.detail).join(' | ')
    expect(detail).toContain('USING INDEX candidates_name_key')
    expect(detail).not.toMatch(/SCAN|TEMP B-TREE/)
  })
})
