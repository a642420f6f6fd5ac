// One person, one candidate across jobs: a row that is a stored candidate of another job (same TrackerRMS ID, email
// or LinkedIn URL) is added to the import's job, never created a second time; the name alone is not enough.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportApplied, ImportPreview } from '../../../shared/csv'
import { recordLedger } from '../../../electron/db/ledger'
import { csvCore } from './helpers'

const HEADER = 'Full Name,Email,LinkedIn URL,Phone,Stage,TrackerRMS ID,Notes\n'

/** Jobs per candidate id, from job_candidates: one candidate row per person shows as one id on several jobs. */
function membership(t: ReturnType<typeof csvCore>) {
  const rows = t.core.ctx.db.prepare('SELECT candidate_id AS id, job_id AS job, stage FROM job_candidates ORDER BY candidate_id, job_id').all() as {
    id: number
    job: number
    stage: string
  }[]
  return rows.map((r) => [r.id, r.job, r.stage])
}

async function twoJobs() {
  const t = csvCore()
  const a = t.job('ICU Nurse')
  const b = t.job('Theatre Nurse')
  await t.core.csv.apply(
    t.file(
      'a.csv',
      HEADER +
        'Ann Lee,ann@example.com,,0113,Replied,,from A\n' +
        'Bob Stone,,https://www.linkedin.com/in/bob-stone/,,,,\n' +
        'Cara Diaz,cara@example.com,,,,,\n'
    ),
    { jobId: a }
  )
  t.clock.advance(60_000)
  return { t, a, b }
}

