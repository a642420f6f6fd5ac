import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { exportHeaders } from '../../../shared/csv'
import { recordLedger } from '../../../electron/db/ledger'
import { csvCore } from './helpers'

const read = (file: string) => {
  const text = readFileSync(file, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  expect(text.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n|\r(?!\n)/) // every record ends with CRLF
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true }).data
}

describe('CSV export', () => {
  it('one job: template columns with stage, sync status, TrackerRMS ID and synced-at; formulas neutralised', async () => {
    const t = csvCore()
    const job = t.job()
    const c = (fullName: string, extra: Record<string, string> = {}) => t.core.candidates.create({ jobId: job, fullName, ...extra })
    const ann = c('Ann Lee', { email: 'ann@example.com', phone: '+44 7700 900123' })
    const bob = c('Bob Stone', { currentTitle: '=HYPERLINK("http://evil")' })
    const cara = c('Cara Diaz')
    const dan = c('Dan Ode')
    const eve = c('Eve Adams')
    const now = t.core.ctx.now()
    recordLedger(t.core.ctx.db, { candidateId: ann.id, trackerResourceId: 501, how: 'created', matchedOn: null, syncedAt: now, syncedBy: 'me' })
    recordLedger(t.core.ctx.db, { candidateId: bob.id, trackerResourceId: 502, how: 'imported', matchedOn: null, syncedAt: now, syncedBy: null })
    const queue = t.core.ctx.db.prepare(
      `INSERT INTO sync_queue (candidate_id, job_id, origin, state, next_run_at, created_at, updated_at) VALUES (?, ?, 'manual', ?, ?, ?, ?)`
    )
    queue.run(cara.id, job, 'pending', now, now, now)
    queue.run(dan.id, job, 'failed', now, now, now)
    t.core.outreach.recordStage({ jobId: job, candidateId: eve.id, stage: 'interested' })

    const file = join(t.dir, 'job.csv')
    expect(await t.core.csv.exportCsv(file, { jobId: job })).toMatchObject({ file, jobId: job, rows: 5 })
    const rows = read(file)
    expect(Object.keys(rows[0])).toEqual(exportHeaders(false))
    expect(rows.map((r) => [r['Full Name'], r.Stage, r['Sync Status'], r['TrackerRMS ID'], r['Synced At']])).toEqual([
      ['Ann Lee', 'Sourced', 'Synced', '501', now],
      ['Bob Stone', 'Sourced', 'In TrackerRMS', '502', now],
      ['Cara Diaz', 'Sourced', 'Queued', '', ''],
      ['Dan Ode', 'Sourced', 'Failed', '', ''],
      ['Eve Adams', 'Interested', 'Not synced', '', '']
    ])
    expect(rows[0].Phone).toBe("'+44 7700 900123")
    expect(rows[1]['Current Title']).toBe('\'=HYPERLINK("http://evil")')
  })

  it('all jobs: one row per job a candidate is on, one for candidates on none, across many pages', async () => {
    const t = csvCore()
    const a = t.job('ICU Nurse')
    const b = t.job('Theatre Nurse')
    const ids: number[] = []
    t.core.ctx.db.transaction(() => {
      for (let i = 0; i < 1200; i++) ids.push(t.core.candidates.create({ jobId: a, fullName: `Person ${i}` }).id)
    })()
    t.core.ctx.db
      .prepare(`INSERT INTO job_candidates (job_id, candidate_id, stage, stage_changed_at, added_at) VALUES (?, ?, 'replied', 'x', 'x')`)
      .run(b, ids[700])
    t.core.ctx.db.prepare(`DELETE FROM job_candidates WHERE candidate_id = ?`).run(ids[5])
    const file = join(t.dir, 'all.csv')
    expect((await t.core.csv.exportCsv(file)).rows).toBe(1201)
    const rows = read(file)
    expect(Object.keys(rows[0])).toEqual(exportHeaders(true))
    expect(rows).toHaveLength(1201)
    expect(rows[5]).toMatchObject({ 'Full Name': 'Person 5', 'Job ID': '', Job: '', Stage: '' })
    expect(rows.filter((r) => r['Full Name'] === 'Person 700').map((r) => [r.Job, r.Stage])).toEqual([
      ['ICU Nurse', 'Sourced'],
      ['Theatre Nurse', 'Replied']
    ])
    expect(rows[1200]['Full Name']).toBe('Person 1199')
  })

  it('leaves no partial file behind when writing fails, and refuses an unknown job', async () => {
    const t = csvCore()
    const job = t.job()
    t.core.candidates.create({ jobId: job, fullName: 'Ann Lee' })
    await expect(t.core.csv.exportCsv(join(t.dir, 'no-such-folder', 'x.csv'), { jobId: job })).rejects.toThrow(/ENOENT/)
    await expect(t.core.csv.exportCsv(join(t.dir, 'x.csv'), { jobId: 42 })).rejects.toThrow('There is no job with id 42.')
    expect(existsSync(join(t.dir, 'x.csv'))).toBe(false)
    expect(readdirSync(t.dir).filter((f) => f.includes('partial'))).toEqual([])
  })
})
