// Sync throughput: 1,000 new candidates to the sandbox (its documented default profile) with 20 ms latency and a
// fast request limit. The bound is the limit divided by the calls a new candidate needs there: checkPerson (the check
// on TrackerRMS itself: list rows carry names only), create, PATCH the company (the create drops it), attach the
// resume, put on the list = 5.
import { createCore } from '../electron/core'
import { startSandbox } from '../electron/sandbox'
import { createEnvStore } from '../electron/secrets'
import { stats, type BenchLine } from './types'
import { benchDir, runStandalone } from './util'

const CALLS_PER_NEW_CANDIDATE = 5

interface SyncRun {
  perMinute: number
  calls: number
  callsPerCandidate: number
  status429: number
  seconds: number
}

async function oneRun(candidates: number, rpm: number, latencyMs: number): Promise<SyncRun> {
  const sandbox = await startSandbox({ seed: 'empty', requestsPerMinute: rpm, latencyMs })
  const data = benchDir('sync')
  const core = createCore({ dataDir: data.dir, secrets: createEnvStore(sandbox.token as string, sandbox.widgetKey) })
  try {
    core.settings.set('requests-per-minute', String(rpm))
    await core.connection.connect({
      region: 'custom',
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      token: sandbox.token as string,
      connectedBy: `Bench <${sandbox.loginEmail}>`
    })
    const opportunity = sandbox.controls.addOpportunity({ name: 'Benchmark job' })
    const job = core.jobs.create({ title: 'Benchmark job' })
    await core.jobs.setSync(job.id, { trigger: 'replied', trackerJobId: opportunity.id })
    core.ctx.db.transaction(() => {
      for (let i = 0; i < candidates; i++) {
        const c = core.candidates.create({
          jobId: job.id,
          fullName: `Bench Person ${i}`,
          email: `bench${i}@example.com`,
          currentTitle: 'Nurse',
          currentCompany: 'Hospital',
          city: 'Leeds'
        })
        core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
      }
    })()
    // Let the first request of the run define the window: the sandbox's limit counts from its own clock.
    sandbox.controls.clearRequestLog()
    const start = performance.now()
    const result = await core.sync.runUntilIdle({ ignoreDelay: true, timeoutMs: 30 * 60_000 })
    const seconds = (performance.now() - start) / 1000
    if (result.state !== 'idle') throw new Error(`sync did not finish: ${result.state} ${result.reason}`)
    const done = (core.ctx.db.prepare(`SELECT COUNT(*) AS n FROM sync_queue WHERE state = 'done'`).get() as { n: number }).n
    if (done !== candidates) throw new Error(`only ${done} of ${candidates} exports are done`)
    const log = sandbox.controls.requestLog()
    return {
      perMinute: candidates / (seconds / 60),
      calls: log.length,
      callsPerCandidate: log.length / candidates,
      status429: log.filter((r) => r.status === 429).length,
      seconds
    }
  } finally {
    await core.close()
    await sandbox.close()
    data.remove()
  }
}

export async function benchSync(options: { candidates: number; runs: number; rpm?: number; latencyMs?: number }): Promise<BenchLine> {
  const rpm = options.rpm ?? 1200
  const latencyMs = options.latencyMs ?? 20
  const runs: SyncRun[] = []
  for (let i = 0; i < options.runs; i++) runs.push(await oneRun(options.candidates, rpm, latencyMs))
  const bound = rpm / CALLS_PER_NEW_CANDIDATE
  const figure = stats(runs.map((r) => r.perMinute))
  const calls = Math.max(...runs.map((r) => r.callsPerCandidate))
  const status429 = runs.reduce((n, r) => n + r.status429, 0)
  const ratio = figure.median / bound
  return {
    what: `Sync ${options.candidates.toLocaleString('en')} new candidates to the sandbox (${latencyMs} ms latency, ${rpm} requests/min)`,
    figure,
    unit: 'candidates/min',
    baseline: { what: `the bound: ${rpm} requests/min ÷ ${CALLS_PER_NEW_CANDIDATE} calls per candidate`, ...stats([bound]) },
    ratio,
    target: '≥ 90% of the bound; zero 429s; ≤ 5.2 API calls per new candidate',
    pass: ratio >= 0.9 && status429 === 0 && calls <= 5.2,
    extra: {
      'API calls per candidate (max over runs)': Number(calls.toFixed(3)),
      '429 answers': status429,
      'seconds per run': runs.map((r) => r.seconds.toFixed(1)).join(', ')
    }
  }
}

runStandalone(() => benchSync({ candidates: Number(process.env.BENCH_CANDIDATES ?? 1000), runs: 1 }), 'bench/sync.ts')
