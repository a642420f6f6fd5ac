import { describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../electron/core/csv-service'
import { csvCore, jobFields } from './helpers'

const HEADER = 'Full Name,Email,Phone,LinkedIn URL,Stage,TrackerRMS ID,Notes\n'

describe('CSV import: dry run and apply', () => {
  it('a dry run reports counts, the first rows as stored and every error, and changes nothing', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file(
      'people.csv',
      HEADER +
        'Ann Lee,ann@example.com,07700 900123,https://uk.linkedin.com/in/ann-lee/,In sequence,,\n' +
        'Bob Stone,bob@,,,,,\n' +
        'ANN  LEE,,,,,,same name as row 2\n' +
        ',nobody@example.com,,,,,\n'
    )
    const before = t.dump()
    const preview = await t.core.csv.preview(file, { jobId: job })
    expect(t.dump()).toEqual(before)
    expect(preview).toMatchObject({
      status: 'preview',
      canApply: false,
      counts: { rows: 4, new: 1, updated: 0, skipped: 1, invalid: 2, blank: 0 },
      errorCount: 2,
      errors: [
        { row: 3, column: 'Email', message: 'Email "bob@" is not a valid email address.' },
        { row: 5, column: 'Full Name', message: expect.stringMatching(/needs a name/) }
      ],
      duplicates: [{ row: 4, action: 'skip', duplicate: { field: 'name', value: 'ann lee', row: 2, candidateId: null } }],
      format: { encoding: 'utf-8', delimiter: ',' }
    })
    expect(preview.blockedReason).toMatch(/2 of 4 rows have errors/)
    expect(preview.rows[0]).toMatchObject({ row: 2, action: 'new', stage: 'sequence', fields: { fullName: 'Ann Lee', firstName: 'Ann', lastName: 'Lee' } })
    expect(preview.notes.join(' ')).toMatch(/recorded as history: no outreach event .* sends nothing to TrackerRMS/)
  })

  it('rejects a file with invalid rows as a whole, unless invalid rows are skipped', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('people.csv', HEADER + 'Ann Lee,ann@example.com,,,,,\nBob Stone,bob@,,,,,\n')
    const before = t.dump()
    const rejected = await t.core.csv.apply(file, { jobId: job })
    expect(rejected).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/1 of 2 rows have errors, so nothing was imported/) })
    expect(t.dump()).toEqual(before)

    const applied = await t.core.csv.apply(file, { jobId: job, skipInvalid: true })
    expect(applied).toMatchObject({ status: 'applied', counts: { new: 1, invalid: 1 } })
    expect(jobFields(t.core, job).map((c) => c.fullName)).toEqual(['Ann Lee'])
  })

  it('sets stages as history: no outreach event, nothing queued for TrackerRMS', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('s.csv', HEADER + 'Ann Lee,,,,Replied,,\nBob Stone,,,,not-interested,,\nCara Diaz,,,,,,\n'), { jobId: job })
    expect(jobFields(t.core, job).map((c) => [c.fullName, c.stage])).toEqual([
      ['Ann Lee', 'replied'],
      ['Bob Stone', 'not_interested'],
      ['Cara Diaz', 'sourced']
    ])
    const count = (table: string) => (t.core.ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(count('outreach_events')).toBe(0)
    expect(count('sync_queue')).toBe(0)
  })

  it('makes rows with a TrackerRMS ID known to TrackerRMS: ledger "imported" and an index entry', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('t.csv', HEADER + 'Ann Lee,Ann@Example.com,,https://www.linkedin.com/in/ann-lee,,10452,\nBob Stone,,,,,,\n'), { jobId: job })
    const [ann] = t.core.candidates.listForJob(job)
    expect(t.core.ctx.db.prepare('SELECT candidate_id, tracker_resource_id, how FROM sync_ledger').all()).toEqual([
      { candidate_id: ann.id, tracker_resource_id: 10452, how: 'imported' }
    ])
    expect(t.core.ctx.db.prepare('SELECT resource_id, full_name, name_key, email_key, linkedin_key, source FROM tracker_index').all()).toEqual([
      {
        resource_id: 10452,
        full_name: 'Ann Lee',
        name_key: 'ann lee',
        email_key: 'ann@example.com',
        linkedin_key: 'linkedin.com/in/ann-lee',
        source: 'imported'
      }
    ])
  })

  it('finds duplicates in the file and in the job on TrackerRMS ID, email, LinkedIn URL and full name', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(
      t.file('first.csv', HEADER + 'Ann Lee,ann@example.com,,,,,\nBob Stone,,,https://www.linkedin.com/in/bob,,,\nCara Diaz,,,,,77,\nDan Ode,,,,,,\n'),
      {
        jobId: job
      }
    )
    const ids = Object.fromEntries(t.core.candidates.listForJob(job).map((c) => [c.fullName, c.id]))
    const preview = await t.core.csv.preview(
      t.file(
        'second.csv',
        HEADER +
          'Ann Lee-Smith,ANN@example.com,,,,,\n' + // job: email
          'Robert Stone,,,http://linkedin.com/in/Bob/?trk=x,,,\n' + // job: LinkedIn
          'C. Diaz,,,,,77,\n' + // job: TrackerRMS id
          'dan  ode,,,,,,\n' + // job: name
          'Eve Adams,eve@example.com,,,,,\n' + // new
          'Eve A.,EVE@example.com,,,,,\n' // file: email, row 6
      ),
      { jobId: job }
    )
    expect(preview.counts).toMatchObject({ new: 1, skipped: 5 })
    expect(preview.duplicates.map((d) => [d.row, d.duplicate.field, d.duplicate.row ?? d.duplicate.candidateId])).toEqual([
      [2, 'email', ids['Ann Lee']],
      [3, 'linkedin', ids['Bob Stone']],
      [4, 'trackerId', ids['Cara Diaz']],
      [5, 'name', ids['Dan Ode']],
      [7, 'email', 6]
    ])
    expect(preview.duplicates[0].duplicate).toMatchObject({ candidateName: 'Ann Lee', value: 'ann@example.com' })
  })

  it('policy update fills the existing candidate with the non-empty cells and sets its stage; create adds a new one', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,ann@example.com,0113,,Sourced,,first note\n'), { jobId: job })
    const update = t.file('b.csv', HEADER + 'Ann Lee,ann@example.com,,https://www.linkedin.com/in/ann-lee,Interested,,second note\nAnn Lee,,07700,,,,\n')
    const applied = await t.core.csv.apply(update, { jobId: job, policy: 'update' })
    expect(applied.counts).toMatchObject({ new: 0, updated: 2 })
    expect(jobFields(t.core, job)).toEqual([
      expect.objectContaining({
        fullName: 'Ann Lee',
        email: 'ann@example.com',
        phone: '07700',
        linkedinUrl: 'https://www.linkedin.com/in/ann-lee',
        notes: 'second note',
        stage: 'interested'
      })
    ])
    const created = await t.core.csv.apply(update, { jobId: job, policy: 'create' })
    expect(created.counts).toMatchObject({ new: 2 })
    expect(t.core.candidates.listForJob(job)).toHaveLength(3)
  })

  it('policy update within the file updates the candidate the earlier row created', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('a.csv', HEADER + 'Ann Lee,ann@example.com,,,,,\nAnn Lee,,0113 496 0000,,Replied,,\n')
    const preview = await t.core.csv.preview(file, { jobId: job, policy: 'update' })
    expect(preview.rows[1]).toMatchObject({
      action: 'update',
      candidateId: null,
      duplicate: { row: 2, field: 'name' },
      fields: { email: 'ann@example.com', phone: '0113 496 0000' }
    })
    const applied = await t.core.csv.apply(file, { jobId: job, policy: 'update' })
    expect(applied.counts).toMatchObject({ new: 1, updated: 1 })
    expect(jobFields(t.core, job)).toEqual([expect.objectContaining({ email: 'ann@example.com', phone: '0113 496 0000', stage: 'replied' })])
  })

  it('keeps the first TrackerRMS id of a candidate and warns about a different one', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,ann@example.com,,,,5,\n'), { jobId: job })
    const applied = await t.core.csv.apply(t.file('b.csv', 'Email,TrackerRMS ID,Full Name\nann@example.com,6,Ann Lee\n'), { jobId: job, policy: 'update' })
    expect(applied.warnings).toEqual([
      { row: 2, column: null, message: expect.stringMatching(/already TrackerRMS record 5; the file's TrackerRMS ID 6 is not recorded/) }
    ])
    expect(t.core.ctx.db.prepare('SELECT tracker_resource_id FROM sync_ledger').all()).toEqual([{ tracker_resource_id: 5 }])
  })

  it('does not record an import that changed nothing', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('a.csv', HEADER + 'Ann Lee,,,,,,\n')
    await t.core.csv.apply(file, { jobId: job })
    const again = await t.core.csv.apply(file, { jobId: job })
    expect(again).toMatchObject({ status: 'applied', importId: null, counts: { skipped: 1 } })
    expect(await t.core.csv.listImports()).toHaveLength(1)
  })

  it('emits progress events (and calls onProgress) while reading and applying', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('a.csv', HEADER + Array.from({ length: 2500 }, (_, i) => `Person ${i},p${i}@example.com,,,,,\n`).join(''))
    const events: ImportProgress[] = []
    const callbacks: ImportProgress[] = []
    const off = t.core.events.on('import.progress', (p) => events.push(p))
    await t.core.csv.apply(file, { jobId: job, importToken: 'tok-1' }, (p) => callbacks.push(p))
    off()
    expect(callbacks).toEqual(events)
    expect(new Set(events.map((e) => e.importToken))).toEqual(new Set(['tok-1']))
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['reading', 'applying', 'done']))
    const last = events[events.length - 1]
    expect(last).toMatchObject({ phase: 'done', rowsDone: 2500, bytesRead: last.bytesTotal })
    const applying = events.filter((e) => e.phase === 'applying').map((e) => e.rowsDone)
    expect(applying).toEqual([...applying].sort((a, b) => a - b))
    expect(applying[applying.length - 1]).toBe(2500)
  })

  it('a failing progress listener does not stop the import', async () => {
    const t = csvCore()
    const job = t.job()
    const result = await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,,,,,,\n'), { jobId: job }, () => {
      throw new Error('listener bug')
    })
    expect(result).toMatchObject({ status: 'applied', counts: { new: 1 } })
  })

  it('rolls back everything when writing fails half-way', async () => {
    const t = csvCore()
    const job = t.job()
    t.core.ctx.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON candidates WHEN NEW.full_name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`)
    const before = t.dump()
    const file = t.file('a.csv', HEADER + Array.from({ length: 1500 }, (_, i) => `Person ${i},,,,,${i + 1},\n`).join('') + 'Boom,,,,,,\n')
    await expect(t.core.csv.apply(file, { jobId: job })).rejects.toThrow(/disk on fire/)
    expect(t.dump()).toEqual(before)
  })

  it('saves mappings by name and reuses them', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('a.csv', 'Kandidat,Mail,Bemerkung\nAnn Lee,ann@example.com,hi\n')
    const applied = await t.core.csv.apply(file, {
      jobId: job,
      mapping: { Kandidat: 'fullName', Mail: 'email', Bemerkung: 'notes' },
      saveMappingAs: 'German sheet'
    })
    expect(applied).toMatchObject({ status: 'applied', savedMapping: 'German sheet' })
    expect(t.core.csv.listMappings()).toEqual([
      { name: 'German sheet', mapping: { Kandidat: 'fullName', Mail: 'email', Bemerkung: 'notes' }, updatedAt: expect.any(String) }
    ])
    const inspected = await t.core.csv.inspect(file, { mappingName: 'german SHEET' })
    expect(inspected.mapping.map((m) => m.field)).toEqual(['fullName', 'email', 'notes'])
    expect(inspected.problems).toEqual([])
    await expect(t.core.csv.inspect(file, { mappingName: 'nope' })).rejects.toThrow(/no saved mapping called "nope".*"German sheet"/)
    t.core.csv.deleteMapping('German sheet')
    expect(t.core.csv.listMappings()).toEqual([])
  })

  it('inspect reports the format, mapping and first rows without reading the whole file', async () => {
    const t = csvCore()
    const file = t.file('a.csv', 'Forename;Surname;E-mail\r\n' + Array.from({ length: 50 }, (_, i) => `A${i};B${i};a${i}@example.com\r\n`).join(''))
    const result = await t.core.csv.inspect(file)
    expect(result).toMatchObject({
      format: { encoding: 'utf-8', delimiter: ';', delimiterLabel: 'semicolon' },
      headers: ['Forename', 'Surname', 'E-mail'],
      problems: []
    })
    expect(result.sampleRows).toEqual(Array.from({ length: 5 }, (_, i) => [`A${i}`, `B${i}`, `a${i}@example.com`]))
    expect(result.mapping.map((m) => m.field)).toEqual(['firstName', 'lastName', 'email'])
  })

  it('inspect lists what would refuse the file instead of throwing', async () => {
    const t = csvCore()
    const result = await t.core.csv.inspect(t.file('a.csv', 'Email,Phone\nann@example.com,0113\n'))
    expect(result.problems).toEqual([expect.stringMatching(/No column gives the candidates' names/)])
    expect(result.sampleRows).toEqual([['ann@example.com', '0113']])
  })

  it('refuses an unknown job or policy before reading', async () => {
    const t = csvCore()
    const file = t.file('a.csv', HEADER + 'Ann Lee,,,,,,\n')
    await expect(t.core.csv.apply(file, { jobId: 99 })).rejects.toThrow('There is no job with id 99.')
    await expect(t.core.csv.apply(file, { jobId: t.job(), policy: 'merge' as never })).rejects.toThrow(/Unknown duplicate policy "merge"/)
    await expect(t.core.csv.apply(`${t.dir}/missing.csv`, { jobId: 1 })).rejects.toThrow(/There is no file .*missing.csv/)
  })
})
