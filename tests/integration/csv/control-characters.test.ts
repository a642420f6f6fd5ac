// Control characters in a CSV file: each cell holding one is an error of its row, named by row and column like any
// invalid value (the file is rejected, or the row left out with skip-invalid); tabs and line breaks stay where a
// field has several lines. The app's own export of older data (stored before they were refused) is read the same
// way, not refused as a binary file.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOutcome } from '../../../shared/csv'
import { addToJob, insertCandidate } from '../../../electron/db/candidates'
import { cleanCandidateFields } from '../../../shared/candidate-fields'
import { csvCore, jobFields, separateCore } from './helpers'

const FILE = [
  'Full Name,City,Current Company,Notes',
  'Ann Lee,Leeds\u0000,NHS,',
  'Bo\u0007b Stone,York,,',
  'Cy Ode,Hull,St Mary\tHospital,',
  'Dee Fox,Bath,Acme,"first line\n\tsecond line"',
  ''
].join('\r\n')

describe('control characters in an imported file', () => {
  it('are errors of their row and column; nothing is written, and skip-invalid imports the other rows', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('controls.csv', FILE)
    const before = t.dump()
    const errors = [
      { row: 2, column: 'City', message: 'City contains the control character U+0000 (NUL) at character 6: remove it.' },
      { row: 3, column: 'Full Name', message: 'Full name contains the control character U+0007 (BEL) at character 3: remove it.' },
      { row: 4, column: 'Current Company', message: 'Current company contains a tab (U+0009) at character 8: use a space instead.' }
    ]
    const preview = await t.core.csv.preview(file, { jobId: job })
    expect(preview).toMatchObject({ canApply: false, counts: { rows: 4, new: 1, invalid: 3 }, errors })

    const rejected = (await t.core.csv.apply(file, { jobId: job })) as ImportOutcome
    expect(rejected).toMatchObject({ status: 'rejected', errors })
    expect(t.dump()).toEqual(before)

    const applied = await t.core.csv.apply(file, { jobId: job, skipInvalid: true })
    expect(applied).toMatchObject({ status: 'applied', counts: { new: 1, invalid: 3 } })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.notes])).toEqual([['Dee Fox', 'first line\n\tsecond line']])
  })

  it("in the app's export of older data: named by row and column when imported again, not a binary file", async () => {
    const t = csvCore()
    const job = t.job()
    // Stored as an older version let them in (through the API, before they were refused).
    const fields = cleanCandidateFields({ fullName: 'Ann Lee' })
    if (!fields.ok) throw new Error('unreachable')
    const stored = insertCandidate(t.core.ctx.db, { ...fields.fields, fullName: 'Ann\u001b[2JLee', city: 'Leeds\u0000' }, t.core.ctx.now())
    addToJob(t.core.ctx.db, job, stored.id, 'sourced', t.core.ctx.now())
    const exported = join(t.dir, 'export.csv')
    await t.core.csv.exportCsv(exported, { jobId: job })

    const other = separateCore()
    try {
      const target = other.jobs.create({ title: 'target' }).id
      const result = (await other.csv.apply(exported, { jobId: target })) as ImportOutcome
      expect(result).toMatchObject({
        status: 'rejected',
        errors: [
          { row: 2, column: 'Full Name', message: 'Full name contains the control character U+001B (ESC) at character 4: remove it.' },
          { row: 2, column: 'City', message: 'City contains the control character U+0000 (NUL) at character 6: remove it.' }
        ]
      })
      expect(other.candidates.listAll()).toEqual([])
    } finally {
      await other.close()
    }
  })

  it('a file with NUL characters in bulk is still refused as binary data', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('nuls.csv', '\ufeffFull Name,City\r\n' + 'Ann Lee,Leeds\u0000\u0000\u0000\r\n'.repeat(5))
    await expect(t.core.csv.apply(file, { jobId: job })).rejects.toThrow(/holds binary data \(NUL characters, near byte \d+\)/)
  })
})
