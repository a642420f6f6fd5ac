// Export -> import is the identity on every field, for any candidate (property-based), and through a
// Windows-1252, semicolon-separated file as a European Excel would save it. The file is imported into another
// installation's database (separateCore): in the same database the import would add the people it already has to
// the job instead of reading them back from the file (tested in cross-job.test.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it, onTestFinished } from 'vitest'
import { cleanCandidateFields, type CandidateInput } from '../../../shared/candidate-fields'
import { STAGES, type CandidateFields, type Stage } from '../../../shared/domain'
import { checkEmail, isLinkedInProfileUrl } from '../../../shared/normalize'
import type { Core } from '../../../electron/core'
import { addToJob, insertCandidate } from '../../../electron/db/candidates'
import { recordLedger } from '../../../electron/db/ledger'
import { csvCore, jobFields, separateCore, windows1252 } from './helpers'

interface Person {
  input: CandidateInput
  stage: Stage
  trackerId: number | null
}

// Text that CSV and spreadsheets find hard: delimiters, quotes, line breaks, formula starts, apostrophes,
// accents, CJK, emoji (with joiners). Control characters are left out: every door refuses them (a line break and a
// tab only in the fields of several lines, which keep them).
const HARD = ['"', ',', ';', "'", '=', '-', '+', '@', '|', ' ', 'é', 'ß', 'Ж', '中文', '😀', '👩‍👩‍👧', 'a', 'Z', '0']
const LINES = ['\n', '\r\n', '\r', '\t']
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const controls = (multiline: boolean) => (multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g)
const text = (maxLength: number, multiline = false) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }).map((s) => s.replace(controls(multiline), '')),
    fc.array(fc.constantFrom(...HARD, ...(multiline ? LINES : [])), { maxLength: Math.min(maxLength, 30) }).map((parts) => parts.join('')),
    fc.constant('')
  )
// Cut by characters, not UTF-16 units, so that no surrogate pair is split.
const long = (max: number) =>
  fc.tuple(text(12, true), fc.integer({ min: 100, max: 2000 })).map(([unit, times]) =>
    Array.from((unit || '¶').repeat(times))
      .slice(0, max)
      .join('')
  )

const email = fc.oneof(
  fc.constant(null),
  fc.emailAddress().filter((e) => checkEmail(e).ok),
  fc.constantFrom('=cmd@example.com', "o'brien@example.ie", '-dash@example.org', '+plus@example.co.uk', '@@x')
)
const linkedin = fc.oneof(
  fc.constant(null),
  fc.stringMatching(/^[a-z0-9\-éü]{1,20}$/).map((slug) => `https://www.linkedin.com/in/${slug}/`),
  fc.constantFrom('linkedin.com/in/Ann-Lee?trk=a,b', 'http://uk.linkedin.com/in/%C3%A9mile')
)

const person: fc.Arbitrary<Person> = fc
  .record({
    firstName: text(100),
    lastName: text(100),
    fullName: fc.oneof(text(200), fc.constant('')),
    email,
    phone: text(50),
    linkedinUrl: linkedin,
    city: text(100),
    state: text(100),
    country: text(100),
    currentTitle: text(200),
    currentCompany: text(200),
    summary: fc.oneof(text(20_000, true), long(20_000)),
    experience: text(20_000, true),
    education: text(20_000, true),
    skills: fc.oneof(text(5_000, true), long(5_000)),
    notes: fc.oneof(text(20_000, true), long(20_000))
  })
  .map((input) => ({
    ...input,
    email: input.email && checkEmail(input.email).ok ? input.email : null,
    linkedinUrl: isLinkedInProfileUrl(input.linkedinUrl) ? input.linkedinUrl : null
  }))
  .filter((input) => cleanCandidateFields(input).ok)
  .chain((input) => fc.record({ input: fc.constant(input), stage: fc.constantFrom(...STAGES), trackerId: fc.option(fc.integer({ min: 1, max: 2 ** 40 })) }))

