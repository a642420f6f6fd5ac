// An import big enough to be written in several slices (db/write-slices.ts), with job memberships and change-log rows
// batched: the result, the log that undo reads, and the schema must be exactly what a row-by-row import leaves, and
// a refused import must leave nothing (its committed slices taken back).
import { describe, expect, it } from 'vitest'
import { csvCore } from './helpers'

const ROWS = 6_100
const HEADER = 'Full Name,Email,LinkedIn URL,Stage,TrackerRMS ID\n'

/** Row i: a unique person; every 10th has a TrackerRMS id. */
const person = (i: number) => `Person ${i},person${i}@example.com,https://www.linkedin.com/in/person-${i},,${i % 10 === 0 ? 500_000 + i : ''}\n`

function indexes(db: ReturnType<typeof csvCore>['core']['ctx']['db']) {
  return db.prepare(`SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all()
}

describe('CSV import of a big file', () => {
  it('stores every row, keeps every index, logs every change, and undoes completely', async () => {
    const t = csvCore({ slices: true })
    const job = t.job()
    const db = t.core.ctx.db
    const schema = indexes(db)
    let text = HEADER
    for (let i = 1; i <= ROWS; i++) text += person(i)
    // policy update: a later row for the person of an earlier row still waiting in a batch sets that person's stage
    text += `Person ${ROWS - 50},person${ROWS - 50}@example.com,,Replied,\n`
    const outcome = await t.core.csv.apply(t.file('big.csv', text), { jobId: job, policy: 'update' })
    expect(outcome).toMatchObject({ status: 'applied', counts: { rows: ROWS + 1, new: ROWS, updated: 1, skipped: 0, invalid: 0 } })

    expect(indexes(db)).toEqual(schema)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM candidates WHERE email_key = ?').all('person7@example.com') as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/INDEX candidates_email_key/)
    expect(db.prepare('SELECT id FROM candidates WHERE email_key = ?').pluck().get('person7@example.com')).toBe(7)

    const count = (sql: string, ...args: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...args)
    expect(count('SELECT COUNT(*) FROM job_candidates WHERE job_id = ?', job)).toBe(ROWS)
    expect(count(`SELECT stage FROM job_candidates WHERE job_id = ? AND candidate_id = ?`, job, ROWS - 50)).toBe('replied')
    expect(count(`SELECT COUNT(*) FROM job_candidates WHERE job_id = ? AND stage = 'sourced'`, job)).toBe(ROWS - 1)
    const linked = Math.floor(ROWS / 10)
    expect(count(`SELECT COUNT(*) FROM sync_ledger WHERE how = 'imported'`)).toBe(linked)
    expect(count('SELECT COUNT(*) FROM tracker_index')).toBe(linked)
    const changes = db.prepare('SELECT kind, COUNT(*) AS n FROM csv_import_changes GROUP BY kind ORDER BY kind').all()
    expect(changes).toEqual([
      { kind: 'candidate_created', n: ROWS },
      { kind: 'index_added', n: linked },
      { kind: 'ledger_added', n: linked }
    ])

    const undone = await t.core.csv.undoLast()
    expect(undone).toMatchObject({ candidatesRemoved: ROWS, ledgerEntriesRemoved: linked, indexEntriesRemoved: linked })
    expect([count('SELECT COUNT(*) FROM candidates'), count('SELECT COUNT(*) FROM job_candidates'), count('SELECT COUNT(*) FROM tracker_index')]).toEqual([
      0, 0, 0
    ])
  })

  it('a refused big import leaves the database, its indexes included, exactly as it was', async () => {
    const t = csvCore({ slices: true })
    const job = t.job()
    let text = HEADER
    for (let i = 1; i <= ROWS; i++) text += person(i)
    text += 'Nobody Valid,not-an-email,,,\n' // found after many slices committed
    const before = t.dump()
    const schema = indexes(t.core.ctx.db)
    const outcome = await t.core.csv.apply(t.file('big-bad.csv', text), { jobId: job })
    expect(outcome).toMatchObject({ status: 'rejected', counts: { invalid: 1 } })
    expect(t.dump()).toEqual(before)
    expect(indexes(t.core.ctx.db)).toEqual(schema)
  })
})
