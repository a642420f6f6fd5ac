import { describe, expect, it } from 'vitest'
import { upsertIndexRecord } from '../../../electron/db/tracker-index'
import { csvCore } from './helpers'

const HEADER = 'Full Name,Email,Phone,Stage,TrackerRMS ID,Notes\n'

describe('undo the last import', () => {
  it('puts the database back exactly: created removed, updated and stages restored, ledger and index entries removed', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,ann@example.com,0113,Replied,,old note\nBob Stone,bob@example.com,,,,\n'), { jobId: job })
    // TrackerRMS already knew record 900 (crawled), without an email
    upsertIndexRecord(
      t.core.ctx.db,
      { resourceId: 900, fullName: 'Cara Diaz', email: null, linkedinUrl: null, updatedAt: '2026-01-01T00:00:00.000Z' },
      'crawl',
      t.core.ctx.now()
    )
    t.clock.advance(60_000)
    const before = t.dump()

    const second = await t.core.csv.apply(
      t.file('b.csv', HEADER + 'Ann Lee,ann@example.com,07700,Interested,501,new note\nCara Diaz,cara@example.com,,,900,\nDan Ode,,,,502,\n'),
      { jobId: job, policy: 'update' }
    )
    expect(second.counts).toMatchObject({ new: 2, updated: 1 })
    expect(t.dump()).not.toEqual(before)
    t.clock.advance(60_000)

    const undone = await t.core.csv.undoLast()
    expect(undone).toMatchObject({
      import: { id: second.status === 'applied' ? second.importId : -1, fileName: 'b.csv', undoneAt: t.core.ctx.now() },
      candidatesRemoved: 2,
      candidatesRestored: 1,
      stagesRestored: 1,
      ledgerEntriesRemoved: 3,
      indexEntriesRemoved: 2,
      indexEntriesRestored: 1
    })
    const after = t.dump()
    expect(after.csv_imports.map((i) => (i as { undone_at: string | null }).undone_at)).toEqual([null, t.core.ctx.now()])
    const { csv_imports: _a, csv_import_changes: _b, ...rest } = after
    const { csv_imports: _c, csv_import_changes: _d, ...restBefore } = before
    expect(rest).toEqual(restBefore)
  })

  it('undoes imports one after another, newest first, then says there is nothing to undo', async () => {
    const t = csvCore()
    const job = t.job()
    const empty = t.dump()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,,,,,\n'), { jobId: job })
    await t.core.csv.apply(t.file('b.csv', HEADER + 'Bob Stone,,,,,\n'), { jobId: job })
    expect((await t.core.csv.undoLast()).import.fileName).toBe('b.csv')
    expect((await t.core.csv.undoLast()).import.fileName).toBe('a.csv')
    await expect(t.core.csv.undoLast()).rejects.toThrow('There is no import to undo.')
    expect(t.dump().candidates).toEqual(empty.candidates)
    expect((await t.core.csv.listImports()).map((i) => [i.fileName, i.undoneAt !== null])).toEqual([
      ['b.csv', true],
      ['a.csv', true]
    ])
  })

  it('refuses, changing nothing, when an imported candidate changed since', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,,,,,\nBob Stone,,,,,\n'), { jobId: job })
    const [ann] = t.core.candidates.listForJob(job)
    t.clock.advance(1000)
    t.core.outreach.recordStage({ jobId: job, candidateId: ann.id, stage: 'replied' })
    const before = t.dump()
    await expect(t.core.csv.undoLast()).rejects.toThrow(/cannot be undone.*candidate \d+ \(Ann Lee\) has outreach events recorded since.*Nothing was undone/)
    expect(t.dump()).toEqual(before)
  })

  it('refuses when an updated candidate was edited after the import', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,ann@example.com,,,,\n'), { jobId: job })
    t.clock.advance(1000)
    await t.core.csv.apply(t.file('b.csv', HEADER + 'Ann Lee,ann@example.com,0113,,,\n'), { jobId: job, policy: 'update' })
    t.clock.advance(1000)
    const [ann] = t.core.candidates.listForJob(job)
    t.core.ctx.db.prepare('UPDATE candidates SET notes = ?, updated_at = ? WHERE id = ?').run('edited by hand', t.core.ctx.now(), ann.id)
    await expect(t.core.csv.undoLast()).rejects.toThrow(/candidate \d+ \(Ann Lee\) was edited after the import/)
  })
})
