// The first read of a large TrackerRMS's candidate list, as the app does it from connect: a sandbox holding N
// candidates (default 100,000; BENCH_INDEX_CANDIDATES for a quick check) that lists them through the Widget's
// getRecords, 100 a page (profile listing-L3), and allows 100 requests a minute, as TrackerRMS does. The app keeps
// its default throttle (90 a minute). The sandbox and the app each run in a child process of their own
// (bench/index-read-child.ts is the app), so the app's peak RSS is its own.
//   - The read: from the start of connect until the index is ready, against the bound N ÷ 100 a page ÷ 100 a minute.
//   - A reply recorded during the read (at 90 % of it, or 10 minutes after connect) on a job whose trigger is
//     "replied", with the default grace delay: how long until that candidate is done in TrackerRMS.
//   - The API calls a new candidate costs once the read is done (30 exported at once; the duplicate guard on
//     TrackerRMS, checkPerson, and the deltas before creates and after them included): on the documented profile,
//     whose create drops the company (a PATCH follows), and on one that keeps it (currentClientOnCreate 'kept').
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { IndexReadChildInput, IndexReadChildResult } from './index-read-child'
import { stats, type BenchLine } from './types'
import { benchDir, runStandalone } from './util'

const ROOT = join(__dirname, '..')
const PAGE_ROWS = 100
const SANDBOX_RPM = 100
const MAX_RATIO = 1.15
const MAX_RSS_MB = 200
const REPLY_SLACK_S = 60
/** The target for a new candidate where the create keeps the company; the documented profile adds a PATCH. */
const MAX_CALLS_KEPT = 4.2
const MAX_CALLS_DOCUMENTED = MAX_CALLS_KEPT + 1
/** The sandbox of the second run, which only counts calls (the same density of recent updates: about 100 a day). */
const CALLS_RUN_CANDIDATES = 2_000

interface SandboxChild {
  restUrl: string
  widgetUrl: string
  controlUrl: string
  loginEmail: string
  token: string
  widgetKey: string
  stop(): Promise<void>
}

const tsx = (script: string) => ['--require', require.resolve('tsx/cjs'), join(ROOT, script)]