describe('a CSV import adds candidates of other jobs instead of creating twins', () => {
  it('export of job A imported into job B: 0 new, every person added, one candidate row each, on both jobs; the dry run writes nothing', async () => {
    const { t, a, b } = await twoJobs()
    const file = join(t.dir, 'export.csv')
    await t.core.csv.exportCsv(file, { jobId: a })
    const before = t.dump()

    const preview = await t.core.csv.preview(file, { jobId: b })
    expect(preview.counts).toMatchObject({ rows: 3, new: 0, added: 3, updated: 0, skipped: 0, invalid: 0 })
    expect(t.dump()).toEqual(before)
    expect(preview.rows[0]).toMatchObject({
      action: 'add',
      candidateId: 1,
      stage: 'replied',
      duplicate: { field: 'email', candidateId: 1, candidateName: 'Ann Lee', jobs: [{ id: a, title: 'ICU Nurse' }] }
    })
    expect(preview.duplicates.map((d) => [d.row, d.action, d.duplicate.field, d.duplicate.candidateId])).toEqual([
      [2, 'add', 'email', 1],
      [3, 'add', 'linkedin', 2],
      [4, 'add', 'email', 3]
    ])
    expect(preview.notes.join(' ')).toContain('3 rows are people already stored as candidates of other jobs')
    expect(preview.notes.join(' ')).toContain('their stored details are kept')

    const applied = (await t.core.csv.apply(file, { jobId: b })) as ImportApplied
    expect(applied).toMatchObject({ status: 'applied', counts: { new: 0, added: 3 } })
    expect(applied.importId).not.toBeNull()
    expect(t.core.candidates.listAll()).toHaveLength(3)
    expect(membership(t)).toEqual([
      [1, a, 'replied'],
      [1, b, 'replied'],
      [2, a, 'sourced'],
      [2, b, 'sourced'],
      [3, a, 'sourced'],
      [3, b, 'sourced']
    ])
    // no outreach event: the stage is history
    expect(t.core.ctx.db.prepare('SELECT COUNT(*) AS n FROM outreach_events').get()).toEqual({ n: 0 })
    expect((await t.core.csv.listImports())[0].counts).toMatchObject({ new: 0, added: 3, updated: 0 })
  })

  it('matches an email in another case, a LinkedIn URL in another form and the TrackerRMS ID of a linked candidate, never the name alone', async () => {
    const { t, b } = await twoJobs()
    recordLedger(t.core.ctx.db, { candidateId: 3, trackerResourceId: 777, how: 'linked', matchedOn: 'email', syncedAt: t.core.ctx.now(), syncedBy: null })
    const file = t.file(
      'b.csv',
      HEADER +
        'Ann L.,ANN@Example.COM,,,,,\n' +
        'Robert Stone,,linkedin.com/in/Bob-Stone?trk=x,,,,\n' +
        'C. Diaz,,,,,777,\n' +
        'Cara Diaz,,,,,,a namesake without email\n'
    )
    const preview = await t.core.csv.preview(file, { jobId: b })
    expect(preview.rows.map((r) => [r.action, r.candidateId, r.duplicate?.field ?? null])).toEqual([
      ['add', 1, 'email'],
      ['add', 2, 'linkedin'],
      ['add', 3, 'trackerId'],
      ['new', null, null]
    ])
    // with skip, the stored details are shown (and kept), not the row's
    expect(preview.rows[0].fields).toMatchObject({ fullName: 'Ann Lee', email: 'ann@example.com', notes: 'from A' })
    await t.core.csv.apply(file, { jobId: b })
    expect(t.core.candidates.listAll().map((c) => c.fullName)).toEqual(['Ann Lee', 'Bob Stone', 'Cara Diaz', 'Cara Diaz'])
    expect(t.core.candidates.listForJob(b).map((c) => c.id)).toEqual([1, 2, 3, 4])
  })

  it('within the job the rules stay: a candidate of the job (even by name) is a duplicate there, not an add', async () => {
    const { t, a } = await twoJobs()
    const preview = await t.core.csv.preview(t.file('c.csv', HEADER + 'Ann Lee,,,,,,\nCara Diaz,cara@example.com,,,,,\n'), { jobId: a })
    expect(preview.counts).toMatchObject({ new: 0, added: 0, skipped: 2 })
    expect(preview.duplicates.map((d) => [d.duplicate.field, d.duplicate.jobs])).toEqual([
      ['name', null],
      ['email', null]
    ])
  })

  it('a second row of the same person is a duplicate of the row that added them, not a second add', async () => {
    const { t, b } = await twoJobs()
    const file = t.file('d.csv', HEADER + 'Ann Lee,ann@example.com,,,,,\nAnn Lee,,,07700,Interested,,\nAnn Lee,ann@example.com,,,,,\n')
    const skip = await t.core.csv.preview(file, { jobId: b })
    expect(skip.rows.map((r) => [r.action, r.duplicate?.row ?? null])).toEqual([
      ['add', null],
      ['skip', 2],
      ['skip', 2]
    ])
    const update = (await t.core.csv.apply(file, { jobId: b, policy: 'update' })) as ImportApplied
    expect(update.counts).toMatchObject({ new: 0, added: 1, updated: 2 })
    expect(t.core.candidates.listAll()).toHaveLength(3)
    expect(t.core.candidates.listForJob(b)).toMatchObject([{ id: 1, phone: '07700', stage: 'interested' }])
  })

  it('policy update fills in the stored candidate from the row; undo restores them and takes them off the job only', async () => {
    const { t, a, b } = await twoJobs()
    const before = t.dump()
    const file = t.file('e.csv', HEADER + 'Ann Lee,ann@example.com,,07700,Interested,501,from B\n')
    const preview = await t.core.csv.preview(file, { jobId: b, policy: 'update' })
    expect(preview.rows[0]).toMatchObject({ action: 'add', candidateId: 1, fields: { phone: '07700', notes: 'from B' } })
    expect(preview.notes.join(' ')).toContain('their details are updated from the file')
    t.clock.advance(1000)
    const applied = (await t.core.csv.apply(file, { jobId: b, policy: 'update' })) as ImportApplied
    expect(applied.counts).toMatchObject({ new: 0, added: 1, updated: 0 })
    expect(t.core.candidates.get(1)).toMatchObject({ phone: '07700', notes: 'from B' })
    expect(t.core.candidates.listForJob(a)).toMatchObject([{ id: 1, stage: 'replied' }, { id: 2 }, { id: 3 }])
    expect(t.core.candidates.listForJob(b)).toMatchObject([{ id: 1, stage: 'interested' }])
    expect(t.core.ctx.db.prepare('SELECT tracker_resource_id AS id FROM sync_ledger WHERE candidate_id = 1').get()).toEqual({ id: 501 })

    t.clock.advance(1000)
    const undone = await t.core.csv.undoLast()
    expect(undone).toMatchObject({ candidatesRemoved: 0, membershipsRemoved: 1, candidatesRestored: 1, ledgerEntriesRemoved: 1, indexEntriesRemoved: 1 })
    const { csv_imports: _a, csv_import_changes: _b, ...after } = t.dump()
    const { csv_imports: _c, csv_import_changes: _d, ...restBefore } = before
    expect(after).toEqual(restBefore)
  })

  it('a row that adds a stored person still makes its other keys known to later rows of the file', async () => {
    const { t, b } = await twoJobs()
    const file = t.file(
      'g.csv',
      HEADER +
        'Ann Lee,ann@example.com,https://www.linkedin.com/in/ann-lee-2/,,,,\n' + // stored by email; new LinkedIn URL
        'Ann L.,,https://www.linkedin.com/in/ann-lee-2/,,,,\n' + // that URL: a duplicate of row 2
        'A. Lee,ANN@example.com,,,,,\n' + // the stored email again: a duplicate of the row that added her
        'Bob Stone,bob@example.com,https://www.linkedin.com/in/bob-stone/,,,,\n' + // stored by LinkedIn; new email
        'Robert Stone,bob@example.com,,,,,\n' // that email: a duplicate of row 5
    )
    const outcomes = (r: ImportPreview | ImportApplied) => r.rows.map((row) => [row.action, row.duplicate?.field ?? null, row.duplicate?.row ?? null])
    const expected = [
      ['add', 'email', null],
      ['skip', 'linkedin', 2],
      ['skip', 'email', 2],
      ['add', 'linkedin', null],
      ['skip', 'email', 5]
    ]
    expect(outcomes(await t.core.csv.preview(file, { jobId: b }))).toEqual(expected)
    const applied = (await t.core.csv.apply(file, { jobId: b })) as ImportApplied
    expect(outcomes(applied)).toEqual(expected)
    expect(applied.counts).toMatchObject({ new: 0, added: 2, skipped: 3 })
  })

  it('policy update that changes a stored email: a later row with the old email is still that person, in the dry run and the apply alike', async () => {
    const { t, a, b } = await twoJobs()
    await t.core.csv.apply(t.file('eve-a.csv', HEADER + 'Eve Park,eve@old.example,https://www.linkedin.com/in/eve-park/,,,,\n'), { jobId: a })
    const file = t.file('eve-b.csv', HEADER + 'Eve Park,eve@new.example,https://www.linkedin.com/in/eve-park/,,,,\n' + 'Eve Park,eve@old.example,,07711,,,\n')
    const outcomes = (r: ImportPreview | ImportApplied) =>
      r.rows.map((row) => [row.action, row.candidateId, row.duplicate?.field ?? null, row.duplicate?.row ?? null])
    const preview = await t.core.csv.preview(file, { jobId: b, policy: 'update' })
    const applied = (await t.core.csv.apply(file, { jobId: b, policy: 'update' })) as ImportApplied
    expect(outcomes(preview)).toEqual([
      ['add', 4, 'linkedin', null],
      ['update', 4, 'email', 2]
    ])
    expect(outcomes(applied)).toEqual(outcomes(preview))
    expect(applied.counts).toMatchObject({ new: 0, added: 1, updated: 1 })
    expect(t.core.candidates.listAll()).toHaveLength(4)
    expect(t.core.candidates.get(4)).toMatchObject({ email: 'eve@old.example', phone: '07711' })
  })

  it('policy create still adds the stored person (a twin would be a second local row for one TrackerRMS record)', async () => {
    const { t, b } = await twoJobs()
    const applied = await t.core.csv.apply(t.file('f.csv', HEADER + 'Ann Lee,ann@example.com,,07700,,,\nDan Ode,dan@example.com,,,,,\n'), {
      jobId: b,
      policy: 'create'
    })
    expect(applied.counts).toMatchObject({ new: 1, added: 1 })
    expect(t.core.candidates.get(1)).toMatchObject({ phone: '0113' }) // stored details kept
    expect(t.core.candidates.listForJob(b).map((c) => c.fullName)).toEqual(['Ann Lee', 'Dan Ode'])
  })

  it('undo takes exactly the added memberships away, and is refused once such a candidate moved stage in the job', async () => {
    const { t, b } = await twoJobs()
    await t.core.csv.apply(t.file('g.csv', HEADER + 'Ann Lee,ann@example.com,,,,,\nEve Park,eve@example.com,,,,,\n'), { jobId: b })
    expect(t.core.candidates.listForJob(b).map((c) => c.fullName)).toEqual(['Ann Lee', 'Eve Park'])
    t.clock.advance(1000)
    t.core.outreach.recordStage({ jobId: b, candidateId: 1, stage: 'replied' })
    const blocked = t.dump()
    await expect(t.core.csv.undoLast()).rejects.toThrow(
      /candidate 1 \(Ann Lee\) (changed stage after the import|has outreach events in this job recorded since)/
    )
    expect(t.dump()).toEqual(blocked)

    // a fresh import, undone at once
    const { t: t2, a: a2, b: b2 } = await twoJobs()
    const beforeA = t2.core.candidates.listForJob(a2)
    await t2.core.csv.apply(t2.file('h.csv', HEADER + 'Ann Lee,ann@example.com,,,Sequence,,\nEve Park,eve@example.com,,,,,\n'), { jobId: b2 })
    t2.clock.advance(1000)
    expect(await t2.core.csv.undoLast()).toMatchObject({ candidatesRemoved: 1, membershipsRemoved: 1, candidatesRestored: 0 })
    expect(t2.core.candidates.listForJob(b2)).toEqual([])
    expect(t2.core.candidates.listForJob(a2)).toEqual(beforeA)
    expect(t2.core.candidates.listAll().map((c) => c.fullName)).toEqual(['Ann Lee', 'Bob Stone', 'Cara Diaz'])
  })

  it('a candidate already in the job is skipped as before; one of another job is added, and the preview names their jobs', async () => {
    const { t, a, b } = await twoJobs()
    t.core.candidates.addToJob({ jobId: b, candidateIds: [1] })
    const preview = (await t.core.csv.preview(t.file('i.csv', HEADER + 'Ann Lee,ann@example.com,,,,,\nCara Diaz,cara@example.com,,,,,\n'), {
      jobId: b
    })) as ImportPreview
    expect(preview.rows.map((r) => [r.action, r.duplicate?.jobs ?? null])).toEqual([
      ['skip', null],
      ['add', [{ id: a, title: 'ICU Nurse' }]]
    ])
  })
})