// Straight to the tables, not through candidates.create: random people may share an email or LinkedIn URL (as
// twins from older data or a CSV "create" import do), which "Add candidate" refuses but a round trip must keep.
function addPeople(core: Core, jobId: number, people: Person[]) {
  for (const p of people) {
    const cleaned = cleanCandidateFields(p.input)
    if (!cleaned.ok) throw new Error(cleaned.errors[0].message)
    const created = insertCandidate(core.ctx.db, cleaned.fields, core.ctx.now())
    addToJob(core.ctx.db, jobId, created.id, p.stage, core.ctx.now())
    if (p.trackerId)
      recordLedger(core.ctx.db, {
        candidateId: created.id,
        trackerResourceId: p.trackerId,
        how: 'linked',
        matchedOn: 'email',
        syncedAt: core.ctx.now(),
        syncedBy: null
      })
  }
}

const trackerIds = (core: Core, jobId: number) =>
  (
    core.ctx.db
      .prepare(
        'SELECT l.tracker_resource_id AS id FROM job_candidates jc LEFT JOIN sync_ledger l ON l.candidate_id = jc.candidate_id WHERE jc.job_id = ? ORDER BY jc.candidate_id'
      )
      .all(jobId) as { id: number | null }[]
  ).map((r) => r.id)

describe('export -> import round trip', () => {
  it('gives back every field, stage and TrackerRMS id of any candidate', async () => {
    const t = csvCore()
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 6 }), async (people) => {
        run++
        const source = t.job(`source ${run}`)
        addPeople(t.core, source, people)
        const file = join(t.dir, `export-${run}.csv`)
        await t.core.csv.exportCsv(file, { jobId: source })
        const other = separateCore()
        try {
          const target = other.jobs.create({ title: 'target' }).id
          const result = await other.csv.apply(file, { jobId: target, policy: 'create' })
          expect(result).toMatchObject({ status: 'applied', counts: { rows: people.length, new: people.length, added: 0, invalid: 0 } })
          expect(jobFields(other, target)).toEqual(jobFields(t.core, source))
          expect(trackerIds(other, target)).toEqual(trackerIds(t.core, source))
        } finally {
          await other.close()
        }
      }),
      { numRuns: 120 }
    )
  })

  it('survives a European Excel: Windows-1252 and semicolons', async () => {
    const t = csvCore()
    const source = t.job('source')
    const other = separateCore()
    onTestFinished(() => other.close())
    const target = other.jobs.create({ title: 'target' }).id
    const people: CandidateFields[] = [
      {
        firstName: 'José',
        lastName: 'Müller-Lüdenscheidt',
        fullName: 'José Müller-Lüdenscheidt',
        email: 'jose@example.de',
        phone: '+49 221 123456',
        linkedinUrl: 'https://de.linkedin.com/in/jose-mueller',
        city: 'Köln',
        state: 'NRW',
        country: 'Deutschland',
        currentTitle: '=Pflege; Leitung',
        currentCompany: 'Café "Olé", GmbH',
        summary: "'quoted' – “typographic” ‘marks’ … €100",
        experience: 'line one\r\nline two;\nline three',
        education: "'=not a formula",
        skills: '-5 years; @home; +more',
        notes: 'Œuvre, Straße, façade, naïve, Ærø'
      },
      {
        firstName: 'Zoë',
        lastName: null,
        fullName: 'Zoë',
        email: null,
        phone: null,
        linkedinUrl: null,
        city: null,
        state: null,
        country: null,
        currentTitle: null,
        currentCompany: null,
        summary: null,
        experience: null,
        education: null,
        skills: null,
        notes: "''+1 and \ttab inside"
      }
    ]
    addPeople(
      t.core,
      source,
      people.map((p, i) => ({ input: p, stage: i ? 'not_interested' : 'sequence', trackerId: i ? null : 42 }))
    )
    const exported = join(t.dir, 'export.csv')
    await t.core.csv.exportCsv(exported, { jobId: source })
    // What Excel in a German locale writes when it saves the export again: semicolons, Windows-1252, CRLF.
    const rows = Papa.parse<string[]>(readFileSync(exported, 'utf8').replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data
    const resaved = Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: (value: unknown) => /[;"\r\n]/.test(String(value)), escapeFormulae: false })
    const file = t.file('excel-de.csv', windows1252(resaved + '\r\n'))
    const result = await other.csv.apply(file, { jobId: target })
    expect(result.format).toMatchObject({ encoding: 'windows-1252', delimiter: ';' })
    expect(result).toMatchObject({ status: 'applied', counts: { new: 2, added: 0, invalid: 0 } })
    expect(jobFields(other, target)).toEqual(jobFields(t.core, source))
    expect(trackerIds(other, target)).toEqual([42, null])
  })
})
