// The review table over 100,000 candidates: the first page as the Candidates screen opens, and a filtered page.
import { createCore } from '../electron/core'
import { addToJob, insertCandidate, setStage } from '../electron/db/candidates'
import { createEnvStore } from '../electron/secrets'
import { STAGES } from '../shared/domain'
import type { ReviewFilter } from '../shared/api'
import { stats, type BenchLine } from './types'
import { benchDir, prng, runStandalone, timed } from './util'

const FIRST = ['Ann', 'José', 'Łukasz', 'Ольга', 'Nguyễn', 'Priya', 'Chen', 'Fatima', 'Liam', 'Sofía', 'Kwame', 'Yuki']
const LAST = ['Lee', 'García', 'Żółć', 'Петрова', 'Văn An', 'Sharma', 'Wei', 'Hassan', 'Murphy', 'Rossi', 'Mensah', 'Sato']
const TITLES = ['ICU Nurse', 'Staff Nurse', 'Ward Manager', 'Data Engineer', 'Backend Engineer', 'Charge Nurse']

/** A data folder with `rows` candidates over 3 jobs, varied stages, some synced, queued and failed. */
function populate(dataDir: string, rows: number) {
  const core = createCore({ dataDir, secrets: createEnvStore('bench-token') })
  const random = prng(42)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const now = new Date().toISOString()
  const jobs = [core.jobs.create({ title: 'ICU Nurse' }), core.jobs.create({ title: 'Data Engineer' }), core.jobs.create({ title: 'Ward Manager' })]
  core.ctx.db.transaction(() => {
    const ledger = core.ctx.db.prepare(
      `INSERT INTO sync_ledger (candidate_id, tracker_resource_id, how, matched_on, synced_at, synced_by) VALUES (?, ?, 'created', NULL, ?, 'Bench')`
    )
    const queue = core.ctx.db.prepare(
      `INSERT INTO sync_queue (candidate_id, job_id, origin, state, next_run_at, created_at, updated_at) VALUES (?, ?, 'trigger', ?, ?, ?, ?)`
    )
    for (let i = 0; i < rows; i++) {
      const first = pick(FIRST)
      const last = pick(LAST)
      const c = insertCandidate(
        core.ctx.db,
        {
          firstName: first,
          lastName: last,
          fullName: `${first} ${last} ${i}`,
          email: `person${i}@example.com`,
          phone: null,
          linkedinUrl: null,
          city: 'Leeds',
          state: null,
          country: 'UK',
          currentTitle: pick(TITLES),
          currentCompany: `Company ${i % 500}`,
          summary: null,
          experience: null,
          education: null,
          skills: null,
          notes: null
        },
        now
      )
      const job = jobs[i % 3]
      addToJob(core.ctx.db, job.id, c.id, 'sourced', now)
      setStage(core.ctx.db, job.id, c.id, pick([...STAGES]), now)
      const roll = random()
      if (roll < 0.1) ledger.run(c.id, 100_000 + i, now)
      else if (roll < 0.13) queue.run(c.id, job.id, 'pending', now, now, now)
      else if (roll < 0.14) queue.run(c.id, job.id, 'failed', now, now, now)
    }
  })()
  return { core, jobIds: jobs.map((j) => j.id) }
}

export async function benchReview(options: { rows: number; runs: number }): Promise<BenchLine[]> {
  const data = benchDir('review')
  try {
    populate(data.dir, options.rows).core.ctx.db.close()
    // Measure on a freshly opened core, as after starting the app.
    const core = createCore({ dataDir: data.dir, secrets: createEnvStore('bench-token') })
    const page = (filter: ReviewFilter) => core.candidates.review(filter, 0, 50)
    const firstPage: number[] = []
    const filtered: number[] = []
    const filter: ReviewFilter = { jobId: 1, stage: 'replied', syncStatus: 'not_synced', search: 'nurse' }
    for (let i = 0; i < options.runs; i++) {
      firstPage.push((await timed(() => page({}))).ms)
      filtered.push((await timed(() => page(filter))).ms)
    }
    const rows = options.rows.toLocaleString('en')
    const line = (what: string, runs: number[], limit: number): BenchLine => ({
      what: `${what} over ${rows} candidates`,
      figure: stats(runs),
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: `≤ ${limit} ms`,
      pass: stats(runs).median <= limit
    })
    await core.close()
    return [
      line('Review query: first page (50 rows and the total)', firstPage, 200),
      line('Review query: one job, stage Replied, not synced, search "nurse"', filtered, 100)
    ]
  } finally {
    data.remove()
  }
}

runStandalone(() => benchReview({ rows: Number(process.env.BENCH_ROWS ?? 100_000), runs: 5 }), 'bench/review.ts')