/** `npm run sandbox` in a child process with N generated candidates; resolves once it serves. */
function startSandboxChild(candidates: number, profile: string): Promise<SandboxChild> {
  const token = randomBytes(16).toString('hex')
  const widgetKey = randomBytes(16).toString('hex')
  const args = ['--port', '0', '--seed', 'empty', '--candidates', String(candidates), '--profile', profile, '--rpm', String(SANDBOX_RPM)]
  const child = spawn(process.execPath, [...tsx('electron/sandbox/main.ts'), ...args, '--token', token, '--widget-key', widgetKey], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let out = ''
    const read = (chunk: Buffer) => {
      out += chunk.toString()
      if (!out.includes('Ctrl+C')) return
      const field = (label: string) => new RegExp(`${label}:\\s+(\\S+)`).exec(out)?.[1] as string
      resolve({
        restUrl: field('REST URL'),
        widgetUrl: field('Widget URL'),
        controlUrl: field('Controls'),
        loginEmail: /Login:.*<([^>]+)>/.exec(out)?.[1] as string,
        token,
        widgetKey,
        stop: async () => {
          child.kill('SIGTERM')
          await exited
        }
      })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}: ${out}`)))
  })
}

function runAppChild(input: IndexReadChildInput): Promise<IndexReadChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...tsx('bench/index-read-child.ts'), JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      process.stderr.write(chunk)
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`index-read-child exited with ${code}: ${err.trim()}`))
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() as string) as IndexReadChildResult)
      } catch {
        reject(new Error(`index-read-child printed no result: ${out}${err}`))
      }
    })
  })
}

async function oneRun(candidates: number, profile: string, mode: IndexReadChildInput['mode'], exportCount: number): Promise<IndexReadChildResult> {
  const sandbox = await startSandboxChild(candidates, profile)
  const data = benchDir('index-read')
  try {
    return await runAppChild({
      dataDir: data.dir,
      restUrl: sandbox.restUrl,
      widgetUrl: sandbox.widgetUrl,
      controlUrl: sandbox.controlUrl,
      token: sandbox.token,
      widgetKey: sandbox.widgetKey,
      loginEmail: sandbox.loginEmail,
      mode,
      replyAtShare: 0.9,
      replyAtMs: 10 * 60_000,
      exportCount
    })
  } finally {
    await sandbox.stop()
    data.remove()
  }
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits))

function callsLine(calls: IndexReadChildResult['calls'], profile: string, max: number, why: string): BenchLine {
  return {
    what: `API calls per new candidate once the list is read (${calls.candidates} exported; checkPerson and deltas included; ${profile})`,
    figure: stats([calls.perCandidate]),
    unit: 'calls',
    baseline: null,
    ratio: null,
    target: `≤ ${max} (${why})`,
    pass: calls.perCandidate <= max,
    extra: {
      requests: calls.requests,
      ...Object.fromEntries(Object.entries(calls.byKind).map(([kind, n]) => [kind, n])),
      '429 answers': calls.status429,
      'export seconds': round(calls.seconds, 1)
    }
  }
}

export async function benchIndexRead(options: { candidates: number; exportCount?: number }): Promise<BenchLine[]> {
  const n = options.candidates
  const exportCount = options.exportCount ?? 30
  const full = await oneRun(n, 'listing-L3', 'full', exportCount)
  const kept = await oneRun(Math.min(n, CALLS_RUN_CANDIDATES), 'listing-L3,current-client-kept', 'calls', exportCount)

  const boundMin = n / PAGE_ROWS / SANDBOX_RPM
  const readMin = full.readyMs / 60_000
  const ratio = readMin / boundMin
  const lines: BenchLine[] = [
    {
      what: `First read of TrackerRMS's candidate list from connect, ${n.toLocaleString('en')} candidates (getRecords, 100 a page; TrackerRMS allows ${SANDBOX_RPM} requests/min, the app's throttle 90)`,
      figure: stats([readMin]),
      unit: 'min',
      baseline: { what: `the bound: ${n.toLocaleString('en')} ÷ ${PAGE_ROWS} a page ÷ ${SANDBOX_RPM} requests/min`, ...stats([boundMin]) },
      ratio,
      target: `≤ ${MAX_RATIO}× the bound; app peak RSS ≤ ${MAX_RSS_MB} MB`,
      pass: ratio <= MAX_RATIO && full.peakRssMb <= MAX_RSS_MB,
      extra: {
        'app peak RSS (MB)': Math.round(full.peakRssMb),
        'app peak RSS when read (MB)': Math.round(full.readPeakRssMb),
        'sampled peak RSS (MB)': Math.round(full.sampledPeakRssMb),
        'candidates indexed': full.indexedRows,
        'listing pages': full.listingPages,
        'pages re-read': full.pagesReread,
        'requests until ready': full.readRequests,
        '429 answers': full.status429,
        'connect (s)': round(full.connectMs / 1000, 1)
      }
    }
  ]
  if (full.reply) {
    const { toDoneMs, graceSeconds, atMs, atPercent } = full.reply
    const seconds = toDoneMs / 1000
    lines.push({
      what: `A reply during that read (trigger "replied", default grace delay): from the reply until the candidate is done in TrackerRMS`,
      figure: stats([seconds]),
      unit: 's',
      baseline: { what: 'the grace delay', ...stats([graceSeconds]) },
      ratio: seconds / graceSeconds,
      target: `≤ the grace delay + ${REPLY_SLACK_S} s`,
      pass: seconds <= graceSeconds + REPLY_SLACK_S,
      extra: {
        'reply after connect (s)': Math.round(atMs / 1000),
        'reply at % of the read': atPercent ?? '?',
        'read done after connect (s)': Math.round(full.readyMs / 1000)
      }
    })
  }
  lines.push(
    callsLine(full.calls, 'documented profile: the create drops the company, a PATCH sets it', MAX_CALLS_DOCUMENTED, `${MAX_CALLS_KEPT} + the PATCH`),
    callsLine(kept.calls, 'currentClientOnCreate kept: no PATCH', MAX_CALLS_KEPT, 'the issue’s target')
  )
  return lines
}

runStandalone(() => benchIndexRead({ candidates: Number(process.env.BENCH_INDEX_CANDIDATES ?? 100_000) }), 'bench/index-read.ts')
