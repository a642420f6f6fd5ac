import { dispatcherFor } from '../../helpers/api'
// The review table's query (electron/db/review.ts) through the API, over 20,000 generated candidates on three jobs,
// checked row by row against a plain reference model built from the same generated data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReviewFilter, ReviewPage, ReviewRow } from '../../../shared/api'
import { STAGES, type Stage, type SyncStatus } from '../../../shared/domain'
import { normalizeFullName } from '../../../shared/normalize'
import type { Dispatch } from '../../../electron/api/dispatch'
import { createCore, type Core } from '../../../electron/core'
import { addToJob, insertCandidate, setStage } from '../../../electron/db/candidates'
import { insertJob } from '../../../electron/db/jobs'
import { createEnvStore } from '../../../electron/secrets'

const N = 20_000
const FIRST = ['Ann', 'Érika', 'Steve', 'Steven', 'Olga', 'Zoë', 'li', 'MARK', 'Ørjan', 'Nadia']
const LAST = ['Lee', 'Lu', 'Петрова', 'Smith', "O'Brien", 'de la Cruz', 'Ng']
const COMPANIES = ['Acme', 'Globex', 'Initech', '100% Care', 'Under_Score Ltd', null]
const TITLES = ['Nurse', 'Engineer', 'ICU Nurse', null]

interface Model {
  id: number
  fullName: string
  email: string | null
  company: string | null
  title: string | null
  jobs: { jobId: number; stage: Stage; at: string }[]
  status: SyncStatus
  inTracker: boolean
}

