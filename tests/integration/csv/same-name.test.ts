// Who is the same person on import when names repeat. A real list of people repeats common names; two rows (or a
// row and a candidate of the job) with the same full name are one person only when nothing tells them apart. A key
// both have that differs (email, LinkedIn URL, TrackerRMS ID) makes them two people: both imported, with a warning
// that names the namesake. Preview, report and undo all see it.
import { describe, expect, it } from 'vitest'
import { csvCore } from './helpers'

const FIRST = ['Émile', 'John', 'Mary', 'Wei', 'Fatima', 'José', 'Olga', 'Liam', 'Noor', 'Aoife']
const LAST = ['Smith-Jones', 'Smith', 'Nowak', 'García', 'Müller', 'Li', 'Khan', 'Silva', 'Brown', "O'Neil"]

/** `count` people, each with their own email and LinkedIn URL, named from 100 names: person i and i + 100 share one. */
function peopleFile(count: number): string {
  const lines = ['Full Name,Email,LinkedIn URL']
  for (let i = 0; i < count; i++) lines.push(`${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]},person${i}@example.com,https://www.linkedin.com/in/person-${i}`)
  return lines.join('\n') + '\n'
}

const HEADER = 'Full Name,Email,LinkedIn URL,TrackerRMS ID\n'
const count = (t: ReturnType<typeof csvCore>) => (t.core.ctx.db.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n

describe('CSV import: the same full name', () => {
  it('a list of 20,000 people whose names repeat imports all 20,000, each repeat with a warning; undo removes them all', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('people.csv', peopleFile(20_000))
    const warning = 'Same full name as row 2 (Émile Smith-Jones) but a different email and LinkedIn URL: imported as a different person.'

    const preview = await t.core.csv.preview(file, { jobId: job })
    expect(preview).toMatchObject({ canApply: true, counts: { rows: 20_000, new: 20_000, skipped: 0 }, duplicateCount: 0, warningCount: 19_900 })
    expect(preview.warnings[0]).toEqual({ row: 102, column: null, message: warning })

    const applied = await t.core.csv.apply(file, { jobId: job })
    expect(applied).toMatchObject({ status: 'applied', counts: { new: 20_000, skipped: 0 }, duplicateCount: 0, warningCount: 19_900 })
    expect(applied.warnings[0]).toEqual(preview.warnings[0])
    expect(applied.warnings[1]).toEqual({ row: 103, column: null, message: expect.stringMatching(/^Same full name as row 3 \(John Smith-Jones\)/) })
    expect(t.core.candidates.listForJob(job)).toHaveLength(20_000)
    const smiths = t.core.ctx.db.prepare("SELECT email FROM candidates WHERE full_name = 'Émile Smith-Jones' ORDER BY id").pluck().all()
    expect(smiths).toEqual(Array.from({ length: 200 }, (_, k) => `person${k * 100}@example.com`))

    // importing the same file again: every row is its person by email, nobody is created twice
    expect((await t.core.csv.preview(file, { jobId: job })).counts).toMatchObject({ new: 0, skipped: 20_000 })

    const undone = await t.core.csv.undoLast()
    expect(undone.candidatesRemoved).toBe(20_000)
    expect(count(t)).toBe(0)
  })

  it('same name and no email or LinkedIn URL on either: still one person, in the file and against the job', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,,,\nANN  LEE,,,\n'), { jobId: job })
    expect(t.core.candidates.listForJob(job).map((c) => c.fullName)).toEqual(['Ann Lee'])
    const again = await t.core.csv.apply(t.file('b.csv', HEADER + 'ann lee,,,\n'), { jobId: job })
    expect(again).toMatchObject({ counts: { new: 0, skipped: 1 }, warningCount: 0, duplicates: [{ row: 2, duplicate: { field: 'name', candidateId: 1 } }] })
    expect(count(t)).toBe(1)
  })

  it('a candidate of the job with the same name and another email: the row is imported as a different person, named in the warning', async () => {
    const t = csvCore()
    const job = t.job()
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Émile Smith-Jones,emile@example.com,,\n'), { jobId: job })
    const file = t.file('b.csv', HEADER + 'EMILE SMITH-JONES,emile@example.com,,\nÉmile  Smith-Jones,e.smith@work.example,,\nÉmile Smith-Jones,,,501\n')
    const expected = {
      counts: { new: 1, skipped: 2 },
      warnings: [{ row: 3, column: null, message: 'Same full name as candidate 1 (Émile Smith-Jones) but a different email: imported as a different person.' }],
      // the same email is the same person; a row with only a TrackerRMS ID has nothing to tell them apart
      duplicates: [
        { row: 2, duplicate: { field: 'email', candidateId: 1 } },
        { row: 4, duplicate: { field: 'name', candidateId: 1 } }
      ]
    }
    expect(await t.core.csv.preview(file, { jobId: job })).toMatchObject(expected)
    expect(await t.core.csv.apply(file, { jobId: job })).toMatchObject(expected)
    expect(t.core.candidates.listForJob(job).map((c) => c.email)).toEqual(['emile@example.com', 'e.smith@work.example'])
  })

  it('an email on one row and a LinkedIn URL on the other: one person (with update, who then has both)', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('a.csv', HEADER + 'Ann Lee,ann@example.com,,\nAnn Lee,,https://www.linkedin.com/in/ann-lee,\n')
    const applied = await t.core.csv.apply(file, { jobId: job, policy: 'update' })
    expect(applied).toMatchObject({ counts: { new: 1, updated: 1 }, warningCount: 0, duplicates: [{ row: 3, duplicate: { field: 'name', row: 2 } }] })
    expect(t.core.candidates.listForJob(job)).toEqual([
      expect.objectContaining({ email: 'ann@example.com', linkedinUrl: 'https://www.linkedin.com/in/ann-lee' })
    ])
  })

  it('a namesake learns the email of a row taken as them: a later row with another email is someone else, not lost', async () => {
    const t = csvCore()
    const job = t.job()
    const file = t.file('a.csv', HEADER + 'Ann Lee,,,\nAnn Lee,ann@example.com,,\nAnn Lee,ann.lee@work.example,,\n')
    const applied = await t.core.csv.apply(file, { jobId: job })
    expect(applied).toMatchObject({
      counts: { new: 2, skipped: 1 },
      duplicates: [{ row: 3, duplicate: { field: 'name', row: 2 } }],
      warnings: [{ row: 4, message: 'Same full name as row 2 (Ann Lee) but a different email: imported as a different person.' }]
    })
  })

  it('an email of a stored candidate comes before a namesake in the job: that person is added, the namesake left alone', async () => {
    const t = csvCore()
    const icu = t.job('ICU Nurse')
    const ward = t.job('Ward Manager')
    await t.core.csv.apply(t.file('a.csv', HEADER + 'Ann Lee,,,\n'), { jobId: ward }) // candidate 1, no email
    await t.core.csv.apply(t.file('b.csv', HEADER + 'Ann Lee,ann@example.com,,\n'), { jobId: icu }) // candidate 2
    const applied = await t.core.csv.apply(t.file('c.csv', HEADER + 'Ann Lee,ann@example.com,,\n'), { jobId: ward, policy: 'update' })
    expect(applied).toMatchObject({ counts: { added: 1, updated: 0 }, duplicates: [{ row: 2, action: 'add', duplicate: { field: 'email', candidateId: 2 } }] })
    expect(t.core.candidates.listForJob(ward).map((c) => [c.id, c.email])).toEqual([
      [1, null],
      [2, 'ann@example.com']
    ])
  })
})