let dir: string
let core: Core
let dispatch: Dispatch
const model: Model[] = []
const jobIds: number[] = []
const jobTitles = new Map<number, string>()

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tracker-sync-review-'))
  core = createCore({ dataDir: dir, secrets: createEnvStore('unused') })
  dispatch = dispatcherFor(core)
  const db = core.ctx.db
  const base = Date.parse('2026-01-01T00:00:00Z')
  const iso = (n: number) => new Date(base + n * 1000).toISOString()
  db.transaction(() => {
    for (const title of ['ICU Nurse', 'Backend Engineer', 'Ward Manager']) {
      const job = insertJob(db, { title }, iso(0))
      jobIds.push(job.id)
      jobTitles.set(job.id, title)
    }
    for (let i = 0; i < N; i++) {
      const fullName = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`
      const email = i % 5 === 0 ? null : `person${i}@${i % 3 ? 'example.com' : 'Mail.Example.org'}`
      const company = COMPANIES[i % COMPANIES.length]
      const title = TITLES[i % TITLES.length]
      const c = insertCandidate(
        db,
        {
          firstName: null,
          lastName: null,
          fullName,
          email,
          phone: null,
          linkedinUrl: null,
          city: null,
          state: null,
          country: null,
          currentTitle: title,
          currentCompany: company,
          summary: null,
          experience: null,
          education: null,
          skills: null,
          notes: null
        },
        iso(i)
      )
      const entry: Model = { id: c.id, fullName, email, company, title, jobs: [], status: 'not_synced', inTracker: false }
      // Every candidate on one job, every third on a second one too (at a later time), some on none.
      if (i % 17 !== 0) {
        const first = jobIds[i % 3]
        const stage = STAGES[i % 5]
        addToJob(db, first, c.id, 'sourced', iso(i))
        setStage(db, first, c.id, stage, iso(i + 1))
        entry.jobs.push({ jobId: first, stage, at: iso(i + 1) })
        if (i % 3 === 0) {
          const second = jobIds[(i + 1) % 3]
          const stage2 = STAGES[(i + 2) % 5]
          addToJob(db, second, c.id, stage2, iso(i + 2))
          entry.jobs.push({ jobId: second, stage: stage2, at: iso(i + 2) })
        }
      }
      // Sync statuses, as the sync engine and CSV import would leave them.
      const ledger = i % 11 === 0 ? 'created' : i % 13 === 0 ? 'imported' : i % 29 === 0 ? 'linked' : null
      if (ledger) {
        db.prepare('INSERT INTO sync_ledger (candidate_id, tracker_resource_id, how, synced_at) VALUES (?, ?, ?, ?)').run(c.id, 100_000 + i, ledger, iso(i))
        entry.inTracker = true
        entry.status = ledger === 'imported' ? 'in_tracker' : 'synced'
      }
      const queueState = i % 19 === 0 ? 'pending' : i % 23 === 0 ? 'failed' : i % 31 === 0 ? 'done' : null
      if (queueState) {
        db.prepare(
          `INSERT INTO sync_queue (candidate_id, job_id, origin, state, next_run_at, created_at, updated_at) VALUES (?, NULL, 'manual', ?, ?, ?, ?)`
        ).run(c.id, queueState, iso(i), iso(i), iso(i))
        if (queueState === 'pending') entry.status = 'queued'
        if (queueState === 'failed') entry.status = 'failed'
      }
      model.push(entry)
    }
  })()
})

afterAll(async () => {
  await core.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The reference: which candidates a filter selects, in which order, with which stage shown. */
function expected(filter: ReviewFilter): { id: number; stage: Stage | null; stageJobId: number | null }[] {
  const words = (filter.search ?? '').trim().split(/\s+/u).filter(Boolean)
  const matchesWord = (m: Model, word: string) => {
    const folded = normalizeFullName(word) as string
    const lower = word.toLowerCase()
    return normalizeFullName(m.fullName)!.includes(folded) || [m.email, m.company, m.title].some((v) => v !== null && v.toLowerCase().includes(lower))
  }
  const rows = model
    .filter((m) =>
      filter.jobId != null
        ? m.jobs.some((j) => j.jobId === filter.jobId && (!filter.stage || j.stage === filter.stage))
        : !filter.stage || m.jobs.some((j) => j.stage === filter.stage)
    )
    .filter((m) => words.every((w) => matchesWord(m, w)))
    .filter((m) => !filter.syncStatus || (filter.syncStatus === 'in_tracker' ? m.inTracker : m.status === filter.syncStatus))
    .map((m) => {
      const candidates = m.jobs.filter((j) => (filter.jobId != null ? j.jobId === filter.jobId : !filter.stage || j.stage === filter.stage))
      const shown = [...candidates].sort((a, b) => (a.at === b.at ? b.jobId - a.jobId : a.at < b.at ? 1 : -1))[0]
      return { id: m.id, name: m.fullName, stage: shown?.stage ?? null, stageJobId: shown?.jobId ?? null }
    })
  const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => {
    // SQLite's NOCASE folds ASCII letters only: compare the same way.
    const fold = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase())
    const x = fold(a.name)
    const y = fold(b.name)
    return x < y ? -1 : x > y ? 1 : a.id - b.id
  }
  switch (filter.sort ?? 'newest') {
    case 'newest':
      rows.sort((a, b) => b.id - a.id)
      break
    case 'oldest':
      rows.sort((a, b) => a.id - b.id)
      break
    case 'name':
      rows.sort(byName)
      break
    case 'name_desc':
      rows.sort((a, b) => byName(b, a))
  }
  return rows.map(({ id, stage, stageJobId }) => ({ id, stage, stageJobId }))
}

async function page(filter: ReviewFilter, offset: number, limit: number): Promise<ReviewPage> {
  const result = await dispatch('candidates.review', { ...filter, offset, limit })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as ReviewPage
}

const FILTERS: [string, ReviewFilter][] = [
  ['everyone, newest first', {}],
  ['everyone by name', { sort: 'name' }],
  ['everyone by name, descending', { sort: 'name_desc' }],
  ['one job', { jobId: 2 }],
  ['one job, oldest first', { jobId: 3, sort: 'oldest' }],
  ['one job and stage', { jobId: 1, stage: 'replied' }],
  ['a stage on any job', { stage: 'interested' }],
  ['Unicode name search, any case', { search: 'ÉRIKA' }],
  ['Cyrillic surname in lower case', { search: 'петрова' }],
  ['two words: name and company', { search: 'steven globex' }],
  ['email domain, any case', { search: 'MAIL.example' }],
  ['LIKE wildcards are literal', { search: '100%' }],
  ['an underscore is literal', { search: 'under_score' }],
  ['title', { search: 'icu', sort: 'name' }],
  ...(['not_synced', 'queued', 'synced', 'failed', 'in_tracker'] as const).map((s): [string, ReviewFilter] => [`sync status ${s}`, { syncStatus: s }]),
  ['job, stage, search and sync status together', { jobId: 1, stage: 'sequence', search: 'nurse', syncStatus: 'not_synced', sort: 'name' }]
]

describe('the review query over 20,000 candidates', () => {
  it.each(FILTERS)('%s: total, first page and a deep page match the reference', async (_label, filter) => {
    const want = expected(filter)
    const first = await page(filter, 0, 100)
    expect(first.total).toBe(want.length)
    expect(first.rows.map((r) => ({ id: r.id, stage: r.stage, stageJobId: r.stageJobId }))).toEqual(want.slice(0, 100))
    const deep = Math.max(0, Math.floor(want.length * 0.7))
    const deepPage = await page(filter, deep, 50)
    expect(deepPage.rows.map((r) => r.id)).toEqual(want.slice(deep, deep + 50).map((r) => r.id))
    const ids = await dispatch('candidates.reviewIds', { ...filter, offset: 10, limit: 300 })
    expect(ids).toEqual({ ok: true, value: { total: want.length, ids: want.slice(10, 310).map((r) => r.id) } })
  })

  it('finds something for every filter above (the data exercises each case)', () => {
    for (const [label, filter] of FILTERS) expect(expected(filter).length, label).toBeGreaterThan(0)
  })

  it('pages of 500 put back together are exactly the whole ordered list, each row once', async () => {
    const filter: ReviewFilter = { sort: 'name' }
    const want = expected(filter).map((r) => r.id)
    const got: number[] = []
    for (let offset = 0; offset < want.length; offset += 500) got.push(...(await page(filter, offset, 500)).rows.map((r) => r.id))
    expect(got).toEqual(want)
    expect(new Set(got).size).toBe(N)
  })

  it('fills each row: fields, location, job count, the stage’s job title, the sync status, the duplicate flag', async () => {
    const target = model[3 * 11] // on two jobs, created in TrackerRMS
    core.ctx.db
      .prepare("UPDATE candidates SET duplicate_warning = 'Steve Lu (TrackerRMS 7) may be the same person', city = 'Leeds', country = 'UK' WHERE id = ?")
      .run(target.id)
    const { rows } = await page({ search: target.email! }, 0, 10)
    expect(rows).toHaveLength(1)
    const latest = [...target.jobs].sort((a, b) => (a.at < b.at ? 1 : -1))[0]
    expect(rows[0]).toEqual<ReviewRow>({
      id: target.id,
      fullName: target.fullName,
      email: target.email,
      currentTitle: target.title,
      currentCompany: target.company,
      location: 'Leeds, UK',
      stage: latest.stage,
      stageJobId: latest.jobId,
      stageJobTitle: jobTitles.get(latest.jobId)!,
      stageChangedAt: latest.at,
      jobCount: 2,
      syncStatus: 'synced',
      trackerResourceId: 100_000 + 3 * 11,
      queuedUntil: null,
      hasDuplicateWarning: true
    })
  })

  it('returns an empty window past the end, with the total', async () => {
    const filter: ReviewFilter = { jobId: 1, stage: 'replied' }
    const total = expected(filter).length
    expect(await page(filter, total + 10, 100)).toEqual({ total, offset: total + 10, rows: [] })
  })
})
